"""Data rows: short lines of figures, and which of them are the story's own.

A results list, an election table, budget or price figures, a timetable, scorers or a fact box
("The bridge in numbers") are rows of a few words with a figure each, in any language. A
story's rows stand between its sentences: a sentence (or a line ending in a colon) above them,
or above a short heading over them, and a sentence of the story after them. Rows with no heading
there are the story's; under a heading, the heading is a fact box's ("At a glance"), or it is
no label in capitals and it or most rows are in the story's words. A site's widget (tides,
tickers, forecasts) has its own heading, in capitals or in words the story never uses
(`widgets.py`), or stands at the page's edge with no story sentence after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsstream.core.text import ends_sentence, word_count

ROW_MAX_WORDS: Final = 8
MIN_ROWS: Final = 2
_ROW_MAX_FUNCTION_SHARE: Final = 0.25
_HEADING_MAX_WORDS: Final = 4
_STORY_MIN_WORDS: Final = 8  # a sentence of the story: its words say what the story is about
_STEM: Final = 5  # words compare on their first letters: inflected forms still meet
_CONTENT_MIN_LETTERS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+")
_FIGURE: Final = re.compile(r"\d|[%°€$£¥₹▲▼]")
_NUMBERING: Final = re.compile(r"\(?\d{1,2}[.)]\s")  # "2. Bike path opens": an item, no figure
# The heading of a fact box, a kind every paper prints inside its stories ("X in numbers").
_FACT_BOX: Final = re.compile(
    r"\W*(?:(?:the |die |le |la |les |el |il |de )?(?:\w+ ){0,3}"
    r"(?:in numbers|by the numbers|in figures|in zahlen|en chiffres|en cifras|in cifre|"
    r"em números|in cijfers|i siffror|i tal|w liczbach|számokban|в цифрах|у цифрах|lukuina)|"
    r"at a glance|key (?:figures|facts|numbers|data)|facts? ?box|facts and figures|"
    r"zahlen und fakten|(?:die )?wichtigsten zahlen|faktaruta|faktaboks|fakta|faktat|"
    r"(?:les )?chiffres[- ]clés|las cifras|i numeri|os números|de cijfers|"
    r"ключевые цифры|ключові цифри|tényszámok|liczby)\W*",
    re.IGNORECASE,
)


def is_data_row(text: str, function_words: frozenset[str]) -> bool:
    """A short line with a figure, no sentence and few function words: a row of a table.

    A letter alone is a label ("S 31,2 %", a party's), though some language spells a word so.
    """
    if (
        word_count(text) > ROW_MAX_WORDS
        or _FIGURE.search(text, _numbering_end(text)) is None
        or ends_sentence(text)
    ):
        return False  # most lines: no words to read
    words = [word for word in _WORD.findall(text.lower()) if len(word) > 1]
    return sum(w in function_words for w in words) <= _ROW_MAX_FUNCTION_SHARE * len(words)


def _numbering_end(text: str) -> int:
    numbering = _NUMBERING.match(text)
    return numbering.end() if numbering else 0


def is_heading(text: str, function_words: frozenset[str]) -> bool:
    """A few words over rows: no row, no sentence, introducing nothing by a colon."""
    return (
        0 < word_count(text) <= _HEADING_MAX_WORDS
        and not is_data_row(text, function_words)
        and not ends_sentence(text)
        and not text.rstrip().endswith(":")
        and _WORD.search(text) is not None
    )


def is_fact_box_heading(text: str) -> bool:
    """The heading of a fact box: "The bridge in numbers", "At a glance", "Key figures"."""
    return _FACT_BOX.fullmatch(text) is not None


def story_stems(paragraphs: Sequence[str], function_words: frozenset[str]) -> set[str]:
    """The content words of the story's sentences."""
    return set().union(*(stems(p, function_words) for p in paragraphs if _is_sentence(p)))


def stems(text: str, function_words: frozenset[str]) -> set[str]:
    """The text's content words, lowercased and cut to `_STEM` letters."""
    return {
        word[:_STEM]
        for word in _WORD.findall(text.lower())
        if len(word) >= _CONTENT_MIN_LETTERS and word not in function_words
    }


def story_rows(paragraphs: Sequence[str], function_words: frozenset[str]) -> set[int]:
    """Indices of the story's own data rows (and of the heading over them, if any)."""
    rows = [is_data_row(p, function_words) for p in paragraphs]
    if sum(rows) < MIN_ROWS:
        return set()
    story = story_stems(paragraphs, function_words)
    found: set[int] = set()
    start = 0
    while start < len(paragraphs):
        end = start
        while end < len(paragraphs) and rows[end]:
            end += 1
        if end - start >= MIN_ROWS and end < len(paragraphs) and _is_sentence(paragraphs[end]):
            found.update(_introduced(paragraphs, start, end, story, function_words))
        start = end + 1
    return found


def _introduced(
    paragraphs: Sequence[str],
    start: int,
    end: int,
    story: set[str],
    function_words: frozenset[str],
) -> range:
    """The run `start:end` (with its heading) when the story introduces it; else empty."""
    above = start - 1
    heading = above >= 0 and is_heading(paragraphs[above], function_words)
    if heading:
        above -= 1
    if above < 0 or not (_is_sentence(paragraphs[above]) or paragraphs[above].endswith(":")):
        return range(0)
    if not heading:
        return range(start, end)
    heading_text = paragraphs[start - 1]
    if is_fact_box_heading(heading_text):
        return range(start - 1, end)
    if heading_text.isupper():  # a box's label in capitals ("LATEST SCORES"): the site's style
        return range(0)
    told = sum(bool(stems(row, function_words) & story) for row in paragraphs[start:end])
    if stems(heading_text, function_words) & story or told * 2 >= end - start:
        return range(start - 1, end)
    return range(0)


def _is_sentence(paragraph: str) -> bool:
    return ends_sentence(paragraph) and word_count(paragraph) >= _STORY_MIN_WORDS
