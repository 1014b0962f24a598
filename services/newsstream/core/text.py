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


# The marks a script writes on its letters (vowel signs, viramas, tones: categories Mn and Mc) in
# the planes scripts are written in: a word's letters are its letters and these.
# A literal (Python 3.11's Unicode), not a scan of the planes at import;
# tests/unit/test_cleaning_script_terminals.py checks it against `unicodedata`.
COMBINING_MARKS: Final = (
    "\u0300-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a"
    "\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d"
    "\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957"
    "\u0962-\u0963\u0981-\u0983\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3"
    "\u09fe\u0a01-\u0a03\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75"
    "\u0a81-\u0a83\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff"
    "\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82"
    "\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48"
    "\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8"
    "\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48"
    "\u0d4a-\u0d4d\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf"
    "\u0df2-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18-\u0f19"
    "\u0f35\u0f37\u0f39\u0f3e-\u0f3f\u0f71-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6"
    "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
    "\u108f\u109a-\u109d\u135d-\u135f\u1712-\u1715\u1732-\u1734\u1752-\u1753\u1772-\u1773"
    "\u17b4-\u17d3\u17dd\u180b-\u180d\u180f\u1885-\u1886\u18a9\u1920-\u192b\u1930-\u193b"
    "\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b00-\u1b04"
    "\u1b34-\u1b44\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2"
    "\u1cd4-\u1ce8\u1ced\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0"
    "\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f"
    "\ua6f0-\ua6f1\ua802\ua806\ua80b\ua823-\ua827\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1"
    "\ua8ff\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36\uaa43"
    "\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaeb-\uaaef"
    "\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\U000101fd\U000102e0"
    "\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f"
    "\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27"
    "\U00010eab-\U00010eac\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011000-\U00011002"
    "\U00011038-\U00011046\U00011070\U00011073-\U00011074\U0001107f-\U00011082"
    "\U000110b0-\U000110ba\U000110c2\U00011100-\U00011102\U00011127-\U00011134"
    "\U00011145-\U00011146\U00011173\U00011180-\U00011182\U000111b3-\U000111c0"
    "\U000111c9-\U000111cc\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e"
    "\U000112df-\U000112ea\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344"
    "\U00011347-\U00011348\U0001134b-\U0001134d\U00011357\U00011362-\U00011363"
    "\U00011366-\U0001136c\U00011370-\U00011374\U00011435-\U00011446\U0001145e"
    "\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0\U000115dc-\U000115dd"
    "\U00011630-\U00011640\U000116ab-\U000116b7\U0001171d-\U0001172b\U0001182c-\U0001183a"
    "\U00011930-\U00011935\U00011937-\U00011938\U0001193b-\U0001193e\U00011940"
    "\U00011942-\U00011943\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4"
    "\U00011a01-\U00011a0a\U00011a33-\U00011a39\U00011a3b-\U00011a3e\U00011a47"
    "\U00011a51-\U00011a5b\U00011a8a-\U00011a99\U00011c2f-\U00011c36\U00011c38-\U00011c3f"
    "\U00011c92-\U00011ca7\U00011ca9-\U00011cb6\U00011d31-\U00011d36\U00011d3a"
    "\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47\U00011d8a-\U00011d8e"
    "\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6\U00016af0-\U00016af4"
    "\U00016b30-\U00016b36\U00016f4f\U00016f51-\U00016f87\U00016f8f-\U00016f92\U00016fe4"
    "\U00016ff0-\U00016ff1\U0001bc9d-\U0001bc9e\U0001cf00-\U0001cf2d\U0001cf30-\U0001cf46"
    "\U0001d165-\U0001d169\U0001d16d-\U0001d172\U0001d17b-\U0001d182\U0001d185-\U0001d18b"
    "\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001da00-\U0001da36\U0001da3b-\U0001da6c"
    "\U0001da75\U0001da84\U0001da9b-\U0001da9f\U0001daa1-\U0001daaf\U0001e000-\U0001e006"
    "\U0001e008-\U0001e018\U0001e01b-\U0001e021\U0001e023-\U0001e024\U0001e026-\U0001e02a"
    "\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef\U0001e8d0-\U0001e8d6"
    "\U0001e944-\U0001e94a"
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
