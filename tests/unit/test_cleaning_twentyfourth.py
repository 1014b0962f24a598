"""Cleaning rules of the twenty-fourth blind round, told by shape: a footnote mark stuck to a
sentence's end in any script; a hard-wrapped block of whole sentences, a line each, is one
paragraph when each line was too full for the next one's first word.

Every line here is invented for these tests, in languages other than the round's own where the rule
is a shape (English, Hindi, Japanese, Spanish); each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

import textwrap

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

# ---------------------------------------------------------------- footnote marks


@pytest.mark.parametrize(
    ("marked", "clean"),
    [
        (
            "नगर निगम नया पुल बनावे के योजना बनइलक हे।<sup><a href='#n1'>[1]</a></sup>",
            "नगर निगम नया पुल बनावे के योजना बनइलक हे।",
        ),
        ("港の新しい桟橋は来年完成する。<sup>[2]</sup>", "港の新しい桟橋は来年完成する。"),
        ("पुल के काम मार्च में सुरू होतइ[3] आउ दू साल चलतइ।", "पुल के काम मार्च में सुरू होतइ आउ दू साल चलतइ।"),
    ],
)
def test_a_footnote_mark_after_any_scripts_sentence_end_is_dropped(marked: str, clean: str) -> None:
    page = (
        "<html><head><title>Pier</title></head><body><article><h1>Pier</h1>"
        f"<p>{P1}</p><p>{marked}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).body.split("\n\n")[1] == clean


def test_a_bracket_opened_in_the_sentence_is_no_footnote_mark() -> None:
    story = "The ferry log lists the refit as item ([2]) of the council's plan for the harbour."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body.split("\n\n")[1] == story


# ---------------------------------------------------------------- a wrapped block of sentences


def _wrapped_page(quote: str) -> str:
    wrapped = [textwrap.fill(p, 70) for p in (f"{P1} {P2}", f"{P2} {P3}", f"{P3} {P1}")]
    return "\n\n".join(
        ["THE HARBOUR TIMES", HEADLINE, "By Ana Lopes", wrapped[0], quote, *wrapped[1:]]
    )


def test_a_wrapped_block_of_whole_sentences_too_full_for_the_next_word_is_one_paragraph() -> None:
    lines = [
        '"We waited all winter for this boat", said the harbour master Ana Rey.',
        '"The island shops had run short of almost everything by February.',
        'Lorries can cross again every morning now."',
    ]
    assert [len(line) for line in lines[:2]] == [70, 65]
    article = clean_text(_wrapped_page("\n".join(lines)))
    assert " ".join(lines) in article.body.split("\n\n")


def test_a_block_of_short_sentences_a_line_stays_a_line_each() -> None:
    lines = [
        "Ferries leave the pier at six, nine and noon.",
        "Tickets are sold on board and at the kiosk.",
        "Bicycles travel free of charge.",
    ]
    article = clean_text(_wrapped_page("\n".join(lines)))
    body = article.body.split("\n\n")
    assert all(line in body for line in lines)
