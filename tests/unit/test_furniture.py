"""Furniture rule selection (services/newsstream/core/furniture.py): the shortcuts change nothing.

`FurnitureRules.classify` tries only the rules a line's first character and length allow,
matches lower-case-only patterns on the lower-cased line, and tries a guarded rule only when one
search for all literals found one of its own; the answer must be the one trying every rule in
file order gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstream.core.furniture import FurnitureRule, FurnitureRules, default_rules

RULES = default_rules()
# Every line classified anew, with no verdict remembered.
UNSEEN = FurnitureRules(RULES.rules, remembered_lines=0)


def every_rule_in_order(line: str, *, prose: bool) -> FurnitureRule | None:
    """The first fitting unguarded rule that matches, else the first guarded one."""
    folded, words = line.lower(), line.count(" ") + 1
    fitting = [
        rule
        for rule in RULES.rules
        if (rule.max_words is None or words <= rule.max_words) and (rule.takes_prose or not prose)
    ]
    for rule in fitting:
        if not rule.requires and rule.pattern.fullmatch(line):
            return rule
    for rule in fitting:
        if any(literal in folded for literal in rule.requires) and rule.pattern.fullmatch(line):
            return rule
    return None


# Pieces of furniture and of story, with letters that fold in unusual ways (capital dotted i,
# dotless i, long s, the Kelvin sign).
PIECES = [
    "Advertisement", "ADVERTISEMENT", "Share", "share this article", "Comments (3)", "Reply",
    "3 hours ago", "2 saat önce", "Yanıtla", "İlgili Haber:", "YAYINLANMA: 18.04.2026",
    "By", "Kim Carter", "Photo:", "© 2026", "cookies", "We use", "Accept all", "›", "|",
    "Read more:", "Sıgn In", "ſhare", "\u212aim", "the", "ferry", "council", "said", ".", "?",
    "Tags:", "Published", "March 3, 2026", "«", "“", "•", "1.", "newsletter", "sign up here",
    # Literals of guarded rules, some the start of another ("free" of "free article").
    "free", "free article", "read on", "daily", "inbox", "privacy", "donate", "ad block", "@",
    # Letters the case flag folds oddly: Greek sigmas (final, plain, capital), dotless i.
    "ετικέτες:", "ΕΤΙΚΈΤΕΣ:", "ΕΤΙΚΈΤΕΣ", "σχόλια", "ΣΧΌΛΙΑ", "Etiketler:", "ETİKETLER:", "paylaş",
    # Credits, and lines that a credit rule and an earlier rule both take.
    "Photo:", "Reuters", "(AP)", "Source:", "Getty Images", "contributed to this report.",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.booleans())
def test_classify_agrees_with_trying_every_rule(pieces: list[str], prose: bool) -> None:
    line = " ".join(pieces)
    folded, words = line.lower(), line.count(" ") + 1
    expected = every_rule_in_order(line, prose=prose)
    for rules in (RULES, UNSEEN):
        assert rules.classify(line, folded, words, prose=prose) is expected
        credit = rules.credit(line, folded, words, prose=prose)
        assert credit is (expected if expected is not None and expected.is_credit else None)


def test_known_lines_get_their_rules() -> None:
    for line, name in [
        ("Advertisement", "advertisement"),
        ("YANITLA BEĞEN (12)", "comments"),
        ("İlgili Haber: İzmir'de yeni düzenleme", "related"),
        ("Subscrıbe Sıgn In Newsletters", "navigation"),
    ]:
        rule = RULES.classify(line, line.lower(), line.count(" ") + 1, prose=False)
        assert rule is not None
        assert rule.name == name
