"""An article delivered as a JSON document: a headless CMS's or a news API's response.

The story is the HTML (or text) of one field of the article's object ("body_html", "content",
WordPress's "content.rendered"); its headline, page, author and dates are fields beside it. The
other fields (excerpt, image caption, tags, related items, ad targeting, the API's own metadata)
are the response's, not the story's. The item is read as a feed item is (`feeditem.FeedItem`);
the document's lines are all markup.
"""

from __future__ import annotations

import json
from typing import Any, Final

from newsstream.core.dates import find_date
from newsstream.core.feeditem import FeedItem
from newsstream.core.htmlpage import site_of

# Each field's names, the most specific first; a field may hold {"rendered": …} (WordPress).
_CONTENT: Final = (
    "body_html",
    "content_html",
    "bodyHtml",
    "contentHtml",
    "articleBody",
    "body",
    "content",
    "html",
    "text",
)
_TITLE: Final = ("title", "headline", "name")
_LINK: Final = ("url", "canonical_url", "canonicalUrl", "link", "permalink", "web_url", "webUrl")
_AUTHOR: Final = ("author", "authors", "byline", "creator")
_DATE: Final = (
    "published_at",
    "publishedAt",
    "datePublished",
    "date_published",
    "first_published_at",
    "published",
    "publish_date",
    "pubDate",
    "date",
)
# A story's field holds at least this much text: shorter strings are labels and ids.
_MIN_CONTENT_CHARS: Final = 200
_MAX_DEPTH: Final = 6


def json_item(text: str) -> FeedItem | None:
    """The article a JSON response carries, or None when the text is no JSON article."""
    stripped = text.lstrip()
    if not stripped.startswith("{") or '"' not in stripped[:200]:
        return None
    try:
        document = json.loads(stripped)
    except ValueError:
        return None
    found = _article(document, 0)
    if found is None:
        return None
    article, content = found
    link = _text(article, _LINK)
    printed = _text(article, _DATE)
    return FeedItem(
        html=f"<html><body><article>{content}</article></body></html>",
        title=_text(article, _TITLE),
        site=site_of(link if link and link.startswith("http") else None),
        author=_author(article),
        published=find_date(printed) if printed else None,
        markup=[line.strip() for line in text.split("\n") if line.strip()],
        footer=[],
    )


def _article(node: Any, depth: int) -> tuple[dict[str, Any], str] | None:
    """The object holding the longest story field, with that field's text, searched depth first."""
    if depth > _MAX_DEPTH:
        return None
    best: tuple[dict[str, Any], str] | None = None
    if isinstance(node, dict):
        content = _text(node, _CONTENT)
        if content is not None and len(content) >= _MIN_CONTENT_CHARS:
            best = (node, content)
        children = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _article(child, depth + 1)
        if found is not None and (best is None or len(found[1]) > len(best[1])):
            best = found
    return best


def _text(node: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of these fields that holds text: a string, or an object's "rendered" string."""
    for name in names:
        value = node.get(name)
        if isinstance(value, dict):
            value = value.get("rendered")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _author(node: dict[str, Any]) -> str | None:
    """The author's name: a string field, an object's "name", or the first of a list's."""
    for name in _AUTHOR:
        value = node.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("name") or value.get("display_name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
