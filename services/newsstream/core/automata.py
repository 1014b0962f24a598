"""Aho-Corasick automata: every occurrence of many words found in one pass over a text, in C.

Python's regular expression engine tries an alternation of words at each position, and a
substring search per word scans the text once per word; both cost more than one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import ahocorasick


def automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton whose `iter(text)` gives (index of the last character, word) per match.

    Matches may overlap, and come in the order their last characters stand in the text.
    """
    built = ahocorasick.Automaton()
    for word in words:
        built.add_word(word, word)
    built.make_automaton()
    return built


def keyed_automaton(values: Mapping[str, Any]) -> ahocorasick.Automaton:
    """An automaton whose `iter(text)` gives (index of the last character, value) per match.

    Each word's value comes with its match: no look-up in Python for each.
    """
    built = ahocorasick.Automaton()
    for word, value in values.items():
        built.add_word(word, value)
    built.make_automaton()
    return built
