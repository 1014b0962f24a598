"""Parity of the cleaner alone: one hash of what `clean()` makes of every development case.

    PYTHONHASHSEED=0 .venv/bin/python bench/cleaning_parity.py

Speed work on the cleaner must not change its output: run this before and after, the hashes
must match. Every case under tests/gold/cleaning*/ (blind sets too: nothing of them is shown) is
cleaned twice, with the shipped rules (line verdicts remembered, in case order) and with rules
that remember none; each output (title, body, credits, published, source site, removed lines)
is hashed as JSON. Only the count and the hash are printed, no text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

from newsstream.core.cleaning import clean
from newsstream.core.furniture import FurnitureRules, default_rules
from newsstream.errors import EmptyArticleError
from newsstream.evaluation.cleaning import load_gold

GOLD: Final = Path(__file__).resolve().parents[1] / "tests" / "gold"


def main() -> None:
    """Clean, hash and print."""
    total = hashlib.sha256()
    count = 0
    forgetful = FurnitureRules(default_rules().rules, remembered_lines=0)
    for folder in sorted(GOLD.glob("cleaning*")):
        for rules in (default_rules(), forgetful):
            for case in load_gold(folder):
                try:
                    output = clean(case.raw, rules).model_dump_json(exclude={"received_at"})
                except EmptyArticleError as error:
                    output = f"EMPTY:{error}"
                total.update(f"{folder.name}\0{case.name}\0{output}\0".encode())
                count += 1
    print(f"{count} outputs, sha256 {total.hexdigest()}")


if __name__ == "__main__":
    main()
