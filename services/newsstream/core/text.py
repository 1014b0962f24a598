"""Text normalisation shared by the stages: one Unicode form, one kind of space, folded keys."""

from __future__ import annotations

import html
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
_MAX_ENCODINGS: Final = 3  # a page read as Windows-1252 this many times over is still repaired
# An HTML entity left in text: "&amp;", "&#8217;", "&#x2019;" (a name needs its semicolon).
_ENTITY: Final = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,30});")
_INVISIBLE_CHARS: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")

# Zero-width and soft-hyphen hints go. The joiners (ZWNJ, ZWJ) are letters' own in Persian,
# Indic scripts and emoji ("می‌شود" is not "میشود"): they go only beside ASCII or a line's edge.
_INVISIBLE: Final = re.compile(
    "[\u200b\u2060\ufeff\u00ad]|(?<![^\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\x00-\x7f])"
)

# The marks of Unicode's Sentence_Terminal property beyond `SENTENCE_MARKS`' own (a regex class's
# body, so that patterns may split on them too): Meetei Mayek "꯫", Ol Chiki "᱾", Lepcha, Limbu,
# Vai, N'Ko, Chakma, Balinese, Javanese and the other scripts' own stops. Not Myanmar's "၊"
# (U+104A), a clause's comma in Burmese as written. tests/unit/test_cleaning_script_terminals.py
# checks it against the property.
SCRIPT_SENTENCE_TERMINALS: Final = (
    "\u061d-\u061e\u0700-\u0702\u07f9\u0837\u0839\u083d-\u083e\u1367-\u1368\u166e"
    "\u1735-\u1736\u1803\u1809\u1944-\u1945\u1aa8-\u1aab\u1b4e-\u1b4f\u1b5a-\u1b5b"
    "\u1b5e-\u1b5f\u1b7d-\u1b7f\u1c3b-\u1c3c\u1c7e-\u1c7f\u2024\u203c-\u203d\u2047-\u2049"
    "\u2cf9-\u2cfb\u2e2e\u2e3c\u2e53-\u2e54\u2e60-\u2e61\ua4ff\ua60e-\ua60f\ua6f3\ua6f7"
    "\ua876-\ua877\ua8ce-\ua8cf\ua92f\ua9c8-\ua9c9\uaa5d-\uaa5f\uaaf0-\uaaf1\uabeb\ufe12"
    "\ufe15-\ufe16\ufe52\ufe56-\ufe57\uff0e\uff61\U00010a56-\U00010a57\U00010f55-\U00010f59"
    "\U00010f86-\U00010f89\U00011047-\U00011048\U000110be-\U000110c1\U00011141-\U00011143"
    "\U000111c5-\U000111c6\U000111cd\U000111de-\U000111df\U00011238-\U00011239"
    "\U0001123b-\U0001123c\U000112a9\U000113d4-\U000113d5\U0001144b-\U0001144c"
    "\U000115c2-\U000115c3\U000115c9-\U000115d7\U00011641-\U00011642\U0001173c-\U0001173e"
    "\U00011944\U00011946\U00011a42-\U00011a43\U00011a9b-\U00011a9c\U00011c41-\U00011c42"
    "\U00011ef7-\U00011ef8\U00011f43-\U00011f44\U00016a6e-\U00016a6f\U00016af5"
    "\U00016b37-\U00016b38\U00016b44\U00016d6e-\U00016d6f\U00016e98\U0001bc9f\U0001da88"
)


def _class_members(body: str) -> frozenset[str]:
    """The characters a regex class's body of single characters and ranges ("a-c") names."""
    members: set[str] = set()
    for first, last in re.findall(r"(.)(?:-(.))?", body):
        members.update(map(chr, range(ord(first), ord(last or first) + 1)))
    return frozenset(members)


def _class_of(members: list[int]) -> str:
    """A regex class's body naming these code points (sorted), runs of them as ranges."""
    runs: list[list[int]] = []
    for code in members:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# The marks a script writes on its letters (vowel signs, viramas, tones: categories Mn and Mc) in
# the planes scripts are written in: a word's letters are its letters and these.
COMBINING_MARKS: Final = _class_of(
    [code for code in range(0x300, 0x20000) if unicodedata.category(chr(code)) in ("Mn", "Mc")]
)

