"""A forum post written in BBCode: its text, and the article when the post reposts one.

BBCode's tags are not part of the text: `[b]`, `[i]`, `[size=…]`, `[color=…]` wrap text that
stays, `[url=…]text[/url]` is a link whose text stays, `[img]…[/img]` an image (dropped, its
address with it; the line right under an image alone on its line is its caption). A post that
shares a news story quotes it whole (`[quote="site"]…[/quote]`): when one quotation holds most
of the page's sentences, it is the article and all around it (the forum's bars, the posters,
their comments, signatures and replies) is the forum's. The link printed just after that
quotation names the article's page.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from newsstream.core.htmlpage import site_of
from newsstream.core.text import ends_sentence
from newsstream.core.textformat import FormatText

_PAIRED: Final = re.compile(
    r"\[(b|i|u|s|quote|url|img|size|color|center|font)[=\]][^\n]*?\[/\1\]", re.I
)
_IMAGE: Final = re.compile(r"\[img\][^\[]*\[/img\]", re.I)
_LINK: Final = re.compile(r"\[url=([^\]\s]+)\]", re.I)
_TAG: Final = re.compile(
    r"\[/?(?:b|i|u|s|url|img|size|color|center|font|quote)(?:=[^\]]*)?\]", re.I
)
_QUOTE: Final = re.compile(r"\[quote(?:=[^\]]*)?\](.*?)\[/quote\]", re.I | re.S)
_MIN_KINDS: Final = 2  # kinds of paired tags a text must show to be read as BBCode
_LINK_AFTER: Final = 300  # characters after the quotation in which its source link stands


def forum_post(text: str) -> FormatText | None:
    """The text of a BBCode page, or None when the text shows too few kinds of BBCode tags."""
    if "[/" not in text:
        return None
    kinds = {match[1].lower() for match in _PAIRED.finditer(text)}
    if len(kinds) < _MIN_KINDS:
        return None
    removed: list[str] = []
    site = None
    quote = max(_QUOTE.finditer(text), key=lambda match: len(match[1]), default=None)
    if quote is not None and 2 * _sentences(quote[1]) > _sentences(text):
        link = _LINK.search(text, quote.end(), quote.end() + _LINK_AFTER)
        site = site_of(link[1]) if link else None
        around = f"{text[: quote.start()]}\n{text[quote.end() :]}"
        removed.extend(row.strip() for row in around.split("\n") if row.strip())
        text = quote[1]
    removed.extend(image[0] for image in _IMAGE.finditer(text))
    return FormatText(text=plain_text(text), site=site, removed=removed, captions=_captions(text))


def _captions(text: str) -> tuple[str, ...]:
    """The text of each line right under an image alone on its line, without its tags."""
    rows = text.split("\n")
    return tuple(
        plain_text(below).strip()
        for row, below in itertools.pairwise(rows)
        if _IMAGE.search(row)
        and not _IMAGE.sub("", row).strip()
        and below.strip()
        and not _IMAGE.search(below)
    )


def _sentences(text: str) -> int:
    """Lines of `text` that end a sentence: a story's paragraphs, a comment's."""
    return sum(1 for row in plain_text(text).split("\n") if ends_sentence(row))


def plain_text(text: str) -> str:
    """BBCode text without its tags and images, each line's spaces collapsed."""
    text = _TAG.sub("", _IMAGE.sub("", text))
    return "\n".join(" ".join(row.split()) for row in text.split("\n"))
