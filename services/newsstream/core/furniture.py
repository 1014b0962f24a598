"""Furniture rules: what kinds of line are part of the page, not of the story.

The rules are data (`data/furniture.toml`); this module compiles them and classifies one line.
"""

from __future__ import annotations

import re
import string
import warnings
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final, NamedTuple

from ahocorasick import Automaton

from newsstream.core.automata import keyed_automaton
from newsstream.core.buildcache import cached, code_of, parsed_toml
from newsstream.core.lazyregex import LazyPattern
from newsstream.core.literals import parsed_literals

with warnings.catch_warnings():  # the public name of re's own parser, deprecated since 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_parse

# A line's first character picks the rules that could match it (`FurnitureRules.classify`).
# Cased letters beyond ASCII fold in ways the table does not follow: they try every rule.
_ANY: Final = "any"  # a pattern may start with any character
_CASED: Final = "cased"  # a line whose lower-cased form has another length: every rule, as written
_OTHER: Final = "other"  # a pattern may start with some character beyond ASCII (\w, \d, \s)
_CATEGORIES: Final = {
    sre_parse.CATEGORY_DIGIT: string.digits,
    sre_parse.CATEGORY_SPACE: string.whitespace,
    sre_parse.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
}


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of furniture: its patterns and what to do with a matching line."""

    name: str
    pattern: LazyPattern
    max_words: int | None
    requires: tuple[str, ...]  # one of these literals must be in the lower-cased line
    is_credit: bool
    heads_list: bool
    takes_prose: bool
    heads_thread: bool = False  # a comments heading: the thread under it goes, reply markers seen
    marks_reply: bool = False  # a reply button or time stamp: what a comment thread is made of
    under_caption: bool = False  # a photo credit: the line just above it is the caption
    # A sentence standing as a paragraph of its own between two of the story's sentences is the
    # story's, not this rule's: it reports what the rule's words name (a gym's subscribers).
    in_story: bool = True
    # The line opens on a label of one word the story may be about ("PUBLICITÉ : le marché …"):
    # when the story's own lines print the word again, the line is the story's kicker.
    topic: bool = False
    list_item_max_words: int | None = None  # the list it heads has items this short (buttons)
    # The rule's patterns that hold no capital letter to compare, for the lower-cased line and
    # without the case flag (re skips a branch on its first letter only without it), and the
    # others as written; None when there are none.
    lower: LazyPattern | None = None
    cased: LazyPattern | None = None
    # Strings one of which the lower-cased line holds when `lower` (`cased`, `pattern`) matches
    # a line that lower-cases letter for letter: the part is not tried on such a line without
    # them. None when none are known (or too common to filter).
    lower_literals: frozenset[str] | None = None
    cased_literals: frozenset[str] | None = None
    literals: frozenset[str] | None = None
    starts: frozenset[str] = frozenset({_ANY})  # line keys a match can start with (`_first`)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


# Verdicts kept per line: furniture recurs on every page of a site, and copies of a story
# recur across sources. Bounded, oldest out first: a line is a few hundred bytes at most.
_VERDICTS_MAX: Final = 8192

_GLOBAL_FLAGS: Final = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)": the whole pattern ignores case
_UNKNOWN: Final = object()  # no verdict remembered for a line
# A pattern's required literals filter lines only when none is shorter than this (a sign aside).
_MIN_LITERAL: Final = 2
_SelectionKey = tuple[int, bool, str]  # (word-limit bucket, prose, line key)


class _Step(NamedTuple):
    """One pattern to try: a rule's lower-case form, its cased rest, or its whole pattern."""

    pattern: LazyPattern
    on_folded: bool  # matched against the lower-cased line
    rule: FurnitureRule


