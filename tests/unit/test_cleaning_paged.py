"""Paged text: running heads and feet of PDF pages and teletext subpages, sentences over breaks.

Every article here is invented for these tests (ferries, harbours, islands).
"""

from __future__ import annotations

from newsstream.core.paged import page_heads, running_lines
from tests.unit.test_cleaning_scripts import clean_text

TELETEXT_STORY = [
    "The island ferry will run again from Monday morning after three days in port because of "
    "the storm.",
    "Tickets bought for the cancelled crossings are valid until the end of the month. The "
    "harbour office will add an early boat on Tuesday.",
    "- Nobody has been left on the island without food or medicine, says harbour master Ann Berg.",
]
# The story wrapped at teletext's width, over three subpages: a sentence and the quote cut.
SUBPAGES = [
    [
        "Ferry back from Monday",
        "",
        "The island ferry will run again from",
        "Monday morning after three days in",
        "port because of the storm.",
        "",
        "Tickets bought for the cancelled",
        "crossings are valid",
    ],
    [
        "until the end of the month. The",
        "harbour office will add an early boat",
        "on Tuesday.",
        "",
        "- Nobody has been",
    ],
    ["left on the island without food or", "medicine, says harbour master Ann", "Berg."],
]


def _subpage(number: int, lines: list[str], foot: str) -> str:
    head = f" 301 ISLAND TEXT-TV     mo 30.11. 10:4{number}:07\nNEWS                   {number}/3"
    return f"{head}\n\n" + "\n".join(lines) + f"\n\n{foot}\n\n 100 Front 300 News 400 Sport"


def test_teletext_subpages_join_into_the_story_without_their_heads_and_feet() -> None:
    pages = [
        _subpage(1, SUBPAGES[0], "Continued >"),
        _subpage(2, SUBPAGES[1], "Continued >"),
        _subpage(3, SUBPAGES[2], "Island Text-TV app: App Store | Google Play"),
    ]
    article = clean_text("Island Text-TV\n\n" + "\n\n".join(pages))
    assert article.title == "Ferry back from Monday"
    assert article.body.split("\n\n") == TELETEXT_STORY


def test_a_narrow_stack_of_labels_is_not_joined() -> None:
    labels = (
        "Harbour office opening hours today\nMonday to Friday from nine to five\n"
        "Saturday and Sunday closed all day"
    )
    story = "The island ferry will run again from Monday morning after three days in port."
    article = clean_text(f"Ferry back from Monday\n\n{story}\n\n{labels}\n\n{story[::-1]}.")
    assert "today Monday" not in article.body


def test_pdf_page_break_carries_a_sentence_over_the_foot_and_head() -> None:
    first = (
        "The harbour board decided on Monday to build a second pier for the island ferry, the\n"
        "board said in a statement, and the works will start in the spring once the\n"
        "permits are granted by the county and the\n"
    )
    text = (
        "HARBOUR BOARD\n\nPRESS RELEASE\n\nSecond pier for the island ferry\n\n"
        f"{first}\nHarbour Board | www.harbour.example                 Page 1 of 2\n"
        "\fHarbour Board – Press release, 30 November 2026\n____________\n\n"
        "ministry, which pays half of the cost of the new pier and its waiting room.\n\n"
        "The old pier stays open while the new one is built.\n\n"
        "Harbour Board | www.harbour.example                 Page 2 of 2\n"
    )
    article = clean_text(text)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].endswith(
        "by the county and the ministry, which pays half of the cost "
        "of the new pier and its waiting room."
    )
    assert "Page" not in article.body
    assert "Press release, 30" not in article.body


def test_page_heads_are_labels_with_a_number_under_a_form_feed() -> None:
    text = "One.\n\fHarbour Board, 30 November 2026\n\nText.\n\fcarried on here, 12 boats\n"
    assert page_heads(text) == {"Harbour Board, 30 November 2026"}
    assert page_heads("no form feed, 2026") == set()


def test_counts_and_times_are_no_page_marks() -> None:
    lines = [
        "Ferry back from Monday",
        "The island ferry will run again from Monday morning after three days in port.",
        "Comments",
        "3 hours ago",
        "Ferry back from Monday",
        "5 hours ago",
    ]
    assert running_lines(lines, set()) == set()  # no page counter: the headline's copy stays


def test_page_counter_makes_repeated_labels_page_furniture() -> None:
    lines = [
        "NEWS 1/2",
        "The island ferry will run again from Monday morning after three days in port.",
        "Continued >",
        "NEWS 2/2",
        "Continued >",
        "Tickets stay valid.",
        "Tickets stay valid.",
    ]
    assert running_lines(lines, set()) == {0, 2, 3, 4}  # sentences repeated are not labels
