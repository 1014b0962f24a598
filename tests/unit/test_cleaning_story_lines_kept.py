"""Story lines the cleaner used to lose: a table's rows under a heading that introduces them
after the story's last long sentence, a crosshead the page marks as a heading that quotes the
story, and the first item of a list a kept sentence introduces.

Every line here is invented for these tests (English, German, Hindi), with look-alikes that
stay furniture: a site's rows under a heading no colon ends, a pull quote in a box of its own,
a label of a word or two over links.
"""

from __future__ import annotations

from newsstream.core.cleaning import _drop_repeats
from newsstream.core.linemodel import _introduced_first_items
from newsstream.core.models import ContentType, RemovedLine
from tests.unit.test_cleaning_eighteenth import _html
from tests.unit.test_cleaning_scripts import clean_text

LEAD = (
    "The county side beat the visitors by six wickets on the last day of the match at the "
    "riverside ground on Thursday, chasing down the target in the final session."
)
QUOTE = (
    'The captain said after the match, "Our spinner turned the game on the third morning, and '
    'the batters did the rest with real patience."'
)


def _scores(heading: str, closing: str) -> str:
    return (
        "Riverside side wins by six wickets\n\n"
        f"{LEAD}\n\n{QUOTE}\n\n"
        f"{heading}\n"
        "Northfield: 287 and 164 (Tom Reyes 5/48)\n"
        "Riverside: 274 and 178/4 (Sam Ortiz 92*)\n\n"
        f"{closing}\n"
    )


def test_score_rows_under_a_colon_heading_over_a_sentence_stay() -> None:
    body = clean_text(_scores("Brief scores:", "The next match starts on Friday at home.")).body
    assert "Northfield: 287 and 164 (Tom Reyes 5/48)" in body.split("\n\n")
    assert "Riverside: 274 and 178/4 (Sam Ortiz 92*)" in body.split("\n\n")


def test_hindi_score_rows_under_a_colon_heading_stay() -> None:
    text = (
        "नदी किनारे की टीम छह विकेट से जीती\n\n"
        "जिले की टीम ने गुरुवार को मैच के आखिरी दिन मेहमान टीम को छह विकेट से हराकर "
        "मुकाबला अपने नाम किया और अंक तालिका में ऊपर पहुँच गई।\n\n"
        "कप्तान ने कहा कि गेंदबाज़ों ने तीसरे दिन सुबह मैच पलट दिया और बल्लेबाज़ों ने धैर्य दिखाया।\n\n"
        "संक्षिप्त स्कोर:\n"
        "उत्तरपुर: 287 और 164 (राम सिंह 5/48)\n"
        "नदीपुर: 274 और 178/4 (श्याम लाल 92*)\n\n"
        "अगला मैच शुक्रवार से घरेलू मैदान पर होगा।\n"
    )
    body = clean_text(text).body.split("\n\n")
    assert "उत्तरपुर: 287 और 164 (राम सिंह 5/48)" in body


def test_rows_under_a_heading_without_a_colon_after_the_story_still_go() -> None:
    text = (
        "Riverside side wins by six wickets\n\n"
        f"{LEAD}\n\n{QUOTE}\n\n"
        "Live scores\n"
        "Northfield 212/5 (41 ov)\n"
        "Eastbrook 198 all out\n"
    )
    body = clean_text(text).body
    assert "Northfield 212/5 (41 ov)" not in body
    assert "Eastbrook 198 all out" not in body


CROSSHEAD = "\u2018We planned to pay every cent back\u2019"
SAID = (
    "\u201cWe planned to pay every cent back,\u201d the defendant told the judge on the "
    "second day of the hearing."
)
P1 = (
    "A former branch manager was jailed for three years on Tuesday for moving refunds into "
    "accounts held by two relatives over fourteen months."
)
P2 = (
    "In court, the defendant admitted moving the money but said he had meant to return it "
    "once a land sale in his home town went through."
)
P3 = (
    "His lawyer asked for leniency, citing a clean record over eleven years with the firm and "
    "the money repaid before his arrest."
)


