"""A feed item delivered as text: the raw XML of an RSS or Atom feed, its story as escaped HTML.

A feed's item names its headline, its page, its author and its date in fields of their own, and
carries the story as HTML, escaped once more for the XML (`&lt;p&gt;…`, `&amp;#8217;`) or in a
CDATA section. The channel's own title and description are the feed's, not the story's.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from newsstream.core.dates import find_date
from newsstream.core.htmlpage import site_of

_FEED_START: Final = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)
_ITEM: Final = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1>", re.S)
_CDATA: Final = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_ATOM_LINK: Final = re.compile(r"<link\b[^>]*\bhref=\"([^\"]+)\"")
# Each field's names, the most specific first.
_TITLE: Final = ("title",)
_LINK: Final = ("link",)
_AUTHOR: Final = ("dc:creator", "author")
_DATE: Final = ("pubDate", "published", "dc:date", "updated")
_CONTENT: Final = ("content:encoded", "description", "content", "summary")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What a feed's first item says about its article."""

    html: str  # the story, as a page whose one article it is
    title: str | None
    site: str | None  # the host of the item's page, without "www."
    author: str | None
    published: date | None
    markup: list[str]  # the feed's lines around the story: its fields and tags
    footer: list[str]  # the feed's own paragraphs under the story, as HTML


def feed_item(text: str) -> FeedItem | None:
    """The first item of a feed dumped as text, or None when the text is no feed."""
    if "<" not in text[:400] or _FEED_START.match(text) is None:
        return None
    item = _ITEM.search(text)
    if item is None:
        return None
    body = item[2]
    found = _find(body, _CONTENT)
    if found is None:
        return None
    content, (start, end) = found
    start, end = start + item.start(2), end + item.start(2)
    # Whole lines only: the tags on the story's first and last lines go with it.
    after = text.find("\n", end)
    markup = text[: text.rfind("\n", 0, start) + 1] + (text[after:] if after >= 0 else "")
    link = _field(body, _LINK)
    if not link:  # Atom: <link href="…"/>
        atom = _ATOM_LINK.search(body)
        link = html.unescape(atom[1]) if atom else None
    author = _field(body, _AUTHOR)
    if author and "<name>" in author:  # Atom: <author><name>…</name></author>
        author = _field(author, ("name",))
    printed = _field(body, _DATE)
    footer = _self_links(content, link) if link else []
    for paragraph in footer:
        content = content.replace(paragraph, "")
    return FeedItem(
        html=f"<html><body><article>{content}</article></body></html>",
        title=_field(body, _TITLE) or None,
        site=site_of(link),
        author=author or None,
        published=find_date(printed) if printed else None,
        markup=[line.strip() for line in markup.split("\n") if line.strip()],
        footer=footer,
    )


def _self_links(content: str, link: str) -> list[str]:
    """The paragraphs that link to the item's own page: the feed's footer, not the story.

    "The post <headline> appeared first on <site>.": a story does not link to its own page.
    """
    target = re.escape(html.escape(link, quote=True))
    return re.findall(
        rf"<p\b[^>]*>(?:(?!</p>).)*?href=[\"']{target}[\"'](?:(?!</p>).)*</p>", content, re.S
    )


def _field(item: str, names: tuple[str, ...]) -> str | None:
    """The text of the item's first field of these names: CDATA as is, escaped text unescaped."""
    found = _find(item, names)
    return found[0] if found else None


def _find(item: str, names: tuple[str, ...]) -> tuple[str, tuple[int, int]] | None:
    """The item's first field of these names: its text and where its value stands in `item`."""
    for name in names:
        match = re.search(rf"<{re.escape(name)}\b[^>]*>(.*?)</{re.escape(name)}>", item, re.S)
        if match is None:
            continue
        value = match[1].strip()
        cdata = _CDATA.fullmatch(value)
        return (cdata[1].strip() if cdata else html.unescape(value)), match.span(1)
    return None
