"""Cleaning rules of the nineteenth blind round, told by shape or by a language's furniture words:
a footnote list after a story that carries its marks; a story printed twice whose short last line
the second copy prints again; "read also" labels of more languages; months in Walloon and in
Hindi's half-nasal spelling; credits under a full-width colon; a desk or a role after a byline's
comma; a photo credit on its own line under a bracketed caption; an ad's label in capitals with
the copy on its line; a note about the writer that names them after a few words; a table's row
of column heads under a box heading.

Every line here is invented for these tests, in languages other than the round's own where the
rule is a shape (German, Spanish, Swahili, Finnish, Hindi, Chinese, English); a word list is shown
in its own language on invented text. Each rule has story lines of the same shape that it must
keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_eighteenth import _html
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

# ---------------------------------------------------------------- footnotes

_BUILT = "The ferry was built in 1988 at the yard."
_NOTES = (
    "<section class='notes'><h3>Quellen</h3><ol>"
    "<li>Hafenamt Eastport. Jahresbericht 2025, 3. März.</li>"
    "<li>Fährgesetz von 2017, Artikel 4.</li></ol></section>"
)


def test_the_notes_a_storys_footnote_marks_point_at_go_and_the_marks_with_them() -> None:
    body = (
        f"<p>{P1}<sup><a href='#n1'>[1]</a></sup></p><p>{P2}</p>"
        f"<p>{_BUILT}<sup><a href='#n2'>[2]</a></sup></p><p>{P3}</p>{_NOTES}"
    )
    article = clean_text(_html(body), ContentType.HTML)
    # the first paragraph ends on its mark: still a sentence of the story
    assert article.body == f"{P1}\n\n{P2}\n\n{_BUILT}\n\n{P3}"
    assert [line.text for line in article.removed if line.rule == "footnotes"] == [
        "Quellen",
        "Hafenamt Eastport. Jahresbericht 2025, 3. März.",
        "Fährgesetz von 2017, Artikel 4.",
    ]


def test_a_crosshead_over_short_dated_paragraphs_stays_when_the_story_has_no_marks() -> None:
    first, second = "Die erste Fähre fuhr 1925 zur Insel.", "Die zweite folgte im Jahr 1960."
    body = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><h2>Geschichte</h2><p>{first}</p><p>{second}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}\n\nGeschichte\n\n{first}\n\n{second}"


def test_notes_without_a_year_or_an_address_are_no_footnote_list() -> None:
    last = "Die Fähre fährt wieder."
    body = f"<p>{P1}<sup>[1]</sup></p><p>{P2}</p><h2>Fahrplan</h2><p>{P3}</p><p>{last}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert not [line for line in article.removed if line.rule == "footnotes"]
    assert P3 in article.body


# ---------------------------------------------------------------- a story printed twice

_Q1 = (
    "El ferry volvió a navegar el lunes tras tres meses de reparaciones en el astillero de la "
    "península."
)
_Q2 = "Los vecinos de la isla dependían de una barca pequeña que no podía llevar camiones."
_Q3 = "Habrá más viajes."


def test_a_story_printed_twice_keeps_its_short_last_line_once() -> None:
    story = f"{_Q1}\n\n{_Q2}\n\n{_Q3}"
    tags = "Etiquetas: ferry · isla"
    text = f"{HEADLINE}\n\n{story}\n\n{tags}\n\nSALUD · ISLA\n\n{story}\n\n© 2026 Diario"
    article = clean_text(text)
    assert article.body == story
    # the short label over the second copy is its header, not the story's
    assert [line.text for line in article.removed if line.rule == "repeated_header"] == [
        "SALUD · ISLA"
    ]


# ---------------------------------------------------------------- "read also" words


@pytest.mark.parametrize(
    "heading",
    ["Werenganinso:", "Ŵerengani so:", "Meh zum Thema:"],  # Chichewa, Tumbuka, Swiss German
)
def test_a_read_also_heading_takes_its_links_even_with_a_sentence_below(heading: str) -> None:
    links = "» Msika watsopano watsegulidwa\n» Sitima yafika ku doko"
    footer = "Olemba nkhani: Jane Doe walemba za ulimi kwa zaka khumi ku Lilongwe."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{heading}\n{links}\n\n{footer}")
    assert "Msika" not in article.body
    assert heading not in article.body


def test_an_inline_read_also_link_goes_but_a_sentence_on_the_verb_stays() -> None:
    # Acehnese "Baca cit:" (read also) before a headline; "Baca ..." opening a sentence is story
    link = "Baca cit: Pasar Ikan Lampulo Geupeubuka Lom"
    story = (
        "Baca Quran bak meunasah geupeugot tiep malam lé aneuk miet gampong nyan, kheun geuchik."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{link}\n\n{P2}\n\n{story}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{story}\n\n{P3}"


# ---------------------------------------------------------------- month names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("सोमवार, 30 नवम्बर 2026", date(2026, 11, 30)),  # Hindi, half nasal for the anusvara
        ("गुरुवार, 3 दिसम्बर 2026", date(2026, 12, 3)),
        ("Diemegne 1 di nôvimbe 2026", date(2026, 11, 1)),  # Walloon
        ("3 di decimbe 2026", date(2026, 12, 3)),
    ],
)
def test_more_spellings_of_months_date_a_line(text: str, expected: date) -> None:
    assert find_date(text) == expected


def test_a_month_name_without_a_day_and_a_year_is_no_date() -> None:
    assert find_date("सितम्बर में बारिश कम हुई") is None
    assert find_date("Li fiesse est todi e decimbe.") is None


def test_a_hindi_date_line_under_the_byline_dates_the_article() -> None:
    text = f"{HEADLINE}\n\nलेखक: राम शर्मा\nसोमवार, 30 नवम्बर 2026 · 10:15\n\n{P1}\n\n{P2}\n\n{P3}"
    article = clean_text(text)
    assert article.published == date(2026, 11, 30)
    assert article.credits == ["लेखक: राम शर्मा"]


# ---------------------------------------------------------------- full-width colons

_Z1 = "渡輪公司昨日宣布，長洲航線由下月起每日增加四班船，方便居民返工返學。"
_Z2 = "公司發言人表示，新船可載客四百人，比舊船多一倍，而且速度更快。"
_Z3 = "居民組織對新安排表示歡迎，但希望票價維持不變。"


def _zh(*parts: str) -> str:
    return f"<html><body><article><h1>長洲渡輪下月加班</h1>{''.join(parts)}</article></body></html>"


def test_credits_under_a_full_width_colon_keep_it_as_printed() -> None:
    byline = "<p class='byline'>記者：陳大文 · <time datetime='2026-12-01'>2026年12月1日</time></p>"
    caption = "長洲碼頭朝早嘅人龍。攝影：李小明"
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    page = _zh(byline, f"<p>{_Z1}</p>{figure}<p>{_Z2}</p><p>{_Z3}</p>")
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["記者：陳大文", "攝影：李小明"]


def test_a_caption_quoting_after_a_full_width_colon_credits_nobody() -> None:
    figure = (
        "<figure><img src='a.jpg'><figcaption>發言人表示：新船下月投入服務。</figcaption></figure>"
    )
    page = _zh(f"<p>{_Z1}</p>{figure}<p>{_Z2}</p><p>{_Z3}</p>")
    assert clean_text(page, ContentType.HTML).credits == []


def test_a_mizo_photo_label_closes_a_caption() -> None:
    figure = (
        "<figure><img src='a.jpg'><figcaption>Tlangnuam kawngpui thar. Thlalak: Lalhmingliana"
        "</figcaption></figure>"
    )
    article = clean_text(_html(f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p>"), ContentType.HTML)
    assert article.credits == ["Thlalak: Lalhmingliana"]


# ---------------------------------------------------------------- a desk or a role after the name


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Por Ana Pérez, Canarias Bureau", "Por Ana Pérez"),  # a desk after a "by" word
        ("Texto: Ana Pérez, Chief Correspondent", "Texto: Ana Pérez"),  # a role under a label
        ("Texto: Ana Pérez, Luis Gómez", "Texto: Ana Pérez, Luis Gómez"),  # a second writer
        ("By Jane Doe, Staff Writer", "By Jane Doe"),  # a role after "By" too
    ],
)
def test_a_desk_or_a_role_after_the_bylines_comma_is_no_credit(byline: str, credit: str) -> None:
    text = f"{HEADLINE}\n\n{byline}\n1 de diciembre de 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert clean_text(text).credits == [credit]


# ---------------------------------------------------------------- a credit under a caption


def test_a_photo_credit_on_its_own_line_under_a_bracketed_caption_is_a_credit() -> None:
    text = f"{HEADLINE}\n\n[Uusi lautta satamassa maanantaina.]\nLlun: Aled Jones\n\n{P1}\n\n{P2}"
    article = clean_text(text)
    assert article.credits == ["Llun: Aled Jones"]  # Welsh: photo
    assert article.body == f"{P1}\n\n{P2}"


def test_a_note_under_a_caption_credits_nobody() -> None:
    note = "Huom: lautta ei kulje sunnuntaisin"
    text = f"{HEADLINE}\n\n[Uusi lautta satamassa.]\n{note}\n\n{P1}\n\n{P2}"
    assert clean_text(text).credits == []


# ---------------------------------------------------------------- an ad's label in capitals


@pytest.mark.parametrize(
    "ad",
    [
        "REKLĀMA · Maiznīca Saule: svaigas maizītes katru rītu no sešiem. Nāciet ciemos!",
        "PUBLICITAT: Forn del Port, pa calent cada matí des de les sis. Us hi esperem!",
    ],
)
def test_an_ad_label_in_capitals_takes_the_copy_on_its_line(ad: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{ad}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert [line.text for line in article.removed if line.rule == "advertisement"] == [ad]


@pytest.mark.parametrize(
    "story",
    [
        "Anzeige: Die Polizei hat Anzeige gegen den Fahrer der Fähre erstattet, sagte sie.",
        "PUBLICIDAD en la radio local anunció el regreso del ferry a la isla el lunes.",
    ],
)
def test_an_ad_word_opening_a_story_sentence_stays(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in article.body


# ---------------------------------------------------------------- a note about the writer

_S1 = (
    "Kivuko kipya cha Likoni kilianza safari zake Jumatatu asubuhi, mamlaka ya bandari ilisema "
    "katika taarifa yake."
)
_S2 = (
    "Wakazi wa kisiwa walikuwa wakisubiri kwa saa mbili kila siku kwa sababu ya kivuko kimoja "
    "kilichobaki."
)
_S3 = "Mamlaka ilisema safari zitaongezeka hadi kumi kwa siku kuanzia mwezi Machi."
_SW = "Bandari ya Mombasa yapata kivuko kipya baada ya miaka kumi\n\nMwandishi: Amina Juma"


def test_a_note_naming_the_writer_after_a_few_words_goes() -> None:
    note = "Mwandishi wa makala hii, Amina Juma, anaandika kuhusu usafiri tangu 2019."
    last = "Hatua inayofuata ni kujenga gati jipya."
    article = clean_text(f"{_SW}\n\n{_S1}\n\n{_S2}\n\n{_S3}\n\n{last}\n\n{note}")
    assert article.body == f"{_S1}\n\n{_S2}\n\n{_S3}\n\n{last}"
    assert [line.text for line in article.removed if line.rule == "author_note"] == [note]


@pytest.mark.parametrize(
    ("middle", "last"),
    [
        (_S2, "Mkuu wa bandari, Hassan Omari, alisema gati jipya litajengwa mwakani."),
        (  # the writer is in the story: the surname is printed in another paragraph
            "Juma alisafiri na kivuko hicho Jumatatu asubuhi pamoja na abiria wengine mia tatu.",
            "Mwandishi wetu, Amina Juma, alizungumza na abiria kadhaa kwenye kivuko.",
        ),
    ],
)
def test_a_story_line_naming_someone_after_a_few_words_stays(middle: str, last: str) -> None:
    article = clean_text(f"{_SW}\n\n{_S1}\n\n{middle}\n\n{_S3}\n\n{last}")
    assert article.body.endswith(last)


# ---------------------------------------------------------------- a table's column heads

_ROWS = "Eastport\t\t94.6\t1\nWestbay\t\t91.2\t2\nNorthham\t\t88.7\t3"


def test_a_box_heading_over_column_heads_and_rows_the_rules_took_goes() -> None:
    box = f"TULOKSET KARSINNASTA\nJoukkue Pisteet Sija\n{_ROWS}"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{box}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_heading_over_a_block_with_a_story_sentence_stays() -> None:
    told = "The winning lantern had eleven thousand bulbs, the jury said on Sunday."
    box = f"Karsinnan tulokset\nJoukkue Pisteet Sija\n{_ROWS}\n{told}"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{box}\n\n{P3}")
    assert "Karsinnan tulokset" in article.body


# ---------------------------------------------------------------- a sponsor's box in a page

_PITCH = (
    "Dormiu al port entre setmana per menys: l'Hotel Far Blau ofereix habitacions dobles des de "
    "59 euros amb esmorzar inclòs. Reserveu amb el codi FERRI26."
)


def test_a_box_under_a_sponsors_label_goes_however_it_reads() -> None:
    box = f"<div class='promo'><p>CONTINGUT PATROCINAT</p><p>{_PITCH}</p></div>"
    body = f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_ad_slots_label_alone_leaves_the_story_after_it() -> None:
    body = f"<p>{P1}</p><div class='ad'><p>Contingut patrocinat</p></div><p>{P2}</p><p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_under_a_sponsors_label_is_kept_when_it_is_the_page() -> None:
    # the container holds the whole story: a sponsored article is still the article
    story = f"<div class='story'><p>Sponsored content</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
    article = clean_text(_html(story), ContentType.HTML)
    assert article.body.endswith(f"{P1}\n\n{P2}\n\n{P3}")


def test_a_story_sentence_about_sponsored_content_stays() -> None:
    told = "El consell va multar el diari per publicar contingut patrocinat sense avís als lectors."
    body = f"<div><p>{P1}</p><p>{told}</p></div><p>{P2}</p><p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert told in article.body


# ---------------------------------------------------------------- a page's own crosshead

_PT = (
    "A câmara de Lisboa aprovou na terça-feira um plano para plantar dez mil árvores nas ruas da "
    "cidade até ao fim de 2028, anunciou o vereador do ambiente.",
    "O plano custa doze milhões de euros e será pago em parte com fundos europeus, segundo a "
    "proposta votada pela maioria dos vereadores presentes.",
    "As primeiras árvores serão plantadas em Marvila e no Lumiar.",
    "O vereador espera mais sombra no verão.",
)


def test_a_second_level_heading_between_sentences_is_a_crosshead_however_short() -> None:
    first, second, third, last = _PT
    body = f"<p>{first}</p><p>{second}</p><h2>Perspetivas</h2><p>{third}</p><p>{last}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body == f"{first}\n\n{second}\n\nPerspetivas\n\n{third}\n\n{last}"


def test_a_heading_with_no_story_after_it_is_left_to_the_line_model() -> None:
    body = f"<p>{_PT[0]}</p><p>{_PT[1]}</p><p>{_PT[2]}</p><p>{_PT[3]}</p><h2>Perspetivas</h2>"
    article = clean_text(_html(body), ContentType.HTML)
    assert "Perspetivas" not in article.body


def test_a_lower_heading_over_the_storys_closing_sentences_is_its_crosshead_too() -> None:
    # An <h3> of a word over plain sentences closing the story is the story's last section
    # (test_cleaning_story_tails.py); an <h3> over a page's notes goes with them.
    first, second, third, last = _PT
    body = f"<p>{first}</p><p>{second}</p><h3>Perspetivas</h3><p>{third}</p><p>{last}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.body == f"{first}\n\n{second}\n\nPerspetivas\n\n{third}\n\n{last}"


@pytest.mark.parametrize(
    "story",
    [
        "Реклама — двигатель торговли, сказал владелец парома журналистам в понедельник.",
        "إعلان: الحكومة تقول إن العبارة ستعود إلى الجزيرة يوم الاثنين بعد الإصلاحات.",
    ],
)
def test_an_ad_word_of_a_caseless_label_or_in_lower_case_opens_a_sentence(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in article.body
