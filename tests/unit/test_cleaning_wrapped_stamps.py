"""A hard-wrapped story sentence opening on a stamp's word is no stamp; a stamp still goes."""

from __future__ import annotations

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

_WRAPPED = (
    "Updated timetables from the operator on Monday evening showed that 12 of\n"
    "its 40 crossings had sailed, most of them from the northern quay."
)


def test_a_wrapped_sentence_opening_on_updated_stays() -> None:
    body = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{_WRAPPED}\n\n{P3}").body
    assert " ".join(_WRAPPED.split("\n")) in body.split("\n\n")


def test_an_update_stamp_over_a_lower_case_line_still_goes() -> None:
    body = clean_text(
        f"{HEADLINE}\n\nUpdated 4 May 2026, 10:15\nby the news desk\n\n{P1}\n\n{P2}\n\n{P3}"
    ).body
    assert "Updated" not in body


def test_an_update_stamp_alone_still_goes() -> None:
    body = clean_text(f"{HEADLINE}\n\nLast updated: 4 May 2026\n\n{P1}\n\n{P2}\n\n{P3}").body
    assert "updated" not in body
