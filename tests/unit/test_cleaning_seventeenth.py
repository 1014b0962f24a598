"""Cleaning rules of the seventeenth blind round, told by shape: bylines under "by" words no rule
knows (written onto the name, over a date line whose month no table names, in a page's byline
strip before a site's name), a caption's credit before a site's name after "·" or a slash, a
box's items under a pictograph heading, a play button before a video's link, a standfirst over a
labelled byline.

Every line here is invented for these tests, in languages other than the round's own (Spanish,
Italian, Dutch, Portuguese, Swahili, Zulu, Basque, Romanian, Polish, Finnish, invented "by" words);
each rule has story lines of the same shape that it must keep: a sentence opening "Written by
hand", a quote, a numbered list inside the story, a short story sentence under a box.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date, near_date
from newsstream.core.models import ContentType
from newsstream.core.text import PICTOGRAPH_LEAD
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

# A date line whose month no table knows (an invented name), with a year and a time of day.
UNKNOWN_MONTH = "Jumatano, 2 Mwezikumi 2026 · 11:35"


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tersa-fera, 1 di Dezenbru 2026 · 16:40", date(2026, 12, 1)),  # a particle, a letter off
        ("Quarta-feira, 2 de dezenbro de 2026", date(2026, 12, 2)),  # particles on both sides
        ("Miercuri, 2 de decembrie 2026", date(2026, 12, 2)),  # known: read as before
        ("Mércores, 3 do Decembro do 2026 · 09:00", date(2026, 12, 3)),
    ],
)
def test_a_date_lines_particle_before_a_misspelt_month_or_the_year_is_read(
    line: str, day: date
) -> None:
    assert near_date(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "Top 1 di Singer 2026",  # no month near "Singer"
        "Ward 3 DI Dezenbru 2026",  # a particle in capitals is no particle
        "Gate 4 dias Dezenbru 2026",  # four letters: a word, not a particle
    ],
)
def test_no_date_from_a_particle_that_is_none(line: str) -> None:
    assert near_date(line) is None


def test_a_misspelt_month_after_a_particle_is_read_only_on_a_date_line() -> None:
    assert find_date("Tersa-fera, 1 di Dezenbru 2026 · 16:40") is None


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Iliandikwa na Amina Juma", "Iliandikwa na Amina Juma"),
        ("Idatzia da Miren Etxeberria", "Idatzia da Miren Etxeberria"),
        ("Geschreven door Anna Bakker · Havenkrant", "Geschreven door Anna Bakker"),
    ],
)
def test_a_by_phrase_over_a_date_line_with_an_unknown_month_is_a_byline(
    byline: str, credit: str
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n{UNKNOWN_MONTH}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "header",
    [
        "Slug: RAIL/NORTH",  # no name after the label
        "Council to vote on harbour plan",  # a kicker in lower case
    ],
)
def test_a_line_over_an_unknown_months_date_line_that_names_no_one_is_no_byline(
    header: str,
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{header}\n{UNKNOWN_MONTH}\n\n{P1}\n\n{P2}")
    assert article.credits == []


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("NguThandeka Zulu", "NguThandeka Zulu"),  # Zulu "by" written onto the name
        ("KaLerato Mokoena (@lerato_news) · 3 imizuzu", "KaLerato Mokoena"),
        ("Vum Jane Okafor (@jokafor)", "Vum Jane Okafor"),  # an account: no part of the name
    ],
)
def test_a_by_word_written_onto_the_name_over_a_date_line_is_a_byline(
    byline: str, credit: str
) -> None:
    dated = "Lwesibili, 1 Disemba 2026 · 12:45"
    article = clean_text(f"{HEADLINE}\n\n{byline}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


def test_a_surname_with_an_inner_capital_under_the_headline_is_still_a_name() -> None:
    # "McKenzie" reads as "Mc" onto "Kenzie"; the name is credited as printed all the same.
    dated = "Tuesday, 1 December 2026 · 12:45"
    article = clean_text(f"{HEADLINE}\n\nMcKenzie Doyle\n{dated}\n\n{P1}\n\n{P2}")
    assert article.credits == ["McKenzie Doyle"]


@pytest.mark.parametrize(
    "story",
    [
        "Written by hand, the letter reached the council two weeks after the vote on Monday.",
        "NgoMsombuluko, the council said the new ferry would sail twice a day from March.",
        "“We waited three winters for this boat,” said Ana Pérez, who runs the harbour café.",
    ],
)
def test_a_story_sentence_shaped_like_a_byline_opening_stays(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{story}\n\n{P1}\n\n{P2}")
    assert article.body.startswith(story)
    assert article.credits == []


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Scris de <a href='/a/ion'>Ion Popescu</a>, Gazeta Portului", "Scris de Ion Popescu"),
        (
            "Scritto da <a href='/a/marco'>Marco Rossi</a>, Gazzetta del Porto",
            "Scritto da Marco Rossi",
        ),
        ("Kirj. <a href='/a/aino'>Aino Virtanen</a>, toimittaja", "Kirj. Aino Virtanen"),
    ],
)
def test_a_page_byline_strip_is_credited_before_its_site_or_role_after_a_comma(
    byline: str, credit: str
) -> None:
    strip = f"<div class='byline'>{byline} · <time>2 December 2026</time></div>"
    article = clean_text(_html(strip, f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"), ContentType.HTML)
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_updated_line_with_its_date_after_a_comma_credits_no_one() -> None:
    # "Updated: Wednesday, 2 December …" under a byline: the part before the comma is no name.
    header = "\n".join(
        [
            "Vum Jane Okafor",
            "Jumanne, 1 Desemba 2026 · 2:10 PM",
            "Imesasishwa: Jumatano, 2 Desemba 2026 · 9:05 AM",
        ]
    )
    article = clean_text(f"{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Vum Jane Okafor"]


# ---------------------------------------------------------------- standfirst over a byline


@pytest.mark.parametrize(
    ("byline", "dated", "day"),
    [
        ("Written by: Jane Doe · 3 min read", "Tuesday, 1 December 2026 · 3:15 PM", 1),
        ("Texto: Ana Pérez · 4 min", "Miércoles, 2 de diciembre de 2026 · 10:00", 2),
        ("Tekst: Jan de Vries", "Donderdag 3 december 2026, 08:40", 3),
    ],
)
def test_a_standfirst_over_a_labelled_byline_and_its_date_line_goes(
    byline: str, dated: str, day: int
) -> None:
    standfirst = "The island's only ferry is back after a winter in the mainland yard."
    lead = f"EASTPORT – {P1}"
    article = clean_text(f"{HEADLINE}\n\n{standfirst}\n\n{byline}\n{dated}\n\n{lead}\n\n{P2}")
    assert article.body == f"{lead}\n\n{P2}"
    assert article.published == date(2026, 12, day)


def test_a_lead_over_a_labelled_byline_stays_when_the_next_paragraph_has_no_dateline() -> None:
    second = "However, the council said the new timetable would cost more than planned."
    header = "Written by: Jane Doe\nTuesday, 1 December 2026 · 3:15 PM"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{header}\n\n{second}\n\n{P2}")
    assert article.body.startswith(P1)


# ---------------------------------------------------------------- caption credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("[Il ponte all'alba. Scatto: Marco Rossi · Gazzetta del Porto]", "Scatto: Marco Rossi"),
        # after a slash, the agency or site is part of the credit (tests/gold/CONVENTIONS.md)
        (
            "[A ponte ao amanhecer. Imagem: Rui Costa/Jornal da Costa]",
            "Imagem: Rui Costa/Jornal da Costa",
        ),
        (
            "[Zubia goizean. Irudia: Ane Zubiri / Itsas Berriak]",
            "Irudia: Ane Zubiri / Itsas Berriak",
        ),
    ],
)
def test_a_caption_credit_under_any_label_ends_before_a_site_after_a_separator_not_a_slash(
    caption: str, credit: str
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{P2}"


def test_a_known_labels_caption_credit_keeps_its_agency_after_a_slash() -> None:
    # "Photo: Jane Doe/Harbour News" as printed (tests/gold/CONVENTIONS.md).
    caption = "[The bridge at dawn. Photo: Jane Doe/Harbour News]"
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Photo: Jane Doe/Harbour News"]


# ---------------------------------------------------------------- boxes and video links


@pytest.mark.parametrize(
    "items",
    [
        ["Paella de marisco · Para 4 personas", "Tiempo: 1 hora 10 minutos"],
        ["Linea 5 – Porto: 05:30 diventa 05:45", "Linea 9 – Molo: corsa delle 17:40 soppressa"],
        ["Ponsiyo 2 · 45 dakika", "Viungo: mchele, nazi, samaki"],
    ],
)
def test_a_boxs_unpunctuated_lines_under_its_pictograph_heading_go(items: list[str]) -> None:
    box = "\n".join(["🍲 THE WEEK'S BOX", *items, "See all ›"])
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{box}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_sentence_in_a_pictograph_headings_block_stays() -> None:
    # Lines that end as sentences are no box items, however short.
    short = "Traders are pleased."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n📷 PHOTOS\n{short}\n\n{P2}\n\n{P3}")
    assert short in article.body.split("\n\n")


def test_a_wrapped_story_paragraph_or_a_question_under_a_pictograph_line_stays() -> None:
    wrapped = (
        "The harbour master said the new ferry would sail twice a day from March, and\n"
        "that the winter timetable would return once the quay works were finished."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n📷 PHOTOS\n{wrapped}\n\n{P2}\n\n{P3}")
    assert wrapped.replace("\n", " ") in article.body.split("\n\n")
    question = "Who pays for the water?"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n📷 PHOTOS\n{question}\n\n{P2}\n\n{P3}")
    assert question in article.body.split("\n\n")


def test_a_numbered_list_inside_the_story_stays() -> None:
    steps = "1. Bring the form to the harbour office\n2. Pay the fee at the desk"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{steps}\n\n{P2}\n\n{P3}")
    assert "1. Bring the form to the harbour office" in article.body
    assert "2. Pay the fee at the desk" in article.body


def test_a_play_button_heads_a_video_link() -> None:
    assert PICTOGRAPH_LEAD.match("▶ Harbour at dawn (2:14)")
    assert not PICTOGRAPH_LEAD.match("► Item")  # a list's bullet
    videos = "▶ MORE VIDEO\n▶ Ferry returns (2:14)\n▶ Quay works begin (1:48)"
    page = _html(f"<p>{P1}</p><p>{P2}</p>", f"<div>{videos}</div>", f"<p>{P3}</p>")
    article = clean_text(page, ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    html_list = "<h3>▶ VIDEO</h3><ul><li>▶ Ferry returns (2:14)</li><li>▶ Quay (1:48)</li></ul>"
    article = clean_text(
        _html(f"<p>{P1}</p><p>{P2}</p>", html_list, f"<p>{P3}</p>"), ContentType.HTML
    )
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- a footer's notice

LINKS = "Lee también:\n› El puerto abre el domingo\n› Nueva línea de autobús al faro"
FOOTER = (  # two lines rules know: a contact strip, a footer's menu
    "Contacto: redaccion@ejemplo.es · WhatsApp 600 000 000 · Tel. 900 000 000\n"
    "Aviso legal · Privacidad · Cookies"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Juego solo para mayores de 18. Juega con cabeza.",
        "Kamari ni kwa walio na miaka 18+ pekee.",
        "Dit spel is alleen voor 18+. Speel bewust.",
    ],
)
def test_a_short_notice_over_the_footer_after_the_link_list_goes(notice: str) -> None:
    page = f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{LINKS}\n\n{notice}\n{FOOTER}"
    assert clean_text(page).body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "last",
    ["Traders are happy.", "“We are ready,” she said.", "Written by hand, the notice stayed up."],
)
def test_a_short_last_sentence_under_the_story_over_the_footer_stays(last: str) -> None:
    page = f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{last}\n{FOOTER}\n\n{LINKS}"
    assert clean_text(page).body == f"{P1}\n\n{P2}\n\n{last}"


def test_a_short_sentence_after_a_link_box_stays_when_the_story_goes_on() -> None:
    short = "Traders are happy."
    page = f"{HEADLINE}\n\n{P1}\n\n{LINKS}\n\n{short}\n{FOOTER}\n\n{P2}\n\n{P3}"
    assert short in clean_text(page).body.split("\n\n")
