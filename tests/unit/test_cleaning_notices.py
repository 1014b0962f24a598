"""Site notices told by kind of line: a comments label over a notice that names comments again,
a newsletter's label over its pitch, a story's syndication terms, and any of them hard-wrapped
over lines, judged as the paragraph they join into.

Every line here is invented for these tests; each rule has story lines of the same look that it
must keep.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


def _body_of(*paragraphs: str) -> list[str]:
    return clean_text("\n\n".join([MASTHEAD, HEADLINE, *paragraphs])).body.split("\n\n")


@pytest.mark.parametrize(
    "notice",
    [
        "Comments (7) · To comment you must sign in. Editors read every comment first.",
        "Kommentare: Zu diesem Artikel sind keine Kommentare mehr möglich.",
        "Newsletter: the week's island news in your inbox every Friday. Free of charge.",
        "Island Ledger volunteer desk. Stories may be republished with credit.",
        "This article is republished with permission of the Valley Courier.",
        "声明：本文为本报原创，转载请注明出处。",
    ],
)
def test_a_site_notice_after_the_story_is_furniture(notice: str) -> None:
    assert _body_of(P1, P2, notice) == [P1, P2]


def test_a_story_line_under_a_comment_label_stays() -> None:
    comment = "Comment: the council's decision is a blow to the island's shops."
    assert _body_of(P1, P2, comment) == [P1, P2, comment]


def test_a_hard_wrapped_notice_is_judged_as_its_joined_paragraph() -> None:
    wrapped = "Newsletter: the week's island news, sent every Friday to your\ninbox. It is free."
    assert _body_of(P1, P2, wrapped) == [P1, P2]


def test_a_hard_wrapped_story_paragraph_stays() -> None:
    wrapped = (
        "The harbour master said the newsletter the ferry company\n"
        "sends by mail had warned of the refit."
    )
    joined = wrapped.replace("\n", " ")
    assert _body_of(P1, wrapped, P2) == [P1, joined, P2]


def test_a_sponsored_box_framed_by_rules_is_furniture() -> None:
    box = (
        "======== CONTENUTO SPONSORIZZATO ========\n"
        "Harbour Bakery: fresh bread every morning on Quay Street.\n"
        "Order your Christmas cake before 20 December and save 10%.\n"
        "========================================"
    )
    assert _body_of(P1, P2, box) == [P1, P2]


def test_a_disclaimer_over_a_poll_box_is_no_story_sentence() -> None:
    disclaimer = "The views in this column are the author's own and not those of the newspaper."
    poll = "📊 POLL: Should the ferry sail at night?\n( ) Yes ( ) No [Vote]"
    assert _body_of(P1, P2, disclaimer, poll) == [P1, P2]


def test_a_most_read_list_in_a_spoken_spelling_goes_with_its_heading() -> None:
    most_read = "PALING BANYAK DIBACE\n1. Harge beras naek lagi\n2. Kapal feri balik lagi?"
    assert _body_of(P1, P2, most_read) == [P1, P2]
