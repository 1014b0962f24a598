"""Bylines printed with a role or an account after a dash, and captions' bracketed by-phrases.

Every article here is invented for these tests (ferries and harbours).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import CleanedArticle, ContentType, RawArticle

STORY = (
    "The harbour board said on Monday that the new ferry would start sailing to the island next "
    "month. It will run six times a day.\n\n"
    "The mayor said residents had long asked for the service and that the town would cover the "
    "costs.\n\n"
    "Tickets will be free for the first weeks."
)


def clean_text(text: str, content_type: ContentType = ContentType.PLAIN) -> CleanedArticle:
    return clean(
        RawArticle(
            article_id="a1",
            source="test",
            received_at=datetime(2026, 12, 1, tzinfo=UTC),
            content_type=content_type,
            text=text,
        )
    )


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By: Mara Velno - Correspondent / @mvelnoHN", "By: Mara Velno"),
        ("By Mara Velno - Correspondent / @mvelnoHN", "By Mara Velno"),
        ("By Mara Velno - @mvelnoHN", "By Mara Velno"),
        ("Por: Ana Querol - Corresponsal / @aquerol", "Por: Ana Querol"),
        ("Por Ana Querol – redactora", "Por Ana Querol"),
    ],
)
def test_a_role_and_an_account_after_a_bylines_dash_are_no_credit(byline: str, credit: str) -> None:
    article = clean_text(f"New ferry to sail next month\n\n{byline}\n30 November 2026\n\n{STORY}")
    assert article.credits == [credit]
    assert article.body == STORY


def test_a_second_writer_after_a_bylines_dash_stays() -> None:
    text = f"New ferry to sail next month\n\nBy Mara Velno - Tomas Rudd\n\n{STORY}"
    assert clean_text(text).credits == ["By Mara Velno - Tomas Rudd"]


def test_a_name_alone_over_its_date_line_loses_the_sites_name_after_a_dash() -> None:
    text = (
        "HARBOUR LANTERN\nNews | Sport | Opinion\n\nNew ferry to sail next month\n\n"
        f"Mara Velno - Harbour Lantern\n30 November 2026\n\n{STORY}"
    )
    article = clean_text(text)
    assert article.credits == ["Mara Velno"]
    assert article.body == STORY


def test_a_name_alone_after_a_dash_other_than_the_sites_stays() -> None:
    text = (
        "HARBOUR LANTERN\nNews | Sport | Opinion\n\nNew ferry to sail next month\n\n"
        f"Mara Velno - Tomas Rudd\n30 November 2026\n\n{STORY}"
    )
    assert clean_text(text).credits == ["Mara Velno - Tomas Rudd"]


def page_with(over_story: str) -> str:
    """An article page: its headline, `over_story` (HTML), then the story's paragraphs."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in STORY.split("\n\n"))
    return (
        "<html><head><title>New ferry to sail next month</title></head><body><article>"
        f"<h1>New ferry to sail next month</h1>{over_story}{paragraphs}</article></body></html>"
    )


