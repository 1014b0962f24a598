"""A wiki's source text (MediaWiki markup), as a wiki's "view source" page shows it: its text.

The markup is not part of the text: `{{template|field=value}}` calls (a news template's date
field dates the story), `[[target|text]]` and `[[text]]` links whose text stays, `[url text]`
web links, `'''bold'''` and `''italic''`, `== heading ==`, `* ` list items, `<ref>…</ref>`
sources cited inside a sentence and `<references/>`. A link into a namespace alone on its line
(`[[File:…|thumb|…]]`, `[[Category:…]]`) is an image or a category, the page's. The source runs
from the first line with markup to the last; what stands around it is the wiki's own page (its
name, tabs, a protection note, a return link), where the page name is printed twice in quotes:
over the source ("Source of «Name»") and in the link back to the page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsstream.core.dates import find_date
from newsstream.core.textformat import FormatText, shows_markup

_SIGNS: Final = (
    re.compile(r"\{\{[^{}\n]+\}\}"),  # a template call
    re.compile(r"\[\[[^\[\]\n]+\]\]"),  # a wiki link
    re.compile(r"'''[^'\n]+'''"),  # bold
    re.compile(r"^==+ [^=\n]+ ==+\s*$", re.M),  # a heading
    re.compile(r"<ref[ >]|<references\s*/>"),  # a citation
)
_MIN_SIGNS: Final = 3  # kinds of markup a text must show to be read as wiki source
_TEMPLATE: Final = re.compile(r"\{\{[^{}]*\}\}")
_FIELD: Final = re.compile(r"\|\s*[^|=}]+=\s*([^|}]+)")
_NAMESPACED: Final = re.compile(r"\[\[[^\[\]|:]+:[^\[\]]*\]\]")  # [[File:…]], [[Category:…]]
# An image's options before its caption: "[[File:x.jpg|thumb|right|The caption.]]"; a category's
# link has a sort key at most ("[[Category:Name|key]]"), an option is a word or "name=value".
_IMAGE_FIELDS: Final = 3
_REF: Final = re.compile(r"<ref[^>/]*>.*?</ref>|<ref[^>]*/>|<references\s*/>", re.S)
_PIPED: Final = re.compile(r"\[\[[^\[\]|]*\|([^\[\]]*)\]\]")
_LINK: Final = re.compile(r"\[\[([^\[\]]*)\]\]")
_WEB_LINK: Final = re.compile(r"\[https?://\S+\s+([^\]]*)\]")
_EMPHASIS: Final = re.compile(r"'{2,3}")
_HEADING: Final = re.compile(r"(=+)\s*(.*?)\s*\1")
_ITEM: Final = re.compile(r"[*#:;]+\s*")
_QUOTED: Final = re.compile(r"«([^«»\n]{3,200})»|“([^“”\n]{3,200})”|„([^„“\n]{3,200})“")


def wiki_source(text: str) -> FormatText | None:
    """The text of a wiki page's source, or None when the text shows too little wiki markup."""
    if "[[" not in text and "{{" not in text:
        return None
    if not shows_markup(text, _SIGNS, _MIN_SIGNS):
        return None
    rows = text.split("\n")
    marked = [i for i, row in enumerate(rows) if any(sign.search(row) for sign in _SIGNS[:4])]
    first, last = marked[0], marked[-1]
    around = [row for row in rows[:first] + rows[last + 1 :] if row.strip()]
    names = Counter(
        next(name for name in match.groups() if name)
        for row in around
        for match in _QUOTED.finditer(row)
    )
    title = next((name for name, count in names.most_common(1) if count > 1), None)
    published = None
    removed = list(around)
    lines: list[str] = []
    captions: list[str] = []
    for row in _REF.sub("", "\n".join(rows[first : last + 1])).split("\n"):
        stripped = row.strip()
        if _TEMPLATE.fullmatch(stripped) or _NAMESPACED.fullmatch(stripped):
            removed.append(stripped)
            for field in _FIELD.finditer(stripped):
                published = published or find_date(field[1])
            captions.extend(_image_caption(stripped))
            continue
        lines.append(plain_line(stripped))
    return FormatText(
        text="\n".join(lines),
        removed=removed,
        title=title,
        published=published,
        captions=tuple(captions),
    )


def _image_caption(link: str) -> list[str]:
    """The caption closing an image's link after its options, as plain text; none for others."""
    fields = link[2:-2].split("|")
    if len(fields) < _IMAGE_FIELDS or "=" in fields[-1] or " " not in fields[-1].strip():
        return []
    return [plain_line(fields[-1].strip())]


def plain_line(row: str) -> str:
    """A line of wiki source without its markup."""
    heading = _HEADING.fullmatch(row) if row.startswith("=") else None
    if heading is not None:
        return heading[2]
    row = _ITEM.sub("", row, count=1) if row[:1] in "*#:;" else row
    row = _TEMPLATE.sub("", _WEB_LINK.sub(r"\1", _LINK.sub(r"\1", _PIPED.sub(r"\1", row))))
    return " ".join(_EMPHASIS.sub("", row).split())
