"""Paged text: the running heads and feet a page break leaves inside the story.

A document printed page by page (a PDF turned to text, a teletext page and its subpages) repeats
the same lines on every page with only a number changed: "Page 1 of 2", "163 NEWS 10:42:07",
"1/3". Such lines are page marks. A page is paged when one of them counts its pages (one number
going 1, 2, ... beside another that stays, "n of N") or when it has form feeds. On a paged page
a short label line printed again word for word (the footer's section index, "Continued on the
next subpage >") and the first line of a page under a form feed when it carries a number (the
document's name and date as a running head) are page furniture too. A sentence cut by a page
break goes on after that furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsstream.core.dates import month_named
from newsstream.core.text import ends_sentence, normalise_text

_DIGITS: Final = re.compile(r"\d+")
# A page mark or repeated footer is a label: a few words, never a sentence.
_RUNNING_MAX_WORDS: Final = 12
_MIN_PAGES: Final = 2


def page_heads(text: str) -> set[str]:
    """The first line of each page after a form feed, as normalised, when it is a running head.

    A line with a number in it (the page, the date) that starts with no lower-case letter and
    ends no sentence: a sentence carried over the break starts in lower case, and a page's
    crosshead carries no number.
    """
    if "\f" not in text:
        return set()
    heads: set[str] = set()
    for page in text.split("\f")[1:]:
        first = next((line for line in normalise_text(page).split("\n") if line), "")
        if first and not first[:1].islower() and _DIGITS.search(first) and _is_label(first):
            heads.add(first)
    return heads


def running_lines(lines: list[str], heads: set[str]) -> set[int]:
    """Indices of `lines` that are page furniture: page marks, and on a paged page its repeats.

    `heads` are the running heads found under form feeds (`page_heads`). A page mark is a label
    line printed at least twice with the same words and different numbers; on a page with page
    marks or form feeds, a label line printed twice word for word goes too.
    """
    shapes: dict[str, set[str]] = {}
    for line in lines:
        # The space count first: it rejects a story line without scanning it for a digit.
        if line.count(" ") < _RUNNING_MAX_WORDS and _DIGITS.search(line) and _is_label(line):
            shapes.setdefault(_DIGITS.sub("0", line.casefold()), set()).add(line)
    if not heads and not any(_counts_pages(variants) for variants in shapes.values()):
        return set()  # not paged: most pages, and they cost a look at their numbered lines only
    marks = {line for variants in shapes.values() if len(variants) > 1 for line in variants}
    labels = [_is_label(line) for line in lines]
    counts = Counter(line.casefold() for line, label in zip(lines, labels, strict=True) if label)
    return {
        index
        for index, (line, label) in enumerate(zip(lines, labels, strict=True))
        if line in marks or line in heads or (label and counts[line.casefold()] > 1)
    }


def _counts_pages(variants: set[str]) -> bool:
    """Lines that differ in a page counter: "1/3", "2/3" or "Page 1 of 2", "Page 2 of 2".

    In every line, one number is at most the number after it, which is the same in all of them,
    and that first number differs from line to line. Times and counts ("3 hours ago") do not.
    """
    if len(variants) < _MIN_PAGES:
        return False
    numbers = [[int(n) for n in _DIGITS.findall(line)] for line in variants]
    if len({len(row) for row in numbers}) > 1:
        return False
    between = [_DIGITS.split(line)[1:-1] for line in variants]  # the text between two numbers
    for i in range(len(numbers[0]) - 1):
        pages = {row[i] for row in numbers}
        totals = {row[i + 1] for row in numbers}
        if (
            len(pages) == len(numbers)
            and len(totals) == 1
            and max(pages) <= min(totals)
            # two days of one month's year ("11 March 2025", "12 March 2025") count no pages
            and not any(month_named(texts[i].strip(" ,.")) for texts in between)
        ):
            return True
    return False


def _is_label(line: str) -> bool:
    return line.count(" ") < _RUNNING_MAX_WORDS and not ends_sentence(line)
