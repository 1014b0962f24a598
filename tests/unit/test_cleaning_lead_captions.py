"""An uncredited photo caption between the share row and the lead is removed; a lead stays.

Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text

SHARE = "Share  |  Email  |  Copy link"


def _page(first: str) -> str:
    return "\n\n".join([HEADLINE, "By Jane Citizen\n6 March 2026", SHARE, first, P1, P2, P3])


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers at the ferry terminal in Devonport on March 5, 2026, during the strike.",
        "Penumpang menunggu kapal di dermaga Pelabuhan Utara, Kamis (5/3/2026).",
        "Des passagers attendent au terminal du ferry à Brest, le 5 mars 2026.",
    ],
)
def test_a_caption_dating_its_photo_under_the_share_row_is_removed(caption: str) -> None:
    article = clean_text(_page(caption))
    assert caption not in article.body
    assert article.body.startswith(P1)


@pytest.mark.parametrize(
    "lead",
    [
        "The ferry operator cut its fares by a tenth on Thursday.",  # no date: a lead
        # a date, but over a shorter line: the story's first paragraph, not a caption
        "The regional council in Tasmania approved a new ferry timetable on March 5, 2026, "
        "after months of debate between islanders, the operator and the port.",
    ],
)
def test_a_one_sentence_lead_under_the_share_row_stays(lead: str) -> None:
    article = clean_text(_page(lead))
    assert article.body.startswith(lead)


@pytest.mark.parametrize(
    "above",
    ["6 March 2026", "By Jane Citizen"],  # a dateline, a byline: not a share row
)
def test_a_dated_lead_under_a_dateline_or_byline_stays(above: str) -> None:
    lead = "The council froze ferry fares on 5 March 2026."
    article = clean_text("\n\n".join([HEADLINE, above, lead, P1, P2, P3]))
    assert article.body.startswith(lead)