class _Search(NamedTuple):
    """Every step of a rule set in the order they are tried, and what decides which to try.

    A step is a bit of a mask, bit i for step i: unguarded rules' steps in file order, then
    guarded rules' steps in file order. A step is tried when the line holds one of its rule's
    `requires` literals (if any) and one of the literals its pattern cannot match without.
    """

    steps: tuple[_Step, ...]
    parts: tuple[tuple[int, int], ...]  # per rule: its steps for a line cased, folding plainly
    # Per word-limit bucket: the literals of the steps a line in it may fit, found in one pass
    # over the lower-cased line (`_finders`).
    finders: tuple[Automaton | None, ...]
    width: int  # the number of steps: a literal's value holds two masks, one above the other
    unguarded: int  # the steps of rules with no `requires` (or an empty literal, in every line)
    unfiltered: int  # the steps whose pattern requires no literal known (on a line folding plainly)


class _Masks(NamedTuple):
    """The steps of the rules meeting each condition of a selection, as (plain, cased) masks.

    A rule's steps for a line folding plainly are its plain mask's bits, else its cased mask's
    (`_Search.parts`); no two rules share a bit, so intersecting masks intersects the rules.
    """

    words: tuple[tuple[int, int], ...]  # per word-limit bucket: the rules whose limit it fits
    prose: tuple[int, int]  # the rules that take prose
    any_start: tuple[int, int]  # the rules whose patterns may start with any character
    other_start: tuple[int, int]  # the rules whose patterns may start beyond ASCII (\w, \d, \s)
    starts: dict[str, tuple[int, int]]  # per line key: the rules whose patterns may start so


