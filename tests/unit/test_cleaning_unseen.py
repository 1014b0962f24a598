"""Adversarial lines for the rules of the sixteenth blind round: pages where they must not fire.

Every line here is invented. A rule that cuts furniture must not cut a credit or a story
sentence of the same shape: a second writer after a byline's comma, a role before a date, a
story paragraph opening on "However," under a byline.
"""

from __future__ import annotations

import re

import pytest

from newsstream.core.dates import near_date, near_month
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text
from tests.unit.test_cleaning_sixteenth import DZ_LEAD, DZ_P2, DZ_P3

DATE_LINE = "Martes, 1 de diciembre de 2026 · 09:10"


def _credits(byline: str, lead: str = P1) -> list[str]:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n{DATE_LINE}\n\n{lead}\n\n{P2}")
    assert article.body == f"{lead}\n\n{P2}"
    return article.credits


@pytest.mark.parametrize(
    "byline",
    [
        "Text: Jane Doe, John Roe",
        "Texte : Marie Dupont, Paul Martin",
        "Texto: Ana Pérez, Luis Gómez Ruiz",  # a second writer with two surnames
        "Fotos: Ana Pérez, Luis Gómez",
        "Texto: Ana Pérez, Luis Gómez y Marta Ruiz",
        "Tekst: Anna Kowalska, Jan Nowak i Piotr Wiśniewski",
        "Tekst: Jan de Vries, Anna Bakker en Piet Smit",
        "Text: Jane Doe, John Roe, Ann Poe",
        "بقلم: أحمد علي، محمد حسن",  # an Arabic comma, a script without case
        "Тэкст: Ганна Шыла, Мікола Бут",
    ],
)
def test_a_second_writer_after_a_labelled_bylines_comma_is_credited(byline: str) -> None:
    assert _credits(byline) == [byline]


def test_a_second_writer_before_a_town_in_brackets_is_credited() -> None:
    assert _credits("Text: Jane Doe, John Roe (Eastport)") == ["Text: Jane Doe, John Roe"]


@pytest.mark.parametrize(
    ("byline", "lead"),
    [
        ("Raeta: Mereani Tavoa, Port Vila", f"PORT VILA – {P1}"),
        ("Texto: Ana Pérez, San Isidro", f"SAN ISIDRO – {P1}"),
        ("بقلم: أحمد علي، الدار البيضاء", f"الدار البيضاء – {P1}"),
        ("Text: Jane Doe, Eastport", P1),  # one word: no writer's name
        ("Text: Jane Doe, chief reporter", P1),  # a role in lower case
        ("بقلم: أحمد علي، مراسل الشؤون المحلية", P1),  # a role in a script without case
        ("بقلم: د. أحمد علي، استشاري طب الأطفال", P1),  # a contributor's trade
    ],
)
def test_a_town_the_page_prints_again_or_a_role_still_ends_the_byline(
    byline: str, lead: str
) -> None:
    assert _credits(byline, lead) == [re.split("[,،]", byline, maxsplit=1)[0]]


def _marked(tag: str, cls: str, byline: str) -> list[str]:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><{tag} class='{cls}'>{byline}</{tag}>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    return clean_text(page, ContentType.HTML).credits


def _meta_credits(meta: str) -> list[str]:
    return _marked("div", "meta", meta)


@pytest.mark.parametrize(
    ("meta", "credit"),
    [
        ("Texto: Ana Pérez, redactora, 1 de diciembre de 2026, 14:20", "Texto: Ana Pérez"),
        ("Tekst: Jan de Vries, 1 december 2026, 14:20", "Tekst: Jan de Vries"),
        ("Skrivað: Jóan Hansen týsdagur, 1. desember 2026, 14:20", "Skrivað: Jóan Hansen"),
        ("Texto: Ana Pérez 1 de diciembre de 2026, 14:20", "Texto: Ana Pérez"),
    ],
)
def test_a_role_in_lower_case_after_a_comma_is_no_weekday(meta: str, credit: str) -> None:
    # A lower-case word after the name's own comma is a role; the credit keeps no stray comma.
    assert _meta_credits(meta) == [credit]


STRIP = "Na Amina Juma | Iliandikwa: Alhamisi 3 Desemba 2026, 09:15"
BYLINE = "<div class='meta'>Skrivað: Jóan Hansen týsdagur, 1. desember 2026, 14:20</div>"
SECOND = [
    "However, the council said the new timetable would cost more than planned.",
    "Sin embargo, el ayuntamiento dijo que el nuevo horario costará más de lo previsto.",
    "In March, the council said the new timetable would cost more than planned.",
    "Trotzdem, sagte der Bürgermeister, werde die Fähre im Winter häufiger fahren.",
]


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


@pytest.mark.parametrize("second", SECOND)
@pytest.mark.parametrize("first", [P1, f"EASTPORT – {P1}"])
def test_a_lead_over_the_byline_stays_unless_the_next_paragraph_opens_on_a_dateline(
    first: str, second: str
) -> None:
    # "However, the …" opens a sentence, no dateline; a lead on its own dateline is the story's
    text = clean_text(f"{HEADLINE}\n\n{first}\n\n{STRIP}\n\n{second}\n\n{P2}")
    assert text.body.startswith(first)
    html = _html(f"<p>{first}</p>", BYLINE, f"<p>{second}</p><p>{P2}</p>")
    assert clean_text(html, ContentType.HTML).body.startswith(first)
    if first == P1:  # the standfirst the rule is for still goes
        lead = f"LONDON – {P2}"
        assert clean_text(f"{HEADLINE}\n\n{first}\n\n{STRIP}\n\n{lead}\n\n{P3}").body == (
            f"{lead}\n\n{P3}"
        )


