"""Furniture told by kind of line, and story lines of the same look that stay: a hard-wrapped
paragraph closing on a list, the crosshead over it; a page's notes on itself, embedded posts.

Every line here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


def _body_of(*paragraphs: str) -> list[str]:
    return clean_text("\n\n".join([MASTHEAD, HEADLINE, *paragraphs])).body.split("\n\n")


def test_a_hard_wrapped_paragraph_closing_on_a_list_is_joined_under_its_crosshead() -> None:
    prose = (
        "Our son takes the early boat every morning to the secondary school in\n"
        "Eastport. For the forty pupils of the island the boat is the only way\n"
        "there, as their parents leave for work before dawn. We have two\n"
        "questions for the council:"
    )
    items = [
        "1. Who takes the pupils when the boat no longer sails?",
        "2. Why were the parents and the school never asked?",
    ]
    letter = "\n".join([prose, *items])
    signed = [P1, "Mary Quayle, Northbay", "Island Pupils"]  # a letters page: each letter signed
    expected = [*signed, prose.replace("\n", " "), *items, "Tom Kerr, Eastport", P2]
    assert _body_of(*signed, letter, "Tom Kerr, Eastport", P2) == expected


@pytest.mark.parametrize(
    "box",
    [
        # A site's policy note between two pictograph lines of one box.
        "📄 The original article (Monday): Ferry fares rise ›\n"
        "Our promise: the Ledger corrects every error openly and quickly, under the article.\n"
        "💬 8 comments · Write a comment",
        # A fact check's tip line, opened by a lone check mark, over a pictograph line.
        "✔ This check was reviewed by two editors. Heard a rumour? Send it on WhatsApp: 555 0101.\n"
        "💬 Sign in to comment. Sign in ›",
    ],
)
def test_a_line_boxed_with_pictograph_lines_is_furniture(box: str) -> None:
    assert _body_of(P1, P2, box) == [P1, P2]


def test_a_check_marked_list_of_the_story_stays() -> None:
    items = ["✔ The ferry sails twice a day.", "✔ Lorries may board again."]
    assert _body_of(P1, "\n".join(items), P2) == [P1, *items, P2]


@pytest.mark.parametrize(
    "residue",
    [
        '{{ad_slot id="mid-1" size="300x250"}}',
        "View on Instagram ›",
        "Ver en Facebook ›",
        "Voir sur X",
    ],
)
def test_embed_and_template_residue_is_furniture(residue: str) -> None:
    assert _body_of(P1, residue, P2) == [P1, P2]


def test_a_related_list_under_a_kalmyk_label_goes_with_it() -> None:
    related = "Бас умштн:\n– Паром эргҗ ирв\n– Шин автобус"
    assert _body_of(P1, related, P2) == [P1, P2]


def test_an_author_bio_after_a_label_and_a_separator_goes() -> None:
    bio = "THE AUTHOR · Mary Quayle, born in Northbay in 1961, writes for the Ledger every Friday."
    page = "\n\n".join([MASTHEAD, HEADLINE, "By Mary Quayle", P1, P2, bio])
    assert clean_text(page).body.split("\n\n") == [P1, P2]


SIGNATURE = "— Harbour Ferries (@harbourferries) March 3, 2026"


@pytest.mark.parametrize(
    "post",
    [
        "Harbour Club (@harbourclub) · Instagram\nTrials on Sunday! ⚓\nView on Instagram ›",
        f"Ferry back on time from Monday. #islandferry\n\n{SIGNATURE}",  # a post reads as one
        # the text between a frame's head and its foot naming the account
        "View this post on Instagram\n\nTrials on Sunday! #islandferry\n\n"
        "A post shared by Harbour Club (@harbourclub)",
    ],
)
def test_an_embedded_posts_text_goes_with_its_frame(post: str) -> None:
    assert _body_of(P1, post, P2) == [P1, P2]


def test_a_story_paragraph_over_a_signature_whose_post_is_lost_stays() -> None:
    assert _body_of(P1, SIGNATURE, P2) == [P1, P2]


@pytest.mark.parametrize(
    "note",
    [
        "This release informs the public and is not an official document.",
        "Die Angaben sind aktuell zum Zeitpunkt der Veröffentlichung.",
        "About Harbour Board: the Board has run the island's port and its ferries since 1921.",
        "The views in this letter are not necessarily those of the Island Ledger.",
        "Die Meinung in diesem Beitrag ist nicht unbedingt die der Hafenzeitung.",
        "Listen again whenever you like in our app; it is free and uses little data.",
    ],
)
def test_a_pages_note_on_itself_under_the_story_goes(note: str) -> None:
    assert _body_of(P1, P2, note) == [P1, P2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaked memo is not an official document, the harbour board said on Friday.",
        "“Our app had two thousand users in its first week,” the operator's director said.",
        "The views in the article are not necessarily the board's, its chairman said on Monday.",
    ],
)
def test_a_story_sentence_with_a_notes_words_between_story_sentences_stays(sentence: str) -> None:
    assert _body_of(P1, sentence, P2) == [P1, sentence, P2]


@pytest.mark.parametrize(
    "disclosure",
    [
        "Disclosure statement: Mary Quayle receives funding from the Island Fisheries Trust.",
        "Conflict of interest: Tom Kerr sits on the board of the harbour ferry company.",
        "Interessenkonflikt: Die Autorin berät die Hafenbehörde von Northbay seit 2024.",
    ],
)
def test_the_writers_disclosure_of_interests_under_its_label_goes(disclosure: str) -> None:
    assert _body_of(P1, P2, disclosure) == [P1, P2]


def test_a_story_sentence_naming_a_conflict_of_interest_stays() -> None:
    sentence = "The councillor denied any conflict of interest: she sold her shares last year."
    assert _body_of(P1, sentence, P2) == [P1, sentence, P2]


@pytest.mark.parametrize(
    "note",
    [
        "This report is based in part on a press release from the Harbour Board.",
        "Dit artikel is deels gebaseerd op een persbericht van de havendienst.",
        "Dieser Beitrag basiert auf einer Pressemitteilung der Hafenbehörde.",
        "Cet article est rédigé d'après un communiqué de la mairie de Portville.",
        "This article is part of our series “Harbour Towns”, in which we visit small ports over"
        " the winter. The series is funded by the Coast Trust, which has no say in the stories."
        " Know a town we should visit? Write to us.",
        "Dieser Beitrag ist Teil unserer Serie über kleine Häfen.",
        "Cet article fait partie de notre série sur les petits ports.",
        "Mae'r erthygl hon yn rhan o'n cyfres am drefi bach yr arfordir.",
    ],
)
def test_a_note_on_the_story_its_press_release_or_its_series_goes(note: str) -> None:
    assert _body_of(P1, P2, note) == [P1, P2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Based on a press release from March, the board expected 40 new jobs.",
        "The match is part of a series of five games the two clubs will play this winter.",
    ],
)
def test_a_story_sentence_citing_a_press_release_or_a_series_stays(sentence: str) -> None:
    assert _body_of(P1, sentence, P2) == [P1, sentence, P2]


def _one_block_body(*lines: str) -> list[str]:
    return clean_text("\n".join([MASTHEAD, HEADLINE, *lines])).body.split("\n\n")


def test_a_short_caption_over_a_credit_on_a_page_of_one_block_goes() -> None:
    caption = "The skipper lifts the regatta cup at the quay."
    body = _one_block_body(P1, caption, "Photo: Jane Doe/Harbour Pictures", P2)
    assert body == [P1, P2]


def test_a_story_paragraph_over_a_credit_on_a_page_of_one_block_stays() -> None:
    paragraph = "The skipper lifted the cup. Then the crew sailed home in the dark."
    body = _one_block_body(P1, paragraph, "Photo: Jane Doe/Harbour Pictures", P2)
    assert body == [P1, paragraph, P2]


@pytest.mark.parametrize("label", ["Zusammenfassung (KI-generiert)", "Ringkasan", "ملخص"])
def test_a_summary_box_under_its_label_goes_in_any_listed_language(label: str) -> None:
    box = f"{label}\n• Ferry back from Monday\n• Two boats a day until spring"
    assert _body_of(P1, box, P2) == [P1, P2]


@pytest.mark.parametrize(
    "appeal",
    [
        "Kestrel Radio is run by volunteers. Make una donación de 5 euros al mes. Ayúdanos ›",
        "Wir sind unabhängig. Mit einer Spende von 8 Euro im Monat hilfst du uns. Jetzt helfen ›",
    ],
)
def test_a_donation_appeal_ending_on_its_buttons_arrow_goes(appeal: str) -> None:
    assert _body_of(P1, P2, appeal) == [P1, P2]


def test_a_story_sentence_on_donations_stays() -> None:
    sentence = "La asociación recibió una donación de 300 euros de los vecinos del barrio."
    assert _body_of(P1, sentence, P2) == [P1, sentence, P2]


@pytest.mark.parametrize(
    "ad",
    [
        "जाहिरात · नाईक फर्निचर, पणजी: नव्या वर्सा खातीर 20% सूट ›",
        "বিজ্ঞাপন · রায় বস্ত্রালয়, শিলিগুড়ি: পুজোর ছাড় ২০% ›",
    ],
)
def test_an_ad_under_its_label_in_a_script_without_case_goes(ad: str) -> None:
    assert _body_of(P1, ad, P2) == [P1, P2]


def _under_header(credit: str, line: str) -> list[str]:
    header = ["By Jane Doe", credit, "Listen to this article\n3 min"]
    return _body_of(*header, line, "Share this article\nFacebook\nCopy link", P1, P2)


def test_a_short_sentence_between_furniture_under_a_photo_credit_is_its_caption() -> None:
    caption = "Ferry workers at the north quay, where the new ramp opened on Saturday."
    assert _under_header("Photo: John Smith", caption) == [P1, P2]


def test_a_short_sentence_between_furniture_under_no_photo_credit_opens_the_story() -> None:
    opening = "Ferry workers at the north quay walked out on Saturday over unpaid overtime."
    assert _under_header("Text: John Smith", opening) == [opening, P1, P2]


ONLY_SENTENCE = "The ferry to the island runs again from Monday."


@pytest.mark.parametrize("label", ["Photo", "Foto", "Bild", "Kuva"])
def test_a_short_sentence_under_a_photo_credit_with_no_story_below_is_the_story(
    label: str,
) -> None:
    text = f"{label}: Jane Citizen/Harbour Gazette\n\nReading time: 4 minutes\n\n{ONLY_SENTENCE}"
    article = clean_text(f"{text}\n\nShare this article\n")
    assert article.body == ONLY_SENTENCE
    assert article.credits == [f"{label}: Jane Citizen/Harbour Gazette"]


def test_a_short_sentence_under_a_photo_credit_with_no_story_below_stays_in_html() -> None:
    blocks = ["Foto: Jane Citizen", "Reading time: 4 minutes", ONLY_SENTENCE, "Share this article"]
    page = "".join(f"<p>{block}</p>" for block in blocks)
    article = clean_text(f"<html><body><article>{page}</article></body></html>", ContentType.HTML)
    assert article.body == ONLY_SENTENCE


def test_a_short_sentence_under_a_headline_and_a_photo_credit_is_the_whole_story() -> None:
    text = f"Ferry Back\n\nPhoto: Jane Citizen\n\n{ONLY_SENTENCE}\n\nShare this article\n"
    article = clean_text(text)
    assert (article.title, article.body) == ("Ferry Back", ONLY_SENTENCE)
