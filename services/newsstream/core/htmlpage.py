"""Article text out of an HTML page: trafilatura's extraction, the standard library as fallback."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Final
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document

from newsstream.core.dates import find_date

# trafilatura logs an error for every page it cannot parse; we fall back to the page's visible
# text then, and an article that still has no story is dead-lettered with its reason.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What an HTML page says about its article."""

    text: str
    all_text: str  # every visible line of the page, for what extraction leaves out (credits)
    title: str | None = None
    published: date | None = None
    site: str | None = None


class _TextExtractor(HTMLParser):
    """Text of an HTML page, one line per block element, skipping non-content elements."""

    _SKIP: Final = frozenset(
        {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"}
    )
    _BLOCK: Final = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "article",
            "section",
            "header",
            "blockquote",
            "tr",
            "figcaption",
            "title",
            "ul",
            "ol",
            "pre",
            "main",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Plain text of an HTML page, paragraphs separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    return html.unescape("".join(extractor.parts))


def _site(url: str | None) -> str | None:
    """The host of the page's canonical URL, without "www." (subdomains are sites of their own)."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def extract_html(page: str) -> HtmlArticle:
    """The article of an HTML page: main text (one paragraph a line) and its metadata.

    trafilatura finds the main content and drops navigation, asides and footers; pages too
    small or odd for it fall back to all visible text, which line cleaning then sorts out.
    """
    all_text = html_to_text(page)
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True
    )
    if not isinstance(document, Document) or not document.text:
        return HtmlArticle(text=all_text, all_text=all_text)
    return HtmlArticle(
        text=document.text,
        all_text=all_text,
        title=document.title or None,
        published=find_date(document.date) if document.date else None,
        site=_site(document.url) or document.hostname or None,
    )
