"""Cleaning rules of the sixteenth blind round: story sentences that share a widget's words,
box headings, bylines and dates told by their shape.

Every line here is invented for these tests, in languages other than the round's own (Spanish,
German, Portuguese, Dutch, Estonian); each rule has story sentences with the same words that it
must keep.
"""

from __future__ import annotations

from datetime import date

from newsstream.core.dates import find_date, near_date, near_month
from newsstream.core.models import ContentType
from newsstream.core.text import ends_sentence, normalise_text, word_count
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

_SENTENCE_WORDS = 6  # a story sentence's words at least


def test_a_sentence_reporting_a_subscription_price_between_story_sentences_stays() -> None:
    story = "Los suscriptores del gimnasio pagarán 12 € al mes, con descuentos a jubilados."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}")
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"


def test_a_subscription_pitch_at_the_story_end_or_in_a_box_still_goes() -> None:
    pitch = "Suscríbete hoy por solo 1 € al mes y lee todas nuestras noticias."
    end = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{pitch}")
    assert end.body == f"{P1}\n\n{P2}"
    boxed = clean_text(f"{HEADLINE}\n\n{P1}\n\n{pitch}\n[Suscríbete]\n\n{P2}\n\n{P3}")
    assert pitch not in boxed.body


def test_a_page_read_wrongly_in_part_has_each_broken_line_repaired_however_short() -> None:
    template = "Været i Tromsø · 4 °C • Tirsdag"  # clean: no UTF-8 as Windows-1252 bytes
    story = ["Når kommer bussen?", "Brua ved havna åpner igjen neste uke, sier kommunen."]
    broken = [line.encode().decode("cp1252") for line in story]
    assert broken[0] == "NÃ¥r kommer bussen?"
    assert normalise_text("\n".join([template, *broken])) == "\n".join([template, *story])


def test_a_byline_with_a_role_after_a_comma_over_its_date_line_under_a_long_promo() -> None:
    promo = (
        "📰 D'ZEITUNG VU MUER · Mëttwoch, 2. Dezember 2026 · Déi ganz Geschicht vun der neier "
        "Bréck · Aacht Säite Chrëschtdag · Gratis Kalenner fir d'Kanner · Vu sechs Auer un am "
        "Buttek · Bestellt Är Zeitung ›"
    )
    header = "Vum Anna Bakker, Reporterin fir Gemengepolitik\nDënschdeg, 1. Dezember 2026 · 18:05"
    article = clean_text(f"{promo}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Vum Anna Bakker"]  # the role is cut
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


def test_a_caption_credit_under_any_label_keeps_the_agency_after_a_slash() -> None:
    caption = "[De brug in de ochtend. Beeld: Pieter Janssen / Havenkrant]"
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Beeld: Pieter Janssen / Havenkrant"]
    assert article.body == f"{P1}\n\n{P2}"


def test_a_month_name_one_letter_off_is_read_only_on_a_date_line() -> None:
    assert near_month("Dezembar") == 12
    assert near_month("Okotober") == 10
    assert near_month("Junia") is None  # too short to tell from "Julia"
    assert near_month("Seminar") is None
    assert find_date("Utorak, 1 Dezembar 2026 · 10:05") is None
    assert near_date("Utorak, 1 Dezembar 2026 · 10:05") == date(2026, 12, 1)


