"""Cleaning rules of the thirteenth blind round: dates of more languages, caption credits of more
languages, a pull quote's attribution, a widget strung on separators above the byline, a
masthead's slogan, and the page's tools told by their marks (an up arrow, the information sign, a
pictograph before "!").

Every line here is invented for these tests (ferries, harbours, bridges); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Reboa, 3 Pébruari 2027 | 10:00", date(2027, 2, 3)),  # Sundanese
        ("Xueves, 4 de xunetu de 2027", date(2027, 7, 4)),  # Asturian
        ("Dijous, 8 d'octubre de 2027", date(2027, 10, 8)),  # "d'" before the month
        ("Tuapulelulu, 5 ʻOkatopa 2027", date(2027, 10, 5)),  # Tongan
        ("Vukelulu, 9 Seviteba 2027", date(2027, 9, 9)),  # Fijian
        ("China, 11 Chikunguru 2027", date(2027, 7, 11)),  # Shona
        ("Fraide, 6 Ogas 2027", date(2027, 8, 6)),  # Tok Pisin
        ("12 Ọgọst 2027", date(2027, 8, 12)),  # Igbo
        ("pjatk, 2. awgusta 2027", date(2027, 8, 2)),  # Upper Sorbian
        ("Sàbadu, 7 de cabudanni 2027", date(2027, 9, 7)),  # Sardinian
        ("14 ҫурла 2027", date(2027, 8, 14)),  # Chuvash
        ("15 آگسٽ 2027", date(2027, 8, 15)),  # Sindhi
    ],
)
def test_dates_of_more_languages(text: str, day: date) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(
    "caption",
    [
        "[The ferry at the quay. Semeya: Xosé Alonso]",
        "[The ferry at the quay. Mufananidzo: Tatenda Ncube]",
        "[The ferry at the quay. Taaʻi: Sione Latu]",
        "[The ferry at the quay. Gambar: Siti Aminah]",  # Malay, Indonesian, Iban
    ],
)
def test_bracketed_captions_credit_photographers_of_more_languages(caption: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert caption not in article.body
    assert article.credits == [caption.split(". ")[1].rstrip("]")]


def test_a_pull_quotes_attribution_goes_with_it() -> None:
    quote = "We will not leave the islanders without a ferry all winter long"
    story = f"“{quote},” said Ana Ruiz, the harbour master."
    article = clean_text(
        f"{HEADLINE}\n\n{P1}\n\n{story}\n\n❝ {quote}. ❞\n— Ana Ruiz\n\n{P2}\n\n{P3}"
    )
    assert "Ana Ruiz" not in article.body.replace(story, "")
    assert story in article.body


def test_a_widget_strung_on_separators_does_not_end_the_header() -> None:
    widget = (
        "⛴ SAILINGS TODAY · 06:10 · 08:40 · 11:15 · 13:50 · 16:20 · 18:45 · 21:10 "
        "· Next: 4 May 2027, 06:10 · Swell 1.2 m · Wind 14 kn · Gusts 22 kn"
    )
    article = clean_text(
        f"{widget}\n\n{HEADLINE}\n\nBy Jane Doe\nTuesday, 4 May 2027 · 10:15\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.title == HEADLINE
    assert article.credits == ["By Jane Doe"]
    assert article.published == date(2027, 5, 4)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # the menu in the masthead's block or under it
def test_a_masthead_slogan_is_not_the_headline(gap: str) -> None:
    article = clean_text(
        "HARBOUR GAZETTE\nNews of the harbour and the islands around it every day"
        f"{gap}Home | News | Sport | Business | Log in\n\nISLANDS\n"
        f"{HEADLINE}\n\nBy Jane Doe\n4 May 2027\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.title == HEADLINE


def test_page_tools_told_by_their_marks_go_and_story_stays() -> None:
    tools = [
        "↑ Zurück nach oben",
        "ℹ Este artigo foi publicado primeiro no Diário da Ilha e é reproduzido com licença.",
        "📲 Suivez-nous aussi sur notre application !",
    ]
    body = "\n\n".join([P1, tools[0], P2, tools[1], P3, tools[2]])
    article = clean_text(f"{HEADLINE}\n\n{body}")
    assert article.body == "\n\n".join([P1, P2, P3])
    story = "The harbour master pointed up at the new sign and said the ferry would leave at nine!"
    kept = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in kept.body


def test_a_date_strip_the_menu_rule_took_under_a_shaped_byline_dates_it() -> None:
    article = clean_text(
        f"{HEADLINE}\n\nЯзучы: Jane Doe\nSeshanba, 4 May 2027 · 12:40 · 👁 1 087\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.credits == ["Язучы: Jane Doe"]
    assert article.published == date(2027, 5, 4)


def _page(byline: str, figure: str = "") -> str:
    return (
        '<html><head><title>Ferry returns</title><link rel="canonical" '
        'href="https://www.harbourgazette.example/ferry"></head><body>'
        '<div class="topbar">Wednesday 9 June 2027</div><article>'
        f'<h1>{HEADLINE}</h1><div class="byline">{byline}</div>{figure}'
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )


def test_the_byline_times_datetime_dates_the_page_whatever_its_text_says() -> None:
    page = _page('Jane Doe · <time datetime="2027-05-04T10:15:00+03:00">ሰሉስ 26 ሚያዝያ 2019</time>')
    assert clean_text(page, ContentType.HTML).published == date(2027, 5, 4)


def test_a_place_after_an_arabic_script_comma_is_cut_and_an_ethiopic_stop_ends_a_caption() -> None:
    figure = "<figure><figcaption>ጀልባ ኣብ ወደብ። ስእሊ: ሃይለ ተስፋይ</figcaption></figure>"
    byline = "رپورٽ: علي شاهه، ڪراچي · <time>4 May 2027</time>"
    article = clean_text(_page(byline, figure), ContentType.HTML)
    assert article.credits == ["رپورٽ: علي شاهه", "ስእሊ: ሃይለ ተስፋይ"]


def test_a_reader_view_saved_as_a_page_credits_its_byline_and_names_its_site() -> None:
    page = (
        "<html><head><title>Ferry returns</title></head><body>"
        '<div class="reader-header"><a class="domain reader-domain" '
        'href="https://www.harbourgazette.example/islands/ferry">www.harbourgazette.example</a>'
        f'<h1 class="reader-title">{HEADLINE}</h1>'
        '<div class="credits reader-credits">Jane Doe</div></div>'
        f'<div class="moz-reader-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>'
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["Jane Doe"]
    assert article.source_site == "harbourgazette.example"


def test_a_print_footers_address_names_the_site_and_a_bare_link_does_not() -> None:
    footer = "https://www.harbourgazette.example/islands/ferry-returns 1/2"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{footer}\n\n{P3}")
    assert article.source_site == "harbourgazette.example"
    address = footer.partition(" ")[0]
    bare = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{address}")
    assert bare.source_site is None


_ADDRESS = "https://www.harbourgazette.example/islands/ferry-returns"


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("", f"💬 4 comments\n\n{_ADDRESS}"),  # a bare address among the furniture
        ("", f"Tags: ferry, islands\n\n{_ADDRESS}"),
        (f"Saved from {_ADDRESS}", ""),  # a reader app's, a print header's, an archive's
        (f"Print version · {_ADDRESS} · 1 May 2026", ""),
        (f"Harbour Gazette · Gedruckt: Freitag, 1. Mai 2026, 08:12 · {_ADDRESS}", ""),
        (f"https://archive.example/web/20260501/{_ADDRESS}", ""),
    ],
)
def test_the_pages_own_address_names_its_site(above: str, below: str) -> None:
    article = clean_text(f"{above}\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{below}")
    assert article.source_site == "harbourgazette.example"


def test_a_feeds_or_a_files_address_is_no_pages() -> None:
    tail = (
        "RSS: https://feeds.harbourgazette.example/islands.xml\n"
        "Logo - https://media.harbourgazette.example/logo.jpg\n\n"
        "Link:\nhttps://www.harbourgazette.example/islands/ferry-returns"
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tail}")
    assert article.source_site == "harbourgazette.example"


def test_a_byline_with_a_published_and_an_updated_time_is_left_to_the_metadata() -> None:
    page = _page(
        'Jane Doe · Updated <time datetime="2026-05-06">6 May</time>'
        ' · Published <time datetime="2026-05-04">4 May</time>'
    ).replace("</head>", '<meta property="article:published_time" content="2026-05-04"></head>')
    assert clean_text(page, ContentType.HTML).published == date(2026, 5, 4)


def test_a_storys_link_after_words_of_its_own_names_no_site() -> None:
    tickets = "Tickets on sale at https://tickets.example.org/ferry-gala"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tickets}")
    assert article.source_site is None
    saved = clean_text(f"Gespeichert von {_ADDRESS}\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert saved.source_site == "harbourgazette.example"


def _article_page(*parts: str) -> str:
    body = "".join(f"<p>{part}</p>" if not part.startswith("<") else part for part in parts)
    return (
        f"<html><head><title>Ferry</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize("name", ["calendar", "events-calendar"])
def test_an_event_calendar_box_inside_the_article_goes(name: str) -> None:
    calendar = (
        f'<div class="{name}"><h3>Agenda del mes</h3><ul><li>12 dic. – Feria del libro</li>'
        "<li>19 dic. – Concierto en el puerto</li></ul></div>"
    )
    article = clean_text(_article_page(P1, P2, P3, calendar), ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def _japanese_page(byline: str, *blocks: str) -> str:
    headline = "フェリー、冬の修理を終えて島に戻る"
    return "\n\n".join(["港町新聞", headline, byline, P1, P2, P3, *blocks])


def test_a_label_with_a_full_width_colon_points_at_the_pages_address() -> None:
    link = "記事のURL： https://www.minatoshinbun.example/keizai/ferry-2026"
    assert clean_text(_japanese_page("記者 山本花子", link)).source_site == "minatoshinbun.example"


def test_a_full_width_colon_before_a_front_page_names_no_site() -> None:
    link = "公式サイト： https://www.minatoshinbun.example/"
    assert clean_text(_japanese_page("記者 山本花子", link)).source_site is None
