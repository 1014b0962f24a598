"""Calendar dates written the ways news writes them, parsed to `datetime.date`."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH: Final = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: Final = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # March 4, 2025
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),  # 4 March 2025
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),  # ISO
)


def find_date(text: str) -> date | None:
    """The first complete calendar date (day, month and year) written in `text`, if any."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parsed = _to_date(match)
            if parsed is not None:
                return parsed
    return None


def _to_date(match: re.Match[str]) -> date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "February 30": not a date, whatever it looks like
        return None
