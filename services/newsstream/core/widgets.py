"""Widget blocks: a site's box of data lines under its own short heading, told by shape.

Tide tables, lottery draws, score strips, tickers, fuel prices, sailings or flight boards,
forecasts and countdowns share one shape in any language: a short heading that is no sentence,
introduces nothing (no colon) and is not in the story's words, then two or more short rows,
each with a figure, none a sentence and none made of function words, most of them in words the
story's sentences do not use. A story's own table shares its words with the story's sentences
(the candidates' names, the budget's headings, "the bridge in numbers"), is announced by a line
ending in a colon, stands under a fact box's heading ("At a glance", `datarows`), or is labelled
rows between the story's paragraphs (`linemodel.table_rows`); all of them stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsstream.core.datarows import (
    MIN_ROWS,
    is_data_row,
    is_fact_box_heading,
    is_heading,
    stems,
    story_stems,
)
from newsstream.core.linemodel import table_rows


def widget_blocks(paragraphs: Sequence[str], function_words: frozenset[str]) -> set[int]:
    """Indices of the paragraphs that form a widget block: its heading and its data rows."""
    story: set[str] | None = None  # read once a heading has its rows: most pages have none
    tables: set[int] | None = None
    found: set[int] = set()
    for index, heading in enumerate(paragraphs):
        if not is_heading(heading, function_words) or (
            index > 0 and paragraphs[index - 1].rstrip().endswith(":")
        ):
            continue  # no heading, or a line after a colon: the story's own table
        if tables is None:
            tables = table_rows(paragraphs)  # the story's own labelled rows stay
        end = index + 1
        while (
            end < len(paragraphs)
            and end not in tables
            and is_data_row(paragraphs[end], function_words)
        ):
            end += 1
        rows = paragraphs[index + 1 : end]
        if len(rows) < MIN_ROWS:
            continue
        if story is None:
            story = story_stems(paragraphs, function_words)
        if stems(heading, function_words) & story or is_fact_box_heading(heading):
            continue  # in the story's words or a fact box's: the story's table
        told = sum(bool(stems(row, function_words) & story) for row in rows)
        if told * 2 < len(rows):
            found.update(range(index, end))
    return found
