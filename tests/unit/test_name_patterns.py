"""How news English names people and organisations nobody listed: the patterns of issue #5's
seventeenth development set, each with a look-alike that must stay untagged.

Every name here is invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.models import EntityType

PERSON, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION


def named(text: str, kind: EntityType) -> Counter[str]:
    """Canonical names of the mentions of one kind."""
    return Counter(m.known.name for m in default_gazetteer().find(text) if m.known.type is kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A religious or a lawyer's title is no part of the name.
        ("The spokesman, Mawlawi Tarek Osmani Vell, said so.", {"Tarek Osmani Vell"}),
        ("The defence lawyer, Maître Anton Revell, said so.", {"Anton Revell"}),
        # A known person's surname alone after a title, then more name words: somebody new.
        ("The spokesman, Mawlawi Sayed Tarvo Haqmal, said so.", {"Sayed Tarvo Haqmal"}),
        ("President Saied said so.", {"Kais Saied"}),
        # The title alone is no person.
        ("A mullah said so.", set()),
    ],
)
def test_titles_before_a_name(text: str, expected: set[str]) -> None:
    assert set(named(text, PERSON)) == expected
