"""Cleaning rules of the twenty-sixth round: a letter signed in capitals under its last paragraph
on an HTML page credits the writer (a signature's block going on with the writer's settlement on a
line of its own: `test_cleaning_eighteenth`); a middle dot with no space on either side joins
words inside a headline, no menu's separator; the word for reporter a labelled Korean, Japanese or
Chinese name runs on into is cut; a caption under a screen reader's label ("Image caption, …") is
no credit; a side's line on a match sheet (players with their goals in brackets) is furniture.

Every line here is invented for these tests; each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _credit_text
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

LINKS = '<aside><h3>MOST READ</h3><ol><li><a href="/1">Ferry fares go up</a></li></ol></aside>'


def _letter(signature: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    return (
        f"<html><body><article><h1>{HEADLINE}</h1>{story}"
        f'<p class="sig">{signature}</p></article>{LINKS}</body></html>'
    )


@pytest.mark.parametrize(
    ("signature", "credit"),
    [
        ("<strong>NALEDI KHUMALO</strong><br>Port Vale, Eastshire", "NALEDI KHUMALO"),
        ("NALEDI KHUMALO, Port Vale", "NALEDI KHUMALO"),
        ("NALEDI KHUMALO", "NALEDI KHUMALO"),
        ("Naledi Khumalo", None),  # no dash nor capitals on a page: a link's text as likely
        ("HARBOUR FERRY SERVICES", None),  # a company's name ends in a common word
    ],
)
def test_a_letter_signed_in_capitals_on_a_page_credits_its_writer(
    signature: str, credit: str | None
) -> None:
    article = clean_text(_letter(signature), ContentType.HTML)
    assert article.credits == ([credit] if credit else [])
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- a middle dot inside a headline


@pytest.mark.parametrize(
    "headline",
    [
        "Snow shuts the pass as road·rail·ferry links stop for a day",
        "눈 때문에 산간도로·해안도로·1100도로 모두 막혀",
    ],
)
def test_a_headline_joining_words_with_middle_dots_is_no_menu(headline: str) -> None:
    page = f"Weather · Alerts\n\n{headline}\n\n{P1}\n\n{P2}\n\n{P3}"
    article = clean_text(page)
    assert article.title == headline
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_spaced_middle_dots_still_make_a_menu() -> None:
    page = f"Home · News · Sport · Weather\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}"
    article = clean_text(page)
    assert article.title == HEADLINE
    assert [line.rule for line in article.removed] == ["menu"]


# ---------------------------------------------------------------- a role fused to the name


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("글: 김하늘 기자", "글: 김하늘"),
        ("글: 김하늘 특파원 · 서귀포", "글: 김하늘"),
        ("文：山田花子記者", "文：山田花子"),
        ("文字：王小明 记者", "文字：王小明"),
        ("Text: Jane Doe", "Text: Jane Doe"),
    ],
)
def test_the_word_for_reporter_after_a_labelled_name_is_cut(line: str, credit: str) -> None:
    assert _credit_text(line) == credit


# ---------------------------------------------------------------- a screen reader's caption label


def test_a_caption_under_its_screen_readers_label_is_no_credit() -> None:
    picture = "Image source, Harbour Photo Agency\nImage caption, The ferry at the quay on Monday"
    article = clean_text(f"{HEADLINE}\n\nBy Naledi Khumalo\n\n{picture}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == ["By Naledi Khumalo", "Image source, Harbour Photo Agency"]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- a match sheet's line-up


def test_a_sides_line_up_with_bracketed_goals_goes_and_a_story_sentence_stays() -> None:
    sheet = (
        "Harbour FC: Doe (gk), Roe (5), Lee (4), Ray (3), Kim (2).\n"
        "Westport: Ali (gk), Sam (6), Bo (3), Ty (2)."
    )
    sentence = "Roe (5 goals) and Lee (4) led the side, while Ray, Kim and Doe (in goal) held on."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{sentence}\n\n{P2}\n\n{sheet}\n\n{P3}")
    assert article.body == f"{P1}\n\n{sentence}\n\n{P2}\n\n{P3}"


def test_a_story_list_of_candidates_or_shares_in_brackets_stays() -> None:
    candidates = "The candidates: Doe (Lab), Roe (Con), Lee (LD), Ray (Grn)."
    shares = "Results: Doe (52%), Roe (30%), Lee (11%), Ray (7%)."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{candidates}\n\n{shares}\n\n{P2}")
    assert article.body == f"{P1}\n\n{candidates}\n\n{shares}\n\n{P2}"


def test_a_series_of_events_is_no_series_note() -> None:
    line = "This story is part of a series of events that shook the town in 1990, residents say."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{line}")
    assert article.body == f"{P1}\n\n{P2}\n\n{line}"
