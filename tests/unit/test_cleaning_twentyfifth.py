"""Cleaning rules of the twenty-fifth blind round, told by shape: a link's label alone on its line
ending on the link's arrow (a sponsor's label of three words is tested with the twenty-fourth's).

Every line here is invented for these tests, in languages other than the round's own where the rule
is a shape; each rule has lines of the same look that it must leave as they were.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

# ---------------------------------------------------------------- a link's label ending on an arrow


@pytest.mark.parametrize("link", ["Leggi ancora ›", "Weiter im Text »", "Llegir més →"])
def test_a_links_label_ending_on_an_arrow_goes(link: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{link}\n\n{P3}")
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize("line", ["Sie rief: «Ja, los »", "Schritt eins: Anmelden →"])
def test_a_quotation_or_a_lists_step_ending_on_an_arrow_is_no_link(line: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{line}\n\n{P3}")
    assert all(removed.rule != "navigation" for removed in article.removed)
