"""Cleaning rules of the twenty-first blind round, told by shape or by a language's furniture words:
a story's closing list of sentences under its own short heading; an "updated" stamp led by a
symbol is no byline; a clip's running time in brackets is no date; a byline strip dated in Han
numerals; "bureau" in Devanagari and Urdu after a byline's comma; a bracketed caption whose
photographer's name is wrapped onto the next line.

Every line here is invented for these tests, in languages other than the round's own where the
rule is a shape (Portuguese, German, Finnish, Spanish, English, Chinese, Hindi, Urdu); each rule
has lines of the same look that it must leave as they were.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _inline_byline, _marked_strip
from newsstream.core.linemodel import _box_headings
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _text_page(*blocks: str) -> str:
    return "\n\n".join(["PORTO DIÁRIO", HEADLINE, "Por Ana Lopes", *blocks])


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


# ---------------------------------------------------------------- a list of sentences at the end

_TIPS = (
    "Dicas para quem vai\n- Leve dinheiro trocado.\n- Chegue antes das oito.\n"
    "- Use sapatos fechados."
)
_MOST_READ = "Mais lidas\n- Ponte fechada por uma semana\n- Preço do pão sobe outra vez"


def test_a_short_heading_over_bulleted_sentences_after_the_story_is_the_storys_list() -> None:
    article = clean_text(_text_page(P1, P2, P3, _TIPS, _MOST_READ))
    kept = article.body.split("\n\n")
    assert kept[3:] == [
        "Dicas para quem vai",
        "- Leve dinheiro trocado.",
        "- Chegue antes das oito.",
        "- Use sapatos fechados.",
    ]


def test_a_heading_over_bulleted_headlines_after_the_story_still_goes() -> None:
    article = clean_text(_text_page(P1, P2, P3, _MOST_READ))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert "Mais lidas" in [line.text for line in article.removed]


def test_one_bulleted_sentence_under_a_heading_is_no_list() -> None:
    one = "Weiterlesen\n- Die Fähre fährt ab Montag wieder."
    article = clean_text(_text_page(P1, P2, P3, one))
    assert "Weiterlesen" not in article.body.split("\n\n")


# ---------------------------------------------------------------- stamps and clips are no bylines


def test_an_updated_stamp_led_by_a_symbol_is_no_byline() -> None:
    assert _inline_byline("↻ Aktualisiert: Freitag, 4. Dezember 2026, 08:30") is None
    assert _inline_byline("🔄 Päivitetty: perjantai 4. joulukuuta 2026 klo 8.30") is None
    assert _inline_byline("✎ Updated: Friday 4 December 2026, 08:30") is None
    # a byline run on into its date, with or without a sign before it, is one
    assert _inline_byline("Text: Anna Müller 3. Dezember 2026, 14:10") == "Text: Anna Müller"


def test_a_stamp_with_a_symbol_under_an_html_byline_credits_nobody() -> None:
    page = _html(
        "<p class='byline'>Von <a href='/a'>Anna Müller</a> · <time>3. Dezember 2026</time></p>",
        "<p class='updated'>&#8635; Aktualisiert: Freitag, 4. Dezember 2026, 08:30</p>",
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>",
    )
    assert clean_text(page, ContentType.HTML).credits == ["Von Anna Müller"]


def test_a_clips_running_time_in_brackets_is_no_date_of_a_byline() -> None:
    assert _inline_byline("Entrevista: Carlos Ruiz (4:02)") is None
    assert _inline_byline("Haastattelu: Matti Virtanen (12:45)") is None
    # a time of day after the name, not in brackets, still dates a byline
    assert _inline_byline("Entrevista: Carlos Ruiz 3/12/2026 14:02") == "Entrevista: Carlos Ruiz"


# ---------------------------------------------------------------- a strip dated in Han numerals


def test_a_byline_strip_dated_in_han_numerals_is_a_byline() -> None:
    assert _marked_strip("記者 王明遠 · 二〇二五年三月二日 星期日 · 閱讀 2 分鐘") == "記者 王明遠"
    assert _marked_strip("记者 李海 · 二零二五年三月二日") == "记者 李海"


def test_a_strip_with_han_numerals_but_no_year_is_no_byline() -> None:
    assert _marked_strip("記者 王明遠 · 三月二日 · 閱讀 2 分鐘") is None
    assert _marked_strip("記者 王明遠 · 一二三") is None


# ---------------------------------------------------------------- bureau after a byline's comma


def _hindi_page(byline: str) -> str:
    return "\n\n".join(["नगर समाचार", HEADLINE, f"{byline}\n1 दिसंबर 2026", P1, P2, P3])


def test_a_bureau_in_devanagari_or_urdu_after_a_labelled_byline_is_cut() -> None:
    article = clean_text(_hindi_page("संवाददाता: राम शर्मा, भोपाल ब्यूरो"))
    assert article.credits == ["संवाददाता: राम शर्मा"]
    urdu = clean_text(_hindi_page("رپورٹ: علی رضا، لاہور بیورو"))
    assert urdu.credits == ["رپورٹ: علی رضا"]


def test_a_second_writer_after_a_devanagari_byline_comma_stays() -> None:
    article = clean_text(_hindi_page("संवाददाता: राम शर्मा, सीता देवी"))
    assert article.credits == ["संवाददाता: राम शर्मा, सीता देवी"]


# ---------------------------------------------------------------- a wrapped caption's credit


def test_a_bracketed_caption_wrapped_inside_its_photographers_name_credits_the_whole_name() -> None:
    caption = "[El puente nuevo sobre el río, visto desde la orilla norte. Foto: María\nSantos]"
    article = clean_text(_text_page(caption, P1, P2, P3))
    assert "Foto: María Santos" in article.credits
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_wrapped_bracketed_note_without_a_label_credits_nobody() -> None:
    note = "[El puente nuevo sobre el río, visto desde la orilla norte por la\nmañana]"
    article = clean_text(_text_page(note, P1, P2, P3))
    assert article.credits == ["Por Ana Lopes"]


# ---------------------------------------------------------------- ads, prompts and boxes


@pytest.mark.parametrize(
    "line",
    [
        "ANUNCIO · Muebles Sol: todo a mitad de precio este mes. Visítenos en la calle Mayor.",
        "تبلیغ · فرش نو: همه فرش‌ها با بیست درصد تخفیف! همین حالا بیایید.",
        "Join kami WhatsApp channel untuk dapat berita paling awal!",  # code-mixed prompt
    ],
)
def test_an_ad_under_its_label_or_a_prompt_to_join_a_channel_goes(line: str) -> None:
    article = clean_text(_text_page(P1, P2, line, P3))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "told",
    [
        "Anuncio de la alcaldía: la calle Mayor cierra el lunes por obras en el puente.",
        "Many parents join a WhatsApp channel that the school set up to share the timetable.",
    ],
)
def test_a_story_sentence_about_an_announcement_or_a_channel_stays(told: str) -> None:
    article = clean_text(_text_page(P1, P2, told, P3))
    assert told in article.body.split("\n\n")


def test_a_creole_follow_bar_naming_platforms_goes_and_a_story_swiv_stays() -> None:
    bar = "Swiv nou sou Facebook, Instagram ak TikTok pou pa rate okenn nouvèl!"
    told = "Swiv larivyè a pandan inèdtan pou w rive nan vilaj la, chofè a di."
    article = clean_text(_text_page(P1, told, P2, P3, bar))
    assert article.body == f"{P1}\n\n{told}\n\n{P2}\n\n{P3}"


def test_a_labelled_pitch_closing_on_a_bracketed_button_goes() -> None:
    pitch = "Receba a nossa carta semanal: as notícias da semana no seu e-mail. É grátis! [Quero]"
    article = clean_text(_text_page(P1, P2, pitch, P3))  # between paragraphs
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_speakers_line_closing_on_a_bracketed_stage_note_stays() -> None:
    said = "PREFEITO: Obrigado a todos por virem hoje ao cais. [Aplausos]"
    article = clean_text(_text_page(P1, P2, said, P3))
    assert said in article.body.split("\n\n")


def test_the_heading_of_a_note_about_the_writer_goes_with_it() -> None:
    note = "Ana Lopes é jornalista do Porto Diário desde 2015 e escreve sobre o mar e os portos."
    article = clean_text(_text_page(P1, P2, P3, "Sobre a autora", note))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_crosshead_over_a_story_paragraph_naming_the_writer_stays() -> None:
    told = "Ana Lopes, a pilot of the ferry for twenty years, said she was glad to be back."
    article = clean_text(
        "\n\n".join(["PORTO DIÁRIO", HEADLINE, "Por Rui Matos", P1, P2, P3, "Tripulação", told])
    )
    assert article.body.split("\n\n")[-2:] == ["Tripulação", told]


# ---------------------------------------------------------------- a box's heading over its rows

_ROWS = ["Norteños 2:1 Sureños", "Villa Alta 0:0 Puerto Nuevo", "Las Minas 3:2 El Llano"]
_AFTER = "El próximo partido de la copa se juega el sábado en el estadio municipal de la ciudad."


def test_the_heading_of_rows_the_model_takes_goes_with_them() -> None:
    paragraphs = [P1, P2, "COPA REGIONAL · SEMIFINALES", *_ROWS, _AFTER, P3]
    assert _box_headings(paragraphs, {3, 4, 5}) == {2}


def test_a_heading_over_rows_the_model_keeps_or_over_sentences_stays() -> None:
    paragraphs = [P1, P2, "COPA REGIONAL · SEMIFINALES", *_ROWS, _AFTER, P3]
    assert _box_headings(paragraphs, {4}) == set()  # one row taken: the story's table
    told = [P1, "Resultados", "El equipo ganó el sábado.", "Perdió el domingo.", P3]
    assert _box_headings(told, {2, 3}) == set()  # sentences, not rows