def test_a_figure_captions_bracketed_photo_by_credits_the_photographer() -> None:
    page = page_with(
        '<figure><img src="/f.jpg" alt=""><figcaption>READY. The ferry at the pier on Sunday.'
        " (Photo by Tomas Rudd)</figcaption></figure>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["Photo by Tomas Rudd"]
    assert article.body == STORY


def test_a_by_word_and_the_name_as_elements_of_their_own_are_one_byline() -> None:
    page = page_with(
        '<div class="meta"><div class="author-by">By</div> <a href="/author/mv">Mara Velno</a>'
        '<div class="sep"> - </div> <span class="date">November 30, 2026</span></div>'
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["By Mara Velno"]
    assert article.body == STORY


def test_a_name_alone_under_the_last_paragraph_of_a_text_without_blank_lines_credits_it() -> None:
    story = STORY.replace("first weeks.", "first weeks, the board said in a statement.")
    text = "New ferry to sail next month\n30 November 2026\n" + story.replace("\n\n", "\n")
    article = clean_text(f"{text}\nMara Velno\nAdvertisement\nShare: Facebook | X")
    assert article.credits == ["Mara Velno"]
    assert article.body == story


def test_a_broadcasters_image_caption_is_removed_and_only_its_source_credited() -> None:
    text = (
        "New ferry to sail next month\n\nBy Mara Velno\n\n"
        "Image source, Harbour Board\nImage caption, The new ferry at the pier on Sunday\n\n"
        f"{STORY}"
    )
    article = clean_text(text)
    assert article.credits == ["By Mara Velno", "Image source, Harbour Board"]
    assert article.body == STORY


def test_a_surname_with_a_filipino_particle_is_a_byline_and_a_wire_sign_off() -> None:
    sign_off = "Reporting by Tala dela Paz; Additional reporting by Mara Velno in Virac"
    text = f"New ferry to sail next month\n\nBy Tala dela Paz\n\n{STORY}\n\n{sign_off}"
    assert clean_text(text).credits == ["By Tala dela Paz", sign_off]


@pytest.mark.parametrize(
    ("marked", "credit"),
    [
        ("Mara Velno, Eastport", "Mara Velno"),  # the town after a marked byline's comma
        ("記者林小明\uff0f台北報導 2026年11月30日 上午9:20", "林小明"),  # a Chinese reporter
    ],
)
def test_a_marked_bylines_town_is_no_credit(marked: str, credit: str) -> None:
    page = page_with(f'<div class="author"><span>{marked}</span></div>')
    article = clean_text(page, ContentType.HTML)
    assert article.credits == [credit]
    assert article.body == STORY


def test_a_chinese_desk_over_its_report_is_no_writer() -> None:
    """Only the word for reporter makes the name before "/town報導" a writer's, not a desk's."""
    page = page_with('<div class="author"><span>國際中心\uff0f綜合報導</span></div>')
    article = clean_text(page, ContentType.HTML)
    assert article.credits == []
    assert article.body == STORY


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Insurat ni R. Velno Sabado", "Insurat ni R. Velno Sabado"),
        ("Ditulis oleh Mara Velno, Redaksi Kota", "Ditulis oleh Mara Velno"),
        ("Imeandikwa na Mara Velno, Dawati la Habari", "Imeandikwa na Mara Velno"),
    ],
)
def test_a_written_by_label_without_a_colon_credits_the_writer(byline: str, credit: str) -> None:
    article = clean_text(f"New ferry to sail next month\n\n{byline}\n30 November 2026\n\n{STORY}")
    assert article.credits == [credit]
    assert article.body == STORY


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Sinulat hi Mara Velno · Pulau Baru", "Sinulat hi Mara Velno"),  # Tausug's "hi"
        ("Gisulat ni Mara Velno", "Gisulat ni Mara Velno"),  # Cebuano
    ],
)
def test_a_philippine_written_by_label_needs_no_date_line(byline: str, credit: str) -> None:
    article = clean_text(f"New ferry to sail next month\n\n{byline}\n\n{STORY}")
    assert article.credits == [credit]
    assert article.body == STORY


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By Mara Velno, Redaziun Porta", "By Mara Velno"),
        ("Di Mara Velno, Redazion Marina", "Di Mara Velno"),
        ("Autor: Tomas Rudd, Redakcia Prístav", "Autor: Tomas Rudd"),
    ],
)
def test_a_newsroom_after_the_bylines_name_is_cut_by_its_word(byline: str, credit: str) -> None:
    article = clean_text(f"New ferry to sail next month\n\n{byline}\n30 November 2026\n\n{STORY}")
    assert article.credits == [credit]


def test_a_labelled_byline_in_arabic_script_credits_the_name() -> None:
    article = clean_text(f"New ferry to sail next month\n\nبقلم: د. سامي الحداد\n\n{STORY}")
    assert article.credits == ["بقلم: د. سامي الحداد"]
    assert article.body == STORY
