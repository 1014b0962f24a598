"""An article exported as Markdown (a read-later app, a static site, a notes tool): its text.

Markdown's markup is not part of the text: `#` marks a heading (the first `# ` one is the
headline), `**`/`*` emphasis, `[text](url)` a link whose text stays, `![alt](url)` an image
(dropped with its alt text; the line right under an image alone on its line is its caption),
`> ` a quotation, `- ` a list item. YAML front matter between `---` lines on top holds the
export's fields: its `url` names the article's page. A line that holds nothing but links (a
menu, share links, a "read also" box, a tag list) is the page's, not the story's: a story's
sentence has text of its own around its links.
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.htmlpage import site_of
from newsstream.core.textformat import FormatText, shows_markup

_FRONT_MATTER: Final = re.compile(r"---\n((?:[\w-]+:.*\n|[ \t-].*\n)+?)---\n")
_FIELD_URL: Final = re.compile(
    r"^(?:url|link|source|canonical_url|source_url):\s*[\"']?(\S+?)[\"']?\s*$", re.M
)
_IMAGE: Final = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK: Final = re.compile(r"\[([^\]]*)\]\((?:[^)\s]|\([^)\s]*\))*(?:\s+\"[^\"]*\")?\)")
_HEADING: Final = re.compile(r"(#{1,6})\s+(.*?)\s*#*\s*")
_QUOTE: Final = re.compile(r">\s?")
_ITEM: Final = re.compile(r"(?:[-*+]|\d{1,2}[.)])\s+")
_EMPHASIS: Final = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
# What is left of a line of links once the links are out: separators, bullets, a short label.
_LINKS_ONLY: Final = re.compile(r"[\s·|•,/–—-]*(?:[^\W\d][^:.!?]{0,30}:)?[\s·|•,/–—-]*")
# A text is Markdown when it shows at least this many kinds of its markup.
_MIN_SIGNS: Final = 2
_SIGNS: Final = (
    re.compile(r"\A---\n[\w-]+:"),  # front matter
    re.compile(r"^#{1,6} \S", re.M),  # heading
    re.compile(r"\]\((?:https?://|/|#)"),  # link
    re.compile(r"!\["),  # image
    re.compile(r"^> \S", re.M),  # quotation
    re.compile(r"\*\*\S"),  # strong emphasis
)


def markdown_page(text: str) -> FormatText | None:
    """The text of a Markdown export, or None when the text shows too little Markdown."""
    if "](" not in text and "\n#" not in text and not text.startswith("---"):
        return None
    if not shows_markup(text, _SIGNS, _MIN_SIGNS):
        return None
    removed: list[str] = []
    site = None
    front = _FRONT_MATTER.match(text)
    if front is not None:
        removed.extend(line for line in front[0].split("\n") if line)
        url = _FIELD_URL.search(front[1])
        site = site_of(url[1]) if url else None
        text = text[front.end() :]
    title = None
    lines: list[str] = []
    captions: list[str] = []
    under_image = False
    for line in text.split("\n"):
        plain = plain_line(line)
        if under_image and plain:
            captions.append(plain)
        under_image = _IMAGE.fullmatch(line.strip()) is not None
        if plain is None:
            removed.append(line)
            continue
        if title is None and line.startswith("# "):
            title = plain
        if lines and lines[-1] and _ITEM.match(line.strip()):
            lines.append("")  # a list's item is a paragraph of its own, as an `<li>` is
        lines.append(plain)
    return FormatText(
        text="\n".join(lines), title=title, site=site, removed=removed, captions=tuple(captions)
    )


def plain_line(line: str) -> str | None:
    """A line without its markup, or None when it is an image or links only."""
    stripped = line.strip()
    if not stripped:
        return ""
    if _IMAGE.fullmatch(stripped):
        return None
    text = _QUOTE.sub("", stripped, count=1) if stripped.startswith(">") else stripped
    heading = _HEADING.fullmatch(text)
    if heading is not None:
        text = heading[2]
    item = _ITEM.match(text)
    if item is not None:
        text = text[item.end() :]
    text = _EMPHASIS.sub(r"\2", _IMAGE.sub("", text))
    if "](" in text:
        if _LINKS_ONLY.fullmatch(_LINK.sub(" ", text)):
            return None
        text = _LINK.sub(r"\1", text)
    return " ".join(text.split())
