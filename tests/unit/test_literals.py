"""Required literals (services/newsstream/core/literals.py): every match holds one of them."""

from __future__ import annotations

import re

import pytest

from newsstream.core.literals import required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?:share|print)(?: this)?", {"share", "share this", "print", "print this"}),
        ("ads?", {"ad", "ads"}),
        (r"\d+ (?:hours?|days?) ago", {" hour ago", " hours ago", " day ago", " days ago"}),
        ("[-|]* *(?:read more|more)[:]?", {"read more", "read more:", "more", "more:"}),
        ("(?:photo|©)", {"photo", "©"}),
    ],
)
def test_literals_of_a_pattern(pattern: str, expected: set[str]) -> None:
    found = required_literals(re.compile(pattern), 2)
    assert found == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # a class of every letter: nothing required
        "(?:share|.*)",  # a branch that requires nothing
        "(?-i:Share)",  # a scoped flag changes what its literals match
        "a|b",  # one letter is in most lines
        "(?:μ)+",  # with the case flag below, only ASCII literals are kept
    ],
)
def test_no_literals_known(pattern: str) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE), 2) is None


def test_case_flag_lowers_the_literals() -> None:
    found = required_literals(re.compile("Share (?:Now|Today)", re.IGNORECASE), 2)
    assert found == frozenset({"share now", "share today"})


def test_every_match_holds_a_literal() -> None:
    pattern = re.compile(r"(?:by|von) (?:[a-z]+ ){0,2}(?:reuters|ap)(?: news)?")
    found = required_literals(pattern, 2)
    assert found is not None
    for text in ("by reuters", "von a b ap news", "by x ap"):
        assert pattern.fullmatch(text)
        assert any(literal in text for literal in found)


def test_literals_are_for_the_lower_cased_line() -> None:
    assert required_literals(re.compile("By [A-Z][a-z]+"), 2) == frozenset({"by "})
    assert required_literals(re.compile("κάτι σχόλια"), 2) == frozenset({"κάτι σχόλια"})
    # A capital sigma lower-cases by its place: no literal in capitals beyond ASCII.
    assert required_literals(re.compile("ΣΧΌΛΙΑ"), 2) is None
    assert required_literals(re.compile("Décédé|Died"), 2) == frozenset({"décédé", "died"})


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        # With the case flag a letter beyond ASCII matches the letters lower-casing as it does...
        ("(?:vídeos|photos)", re.IGNORECASE, {"vídeos", "photos"}),
        ("Rédacteur en chef", re.IGNORECASE, {"rédacteur en chef"}),
        # ... but not one sharing its capital with another (Cyrillic o and its narrow form, sigma
        # and final sigma, iota and ypogegrammeni): the string gives way to its longest part
        # without such letters.
        ("(?:опубликовано|video)", re.IGNORECASE, {"публик", "video"}),
        ("(?:σχόλια|video)", re.IGNORECASE, {"χόλ", "video"}),
        # A letter without case (Arabic, Devanagari, CJK) matches itself alone, flag or not.
        (
            "(?:تعليقات|टिप्पणी|记者 |comments)",
            re.IGNORECASE,
            {"تعليقات", "टिप्पणी", "记者 ", "comments"},
        ),
        # Without it, only capitals beyond ASCII split the string.
        ("ΣΧΌΛΙΑ του ΝΊΚΟΥ", 0, {" του "}),
    ],
)
def test_strings_beyond_ascii_give_way_to_their_plain_parts(
    pattern: str, flags: int, expected: set[str]
) -> None:
    assert required_literals(re.compile(pattern, flags), 2) == frozenset(expected)


def test_a_string_without_a_plain_part_gives_none() -> None:
    assert required_literals(re.compile("(?:σπς|video)", re.IGNORECASE), 2) is None
