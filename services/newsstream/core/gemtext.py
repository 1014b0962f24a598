"""A page of a Gemini capsule (gemtext), often a text-only mirror of a news site: its text.

Gemtext's markup is not part of the text: a `=> URL label` line is a link on a line of its own
(a menu entry, a "related" link, the address of the article's web copy), `#`/`##`/`###` mark
headings, `* ` a list item, `> ` a quotation, and a ``` line opens or closes a preformatted
block (ASCII art, a banner). Links and preformatted blocks are the capsule's, not the story's;
the first web (http) link names the site the capsule mirrors.
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.htmlpage import site_of
from newsstream.core.textformat import FormatText

_LINK: Final = re.compile(r"=>\s*(\S+)")
_WEB_LINK: Final = re.compile(r"https?://[^/\s]+/\S")  # a page's address, not a front page
_HEADING: Final = re.compile(r"#{1,3}\s*")
_ITEM: Final = re.compile(r"\*\s+")
_QUOTE: Final = re.compile(r">\s?")
_PREFORMATTED: Final = "```"
_MIN_LINKS: Final = 2  # link lines a page must have to be read as gemtext


def gemtext_page(text: str) -> FormatText | None:
    """The text of a gemtext page, or None when the text has too few link lines to be one."""
    if "=>" not in text:
        return None
    rows = text.split("\n")
    links = [row for row in rows if row.startswith("=>")]
    if len(links) < _MIN_LINKS:
        return None
    targets = [match[1] for row in links if (match := _LINK.match(row))]
    site = next((site_of(url) for url in targets if _WEB_LINK.match(url)), None)
    lines: list[str] = []
    removed: list[str] = []
    preformatted = False
    for row in rows:
        if row.startswith(_PREFORMATTED):
            preformatted = not preformatted
            removed.append(row)
        elif preformatted or row.startswith("=>"):
            removed.append(row)
        else:
            if lines and lines[-1] and _ITEM.match(row):
                lines.append("")  # a list's item is a paragraph of its own
            lines.append(plain_line(row))
    return FormatText(text="\n".join(lines), site=site, removed=removed)


def plain_line(row: str) -> str:
    """A line of text without its line-type mark (heading, list item, quotation)."""
    for mark in (_HEADING, _ITEM, _QUOTE):
        if row[:1] in "#*>" and (found := mark.match(row)):
            return row[found.end() :]
    return row