def test_a_quoting_crosshead_the_page_marks_as_a_heading_stays() -> None:
    page = _html(
        f"<p>{P1}</p>", f"<h2>{CROSSHEAD}</h2>", f"<p>{P2}</p>", f"<p>{SAID}</p>", f"<p>{P3}</p>"
    )
    body = clean_text(page, ContentType.HTML).body.split("\n\n")
    assert CROSSHEAD in body


def test_a_pull_quote_repeating_a_paragraph_still_goes() -> None:
    removed: list[RemovedLine] = []
    quote = "\u2018We planned to pay every cent back\u2019"
    kept = _drop_repeats([P1, quote, P2, SAID, P3], None, removed)
    assert quote not in kept
    assert [line.rule for line in removed] == ["pull_quote"]


def test_a_heading_of_the_page_is_no_pull_quote() -> None:
    removed: list[RemovedLine] = []
    quote = "\u2018We planned to pay every cent back\u2019"
    kept = _drop_repeats([P1, quote, P2, SAID, P3], None, removed, frozenset({quote}))
    assert quote in kept
    assert removed == []


# `_introduced_first_items` is asked which of the paragraphs the line model took go back: a
# stand-in model cannot be passed to `drop_furniture`, which is compiled and takes only its class.
INTRO = "Damage reported across the district so far includes:"
ITEMS = ["Roof torn from a school hall on Mill Lane", "Trees down on the coast road near Eastbrook"]


def test_the_first_item_under_a_kept_introduction_stays() -> None:
    assert _introduced_first_items([P1, INTRO, *ITEMS, P3], {2}) == {2}


def test_german_first_item_under_a_kept_introduction_stays() -> None:
    intro = "Bisher gemeldete Schäden im Landkreis umfassen:"
    items = [
        "Abgedecktes Dach einer Turnhalle in der Mühlgasse",
        "Umgestürzte Bäume an der Küstenstraße",
    ]
    assert _introduced_first_items([P1, intro, *items, P3], {2}) == {2}


def test_an_item_under_a_short_label_or_last_still_goes() -> None:
    under_label = [P1, P2, "Follow us:", "Our page on the photo network", "Our channel", P3]
    assert _introduced_first_items(under_label, {3}) == set()
    alone = [P1, INTRO, ITEMS[0], P3]  # one item, then the story: its introduction keeps it
    assert _introduced_first_items(alone, {2}) == {2}
    last = [P1, INTRO, ITEMS[0], ITEMS[1]]  # the list's item the model takes last still goes
    assert _introduced_first_items(last, {3}) == set()


WRAPPED = (
    "Ferry firm to close its island yard, cutting 120 jobs\n\n"
    "PORTSEA (Wire) - The ferry operator will close its repair yard on the\n"
    "island by the end of March, cutting 120 jobs and moving the work to a\n"
    "newer yard on the mainland, the company said on Tuesday.\n\n"
    "The yard, which opened in 1961 and once employed more than 400 people,\n"
    "repairs the four ferries that cross to the island in every season of\n"
    "the year.\n\n"
    "{pair}\n\n"
    "The company said it would offer each worker a place at the new yard or\n"
    "a payment of one month's wages for each year of service at the site.\n"
)


def test_a_two_line_block_the_wrap_broke_in_a_name_is_one_paragraph() -> None:
    pair = (
        '"We heard about it on the radio like everyone else," said Maria\n'
        "Kowalczyk, who leads the union branch."
    )
    body = clean_text(WRAPPED.format(pair=pair)).body.split("\n\n")
    assert (
        '"We heard about it on the radio like everyone else," said Maria Kowalczyk, who leads '
        "the union branch." in body
    )


def test_a_two_line_block_broken_after_a_small_word_is_left_alone() -> None:
    pair = (
        "Write to us at letters@example.org, at the front desk, in person or\n"
        "Harbour Post, Letters, 14 Quay Street, Portsea."
    )
    body = clean_text(WRAPPED.format(pair=pair)).body
    assert "in person or Harbour Post" not in body


def test_a_title_case_heading_over_a_one_line_standfirst_is_left_alone() -> None:
    pair = (
        "Ferry Workers Back Strike Over Yard Closure as Union Rejects Pay Offer\n"
        "Members voted at a crowded meeting in the union hall on Friday evening."
    )
    body = clean_text(WRAPPED.format(pair=pair)).body
    assert "Offer Members voted" not in body
