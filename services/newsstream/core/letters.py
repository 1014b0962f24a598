"""Letters pages: a page that names itself one in its headline or intro ("Letters to the editor").

On such a page each letter is signed under its text ("Jane Doe, Eastport"); the cleaner credits
the signatures (`cleaning.py`). The words a letters page is named by, in many languages, are data
(`data/letters_pages.txt`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _alternatives(phrases: set[str]) -> str:
    """The phrases as a pattern's alternatives, the longest first."""
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


@cache
def _letters_words() -> re.Pattern[str]:
    """One pattern of what names a letters page: a word of its own, or a plain word as a label.

    A word of its own opens a word (a compound's head too: "Leserbriefe"); a plain word opens a
    line alone or before a label's separator ("Letters: …"), or is followed by the readers or
    the editor it comes from ("Cartas de los lectores").
    """
    text = resources.files("newsstream.data").joinpath("letters_pages.txt").read_text("utf-8")
    kinds: dict[str, set[str]] = {"own": set(), "label": set(), "after": set()}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            head, _, words = line.partition(":")
            kind = head.split()[0] if head.split()[0] in kinds else "own"
            kinds[kind] |= {word.strip() for word in words.split("|" if kind == "after" else None)}
    own, plain, after = (_alternatives(kinds[kind] - {""}) for kind in ("own", "label", "after"))
    return re.compile(
        rf"\b(?:{own})|^\W*(?:{plain})\s*(?:[:·|—–-]|$)|\b(?:{plain})\s+(?:{after})\b",
        re.IGNORECASE,
    )


def is_letters_page(texts: list[str]) -> bool:
    """Whether a page's headline or intro (`texts`) names it a letters page."""
    pattern = _letters_words()
    return any(pattern.search(text) for text in texts)
