"""Letters pages: a page that names itself one in its headline or intro ("Letters to the editor").

On such a page each letter is signed under its text ("Jane Doe, Eastport"); the cleaner credits
the signatures (`cleaning.py`). The words a letters page is named by, in many languages, are data
(`data/letters_pages.txt`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _letters_words() -> re.Pattern[str]:
    """One pattern of the words opening a word (a compound's head too) that name a letters page."""
    text = resources.files("newsstream.data").joinpath("letters_pages.txt").read_text("utf-8")
    words = sorted(
        {
            word
            for line in text.splitlines()
            if line and not line.startswith("#")
            for word in line.partition(":")[2].split()
        },
        key=len,
        reverse=True,
    )
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})", re.IGNORECASE)


def is_letters_page(texts: list[str]) -> bool:
    """Whether a page's headline or intro (`texts`) names it a letters page."""
    pattern = _letters_words()
    return any(pattern.search(text) for text in texts)