class FurnitureRules:
    """A set of furniture rules, compiled for speed.

    A line is tried only against the rules that fit it: rules with a word limit below its length
    are skipped, and so are rules whose patterns cannot start with its first character (most
    furniture starts with a word of its own: "Advertisement", "Share", "Comments"). The rules
    that fit are tried one `fullmatch` each, in file order; rules with `requires` literals come
    after. One search over the line finds every `requires` literal and every literal a pattern
    cannot match without (`core/literals.py`): a pattern whose literals the line lacks is not
    tried. One alternation of all the fitting patterns would be a single call, but re tries its
    branches two to three times slower than the patterns one by one.
    """

    def __init__(
        self, rules: tuple[FurnitureRule, ...], *, remembered_lines: int = _VERDICTS_MAX
    ) -> None:
        self.rules = rules
        self.remembered_lines = remembered_lines  # verdicts kept; 0 classifies every line anew
        self._limits = sorted({r.max_words for r in rules if r.max_words is not None})
        self._fitting: dict[_SelectionKey, int] = {}  # the steps a selection allows, as a mask
        self._verdicts: dict[tuple[str, str, int, bool], FurnitureRule | None] = {}
        self._credits: FurnitureRules | None = None  # the credit rules alone, once asked
        # The rules a line is marked with when its place on the page, not a pattern, shows it.
        self.byline = next((r for r in rules if r.name == "byline" and r.is_credit), None)
        self.date_line = next((r for r in rules if r.name == "date_banner"), None)
        # The steps and their literal search, shared by all selections.
        self._search = _search(rules, self._limits)
        self._masks: _Masks | None = None  # what `_fit` intersects, derived on its first call

    def _fit(self, selection: _SelectionKey) -> int:
        """The steps of the rules that fit a selection: its word limit, prose and line key.

        One mask per condition, intersected: the same steps as trying each rule's conditions.
        """
        bucket, prose, key = selection
        masks = self._masks
        if masks is None:
            masks = self._masks = _masks(self.rules, self._limits, self._search.parts)
        folds = key != _CASED  # the lower-cased line is the line, letter for letter
        variant = 0 if folds else 1
        fit = masks.words[bucket][variant]
        if prose:
            fit &= masks.prose[variant]
        if key not in (_ANY, _CASED):
            starts = masks.any_start[variant] | masks.starts.get(key, (0, 0))[variant]
            if not key.isascii():
                starts |= masks.other_start[variant]
            fit &= starts
        self._fitting[selection] = fit
        return fit

    def classify(self, line: str, folded: str, words: int, *, prose: bool) -> FurnitureRule | None:
        """The rule that calls `line` furniture, or None for story text.

        `prose` says the line reads as a sentence: rules marked `prose = false` pass it by.
        """
        key = (line, folded, words, prose)
        if key in self._verdicts:  # not a caught KeyError: a line seen first costs 1 µs less
            return self._verdicts[key]
        verdict = self._classify(line, folded, words, prose=prose)
        if self.remembered_lines > 0:
            if len(self._verdicts) >= self.remembered_lines:
                del self._verdicts[next(iter(self._verdicts))]
            self._verdicts[key] = verdict
        return verdict

    def credit(self, line: str, folded: str, words: int, *, prose: bool) -> FurnitureRule | None:
        """The credit rule that `classify` finds for `line`, or None when it finds none.

        Most lines of a page are no credit: when no credit rule matches, no other is tried.
        """
        known = self._verdicts.get((line, folded, words, prose), _UNKNOWN)
        if known is _UNKNOWN:
            if self._credits is None:
                credit_rules = tuple(rule for rule in self.rules if rule.is_credit)
                self._credits = FurnitureRules(credit_rules, remembered_lines=self.remembered_lines)
            if self._credits.classify(line, folded, words, prose=prose) is None:
                return None
            known = self.classify(line, folded, words, prose=prose)
        return known if isinstance(known, FurnitureRule) and known.is_credit else None

    def _classify(self, line: str, folded: str, words: int, *, prose: bool) -> FurnitureRule | None:
        tries = self._tries(line, folded, words, prose=prose)
        steps = self._search.steps
        while tries:  # the lowest bit first: the order of the steps
            lowest = tries & -tries
            pattern, on_folded, rule = steps[lowest.bit_length() - 1]
            if pattern.fullmatch(folded if on_folded else line) is not None:
                return rule
            tries ^= lowest
        return None

    def _tries(self, line: str, folded: str, words: int, *, prose: bool) -> int:
        """The steps to try on a line, as a mask: those fitting it whose literals it holds."""
        bucket = bisect_left(self._limits, words)  # the smallest word limit the line fits
        plain = _folds_plainly(line, folded)
        key = _line_key(folded) if plain else _CASED
        selection = (bucket, prose, key)
        fitting = self._fitting.get(selection)
        if fitting is None:
            fitting = self._fit(selection)
        search = self._search
        finder = search.finders[bucket]
        # Pattern literals tell only on a line that lower-cases letter for letter.
        found = 0
        for _, value in finder.iter(folded) if finder is not None else ():
            found |= value
        guarded = search.unguarded | found
        filtered = search.unfiltered | found >> search.width if plain else -1
        return fitting & guarded & filtered


def _parts(rule: FurnitureRule, *, folds: bool) -> list[tuple[LazyPattern, bool]]:
    """The patterns to try for a rule, each with whether it takes the lower-cased line."""
    if not folds or rule.lower is None:
        return [(rule.pattern, False)]
    return [(rule.lower, True)] + ([(rule.cased, False)] if rule.cased is not None else [])