# A sentence ends in one of these marks (the danda, the ideographic and Arabic full stops, the
# Armenian, Ethiopic, Myanmar and Tibetan ones among them), then perhaps closing quotes and
# brackets.
SENTENCE_MARKS: Final = frozenset(".!?…।॥。！？؟۔։።။។៕།༎") | _class_members(
    SCRIPT_SENTENCE_TERMINALS
)
# Guillemets close a quote either way (French « … », German » … «); German closes its low-high
# quotes on U+201C and U+2018; French spaces the closing guillemet off ("… ravis. »").
SENTENCE_CLOSERS: Final = "\"'”’)]」』）》〉«»\u201c\u2018 \u00a0\u202f"
FULL_STOPS: Final = frozenset(".。।۔።")  # a statement's end, not a question's or a cry's
# Thai and Lao mark no sentence end: a line of prose ends in a letter of the script.
_UNMARKED_SCRIPTS: Final = re.compile("[\u0e01-\u0e4e\u0e81-\u0ece]")
# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer): their
# letters make words of a few characters.
_UNSPACED_RANGES: Final = "\u0e01-\u0e4e\u0e81-\u0ece\u0f40-\u0fbc\u1000-\u109f\u1780-\u17ff"
_IDEOGRAPH_RANGES: Final = "\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_LETTERS: Final = re.compile(f"[{_UNSPACED_RANGES}]")
_IDEOGRAPHS: Final = re.compile(f"[{_IDEOGRAPH_RANGES}]")
# Either: most text beyond ASCII (accents, curly quotes) has neither, and one search tells.
_UNSPACED_OR_IDEOGRAPHS: Final = re.compile(f"[{_UNSPACED_RANGES}{_IDEOGRAPH_RANGES}]")
# A pictograph opening a line: emoji and dingbats, not the marks that open a list's items (✓ ✔
# ✗ ✘, ❶ and on, arrows, ► ▸) or a quotation (❛ ❜ ❝ ❞). A play button (▶, as ⏵) heads a
# video or an audio clip's link.
PICTOGRAPH_LEAD: Final = re.compile(
    "[\u231a\u231b\u23e9-\u23fa\u25b6\u2600-\u2712\u2719-\u275a\u2761-\u2775\U0001f000-\U0001faff]"
)
_LETTERS_PER_WORD: Final = 4  # Thai, Lao, Tibetan, Khmer, Myanmar: letters and marks of a word
_IDEOGRAPHS_PER_WORD: Final = 2  # Chinese, Japanese


def ends_sentence(text: str) -> bool:
    """A sentence mark, then only closing quotes or brackets (and a final newline, if any).

    In a script that marks no sentence end, a letter of that script ends it.
    """
    last = text.removesuffix("\n").rstrip(SENTENCE_CLOSERS)[-1:]
    return last in SENTENCE_MARKS or (
        not last.isascii() and _UNMARKED_SCRIPTS.fullmatch(last) is not None
    )


def starts_unspaced(text: str) -> bool:
    """The text opens on a letter of a script written without spaces (Thai, Myanmar, Chinese …)."""
    return _UNSPACED_OR_IDEOGRAPHS.match(text) is not None


def has_sentence_mark(text: str) -> bool:
    """`ends_sentence` by a mark alone: a Thai headline ends in a letter as its sentences do."""
    return text.removesuffix("\n").rstrip(SENTENCE_CLOSERS)[-1:] in SENTENCE_MARKS


def word_count(text: str) -> int:
    """Words of a line with single spaces: its spaces, and the words of unspaced scripts.

    Thai or Chinese runs a phrase's words together: their letters count a word for every few.
    """
    words = text.count(" ") + 1
    if text.isascii() or _UNSPACED_OR_IDEOGRAPHS.search(text) is None:
        return words
    letters = _UNSPACED_LETTERS.subn("", text)[1]
    ideographs = _IDEOGRAPHS.subn("", text)[1]
    return words + letters // _LETTERS_PER_WORD + ideographs // _IDEOGRAPHS_PER_WORD


def normalise_text(text: str) -> str:
    """Repair mojibake, decode HTML entities, compose Unicode (NFC) and fold every space to one."""
    if "&" in text and _ENTITY.search(text):
        text = _unescaped(text)
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


def _unescaped(text: str) -> str:
    """Text with its HTML entities decoded, however many times they were escaped ("&amp;#8217;")."""
    for _ in range(_MAX_ENCODINGS):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


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
    broken does not decode), and the round trip is far cheaper than ftfy. A page read wrongly
    twice round-trips twice.
    """
    try:
        text = text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        # Part of the page was read wrongly (a CMS's story in a clean template): each line that
        # round-trips was mojibake throughout, however short; ftfy weighs what is left.
        text = "\n".join(map(_repaired_line, text.split("\n")))
        if not any(sign in text for sign in _MOJIBAKE_SIGNS):
            return text
        return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    for _ in range(_MAX_ENCODINGS - 1):  # read wrongly twice: "â€™" read again as Windows-1252
        if not any(sign in text for sign in _MOJIBAKE_SIGNS):
            break
        try:
            text = text.encode("sloppy-windows-1252").decode("utf-8")
        except UnicodeError:
            break
    if "&" in text:  # HTML entities: ftfy unescapes them
        return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    return text


def _repaired_line(line: str) -> str:
    """A line read as Windows-1252 back in UTF-8 when it round-trips; otherwise as it is."""
    if line.isascii():
        return line
    try:
        return line.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return line


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
