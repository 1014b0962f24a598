"""Name folding: one key for the spelling variants of a name.

News spells transliterated names many ways ("Zelensky", "Zelenskyy", "Zelenskiy"; "Aliyev",
"Aliev"; "Erdoğan", "Erdogan"). Folding a name to a phonetic skeleton gives every variant one key,
so one alias in the knowledge file covers the spellings nobody listed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

# Order matters: digraphs before the letters they contain.
_FOLDS: Final = (
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("sch", "sh"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("j", "y"),
    ("y", "i"),
)
# Letters NFKD cannot decompose into a base letter and a mark: Turkish dotless i, Polish and
# Nordic letters with a stroke, eth, ligatures. Apostrophes and the okina fold to one mark:
# GeoNames writes the name of Tonga's capital with a turned comma, news with an apostrophe.
_UNDECOMPOSED: Final = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
     "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'"}
)  # fmt: skip
# A letter that the same letter follows: deleting it leaves one of each run ("mm" → "m").
# A plain replacement string, no group reference: `re.sub` then stays in C.
_REPEATED: Final = re.compile(r"(\w)(?=\1)")
# The Arabic article as news writes it before a name: "al-", "el-", and assimilated to the
# next letter ("ad-Dawla", "ash-Sham"). "Deir al-Balah" and "Deir el-Balah" are one place.
_ARABIC_ARTICLE: Final = re.compile(r"^(?:al|el|ad|ed|ar|er|as|es|ash|esh|at|et|az|ez|an|en)-")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
# The Prophet's name, the most common given name and the most variously transliterated:
# "Muhammad", "Mohammad", "Mohammed", "Mohamed", "Muhamed" (as skeletons, doubled letters gone).
_MUHAMMAD: Final = re.compile(r"m[ou]ham[ae]d")
# Abbreviations a name spells either way: "St. Andrew" and "Saint Andrew" are one parish.
_ABBREVIATED_WORDS: Final = {"st.": "saint", "st": "saint", "ste.": "sainte", "ste": "sainte"}


@lru_cache(maxsize=262_144)
def skeleton(token: str) -> str:
    """Fold one word of a name: no case, no diacritics, common transliteration pairs merged."""
    if token.isascii():  # most names: no diacritics, and ASCII casefolds as it lowers
        folded = token.lower().replace("`", "'")
    else:
        decomposed = unicodedata.normalize("NFKD", token.casefold().translate(_UNDECOMPOSED))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    if folded in _ABBREVIATED_WORDS:
        return _ABBREVIATED_WORDS[folded]
    # The regular expressions only where their first characters are: most words have none.
    if "'" in folded or "’" in folded:
        folded = _POSSESSIVE.sub("", folded)
    if "-" in folded:
        folded = _ARABIC_ARTICLE.sub("al-", folded)
    for old, new in _FOLDS:
        folded = folded.replace(old, new)
    folded = _REPEATED.sub("", folded)
    return "muhamad" if folded[:1] == "m" and _MUHAMMAD.fullmatch(folded) else folded


@lru_cache(maxsize=65_536)
def plain(token: str) -> str:
    """One word as written, without case, diacritics or a possessive: no transliteration folds.

    "Erdoğan's" is "erdogan", but "Sall" and "Sal" stay two words.
    """
    decomposed = unicodedata.normalize("NFKD", token.casefold().translate(_UNDECOMPOSED))
    return _POSSESSIVE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def written(token: str) -> str:
    """One word as written (`plain`), an abbreviation spelled out: "St." is "saint"."""
    word = plain(token)
    return _ABBREVIATED_WORDS.get(word, word)


def name_key(tokens: tuple[str, ...] | list[str]) -> str:
    """Key of a multi-word name: the skeletons of its words, space-separated."""
    return " ".join(map(skeleton, tokens))