def _search(rules: tuple[FurnitureRule, ...], limits: list[int]) -> _Search:
    """The steps of `rules` in the order they are tried, and the literals that allow each.

    `limits` are the rules' word limits, in order: a line's bucket is the first it fits.
    """
    order = [i for i, r in enumerate(rules) if not r.requires]
    order += [i for i, r in enumerate(rules) if r.requires]
    steps: list[_Step] = []
    parts = [(0, 0)] * len(rules)
    for i in order:
        rule = rules[i]
        plain = _parts(rule, folds=True)
        cased = [] if rule.lower is None else _parts(rule, folds=False)  # else the same step
        first = len(steps)
        steps += [_Step(pattern, on_folded, rule) for pattern, on_folded in plain + cased]
        plain_bits = ((1 << len(plain)) - 1) << first
        cased_bits = 1 << (first + len(plain)) if cased else plain_bits  # one step: the pattern
        parts[i] = (cased_bits, plain_bits)
    masks: dict[str, tuple[int, int]] = {}
    reach: dict[str, int] = {}  # per literal: the last bucket one of its steps' rules fits
    unguarded = unfiltered = 0
    for bit, (pattern, _, rule) in enumerate(steps):
        step = 1 << bit
        fits = len(limits) if rule.max_words is None else bisect_left(limits, rule.max_words)
        for literal in rule.requires:
            required, needed = masks.get(literal, (0, 0))
            masks[literal] = (required | step, needed)
            reach[literal] = max(reach.get(literal, 0), fits)
        if not rule.requires:
            unguarded |= step
        literals = (
            rule.lower_literals
            if pattern is rule.lower
            else rule.cased_literals
            if pattern is rule.cased
            else rule.literals
        )
        for literal in literals or ():
            required, needed = masks.get(literal, (0, 0))
            masks[literal] = (required, needed | step)
            reach[literal] = max(reach.get(literal, 0), fits)
        if literals is None:
            unfiltered |= step
    empty = masks.pop("", (0, 0))  # an empty literal is in every line: no search finds it
    unguarded |= empty[0]
    reach.pop("", None)
    # One value per literal: the steps whose rule requires it, and above them the steps whose
    # pattern needs it; a line's values OR-ed together give both masks at once.
    values = {
        literal: required | needed << len(steps) for literal, (required, needed) in masks.items()
    }
    finders = _finders(values, reach, len(limits) + 1)
    return _Search(tuple(steps), tuple(parts), finders, len(steps), unguarded, unfiltered)


def _finders(
    values: dict[str, int], reach: dict[str, int], buckets: int
) -> tuple[Automaton | None, ...]:
    """Per word-limit bucket, an automaton of (at least) the literals its lines may need.

    A long line fits few rules: a search for every rule's literals found dozens of short ones
    ("de", "by", "@") in a story's paragraph, each a turn of `_classify`'s loop, setting bits of
    steps the line does not fit. A bucket's automaton leaves out the literals of rules with a
    lower word limit. Word limits being many, a bucket shares the automaton of a lower bucket
    (a superset: literals setting unfitting bits change nothing) until its own literals are
    half as many: a few automata to build, not one per bucket.
    """
    ending = Counter(reach.values())  # literals by the last bucket they are needed in
    # Needed longest first: the literals a bucket's lines may need are the first `count`.
    ranked = sorted(values, key=reach.__getitem__, reverse=True)
    count = len(ranked)
    built = -1  # how many literals the last automaton built holds
    finder: Automaton | None = None
    finders: list[Automaton | None] = []
    for bucket in range(buckets):
        if built < 0 or count * 2 <= built:
            finder = (
                keyed_automaton({word: values[word] for word in ranked[:count]}) if count else None
            )
            built = count
        finders.append(finder)
        count -= ending[bucket]  # those needed in no later bucket
    return tuple(finders)


def _masks(
    rules: tuple[FurnitureRule, ...], limits: list[int], parts: tuple[tuple[int, int], ...]
) -> _Masks:
    """The masks `FurnitureRules._fit` intersects.

    A line keyed by its first character fits the rules whose patterns may start with it, with
    any character, or (a key beyond ASCII) with a class beyond ASCII; a line keyed `_ANY` or
    `_CASED` fits them all.
    """
    words = []
    for bucket in range(len(limits) + 1):
        limit = limits[bucket] if bucket < len(limits) else None
        plain = cased = 0
        for rule, (cased_bits, plain_bits) in zip(rules, parts, strict=True):
            if rule.max_words is None or (limit is not None and limit <= rule.max_words):
                plain |= plain_bits
                cased |= cased_bits
        words.append((plain, cased))
    prose = [0, 0]
    any_start = [0, 0]
    other_start = [0, 0]
    starts: dict[str, list[int]] = {}
    for rule, (cased_bits, plain_bits) in zip(rules, parts, strict=True):
        for into in (
            *([prose] if rule.takes_prose else []),
            *([any_start] if _ANY in rule.starts else []),
            *([other_start] if _OTHER in rule.starts else []),
            *(starts.setdefault(key, [0, 0]) for key in rule.starts),
        ):
            into[0] |= plain_bits
            into[1] |= cased_bits
    return _Masks(
        tuple(words),
        (prose[0], prose[1]),
        (any_start[0], any_start[1]),
        (other_start[0], other_start[1]),
        {key: (plain, cased) for key, (plain, cased) in starts.items()},
    )


