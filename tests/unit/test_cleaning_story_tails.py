"""A story's closing section stays: a crosshead of a word or a few over its last sentences, and a
list of sentences under a heading with no colon; the page's own lists and markers after the
story still go.

Every line here is invented for these tests (English, German, Spanish, French, Swahili), in
plain text and in HTML. Each shape that keeps story has look-alikes that are furniture: a
"Related" or "Most read" heading over headlines, a "Tags" heading over single words, an
"Advertisement" or "Anzeige" line before the last paragraph, a newsletter's section in capitals.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import CleanedArticle, ContentType
from tests.unit.test_cleaning_eighteenth import _html
from tests.unit.test_cleaning_scripts import clean_text

EN = (
    "Harbour ferry returns to the island after winter repairs",
    "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
    "yard, the harbour authority said.",
    "Islanders had relied on a smaller boat that could not carry lorries, and shops ran short "
    "of fresh food in January.",
)
DE = (
    "Inselfähre kehrt nach Winterreparatur zurück",
    "Die Inselfähre hat am Montag nach einer dreimonatigen Überholung in der Werft auf dem "
    "Festland den Betrieb wieder aufgenommen, teilte die Hafenbehörde mit.",
    "Die Inselbewohner waren auf ein kleineres Boot angewiesen, das keine Lastwagen befördern "
    "konnte, und im Januar fehlten in den Läden frische Lebensmittel.",
)
ES = (
    "El ferri vuelve a la isla tras las reparaciones",
    "El ferri de la isla reanudó el lunes sus travesías tras una reforma de tres meses en el "
    "astillero del continente, informó la autoridad portuaria.",
    "Los isleños dependían de un barco más pequeño que no podía llevar camiones, y en enero "
    "faltaron alimentos frescos en las tiendas.",
)
FR = (
    "Le ferry revient sur l'île après des réparations",
    "Le ferry de l'île a repris ses traversées lundi après trois mois de travaux au chantier "
    "du continent, a indiqué l'autorité portuaire.",
    "Les insulaires dépendaient d'un bateau plus petit qui ne pouvait pas transporter de "
    "camions, et les magasins ont manqué de produits frais en janvier.",
)
SW = (
    "Feri mpya yawasili bandarini baada ya matengenezo",
    "Feri ya kisiwa ilianza tena safari zake Jumatatu baada ya matengenezo ya miezi mitatu "
    "katika karakana ya bara, mamlaka ya bandari ilisema.",
    "Wakazi wa kisiwa walitegemea boti ndogo ambayo haikuweza kubeba malori, na maduka "
    "yalikosa chakula kibichi mwezi Januari.",
)


def _plain(story: tuple[str, str, str], *tail: str) -> CleanedArticle:
    return clean_text("\n\n".join([*story, *tail]) + "\n")


def _story(story: tuple[str, str, str]) -> list[str]:
    return list(story[1:])


def _removed(article: CleanedArticle) -> list[str]:
    return [line.text for line in article.removed]


# ---------------------------------------------------------------- a crosshead over the last lines


@pytest.mark.parametrize(
    ("story", "crosshead", "closing"),
    [
        (SW, "Mtazamo", ["Mwendeshaji alisema ratiba itarudi kwa safari sita kwa siku."]),
        (EN, "Outlook", ["The operator said the timetable would return in March."]),
        (EN, "Background", ["The quay was built in 1988.", "It was last repaired in 2009."]),
        (DE, "Ausblick", ["Der Betreiber sagte, ab März gebe es wieder sechs Fahrten am Tag."]),
        (ES, "Reacciones", ["El alcalde celebró la noticia."]),
        (FR, "Contexte", ["Le port avait été fermé en 2019.", "Le chantier a coûté cher."]),
    ],
)
def test_a_one_word_crosshead_over_the_storys_last_sentences_stays(
    story: tuple[str, str, str], crosshead: str, closing: list[str]
) -> None:
    article = _plain(story, crosshead, *closing)
    assert article.body.split("\n\n") == [*_story(story), crosshead, *closing]


@pytest.mark.parametrize(
    ("story", "crosshead", "closing"),
    [
        (DE, "Ausblick", "Der Betreiber sagte, ab März gebe es wieder sechs Fahrten am Tag."),
        (SW, "Mtazamo", "Mwendeshaji alisema ratiba itarudi kwa safari sita kwa siku."),
    ],
)
def test_a_crosshead_over_the_last_paragraph_of_an_html_page_stays(
    story: tuple[str, str, str], crosshead: str, closing: str
) -> None:
    body = f"<p>{story[1]}</p><p>{story[2]}</p><h2>{crosshead}</h2><p>{closing}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body.split("\n\n") == [*_story(story), crosshead, closing]


@pytest.mark.parametrize(
    ("story", "marker"),
    [(EN, "Advertisement"), (DE, "Anzeige"), (DE, "Werbung"), (FR, "Publicité")],
)
def test_an_ad_marker_before_the_last_paragraph_still_goes(
    story: tuple[str, str, str], marker: str
) -> None:
    closing = "The operator said the timetable would return in March."
    article = _plain(story, marker, closing)
    assert article.body.split("\n\n") == [*_story(story), closing]
    assert marker in _removed(article)


def test_a_newsletters_section_in_capitals_is_no_crosshead() -> None:
    article = _plain(EN, "ON OUR RADAR", "The market moves to summer hours from December 5.")
    assert "ON OUR RADAR" in _removed(article)


def test_a_notes_heading_over_a_publication_note_still_goes() -> None:
    article = _plain(EN, "Notes", "This article was first published in Harbour Weekly.")
    assert article.body.split("\n\n") == _story(EN)
    assert "Notes" in _removed(article)


# ---------------------------------------------------------------- a closing list of sentences


@pytest.mark.parametrize(
    ("story", "heading", "items"),
    [
        (
            EN,
            "What happens next",
            [
                "1. The council votes on 4 March.",
                "2. Work starts in May.",
                "3. The new quay opens in 2027.",
            ],
        ),
        (  # the first item too short to read as prose: the heading was taken for a link
            EN,
            "Next steps",
            ["1. Council vote in March.", "2. Work starts in May.", "3. Quay opens in 2027."],
        ),
        (
            DE,
            "So geht es weiter",
            [
                "1. Der Rat stimmt am 4. März ab.",
                "2. Die Arbeiten beginnen im Mai.",
                "3. Der neue Kai öffnet 2027.",
            ],
        ),
        (
            ES,
            "Próximos pasos",
            [
                "- El pleno vota el 4 de marzo.",
                "- Las obras empiezan en mayo.",
                "- El nuevo muelle abre en 2027.",
            ],
        ),
    ],
)
@pytest.mark.parametrize("spaced", [True, False])
def test_a_closing_list_of_sentences_under_a_heading_without_colon_stays(
    story: tuple[str, str, str], heading: str, items: list[str], *, spaced: bool
) -> None:
    article = _plain(story, heading, ("\n\n" if spaced else "\n").join(items))
    assert article.body.split("\n\n") == [*_story(story), heading, *items]


def test_a_closing_list_of_sentences_on_an_html_page_stays() -> None:
    items = ["Der Rat stimmt am 4. März ab.", "Die Arbeiten beginnen im Mai."]
    body = (
        f"<p>{DE[1]}</p><p>{DE[2]}</p><h3>Nächste Schritte</h3>"
        f"<ul><li>{items[0]}</li><li>{items[1]}</li></ul>"
    )
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body.split("\n\n") == [*_story(DE), "Nächste Schritte", *items]


_HEADLINES = ["Ferry fares frozen until spring", "New quay plans go on show", "School gets a roof"]


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Related", _HEADLINES),
        ("Read more", [f"{n}. {headline}" for n, headline in enumerate(_HEADLINES, 1)]),
        ("Most read", [f"{n}. {headline}" for n, headline in enumerate(_HEADLINES, 1)]),
        ("Also on the island", [f"{n}. {headline}" for n, headline in enumerate(_HEADLINES, 1)]),
        ("Also on the island", _HEADLINES),
        ("Mehr aus der Region", [f"- {headline}" for headline in _HEADLINES]),
        ("Tags", ["Ferry", "Harbour", "Island"]),
        ("Schlagworte", ["Fähre", "Hafen", "Insel"]),
    ],
)
def test_a_closing_list_of_headlines_or_tags_still_goes(heading: str, items: list[str]) -> None:
    article = _plain(EN, heading, "\n".join(items))
    assert article.body.split("\n\n") == _story(EN)
    assert set(_removed(article)) >= {heading, *items}


def test_a_related_list_of_links_on_an_html_page_still_goes() -> None:
    links = "".join(f"<li><a href='/{n}'>{h}</a></li>" for n, h in enumerate(_HEADLINES))
    body = f"<p>{EN[1]}</p><p>{EN[2]}</p><h2>Related</h2><ul>{links}</ul>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body.split("\n\n") == _story(EN)


def test_a_notes_heading_over_a_note_on_an_html_page_still_goes() -> None:
    note = "The translation is published with the permission of the magazine."
    body = f"<p>{EN[1]}</p><p>{EN[2]}</p><h3>Notes</h3><p>{note}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert "Notes" in _removed(article)


@pytest.mark.parametrize(
    ("story", "items"),
    [
        (EN, ["- The council votes on 4 March.", "- Work starts in May."]),
        (SW, ["- Baraza litapiga kura tarehe 4 Machi.", "- Ujenzi utaanza mwezi Mei."]),
    ],
)
def test_a_closing_list_of_dated_sentences_with_no_heading_stays(
    story: tuple[str, str, str], items: list[str]
) -> None:
    article = _plain(story, "\n".join(items))
    assert article.body.split("\n\n") == [*_story(story), *items]


@pytest.mark.parametrize("heading", [None, "Stay in touch"])
def test_a_closing_list_of_the_sites_prompts_still_goes(heading: str | None) -> None:
    prompts = ["- Follow us on Facebook.", "- Send your news tips to our desk."]
    article = _plain(EN, *([heading] if heading else []), "\n".join(prompts))
    assert article.body.split("\n\n") == _story(EN)


# ---------------------------------------------------------------- a closing quote


@pytest.mark.parametrize(
    ("story", "tail"),
    [
        (FR, ["Le maire a déclaré : « Nous sommes ravis. »"]),
        (FR, ["Réactions", "Le maire a déclaré : « Nous sommes ravis. »"]),
        (DE, ["Der Bürgermeister sagte: »Wir freuen uns.«"]),
        (DE, ["Der Bürgermeister sagte: „Wir freuen uns.“"]),
    ],
)
def test_a_closing_sentence_that_ends_on_a_quote_stays(
    story: tuple[str, str, str], tail: list[str]
) -> None:
    article = _plain(story, *tail)
    assert article.body.split("\n\n") == [*_story(story), *tail]


@pytest.mark.parametrize("link", ["Lire aussi sur le port »", "Mehr zum Thema Fähre ›"])
def test_a_link_with_an_arrow_after_the_story_still_goes(link: str) -> None:
    article = _plain(FR, link)
    assert article.body.split("\n\n") == _story(FR)


@pytest.mark.parametrize("spaced", [True, False])
def test_a_most_read_list_of_headlines_ending_on_full_stops_still_goes(*, spaced: bool) -> None:
    items = [f"{n}. {headline}." for n, headline in enumerate(_HEADLINES, 1)]
    article = _plain(EN, "Most popular", ("\n\n" if spaced else "\n").join(items))
    # The first headline stays, as it did before these rules: the model keeps it; the others
    # are no story list, for no number or date is in their words.
    assert article.body.split("\n\n")[: len(_story(EN))] == _story(EN)
    assert set(items[1:]) <= set(_removed(article))
