"""Cleaning rules of the twenty-fourth blind round, told by shape: a footnote mark stuck to a
sentence's end in any script; a hard-wrapped block of whole sentences, a line each, is one
paragraph when each line was too full for the next one's first word.

Every line here is invented for these tests, in languages other than the round's own where the rule
is a shape (English, Hindi, Japanese, Spanish); each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

import textwrap

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

# ---------------------------------------------------------------- footnote marks


@pytest.mark.parametrize(
    ("marked", "clean"),
    [
        (
            "नगर निगम नया पुल बनावे के योजना बनइलक हे।<sup><a href='#n1'>[1]</a></sup>",
            "नगर निगम नया पुल बनावे के योजना बनइलक हे।",
        ),
        ("港の新しい桟橋は来年完成する。<sup>[2]</sup>", "港の新しい桟橋は来年完成する。"),
        ("पुल के काम मार्च में सुरू होतइ[3] आउ दू साल चलतइ।", "पुल के काम मार्च में सुरू होतइ आउ दू साल चलतइ।"),
    ],
)
def test_a_footnote_mark_after_any_scripts_sentence_end_is_dropped(marked: str, clean: str) -> None:
    page = (
        "<html><head><title>Pier</title></head><body><article><h1>Pier</h1>"
        f"<p>{P1}</p><p>{marked}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).body.split("\n\n")[1] == clean


def test_a_bracket_opened_in_the_sentence_is_no_footnote_mark() -> None:
    story = "The ferry log lists the refit as item ([2]) of the council's plan for the harbour."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body.split("\n\n")[1] == story


_WORD_BEFORE = pytest.mark.xfail(
    strict=True, reason="a number in brackets after a word reads as a footnote mark: words tell"
)


@pytest.mark.parametrize(
    "story",
    [
        "The wiki page read [[Harbour]][1] before editors removed the link last week, she said.",
        "The fault sat in the cell [0][1] of the timetable, the ferry company's engineers said.",
        "The sum a+[2] was printed on the harbour's tide board by mistake, the council said.",
        pytest.param(
            "Under Article 5[1] of the treaty, members must defend each other, the minister said.",
            marks=_WORD_BEFORE,
        ),
        pytest.param(
            "The bug was in the line where x[1] was read before the buffer held two values.",
            marks=_WORD_BEFORE,
        ),
    ],
)
def test_a_mark_after_markup_an_index_or_a_clause_is_no_footnote(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body.split("\n\n")[1] == story


# ---------------------------------------------------------------- a wrapped block of sentences


def _wrapped_page(quote: str) -> str:
    wrapped = [textwrap.fill(p, 70) for p in (f"{P1} {P2}", f"{P2} {P3}", f"{P3} {P1}")]
    return "\n\n".join(
        ["THE HARBOUR TIMES", HEADLINE, "By Ana Lopes", wrapped[0], quote, *wrapped[1:]]
    )


def test_a_wrapped_block_of_whole_sentences_too_full_for_the_next_word_is_one_paragraph() -> None:
    lines = [
        '"We waited all winter for this boat", said the harbour master Ana Rey.',
        '"The island shops had run short of almost everything by February.',
        'Lorries can cross again every morning now."',
    ]
    assert [len(line) for line in lines[:2]] == [70, 65]
    article = clean_text(_wrapped_page("\n".join(lines)))
    assert " ".join(lines) in article.body.split("\n\n")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Ferries leave the pier at six, nine and noon.",
            "Tickets are sold on board and at the kiosk.",
            "Bicycles travel free of charge.",
        ],
        [  # one-sentence points, each wider than the page's wrap
            "Residents will pay less for parking in the harbour district from next month.",
            "The ferry timetable will add two evening crossings on weekdays in summer.",
            "The old fish market will reopen as a covered hall for local traders soon.",
        ],
    ],
)
def test_a_block_of_sentences_a_line_stays_a_line_each(lines: list[str]) -> None:
    article = clean_text(_wrapped_page("\n".join(lines)))
    body = article.body.split("\n\n")
    assert all(line in body for line in lines)


# ---------------------------------------------------------------- an ad's label in Han or Hangul


@pytest.mark.parametrize("label", ["廣告", "广告", "広告", "광고"])
def test_an_ads_label_without_case_before_a_separator_goes(label: str) -> None:
    ad = f"{label} · 港口麵包店：新鮮麵包，每日早上六點開門！"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{ad}\n\n{P3}")
    assert ad not in article.body
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_sentence_about_ads_stays() -> None:
    story = "港口管理處講，碼頭的廣告看板明年會拆掉，換做新的候船室。"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert story in article.body.split("\n\n")


# ---------------------------------------------------------------- a crosshead over the first entry

_ENTRIES = [
    "16:40 – The ferry docked at the island pier, an hour late after the storm.",
    "16:05 – Waves of three metres slowed the crossing, the captain said.",
    "15:10 – The ferry left the mainland harbour with 212 passengers on board.",
    "14:30 – The harbour authority said the crossing would go ahead despite the wind.",
]


def _live_page(first: str, second: str) -> str:
    entries = "".join(f"<div class='entry'><p>{entry}</p></div>" for entry in _ENTRIES)
    body = entries.replace(
        "<div class='entry'><p>15:10", f"<h2>{second}</h2><div class='entry'><p>15:10"
    )
    return (
        "<html><head><title>Live: the first ferry since the storm</title></head><body><article>"
        "<h1>Live: the first ferry since the storm</h1>"
        f"<h2>{first}</h2>{body}</article></body></html>"
    )


def test_a_heading_over_a_live_pages_first_entry_is_its_crosshead() -> None:
    article = clean_text(_live_page("Arrival", "Departure"), ContentType.HTML)
    assert article.body.split("\n\n") == ["Arrival", *_ENTRIES[:2], "Departure", *_ENTRIES[2:]]


def test_a_label_over_a_story_without_crossheads_stays_out() -> None:
    page = "\n\n".join(["THE HARBOUR TIMES", HEADLINE, "By Ana Lopes", "Ferries", P1, P2, P3])
    article = clean_text(page)
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.xfail(
    strict=True, reason="a site's section label over the lead reads as a crosshead: words tell"
)
def test_a_section_label_over_the_lead_of_a_story_with_crossheads_stays_out() -> None:
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<p class='byline'>By Ana Lopes</p><h2>Island news</h2><p>{P1}</p><p>{P2}</p>"
        f"<h2>Costs</h2><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.body.split("\n\n") == [P1, P2, "Costs", P3]


# ---------------------------------------------------------------- a sponsor's block in any language

_OFFER = "Padaria do Cais: pão fresco todas as manhãs desde 1921. Encomende hoje na nossa loja!"


@pytest.mark.parametrize("label", ["CONTEÚDO SPONSORIZADO", "CONTEÚDO É SPONSORIZADO"])
def test_a_capitals_label_on_a_sponsors_stem_goes(label: str) -> None:
    # A label of up to three words since the twenty-fifth round.
    ad = f"{label} · {_OFFER}"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{ad}\n\n{P2}\n\n{P3}")
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_sentence_opening_on_a_sponsors_word_stays() -> None:
    story = "Sponsorisé par la mairie, le ferry du soir circulera aussi le dimanche cet hiver."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert story in article.body.split("\n\n")


def _boxed_page(css: str) -> str:
    return (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<p>{P1}</p><div class='{css}'><span>PUBLI</span><p>{_OFFER}</p></div>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )


def test_a_box_whose_class_opens_on_a_sponsors_stem_goes() -> None:
    article = clean_text(_boxed_page("sponsorise"), ContentType.HTML)
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_story_in_a_box_classed_on_a_sponsors_stem_stays() -> None:
    deal = (
        "The club signed a three-year sponsorship deal with the ferry operator, its chairman said."
    )
    page = (
        "<html><head><title>Deal</title></head><body><article><h1>Club signs ferry deal</h1>"
        f"<div class='sponsorship-news'><p>{deal}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "</article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.body.split("\n\n") == [deal, P1, P2, P3]


def test_a_box_whose_class_only_holds_the_stem_stays() -> None:
    article = clean_text(_boxed_page("responsorial"), ContentType.HTML)
    assert _OFFER in article.body.split("\n\n")


# ---------------------------------------------------------------- a particle in a caption's name


@pytest.mark.parametrize(
    ("name", "credited"),
    [("Marta de Sousa", True), ("Joana van Dijk", True), ("Marta de Sousa com amigos", False)],
)
def test_a_particle_in_lower_case_inside_a_caption_credits_name(name: str, credited: bool) -> None:
    caption = f"[Boats at the pier at dawn. Retrato: {name}]"
    article = clean_text(f"{HEADLINE}\n\nBy Ana Lopes\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert (f"Retrato: {name}" in article.credits) is credited


# ---------------------------------------------------------------- a caption wrapped over two lines


def _captioned(caption: str) -> str:
    return _wrapped_page(caption).replace("By Ana Lopes", "By Ana Lopes\n\n" + caption, 1)


def test_a_bracketed_caption_wrapped_over_two_lines_goes_with_its_credit() -> None:
    caption = (
        "[The new ferry at the island pier on its first crossing in November,\n"
        "after the storm. Retrato: Marta Sousa]"
    )
    article = clean_text(_captioned(caption))
    assert "Retrato: Marta Sousa" in article.credits
    assert "new ferry at the island pier" not in article.body


def test_a_bracketed_note_over_two_lines_credits_nobody() -> None:
    note = (
        "[The new ferry at the island pier on its first crossing in November,\n"
        "after the storm and the repairs to the harbour wall.]"
    )
    article = clean_text(_captioned(note))
    assert article.credits == ["By Ana Lopes"]


# ---------------------------------------------------------------- a table of contents


def _sections(listed: str) -> str:
    return "\n\n".join(
        [HEADLINE, "By Ana Lopes", listed, P1, "Where is the pier?", P2, "Who pays?", P3]
    )


def test_numbered_items_printed_again_as_crossheads_are_a_table_of_contents() -> None:
    article = clean_text(_sections("Contents:\n1. Where is the pier?\n2. Who pays?"))
    assert article.body.split("\n\n") == [P1, "Where is the pier?", P2, "Who pays?", P3]


def test_a_numbered_list_of_the_story_stays() -> None:
    listed = "The ferry calls at two harbours:\n1. Eastport harbour\n2. Westbury pier"
    page = "\n\n".join([HEADLINE, "By Ana Lopes", P1, listed, "Eastport harbour", P2, P3])
    assert "1. Eastport harbour" in clean_text(page).body.split("\n\n")


# ---------------------------------------------------------------- an Armenian caption's credit


def _figure_page(caption: str, story: str = P2) -> str:
    return (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<figure><img src='/a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        f"<p>{P1}</p><p>{story}</p><p>{P3}</p></article></body></html>"
    )


def test_an_armenian_caption_credit_after_its_full_stop_is_a_credit() -> None:
    page = _figure_page("Նաւը նաւահանգիստին մէջ։ Նկար՝ Արամ Պետրոսեան")
    assert "Նկար՝ Արամ Պետրոսեան" in clean_text(page, ContentType.HTML).credits


def test_an_armenian_sentence_with_its_pause_mark_credits_nobody() -> None:
    story = "Նաւահանգիստի տնօրէնը՝ Արամ Պետրոսեան, ըսաւ, թէ նաւը պիտի երթայ ամէն օր։"
    article = clean_text(_figure_page("Նաւը նաւահանգիստին մէջ։", story), ContentType.HTML)
    assert article.credits == []
    assert story in article.body.split("\n\n")
