"""Cleaning rules of the twenty-fifth blind round, told by shape: a link's label alone on its line
ending on the link's arrow (a sponsor's label of three words is tested with the twenty-fourth's).

Every line here is invented for these tests, in languages other than the round's own where the rule
is a shape; each rule has lines of the same look that it must leave as they were.
"""

from __future__ import annotations

import pytest

from newsstream.core.linemodel import is_salutation
from newsstream.core.models import ContentType
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


# ---------------------------------------------------------------- a letter's salutation


_LETTER = [
    "Querido director,",
    "Le escribo por el nuevo muro del puerto, terminado en 2025 por 1,8 millones de euros.",
    "En noviembre el agua volvió a entrar en casa: el muro solo cubre la mitad de la costa.",
    "Pido al ayuntamiento que lo termine antes del próximo invierno, como prometió en la campaña.",
]


def test_a_letters_salutation_over_its_first_sentence_stays() -> None:
    article = clean_text("Carta al director: el muro del puerto\n\n" + "\n\n".join(_LETTER))
    assert article.body.split("\n\n") == _LETTER


def test_a_list_item_ending_on_a_comma_is_no_salutation() -> None:
    assert not is_salutation("- dos cebollas,")
    assert not is_salutation("Lunes 4,")
    assert is_salutation("Querido director,")


_REPORT = [
    "Lawmakers voted on Tuesday to fund a new seawall along the northern harbour front.",
    "The wall, due by 2027, will cover the two miles of coast that flooded twice last winter.",
    "Residents said the vote came too late for the homes that were lost in November.",
]


@pytest.mark.parametrize("line", ["EASTPORT,", "Meanwhile,", "On Monday,"])
def test_a_dateline_or_a_lead_ending_on_a_comma_is_no_salutation(line: str) -> None:
    assert not is_salutation(line)
    article = clean_text(f"Harbour wall funded\n\n{line}\n\n" + "\n\n".join(_REPORT))
    assert article.body.split("\n\n") == _REPORT


def test_a_salutation_naming_the_editor_opens_the_letter() -> None:
    article = clean_text("Harbour wall funded\n\nDear Editor,\n\n" + "\n\n".join(_REPORT))
    assert article.body.split("\n\n") == ["Dear Editor,", *_REPORT]


# ---------------------------------------------------------------- an interview's last answer

_INTERVIEW = [
    "La fiesta del barrio vuelve el sábado después de dos años sin dinero del ayuntamiento.",
    "Moreau: El ayuntamiento nos dijo en octubre que no había dinero para fiestas este año.",
    "¿Y entonces?",
    "Moreau: Lo hicimos nosotros. Los vecinos reunieron 31 000 euros vendiendo pasteles y rifas.",
    "¿Quién cocina?",
    "Moreau: Las mujeres de la parroquia, para dos mil personas, como cada año desde 1990.",
    "¿Algo más?",
    "Moreau: ¡Venid todos!",
]


def test_an_interviews_short_last_answer_stays() -> None:
    page = "La fiesta vuelve al barrio\n\n" + "\n\n".join(_INTERVIEW)
    page += "\n\n💬 Comenta esta noticia.\n\n© 2026 Diario del Barrio"
    article = clean_text(page)
    assert article.body.split("\n\n")[-1] == "Moreau: ¡Venid todos!"


# ---------------------------------------------------------------- an update's stamp


def test_an_update_stamp_under_any_label_credits_nobody() -> None:
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        "<p class='byline'>Door Anke de Vries · <time datetime='2026-11-29T07:40'>"
        "Zondag 29 november 2026, 7:40</time></p><p class='stamp'>Herzien: Zondag, 16:20</p>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert not any("Herzien" in credit for credit in article.credits)


# ---------------------------------------------------------------- a pictograph's box over a byline


def test_a_byline_under_a_pictographs_box_credits_its_writer() -> None:
    page = (
        "HARBOUR SPORT\n"
        "Home | Football | Rugby | Cycling\n"
        "📅 THIS WEEK: Friday 4/12 – Eastport Rovers v Westbury Town · Saturday 5/12 – Northgate"
        " United v Southend Athletic · Sunday 6/12 – Harbour City v Millbrook\n\n"
        "FOOTBALL · LEAGUE\n\n"
        "Preview: Eastport and Westbury meet for the top of the table on Sunday\n\n"
        "Ven Anna Kowalska | Harbour Sport\n"
        "Wednesday 2 December 2026 · 4:30 pm\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    article = clean_text(page)
    assert "Ven Anna Kowalska" in article.credits
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_letter_signed_after_a_dash_credits_its_writer_on_any_page() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*_LETTER, "Gracias."])
    page = (
        "<html><head><title>Carta</title></head><body><article><h1>Carta al director</h1>"
        f"{paragraphs}<p class='signed'>— Inés Valdoria</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["Inés Valdoria"]
    assert article.body.split("\n\n") == [*_LETTER, "Gracias."]


# ---------------------------------------------------------------- a name with its outlet or desk


@pytest.mark.parametrize(
    "byline",
    [
        "Maren Solheim | Fjordposten News Service",
        "Maren Solheim, Fjord Gazette",
        "Maren Solheim · Business Reporter",
    ],
)
def test_a_name_with_its_outlet_or_desk_over_the_date_line_credits_the_name(byline: str) -> None:
    page = (
        "FJORDPOSTEN\nHome | News | Business | Sport\n\n"
        f"{HEADLINE}\n{byline}\nUpdated: Nov 27, 2026, 23:10\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    article = clean_text(page)
    assert article.credits == ["Maren Solheim"]
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_byline_strip_on_a_spaced_dash_credits_its_writer() -> None:
    page = (
        "<html><head><title>Feri</title></head><body><article><h1>Feri kembali</h1>"
        "<div class='meta'>Vum Maren Solheim - 29 November 2026, 8:15</div>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["Vum Maren Solheim"]
