"""A byline's widgets and stamps that are no credit, and an interview's one-word answer.

A follow button after the byline's name (in brackets in plain text, after a plus in HTML), the
site's own name after the byline's comma, a type-size bar under a credit's label and an update
stamp's weekday are no part of any credit; a print header's date is the day the page was printed;
a dialogue dash that opens the interview's turns opens its one-word last answer too. Every line
here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.cleaning import _domain_stem, _masthead_lines, _split_lines
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def test_a_bracketed_follow_button_leaves_the_byline_and_its_date_line() -> None:
    byline = "By Tessa Morvane, Harbour Desk   [+ Follow Tessa]"
    page = f"{HEADLINE}\n\n{byline}\nTuesday 3 March 2026 · 8:15 a.m.\n\n{P1}\n\n{P2}\n\n{P3}"
    article = clean_text(page)
    assert article.credits == ["By Tessa Morvane"]
    assert article.published == date(2026, 3, 3)
    assert byline.replace("   ", " ") in {line.text for line in article.removed}


def test_a_bracketed_button_alone_on_its_line_is_left_as_it_was() -> None:
    page = f"{HEADLINE}\n\n{P1}\n\n[+ Tessa Morvane]\n\n{P2}\n\n{P3}"
    assert "[+ Tessa Morvane]" not in clean_text(page).credits


def _html(byline: str, *, masthead: str = "Lantern Daily") -> str:
    return (
        f"<html><body><header><p>{masthead}</p></header><article><h1>{HEADLINE}</h1>"
        f"<p class='byline'>{byline}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
        "</body></html>"
    )


def test_a_follow_button_after_a_plus_is_no_part_of_the_credit() -> None:
    page = _html("Texto: <a href='/autor/x'>Lucía Ferrand</a> <button>+ Seguir</button>")
    assert clean_text(page, ContentType.HTML).credits == ["Texto: Lucía Ferrand"]


def test_the_sites_own_name_after_the_bylines_comma_goes() -> None:
    page = f"HARBOUR LANTERN\n\n{HEADLINE}\n\nBy Tessa Morvane, Harbour Lantern\n\n{P1}\n\n{P2}"
    assert clean_text(page).credits == ["By Tessa Morvane"]


def test_a_type_size_bar_under_a_credits_label_credits_no_one() -> None:
    page = _html("Text: A− A A+")
    assert clean_text(page, ContentType.HTML).credits == []


def test_an_update_stamps_weekday_is_no_writer() -> None:
    page = _html("آخر تحديث: الخميس 5 مارس 2026، 10:40")
    assert clean_text(page, ContentType.HTML).credits == []


def test_a_print_headers_date_does_not_date_the_story() -> None:
    header = "Printed from https://www.lantern.example/news/ferry-returns · 2026-03-09 10:00"
    page = f"{header}\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert clean_text(page).published is None


def test_an_interviews_one_word_answer_after_a_dash_stays() -> None:
    turns = [
        "— Kiedy zaczęliście budować prom?",
        "— W styczniu. Stocznia dała nam dwa miesiące na cały kadłub i silnik.",
        "— Co było najtrudniejsze?",
        "— Pogoda. Przez trzy tygodnie wiatr nie pozwalał spawać na zewnątrz hali.",
        "— Czy popłynie pan pierwszym kursem?",
        "— Tak.",
    ]
    page = f"{HEADLINE}\n\n{P1}\n\n" + "\n\n".join(turns) + "\n\n© 2026 Lantern Daily"
    assert clean_text(page).body.split("\n\n")[-1] == "— Tak."


def _figure(caption: str) -> str:
    return (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<figure><img src='/a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )


def test_a_thai_captions_credit_after_a_space_is_collected() -> None:
    page = _figure("เรือประมงจอดที่ท่าเรือตอนเช้า ภาพ: สมชาย ใจดี")
    assert clean_text(page, ContentType.HTML).credits == ["ภาพ: สมชาย ใจดี"]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Audros žemėlapis pirmadienį. Nuotr.: Hidrometeorologijos tarnyba",
            "Nuotr.: Hidrometeorologijos tarnyba",
        ),
        # a body's proper name in quotation marks, its kind's word in lower case after it
        (
            "Снимок фотоловушки, май 2026. Фото: «Северный хребет» заказник",
            "Фото: «Северный хребет» заказник",
        ),
        (
            "The ridge at dusk, May 2026. Photo: “Kestrel Valley” reserve",
            "Photo: “Kestrel Valley” reserve",
        ),
    ],
)
def test_an_institutes_credit_under_a_photo_label_is_collected(caption: str, credit: str) -> None:
    assert clean_text(_figure(caption), ContentType.HTML).credits == [credit]


def test_a_letters_pages_disclaimer_goes() -> None:
    disclaimer = "Les lettres des lecteurs ne reflètent pas l'opinion de la rédaction."
    page = f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{disclaimer}\n\n© 2026 Lantern Daily"
    assert disclaimer not in clean_text(page).body


def test_a_story_sentence_on_letters_and_an_editors_opinion_stays() -> None:
    sentence = "The letters showed that the opinion of the editor had been ignored for years."
    page = f"{HEADLINE}\n\n{P1}\n\n{sentence}\n\n{P2}\n\n{P3}"
    assert sentence in clean_text(page).body.split("\n\n")


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By Anna Kowalska, Farm Department", "By Anna Kowalska"),
        ("By Anna Kowalska, Dział Miejski", "By Anna Kowalska"),
        ("Von Jana Berger, Abteilung Lokales", "Von Jana Berger"),
    ],
)
def test_a_desk_named_as_a_department_after_the_bylines_comma_goes(
    byline: str, credit: str
) -> None:
    page = f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert clean_text(page).credits == [credit]


@pytest.mark.parametrize(
    ("credit", "told"),
    [
        ("Text: Lucía Ferrand + Follow", "Text: Lucía Ferrand"),
        ("Texto: Lucía Ferrand + Seguir", "Texto: Lucía Ferrand"),
        ("Yazan: Lucía Ferrand + Abone ol", "Yazan: Lucía Ferrand"),
        ("Text: Lucía Ferrand + Tomas Brink", "Text: Lucía Ferrand + Tomas Brink"),  # a co-author
    ],
)
def test_only_a_follow_buttons_words_after_a_plus_leave_a_credit(credit: str, told: str) -> None:
    assert clean_text(_html(credit), ContentType.HTML).credits == [told]


def test_the_sites_own_names_are_the_short_lines_over_the_headline_only() -> None:
    lines = _split_lines(f"HARBOUR LANTERN\n\n{HEADLINE}\n\n{P1}\n\nNordwire\n\nNordwire")
    assert [line.text for line in _masthead_lines(lines, HEADLINE)] == ["HARBOUR LANTERN"]
    assert _masthead_lines(lines, None) == []


@pytest.mark.parametrize(
    ("site", "stem"),
    [("harbour-lantern.example", "harbourlantern"), ("lantern.co.uk", "lantern"), ("x", "x")],
)
def test_a_sites_own_name_is_read_past_a_countrys_second_level_label(site: str, stem: str) -> None:
    assert _domain_stem(site) == stem


@pytest.mark.parametrize(
    ("page", "content_type", "credit"),
    [
        # the writer printed twice, under a label and after a "by" word: listed once, as first
        (
            _html("Author: <a href='/a/x'>Tessa Morvane</a></p><p>By Tessa Morvane"),
            ContentType.HTML,
            "Author: Tessa Morvane",
        ),
        # a video's credit naming the site itself credits no one
        (
            f"HARBOUR LANTERN\n\n{HEADLINE}\n\nBy Tessa Morvane\n\nCredit: Harbour Lantern"
            f"\n\n{P1}\n\n{P2}",
            ContentType.PLAIN,
            "By Tessa Morvane",
        ),
    ],
)
def test_a_repeated_or_self_credit_is_not_listed(
    page: str, content_type: ContentType, credit: str
) -> None:
    assert clean_text(page, content_type).credits == [credit]


def test_a_columnists_name_over_the_headline_is_no_masthead_for_the_byline() -> None:
    page = f"TESSA MORVANE\n\n{HEADLINE}\n\nAuthor: Tessa Morvane\n\n{P1}\n\n{P2}"
    assert clean_text(page).credits == ["Author: Tessa Morvane"]


def test_a_quoted_phrase_closing_a_caption_credits_no_one() -> None:
    page = _figure('The crowd at the quay, May 2026. He said: "Never Again"')
    assert clean_text(page, ContentType.HTML).credits == []
