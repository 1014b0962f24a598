"""Sentence ends of the scripts named by Unicode's Sentence_Terminal property, not by a list.

Meetei Mayek ends a sentence on "꯫", Ol Chiki on "᱾", Vai, Chakma, Limbu and Lepcha on their own
stops: a story's short last sentences in them are story, not links, and a caption's credit after
one is found. Every line here is invented for these tests (boats, a river market).
"""

from __future__ import annotations

import unicodedata

import pytest

from newsstream.core.cleaning import _caption_credit
from newsstream.core.models import ContentType
from newsstream.core.text import COMBINING_MARKS, SENTENCE_MARKS, _class_members, ends_sentence
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "ꯍꯤ ꯑꯁꯤ ꯌꯨꯝꯕꯥꯟꯅ ꯍꯜꯂꯛꯈꯤ꯫",  # Meetei Mayek: cheikhei
        "ᱱᱟᱣ ᱫᱚ ᱫᱟᱜ ᱨᱮ ᱦᱤᱡᱩᱜ ᱠᱟᱱᱟ᱾",  # Ol Chiki: mucaad
        "ꕉ ꕞ ꕌ ꔳ ꕯ꘎",  # Vai: full stop
        "𑄥𑄚𑄴 𑄃𑄨𑄣𑄧𑄇𑄴𑄥\U00011141",  # Chakma: danda
        "ᤕᤠᤰ ᤒᤠᤱ᥅",  # Limbu: question mark
        "ᰛᰩᰵ ᰜᰪᰮ᰻",  # Lepcha: ta-rol
        "ߓߊ߬ߕߏ ߟߊ߫߹",  # N'Ko: exclamation mark
    ],
)
def test_a_scripts_own_sentence_terminal_ends_a_sentence(line: str) -> None:
    assert ends_sentence(line)
    assert not ends_sentence(line[:-1])  # the same words without the mark: a label, a link


# Marks the property names a terminal that a script's writers use as a comma: Myanmar's "၊".
COMMAS_IN_USE = frozenset("\u104a")


def test_the_sentence_marks_hold_every_sentence_terminal() -> None:
    import regex  # noqa: PLC0415 (a test dependency: only this test reads the property)

    every = "".join(map(chr, range(0x20000)))
    terminals = set(regex.findall(r"\p{Sentence_Terminal}", every))
    assert terminals - COMMAS_IN_USE <= SENTENCE_MARKS
    assert not COMMAS_IN_USE & SENTENCE_MARKS


def test_the_combining_marks_are_every_mark_a_script_writes_on_its_letters() -> None:
    marks = {chr(code) for code in range(0x300, 0x20000)}
    marks = {mark for mark in marks if unicodedata.category(mark) in ("Mn", "Mc")}
    assert _class_members(COMBINING_MARKS) == marks


def test_a_burmese_clause_comma_ends_no_sentence() -> None:
    assert not ends_sentence("မြစ်ဆိပ်ဈေးမှာ လှေတွေ ရောက်လာတယ်၊")
    assert ends_sentence("မြစ်ဆိပ်ဈေးမှာ လှေတွေ ရောက်လာတယ်။")


MEETEI_STORY = [
    "ꯈꯣꯡꯖꯦꯜ ꯇꯨꯔꯦꯂꯒꯤ ꯍꯤ ꯃꯥꯔꯛ ꯑꯁꯤ ꯅꯨꯃꯤꯠ ꯑꯍꯨꯝ ꯊꯣꯛꯇꯨꯅ ꯍꯟꯖꯤꯟꯅ ꯍꯥꯡꯗꯣꯀꯈꯤ꯫ "
    "ꯍꯤ ꯆꯥꯎꯕ ꯑꯃ ꯑꯃꯨꯛ ꯍꯟꯅ ꯂꯥꯛꯀꯅꯤ ꯍꯥꯏꯅ ꯂꯩꯉꯥꯛꯅ ꯍꯥꯏꯈꯤ꯫",
    "ꯃꯥꯔꯛ ꯑꯁꯤꯗ ꯉꯥ ꯌꯣꯟꯕꯁꯤꯡ ꯍꯟꯅ ꯂꯥꯛꯂꯦ꯫",
    "ꯍꯤ ꯑꯁꯤ ꯌꯨꯝꯕꯥꯟꯅ ꯍꯜꯂꯛꯈꯤ꯫",
]


def _page(headline: str, story: list[str], after: str = "") -> str:
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in story)
        + after
        + "</article></body></html>"
    )


def test_short_closing_sentences_in_meetei_mayek_are_story() -> None:
    headline = "ꯈꯣꯡꯖꯦꯜ ꯇꯨꯔꯦꯂꯒꯤ ꯍꯤ ꯃꯥꯔꯛ ꯍꯥꯡꯗꯣꯀꯈꯤ"
    article = clean_text(_page(headline, MEETEI_STORY), ContentType.HTML)
    assert article.body.split("\n\n") == MEETEI_STORY


def test_short_unmarked_lines_under_a_meetei_mayek_story_are_still_links() -> None:
    headline = "ꯈꯣꯡꯖꯦꯜ ꯇꯨꯔꯦꯂꯒꯤ ꯍꯤ ꯃꯥꯔꯛ ꯍꯥꯡꯗꯣꯀꯈꯤ"
    links = "ꯉꯥ ꯃꯥꯔꯛ ꯑꯅꯧꯕ\nꯍꯤ ꯆꯥꯎꯕ ꯑꯅꯧꯕ ꯂꯥꯛꯂꯦ"
    article = clean_text(f"{headline}\n\n" + "\n\n".join(MEETEI_STORY) + f"\n\n{links}")
    assert article.body.split("\n\n") == MEETEI_STORY


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("ꯃꯥꯔꯛꯇ ꯍꯤꯁꯤꯡ ꯂꯩꯔꯤ꯫ ꯐꯣꯇꯣ: ꯏꯕꯣꯝꯆꯥ ꯂꯥꯏꯁ꯭ꯔꯝ", "ꯐꯣꯇꯣ: ꯏꯕꯣꯝꯆꯥ ꯂꯥꯏꯁ꯭ꯔꯝ"),
        ("ᱜᱟᱰᱟ ᱨᱮ ᱱᱟᱣ ᱠᱚ ᱛᱟᱦᱮᱸ ᱠᱟᱱᱟ᱾ ᱯᱷᱚᱴᱚ: ᱥᱟᱹᱜᱩᱱ ᱦᱮᱢᱵᱨᱚᱢ", "ᱯᱷᱚᱴᱚ: ᱥᱟᱹᱜᱩᱱ ᱦᱮᱢᱵᱨᱚᱢ"),
        ("ꯃꯥꯔꯛꯇ ꯍꯤꯁꯤꯡ ꯂꯩꯔꯤ ꯐꯣꯇꯣ ꯏꯕꯣꯝꯆꯥ ꯂꯥꯏꯁ꯭ꯔꯝ꯫", None),  # no label: no credit
    ],
)
def test_a_caption_credit_after_a_scripts_own_stop(caption: str, credit: str | None) -> None:
    assert _caption_credit(caption, shaped=True) == credit
