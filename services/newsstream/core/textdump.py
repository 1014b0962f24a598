"""A page dumped to text by a text-mode browser (`lynx -dump` and its kin): its text.

The dump's own marks are not part of the text: `[12]` before a link's text numbers the link, a
`References` list of those numbers' addresses closes the dump, `[IMG]` stands for an image,
`(BUTTON)` for a form button and `IFRAME:` for an embedded frame. Lines of the body are indented
and hard-wrapped. A line that opens on a link mark (a bullet before it at most) is a link alone,
a menu's or a list's, unless it carries on the sentence of the line above; one with a button or
a frame is the page's controls. A story sentence has text before its links.
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.text import ends_sentence
from newsstream.core.textformat import FormatText

_MARK: Final = re.compile(r"\[(?:\d{1,4}|IMG)\]")
_REFERENCE: Final = re.compile(r"\s*\d{1,4}\.\s+[a-z][a-z+.-]*:\S*", re.IGNORECASE)
_LINK_LINE: Final = re.compile(r"(?:[*+•-]\s+)?\[\d{1,4}\]")
_CONTROL: Final = re.compile(r"\((?:BUTTON|FORM|TEXTAREA|RADIO|CHECKBOX)\)|^IFRAME:|^\[IFRAME\]")
_REFERENCES: Final = "References"
_MIN_REFERENCES: Final = 3  # numbered addresses a References list must hold


def text_dump(text: str) -> FormatText | None:
    """The text of a browser's text dump, or None when no References list of links closes it."""
    end = text.rfind(f"\n{_REFERENCES}\n")
    if end < 0:
        return None
    references = text[end + len(_REFERENCES) + 2 :].split("\n")
    if sum(1 for row in references if _REFERENCE.match(row)) < _MIN_REFERENCES:
        return None
    lines: list[str] = []
    removed = [row for row in text[end:].split("\n") if row.strip()]
    wrapped = False  # the line before holds a sentence that goes on
    for row in text[:end].split("\n"):
        stripped = row.strip()
        link = _LINK_LINE.match(stripped) and not (wrapped and stripped[:1] == "[")
        if link or _CONTROL.search(stripped):
            removed.append(stripped)
            wrapped = False
            continue
        line = plain_line(stripped)
        lines.append(line)
        wrapped = bool(line) and not ends_sentence(line)
    return FormatText(text="\n".join(lines), removed=removed)


def plain_line(row: str) -> str:
    """A line of the dump without its marks, its spaces collapsed."""
    return " ".join(_MARK.sub("", row).split())
