"""Widget blocks: a site's box of data lines under its own short heading, told by shape.

Tide tables, lottery draws, score strips, tickers, fuel prices, sailings or flight boards,
forecasts and countdowns share one shape in any language: a short heading that is no sentence,
introduces nothing (no colon) and is not in the story's words, then two or more short rows,
each with a figure, none a sentence and none made of function words, most of them in words the
story's sentences do not use. A story's own table shares its words with the story's sentences
(the candidates' names, the budget's headings, "the bridge in numbers"), is announced by a line
ending in a colon, or is labelled rows between the story's paragraphs
(`linemodel.table_rows`); all of them stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsstream.core.linemodel import table_rows
from newsstream.core.text import ends_sentence, word_count

_HEADING_MAX_WORDS: Final = 4
_ROW_MAX_WORDS: Final = 8
_MIN_ROWS: Final = 2
_ROW_MAX_FUNCTION_SHARE: Final = 0.25
_STORY_MIN_WORDS: Final = 8  # a sentence of the story: its words say what the story is about
_STEM: Final = 5  # words compare on their first letters: inflected forms still meet
_CONTENT_MIN_LETTERS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+")
_FIGURE: Final = re.compile(r"\d|[%°€$£¥₹▲▼]")


def widget_blocks(paragraphs: Sequence[str], function_words: frozenset[str]) -> set[int]:
    """Indices of the paragraphs that form a widget block: its heading and its data rows."""
    story = set().union(
        *(
            _stems(p, function_words)
            for p in paragraphs
            if ends_sentence(p) and word_count(p) >= _STORY_MIN_WORDS
        )
    )
    tables = table_rows(paragraphs)  # the story's own labelled rows stay
    found: set[int] = set()
    for index, heading in enumerate(paragraphs):
        if (
            not _is_heading(heading, function_words)
            or (index > 0 and paragraphs[index - 1].rstrip().endswith(":"))
            or _stems(heading, function_words) & story
        ):
            continue  # a line ending in a colon, or a heading in the story's words: its table
        end = index + 1
        while (
            end < len(paragraphs) and end not in tables and _is_row(paragraphs[end], function_words)
        ):
            end += 1
        rows = paragraphs[index + 1 : end]
        told = sum(bool(_stems(row, function_words) & story) for row in rows)
        if len(rows) >= _MIN_ROWS and told * 2 < len(rows):
            found.update(range(index, end))
    return found


def _is_heading(text: str, function_words: frozenset[str]) -> bool:
    return (
        0 < word_count(text) <= _HEADING_MAX_WORDS
        and not _is_row(text, function_words)
        and not ends_sentence(text)
        and not text.rstrip().endswith(":")
        and _WORD.search(text) is not None
    )


def _is_row(text: str, function_words: frozenset[str]) -> bool:
    words = _WORD.findall(text.lower())
    return (
        word_count(text) <= _ROW_MAX_WORDS
        and _FIGURE.search(text) is not None
        and not ends_sentence(text)
        and sum(w in function_words for w in words) <= _ROW_MAX_FUNCTION_SHARE * len(words)
    )


def _stems(text: str, function_words: frozenset[str]) -> set[str]:
    return {
        word[:_STEM]
        for word in _WORD.findall(text.lower())
        if len(word) >= _CONTENT_MIN_LETTERS and word not in function_words
    }