def _folds_plainly(line: str, folded: str) -> bool:
    """Matching `folded` without case means matching `line` ignoring case.

    Not so when a letter lower-cases to two characters ("İ"), or stays a letter that the case
    flag equates with another (dotless i matches "i" and "I", long s matches "s").
    """
    return len(folded) == len(line) and "\u0131" not in folded and "\u017f" not in folded


def _line_key(folded: str) -> str:
    first = folded[:1]
    if first.isascii() or first.upper() == first == first.casefold():
        return first  # ASCII (lower-cased already) or a sign without case: « “ • ©
    return _ANY


@cache
def _ascii_folds(char: str) -> frozenset[str]:
    """The keys of the characters `char` matches when case is ignored (itself, if uncased)."""
    keys = {a for a in string.printable if re.fullmatch(re.escape(char), a, re.IGNORECASE)}
    if not char.isascii() and char.upper() == char == char.casefold():
        keys.add(char)
    return frozenset(keys)


def _first(items: Any) -> tuple[set[str], bool]:
    """First-character keys of a parsed sequence, and whether it can match the empty string."""
    keys: set[str] = set()
    for op, value in items:
        found, nullable = _first_of(op, value)
        keys |= found
        if not nullable:
            return keys, False
    return keys, True


def _first_of(op: Any, value: Any) -> tuple[set[str], bool]:  # noqa: PLR0911
    if op is sre_parse.LITERAL:
        return set(_ascii_folds(chr(value))), False
    if op is sre_parse.IN:
        return _first_in(value), False
    if op is sre_parse.BRANCH:
        keys: set[str] = set()
        nullable = False
        for branch in value[1]:
            found, empty = _first(branch)
            keys |= found
            nullable = nullable or empty
        return keys, nullable
    if op is sre_parse.SUBPATTERN:
        return _first(value[3])
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        found, empty = _first(value[2])
        return found, empty or value[0] == 0
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return set(), True  # zero-width: what follows decides the first character
    return {_ANY}, False  # any character, a back-reference: anything may start it


def _first_in(items: Any) -> set[str]:
    keys: set[str] = set()
    for op, value in items:
        if op is sre_parse.LITERAL:
            keys |= _ascii_folds(chr(value))
        elif op is sre_parse.RANGE and value[1] - value[0] < 512:
            for code in range(value[0], value[1] + 1):
                keys |= _ascii_folds(chr(code))
        elif op is sre_parse.CATEGORY and value in _CATEGORIES:
            keys |= {_OTHER, *_CATEGORIES[value]}
        else:  # a negated set or category (\W, \S, \D), or a wide range
            return {_ANY}
    return keys


def _lower_form(source: str, tree: Any) -> tuple[str, Any] | None:
    """A pattern without its case flag, to match lower-cased lines, when that means the same.

    The pattern and its form are each a source and its parse tree.

    It does when the pattern ignores case and names no capital letter: no literal, range or
    scoped flag that a lower-cased line could fail to meet.
    """
    flags = tree.state.flags
    if not flags & re.IGNORECASE:
        return None
    if not _lower_only(tree):
        rewritten = _without_odd_folds(source, tree)
        if rewritten is None:
            return None
        tree = sre_parse.parse(rewritten, flags)
        if not _lower_only(tree):
            return None
        source = rewritten
    return source, tree


