"""Furniture worded as sentences: a correction note about "this article", a donation appeal
closing on its bracketed button, an ask to follow the site on a news aggregator, and a "story
continues below" line in more languages.

Every line here is invented for these tests (English, Spanish, German, French, Indonesian,
Turkish, Portuguese), each kind with story sentences that look alike and stay.
"""

from __future__ import annotations

import lxml.html
import pytest

from newsstream.core.furniture import default_rules
from newsstream.core.htmlpage import _printed_headline
from newsstream.core.models import ContentType
from newsstream.core.text import word_count
from tests.unit.test_cleaning_context import rules_of
from tests.unit.test_cleaning_eighteenth import _html
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text


def _rule(line: str) -> str | None:
    rule = default_rules().classify(line, line.lower(), word_count(line), prose=True)
    return rule.name if rule else None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "This article was amended on 2 May 2026 to correct the size of the grant, which was "
            "wrongly given as £40,000.",
            "correction_note",
        ),
        (
            "An earlier version of this story was corrected because it misstated the mayor's age.",
            "correction_note",
        ),
        (
            "Este artículo fue corregido el 3 de mayo para corregir el nombre del alcalde.",
            "correction_note",
        ),
        (
            "Dieser Artikel wurde am 3. Mai korrigiert: Der Bürgermeister heißt anders.",
            "correction_note",
        ),
        (
            "Cet article a été modifié le 3 mai pour corriger le montant de la subvention.",
            "correction_note",
        ),
        (
            "The Harbour Post has covered the valley for 90 years. Please consider a gift of any "
            "size. [Donate]",
            "appeal",
        ),
        (
            "Ikuti berita terbaru portalkota.id di Google News. Simak juga berita lainnya di "
            "WhatsApp Channel kami.",
            "channel_promo",
        ),
        ("Follow the latest news from the valley on Google News.", "channel_promo"),
        ("Siga as notícias da cidade no Google News!", "channel_promo"),
        ("Haberin devamı aşağıda", "advertisement"),
        ("Haberin devamı aşağıda:", "advertisement"),
        ("Story continues below ↓", "advertisement"),
        (
            "Este artigo foi alterado em 3 de maio para corrigir o nome do prefeito.",
            "correction_note",
        ),
        ("La noticia continúa abajo", "advertisement"),
        ("Berita berlanjut di bawah ini", "advertisement"),
        ("Story continues after the advertisement", "advertisement"),
        ("Copyright HARBOURLINE.", "copyright_notice"),
        ("Copyright Harbour Ledger Media & Print Ltd", "copyright_notice"),
    ],
)
def test_foot_notices_are_furniture(line: str, rule: str) -> None:
    assert _rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The council's report was amended on 2 May to correct the size of the grant.",
        "This article of the treaty was amended in 1998 after a long debate among the members.",
        "Ministers said the error in the budget was corrected before the vote on Tuesday.",
        "The charity asked residents to donate blankets and tinned food at the town hall.",
        "Publishers follow traffic on Google News closely, the study found, and many adapt.",
        "Google News changed how it ranks local stories in March, the company said.",
        "The story continues to divide the village, where the mill employed 300 people.",
        "Haberin devamında bakan, köprünün bahar aylarında açılacağını söyledi.",
        "Berita itu berlanjut menjadi perdebatan panjang di parlemen daerah.",
        # another text than the story, named without "this": German, Portuguese, Italian
        "Der Text wurde im Ausschuss noch einmal korrigiert, weil ein Fehler im Absatz stand.",
        "O texto foi alterado para corrigir um erro na redação da lei, disse a relatora.",
        "L'articolo è stato modificato per correggere un errore nel bilancio, ha detto il sindaco.",
        # the copyright word and capitals, then the sentence runs on in lower case
        "Copyright Office staff said the rules would change.",
        "Copyright lawyers welcomed the ruling.",
    ],
)
def test_story_sentences_alike_stay(line: str) -> None:
    assert _rule(line) is None


def test_a_correction_note_under_the_story_goes() -> None:
    note = "This story was updated on 4 May 2026 to correct the name of the school."
    article = clean_text(
        "Ferry returns after winter repairs\n\n"
        "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
        "yard, the harbour authority said.\n\n"
        "Islanders had relied on a smaller boat that could not carry lorries, and shops ran "
        "short of fresh food in January.\n\n"
        f"{note}\n"
    )
    assert note not in article.body
    assert rules_of(article, note) == ["correction_note"]


def _page_with_link(link: str) -> str:
    return (
        "HARBOUR POST\n"
        "News | Sport | Opinion\n\n"
        "Ferry returns after winter repairs\n\n"
        "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
        "yard, the harbour authority said.\n\n"
        "Islanders had relied on a smaller boat that could not carry lorries, and shops ran "
        "short of fresh food in January.\n\n"
        "Comments are closed.\n\n"
        f"{link}\n\n"
        "© 2026 Harbour Post\n"
    )


def test_an_address_whose_host_spells_the_masthead_is_the_pages_own() -> None:
    page = _page_with_link("https://www.harbourpost.example/news/ferry-returns-4411")
    assert clean_text(page).source_site == "harbourpost.example"


def test_an_address_of_another_site_under_a_sentence_names_no_site() -> None:
    page = _page_with_link("https://www.islandferries.example/timetable/winter")
    assert clean_text(page).source_site is None


NOTE = "Note: this story was translated from French by a machine and checked by an editor."
STORY = (
    "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
    "yard, the harbour authority said."
)
MORE = (
    "Islanders had relied on a smaller boat that could not carry lorries, and shops ran short "
    "of fresh food in January."
)


def test_a_translation_note_the_page_marks_by_its_class_goes() -> None:
    page = _html(f'<p class="translation-note">{NOTE}</p>', f"<p>{STORY}</p>", f"<p>{MORE}</p>")
    body = clean_text(page, ContentType.HTML).body
    assert NOTE not in body
    assert STORY in body


def test_a_paragraph_of_another_class_naming_translation_stays() -> None:
    line = "The translation of the harbour charter took the archive three years to finish."
    page = _html(f"<p>{STORY}</p>", f'<p class="translation">{line}</p>', f"<p>{MORE}</p>")
    assert line in clean_text(page, ContentType.HTML).body


HEADLINE_LONG = "Harbour ferry returns to the island after a winter of repairs"


def _headline_of(page_title: str, heads: str = f"<h1>{HEADLINE_LONG}</h1>") -> str | None:
    tree = lxml.html.fromstring(
        f"<html><head><title>{page_title}</title></head><body>{heads}<p>{STORY}</p></body></html>"
    )
    return _printed_headline(tree, "Harbour ferry")


def test_the_printed_headline_wins_over_a_short_form_in_the_metadata() -> None:
    assert _headline_of(f"{HEADLINE_LONG} - Harbour Post") == HEADLINE_LONG


def test_a_headline_the_page_title_does_not_print_leaves_the_metadata_title() -> None:
    assert _headline_of("Harbour ferry - Harbour Post") == "Harbour ferry"
    two = f"<h1>{HEADLINE_LONG}</h1><h1>Harbour Post</h1>"  # two <h1>: no one headline
    assert _headline_of(f"{HEADLINE_LONG} - Harbour Post", two) == "Harbour ferry"


@pytest.mark.parametrize(
    "crosshead", ["Copyright Royalty Board Ruling", "Copyright Office Director Speaks."]
)
def test_a_crosshead_about_copyright_stays(crosshead: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{crosshead}\n\n{P2}")
    assert crosshead in article.body