def test_a_date_line_under_a_byline_with_a_misspelt_month_dates_the_article() -> None:
    header = "Pišuva: Ivan Horvatov\nUtorak, 1 Dezembar 2026 · 10:05"
    article = clean_text(f"{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 1)
    assert article.credits == ["Pišuva: Ivan Horvatov"]
    assert article.body == f"{P1}\n\n{P2}"


def test_the_bulleted_items_of_a_box_under_a_pictograph_heading_go_with_it() -> None:
    box = (
        "✎ ISPRAVCI\n• 28 Novembar 2026: U priči o školi broj učenika je 412, ne 421.\n"
        "• 24 Novembar 2026: Ime gradonačelnika je Ivo Perić, ne Ivan Perić."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{box}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    story_items = "• Prvi dan: most se zatvara.\n• Drugi dan: radovi počinju u šest sati."
    kept = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story_items}\n\n{P2}")
    assert "• Prvi dan: most se zatvara." in kept.body


STRIP = "Na Amina Juma | Iliandikwa: Alhamisi 3 Desemba 2026, 09:15 | Ilisasishwa: Ijumaa 4 Desemba"


def test_a_standfirst_between_the_headline_and_a_byline_strip_is_no_story() -> None:
    standfirst = "Bandari mpya itagharimu shilingi bilioni mbili na itafunguliwa mwakani."
    lead = f"MOMBASA – {P1}"  # the story opens on its dateline
    article = clean_text(f"{HEADLINE}\n\n{standfirst}\n\n{STRIP}\n\n{lead}\n\n{P2}")
    assert article.title == HEADLINE
    assert article.credits == ["Na Amina Juma"]
    assert article.published == date(2026, 12, 3)
    assert article.body == f"{lead}\n\n{P2}"
    # A byline strip between two paragraphs, the second opening on no dateline: both are story.
    inside = clean_text(f"{HEADLINE}\n\n{standfirst}\n\n{STRIP}\n\n{P1}\n\n{P2}")
    assert inside.body.startswith(standfirst)


def test_a_first_paragraph_over_a_photo_credit_or_under_the_byline_stays() -> None:
    photo = "[Bandari ya zamani asubuhi. Picha: Juma Hassan]"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{photo}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    again = clean_text(f"{HEADLINE}\n\n{STRIP}\n\n{P1}\n\n{STRIP}\n\n{P2}")
    assert again.body.startswith(P1)


def test_a_labelled_byline_ends_before_a_town_of_two_words_or_in_brackets() -> None:
    # a town of two words is printed again on the page (here the dateline): a second writer not
    lead = f"VESTUR BÆR – {P1}"
    for byline in ("Skrifað af: Jón Gunnarsson, Vestur Bær", "Skrifað af: Jón Gunnarsson (Höfn)"):
        header = f"{byline}\nÞriðjudagur, 1. desember 2026 · 09:10"
        article = clean_text(f"{HEADLINE}\n\n{header}\n\n{lead}\n\n{P2}")
        assert article.credits == ["Skrifað af: Jón Gunnarsson"]


def test_a_figure_caption_label_may_hold_an_apostrophe_between_letters() -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        "<figure><img src='/f.jpg' alt=''><figcaption>Ka moku ma ke awa. "
        "Ki'i: Keoni Kahale</figcaption></figure>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == ["Ki'i: Keoni Kahale"]


def test_a_byline_run_on_into_a_weekday_and_date_ends_before_the_weekday() -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1>"
        "<div class='meta'>Skrivað: Jóan Hansen týsdagur, 1. desember 2026, 14:20</div>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == ["Skrivað: Jóan Hansen"]


def _page(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


def test_an_html_standfirst_over_the_byline_goes_and_a_lead_under_it_stays() -> None:
    standfirst = "<p>Nýggja ferjan kostar 90 milliónir og siglir frá mars.</p>"
    byline = "<div class='meta'>Skrivað: Jóan Hansen týsdagur, 1. desember 2026, 14:20</div>"
    lead = f"TÓRSHAVN – {P1}"
    article = clean_text(_page(standfirst, byline, f"<p>{lead}</p><p>{P2}</p>"), ContentType.HTML)
    assert article.body == f"{lead}\n\n{P2}"
    under = clean_text(_page(byline, standfirst, f"<p>{lead}</p><p>{P2}</p>"), ContentType.HTML)
    assert under.body.startswith("Nýggja ferjan")
    no_dateline = clean_text(_page(standfirst, byline, f"<p>{P1}</p><p>{P2}</p>"), ContentType.HTML)
    assert no_dateline.body.startswith("Nýggja ferjan")


# Dzongkha, in the Tibetan script: words run on, syllables parted by the tsheg, the shad ends.
DZ_LEAD = "ཐིམ་ཕུ། – ཐིམ་ཕུ་གྲོང་ཁྱེར་ནང་ལུ་ཟམ་གསར་པ་ཅིག་ཁ་ཕྱེ་ཡི་ཟེར་ གྲོང་ཁྱེར་ལས་ཁུངས་ཀྱིས་སླབ་ཅི།"
DZ_P2 = "ཟམ་འདི་ནང་ལུ་ ཉིན་ལྟར་སྐྱེལ་འཁོར་ ༢༠༠༠ ལྷག་ཙམ་འགྱོ་ཚུགས་ནི་ཨིན་པས།"
DZ_P3 = "ལཱ་འདི་ཟླཝ་ བཅུ་གཉིས་ཀྱི་རིང་ལུ་ མཇུག་བསྡུ་ཡི་ ཟེར་ ལས་རིམ་འགོ་འཛིན་པ་གིས་སླབ་ཅི།"


def test_tibetan_script_lines_count_their_words_and_end_on_the_shad() -> None:
    assert word_count(DZ_LEAD) >= _SENTENCE_WORDS
    assert ends_sentence(DZ_P2)


def test_a_tibetan_script_page_drops_its_kicker_and_credits_its_caption() -> None:
    page = (
        "<html><head><title>ཐིམ་ཕུ་ལུ་ཟམ་གསར་པ་ཅིག་ཁ་ཕྱེ་ཡི།</title></head><body><main><article>"
        "<div class='kicker'>ལུང་ཕྱོགས་གསར་འགྱུར།</div><h1>ཐིམ་ཕུ་ལུ་ཟམ་གསར་པ་ཅིག་ཁ་ཕྱེ་ཡི།</h1>"
        "<figure><img src='/z.jpg' alt=''><figcaption>ཟམ་གསར་པ། པར: ཀུན་ལེགས་རྡོ་རྗེ</figcaption>"
        f"</figure><p>{DZ_LEAD}</p><p>{DZ_P2}</p><p>{DZ_P3}</p></article></main></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.body == f"{DZ_LEAD}\n\n{DZ_P2}\n\n{DZ_P3}"
    assert article.credits == ["པར: ཀུན་ལེགས་རྡོ་རྗེ"]