# Lower-case letters that the case flag equates with letters they do not lower-case from, and
# what they meet in a lower-cased line that `_folds_plainly` lets through: it holds no dotless
# i and no long s, and a capital sigma lower-cases to the final or the plain form by its place.
_ODD_FOLDS: Final = {"ς": "[σς]", "ı": "i", "ſ": "s"}


def _without_odd_folds(source: str, tree: Any) -> str | None:
    """`source` with each odd letter written as what it meets in a lower-cased line.

    Only when each is a plain literal of the pattern, outside any character set, so that the
    text can be replaced as it stands; None otherwise.
    """
    literals = _literal_chars(tree)
    for char, replacement in _ODD_FOLDS.items():
        if source.count(char) != literals.count(char):
            return None
        source = source.replace(char, replacement)
    return source


def _literal_chars(items: Any) -> list[str]:
    """The characters of the pattern's plain literals (not those inside sets)."""
    found: list[str] = []
    for op, value in items:
        if op is sre_parse.LITERAL:
            found.append(chr(value))
        elif op is sre_parse.BRANCH:
            for branch in value[1]:
                found += _literal_chars(branch)
        elif op is sre_parse.SUBPATTERN:
            found += _literal_chars(value[3])
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            found += _literal_chars(value[2])
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            found += _literal_chars(value[1])
    return found


def _lower_only(items: Any) -> bool:  # noqa: PLR0911, PLR0912
    for op, value in items:
        if op in (sre_parse.LITERAL, sre_parse.NOT_LITERAL):
            if not _plain_lower(chr(value)):
                return False
        elif op is sre_parse.IN:
            if not _lower_only_set(value):
                return False
        elif op is sre_parse.RANGE:
            if not all(_plain_lower(chr(code)) for code in range(value[0], value[1] + 1)):
                return False
        elif op is sre_parse.BRANCH:
            if not all(_lower_only(branch) for branch in value[1]):
                return False
        elif op is sre_parse.SUBPATTERN:
            if value[1] or value[2] or not _lower_only(value[3]):  # scoped flags: keep as is
                return False
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            if not _lower_only(value[2]):
                return False
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT) and not _lower_only(value[1]):
            return False
    return True


def _lower_only_set(items: Any) -> bool:
    """A character set a lower-cased line meets as the original meets it ignoring case.

    A dotless i (or a long s) is fine beside the plain letter it folds to, in one set.
    """
    chars = {chr(value) for op, value in items if op is sre_parse.LITERAL}
    rest = [(op, value) for op, value in items if op is not sre_parse.LITERAL]
    return _lower_only(rest) and all(
        _plain_lower(char) or char.upper().lower() in chars for char in chars
    )


def _plain_lower(char: str) -> bool:
    """A lower-case character (or one without case) that its capital lower-cases back to."""
    return char.lower() == char and char.upper().lower() == char


def parse_rules(document: dict[str, Any], derived: list[_Derived] | None = None) -> FurnitureRules:
    """Build furniture rules from a parsed pattern file (the layout of `furniture.toml`).

    `derived` is what `derive_patterns(document)` gives, when kept from an earlier start.
    """
    rules = []
    derived = derive_patterns(document) if derived is None else derived
    for entry, found in zip(document["rule"], derived, strict=True):
        flags = _flags(entry)
        source, lower, cased, literals, lower_literals, cased_literals, starts = found
        rules.append(
            FurnitureRule(
                name=entry["name"],
                pattern=LazyPattern(source, flags),
                max_words=entry.get("max_words"),
                requires=tuple(entry.get("requires", [])),
                is_credit=entry.get("action", "drop") == "credit",
                heads_list=entry.get("list", False),
                takes_prose=entry.get("prose", True),
                heads_thread=entry.get("thread", False),
                marks_reply=entry.get("reply", False),
                under_caption=entry.get("caption", False),
                in_story=entry.get("in_story", True),
                topic=entry.get("topic", False),
                list_item_max_words=entry.get("list_item_max_words"),
                lower=None if lower is None else LazyPattern(lower, 0),
                cased=None if cased is None else LazyPattern(cased, flags),
                lower_literals=lower_literals,
                cased_literals=cased_literals,
                literals=literals,
                starts=starts,
            )
        )
    return FurnitureRules(tuple(rules))


