"""Text normalisation shared by the stages: one Unicode form, one kind of space, folded keys."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-1252 codec

# UTF-8 read as Windows-1252 or Latin-1 turns each multi-byte character into a lead letter and
# continuation signs: these pairs and letters are its signature in the scripts news uses most.
# ftfy is far slower than looking for them, so it runs only on text that shows one.
_MOJIBAKE_SIGNS: Final = (
    "â€",
    "Ã",
    "Â",
    "Ð",
    "Ñ",
    "Î",
    "Ï",
    "Ø",
    "Ù",
    "×",
    "à¤",
    "&#",
    "&amp;",
    "&quot;",
)
_INVISIBLE_CHARS: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")

_INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise_text(text: str) -> str:
    """Repair mojibake, compose Unicode (NFC) and fold every kind of space to a plain one."""
    if not text.isascii():
        if _may_be_mojibake(text) and any(sign in text for sign in _MOJIBAKE_SIGNS):
            text = _repair(text)
        if any(char in text for char in _INVISIBLE_CHARS):
            text = _INVISIBLE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # A printable line holds no space but " " (no tab, no no-break space): unless it has two in
    # a row or one at an edge, it is folded already, and most lines are. str.split() knows every
    # Unicode space (no-break, thin, ideographic): one pass folds the others.
    return "\n".join(
        [
            line
            if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "
            else " ".join(line.split())
            for line in text.splitlines()
        ]
    )


def _may_be_mojibake(text: str) -> bool:
    """Whether `text` may hold a mojibake sign: one byte search each instead of one per sign.

    Every sign but the HTML entities starts with a letter from U+00C0 to U+00FF, which UTF-8
    writes with the lead byte C3 (and lone surrogates, passed through, never make one).
    """
    data = text.encode("utf-8", "surrogatepass")
    return b"\xc3" in data or b"&" in data


def _repair(text: str) -> str:
    """Undo mojibake: the whole page at once when all of it was UTF-8 read as Windows-1252.

    ftfy decides line by line and leaves short lines it is unsure of ("PaylaÅŸ"); a page that
    round-trips through Windows-1252 to valid UTF-8 was mojibake throughout (text that was never
    broken does not decode), and the round trip is far cheaper than ftfy.
    """
    try:
        text = text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    if "&" in text:  # HTML entities: ftfy unescapes them
        return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    return text


def _is_sign(code: int) -> bool:
    """Punctuation, a symbol or "_": what paragraph keys fold to a space."""
    return unicodedata.category(chr(code))[0] in "PS" or code == ord("_")


# Latin-1 text (Western European languages) folds through bytes.translate, far the fastest way;
# typographic quotes, dashes and the ellipsis, common in such text but beyond Latin-1, go first.
_LATIN1_SIGNS: Final = bytes(32 if _is_sign(code) else code for code in range(256))
_TYPOGRAPHIC: Final = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u201e"


@cache
def _punctuation() -> re.Pattern[str]:
    """Runs of punctuation, symbols and "_" (the Basic Multilingual Plane's, as ever).

    One character class of ranges, for text beyond Latin-1: str.translate is fast on ASCII only,
    and a run of signs goes in one replacement.
    """
    ranges: list[list[int]] = []
    for code in filter(_is_sign, range(0x10000)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    members = "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
        for first, last in ranges
    )
    return re.compile(f"[{members}]+")


def paragraph_key(text: str) -> str:
    """Fold case, punctuation and spacing so that repeats compare equal."""
    folded = text.casefold()
    if not folded.isascii():
        for sign in _TYPOGRAPHIC:
            if sign in folded:
                folded = folded.replace(sign, " ")
    try:
        latin1 = folded.encode("latin-1")
    except UnicodeEncodeError:
        return " ".join(_punctuation().sub(" ", folded).split())
    return " ".join(latin1.translate(_LATIN1_SIGNS).decode("latin-1").split())
