"""What a text format's reader gives: the text without its markup, and what the markup told.

Gemtext, text-browser dumps, wiki source, BBCode forum posts and Markdown are read by their own
modules; each returns this, so cleaning treats them alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class FormatText:
    """A page in a text format, as text, with what its markup says about the article."""

    text: str  # the lines without markup; blank lines kept between blocks
    removed: list[str]  # the format's own lines (links, controls, templates...), as printed
    title: str | None = None  # where the format marks the headline
    site: str | None = None  # the host of a link that names the article's site, without "www."
    published: date | None = None  # where the format's fields give a date
    captions: tuple[str, ...] = ()  # the text of each image's caption, where the markup marks one


def shows_markup(text: str, signs: Iterable[re.Pattern[str]], kinds: int) -> bool:
    """Whether `text` shows at least `kinds` of a format's signs: one alone may be chance."""
    return sum(1 for sign in signs if sign.search(text)) >= kinds