@pytest.mark.parametrize(
    ("byline", "under"),
    [
        ("Text: Jane Doe", "Top 5 Singer 2026 · 10:05"),  # "sginer": a letter moved, two edits
        ("Par Marie Dupont", "Saison 2 Marine 2026 · 10:05"),  # "martie": a letter moved
        ("Por Ana Pérez", "Las 10 Marinas 2026 · 10:05"),
    ],
)
def test_a_word_two_edits_from_a_months_name_dates_no_article(byline: str, under: str) -> None:
    assert near_date(under) is None
    article = clean_text(f"{HEADLINE}\n\n{byline}\n{under}\n\n{P1}\n\n{P2}")
    assert article.published is None
    assert article.body.startswith(P1)


def test_a_month_name_one_letter_added_dropped_or_changed_is_still_read() -> None:
    assert near_month("Dezembar") == 12  # changed
    assert near_month("dicenbre") == 12  # changed
    assert near_month("Oktobber") == 10  # added
    assert near_month("Setembe") == 9  # dropped


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Texto: Ana Pérez, Luis Gómez", "Texto: Ana Pérez, Luis Gómez"),
        (
            "Tekst: Jan Nowak, Anna Kowalska | 1 grudnia 2026, 10:00",
            "Tekst: Jan Nowak, Anna Kowalska",
        ),
        ("Text: Jane Doe, John Roe · Tuesday 1 December 2026", "Text: Jane Doe, John Roe"),
    ],
)
def test_an_html_bylines_second_writer_is_credited(byline: str, credit: str) -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><div class='byline'>{byline}</div>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == [credit]


def test_a_tibetan_page_with_a_menu_and_a_short_sentence_keeps_its_story() -> None:
    # Tibetan letters count words by fours: a short sentence and a menu of shad-ended items.
    menu = "གསར་འགྱུར། ཆབ་སྲིད། དཔལ་འབྱོར། རྩེད་འགྲན། རིག་གཞུང་།"
    short = "ཟམ་འདི་ལེགས་ཤོམ་ཨིན།"
    story = [DZ_LEAD, short, DZ_P2, DZ_P3]
    article = clean_text("\n\n".join([menu, "ཐིམ་ཕུ་ལུ་ཟམ་གསར་པ་ཅིག་ཁ་ཕྱེ་ཡི།", *story]))
    assert article.body.endswith("\n\n".join(story))


UNKNOWN_LABELS = [
    "Raeta: Mereani Tavoa",  # Bislama
    "Tusitala: Sione Faleolo",  # Samoan
    "Skrivað: Jóan Hansen",  # Faroese
    "Egilea: Miren Etxeberria",  # Basque
    "Автор текста: Ганна Шыла",  # two words of a label, Cyrillic
]


@pytest.mark.parametrize("tag", ["div", "p"])
@pytest.mark.parametrize("byline", UNKNOWN_LABELS)
def test_a_marked_byline_under_an_unknown_label_without_a_date_is_credited(
    byline: str, tag: str
) -> None:
    # The page marks the element as its byline: a label and a name by their shape are a credit.
    assert _marked(tag, "byline", byline) == [byline]
    assert _marked(tag, "author", byline) == [byline]
    # The plain text holds no mark: a date line under it tells the byline.
    assert _credits(byline) == [byline]


@pytest.mark.parametrize(
    "text",
    [
        "Warning: Heavy Rain Expected",  # a label and capitalised common words: no name
        "About the author: she writes on ferries and the sea.",  # a sentence
        "Raeta: mereani tavoa",  # a name in lower case
    ],
)
def test_a_marked_element_that_is_no_byline_credits_nobody(text: str) -> None:
    assert _marked("div", "byline", text) == []
    assert _marked("p", "author", text) == []


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Text: Jane Doe, reporter, 1 December 2026", "Text: Jane Doe"),
        ("Text: Jane Doe, staff writer, December 1, 2026", "Text: Jane Doe"),
        ("Texto: Ana Pérez, redactora jefe, 1 de diciembre de 2026", "Texto: Ana Pérez"),
        ("Texte : Marie Dupont, journaliste, 1 décembre 2026", "Texte : Marie Dupont"),
        ("Tekst: Jan de Vries, verslaggever, 1 december 2026", "Tekst: Jan de Vries"),
        ("Text: Jane Doe, John Roe, 1 December 2026", "Text: Jane Doe, John Roe"),
    ],
)
def test_a_known_labels_byline_drops_its_role_and_date_after_commas(
    byline: str, credit: str
) -> None:
    assert _marked("div", "meta", byline) == [credit]
    assert _marked("div", "byline", byline) == [credit]
    assert _credits(byline) == [credit]  # the text page, a date line under it


def test_a_known_labels_byline_with_a_time_after_its_date_drops_both() -> None:
    byline = "Text: Jane Doe, reporter, 1 December 2026, 14:20"
    assert _marked("div", "meta", byline) == ["Text: Jane Doe"]


@pytest.mark.parametrize(
    "byline",
    [
        "Text: Jane Doe, reporter, 1 December 2026, 14:20",
        "Text: Jane Doe, 1 December 2026, 9.05",
        "Text: Jane Doe, 14:20",
        "Tekst: Jane Doe, 1 december 2026 | 14:20",
    ],
)
def test_a_text_pages_known_labels_byline_with_a_time_after_it_is_credited(byline: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Text: Jane Doe" if byline.startswith("Text") else "Tekst: Jane Doe"]
    assert article.body == f"{P1}\n\n{P2}"