def _flags(entry: dict[str, Any]) -> int:
    return 0 if entry.get("case_sensitive", False) else re.IGNORECASE


_Literals = frozenset[str] | None
# A rule's joined pattern, lower-case form and cased rest (sources); the literals of each; the
# keys a match can start with.
_Derived = tuple[str, str | None, str | None, _Literals, _Literals, _Literals, frozenset[str]]


def derive_patterns(document: dict[str, Any]) -> list[_Derived]:
    """What each rule's patterns give, read off their parse trees: plain data.

    Parsing and reading the trees take a second at every start: `default_rules` keeps this.
    """
    macros: dict[str, str] = document.get("macros", {})
    derived = []
    for entry in document["rule"]:
        flags = _flags(entry)
        sources = [_expand(p, macros) for p in entry["patterns"]]
        # Each pattern parsed once, here (re.error for a bad one); the parts compile on first use.
        patterns = [(source, sre_parse.parse(source, flags)) for source in sources]
        pattern = _alternation(patterns, flags)
        if any(_may_not_join(source, tree) for source, tree in patterns):
            _ = pattern[0].compiled  # fail here, not on the first line tried
        lower_forms = [_lower_form(source, tree) for source, tree in patterns]
        lowered = [form for form in lower_forms if form is not None]
        as_written = [p for p, form in zip(patterns, lower_forms, strict=True) if form is None]
        lower = _alternation(lowered, 0) if lowered else None
        cased = _alternation(as_written, flags) if lowered and as_written else None
        derived.append(
            (
                pattern[0].source,
                lower[0].source if lower else None,
                cased[0].source if cased else None,
                _filter_literals(pattern),
                _filter_literals(lower),
                _filter_literals(cased),
                frozenset(key for _, tree in patterns for key in _first(tree)[0]),
            )
        )
    return derived


_Part = tuple[LazyPattern, Any]  # a rule's pattern (or part) and its parse tree


def _filter_literals(part: _Part | None) -> frozenset[str] | None:
    """The literals a rule's pattern (or part) requires in a plainly lower-cased line."""
    return None if part is None else parsed_literals(part[1], part[0].flags, _MIN_LITERAL)


def _may_not_join(source: str, tree: Any) -> bool:
    """Whether a pattern that compiles alone may fail in an alternation.

    Its groups may clash (names, numbers), and global flags stand only at the whole's start.
    """
    return tree.state.groups > 1 or _GLOBAL_FLAGS.match(source) is not None


def _alternation(patterns: list[tuple[str, Any]], flags: int) -> _Part:
    """One pattern that matches what any of `patterns` (source, parse tree) matches.

    Its tree is built from the parts' trees, not parsed again: a branch per part, each a
    group without flags. `sre_parse` would unpack the groups and move prefixes the parts
    share out of the branch; the strings and first characters read off the tree are the same.
    """
    source = "|".join(f"(?:{p})" for p, _ in patterns)
    groups = [[(sre_parse.SUBPATTERN, (None, 0, 0, tree))] for _, tree in patterns]
    tree = groups[0] if len(groups) == 1 else [(sre_parse.BRANCH, (None, groups))]
    return LazyPattern(source, flags), tree


@cache
def default_rules() -> FurnitureRules:
    """The furniture rules shipped with newsstream (`data/furniture.toml`)."""
    text = resources.files("newsstream.data").joinpath("furniture.toml").read_text("utf-8")
    document = parsed_toml("furniture.toml", text)
    inputs = [text.encode(), *code_of(derive_patterns, parsed_literals)]
    return parse_rules(document, cached("furniture", inputs, lambda: derive_patterns(document)))
