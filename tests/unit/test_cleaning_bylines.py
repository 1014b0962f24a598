"""Bylines and photo credits under labels of more languages and scripts, and labelled pairs.

Every line here is invented for these tests (ferries, harbours, islands); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date
from newsstream.core.htmlpage import site_of
from newsstream.core.models import CleanedArticle, ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def with_byline(byline: str) -> CleanedArticle:
    return clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}")


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        ("Müəllif: Aynur Quliyeva", ["Müəllif: Aynur Quliyeva"]),
        ("ዘጋቢ፦ ሰላም ታደሰ", ["ዘጋቢ፦ ሰላም ታደሰ"]),
        ("ავტორი: ნანა კაპანაძე", ["ავტორი: ნანა კაპანაძე"]),
        ("ලියන ලද්දේ: සුනිල් පෙරේරා", ["ලියන ලද්දේ: සුනිල් පෙරේරා"]),
        ("Deur Marike Botha", ["Deur Marike Botha"]),
        ("Minn Pawlu Grech", ["Minn Pawlu Grech"]),
        (
            "Testua: Miren Arana | Argazkiak: Unai Lasa",
            ["Testua: Miren Arana", "Argazkiak: Unai Lasa"],
        ),
        ("لیکھک: x", []),  # a label the rule does not know, and no name: no credit
    ],
)
def test_bylines_under_labels_of_more_scripts_are_credits(byline: str, credits: list[str]) -> None:
    article = with_byline(byline)
    assert article.credits == credits
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_byline_strip_is_cut_before_a_date_of_a_month_not_known() -> None:
    article = with_byline("ලියන ලද්දේ: සුනිල් පෙරේරා · 2026 නොවැම්බර් 28")
    assert article.credits == ["ලියන ලද්දේ: සුනිල් පෙරේරා"]


def test_two_parts_of_a_credit_split_only_when_each_has_its_label() -> None:
    article = with_byline("Text: Jane Doe | Harbour Weekly")
    assert article.credits == ["Text: Jane Doe"]  # the site's name after it is no credit


@pytest.mark.parametrize(
    "caption",
    [
        "Il-vapur fil-port ta' Mġarr. (Ritratt: Pawlu Grech)",
        "The ferry at the quay. (Argazkia: Unai Lasa)",
    ],
)
def test_captions_ending_on_a_photo_credit_of_more_languages(caption: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.title == HEADLINE
    assert caption not in article.body
    assert article.credits == [caption.split("(")[1].rstrip(")")]


@pytest.mark.parametrize(
    "story",
    [
        "Müəllif: the word means author, and the harbour museum printed it on every label.",
        "Deur die storm het die veerboot drie dae lank in die hawe gebly, het die kaptein gesê.",
        "Minn dejjem il-vapur jitlaq fis-sebgħa, qal il-kaptan lill-passiġġieri.",
        "ავტორი: პროექტის ავტორი ამბობს, რომ ბორანი ორშაბათს დაბრუნდება.",
    ],
)
def test_story_sentences_that_open_with_the_label_words_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in article.body.split("\n\n")
    assert article.credits == []


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Gepubliseer: 3 Junie 2026, 06:00", date(2026, 6, 3)),
        (
            "Ippubblikat: 4 ta' Marzu 2026, 17:20 · Aġġornat: 5 ta' Marzu 2026, 08:05",
            date(2026, 3, 4),
        ),
        ("Objavljeno: 30.11.2026. u 09:12", date(2026, 11, 30)),
        ("Datum: 1. 12. 2026", date(2026, 12, 1)),
        ("2026ko urtarrilaren 7a, asteazkena", date(2026, 1, 7)),
    ],
)
def test_date_lines_of_more_languages_date_the_story(stamp: str, day: date) -> None:
    article = clean_text(f"{HEADLINE}\n\nDeur Marike Botha\n{stamp}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.published == day
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_date_with_a_view_count_over_the_byline_dates_the_story() -> None:
    article = with_byline("30.11.2026 | 16:45   👁 1 284\nMüəllif: Aynur Quliyeva")
    assert article.published == date(2026, 11, 30)
    assert article.credits == ["Müəllif: Aynur Quliyeva"]


def test_a_date_over_a_story_line_is_no_byline_date() -> None:
    article = clean_text(f"{HEADLINE}\n\n30.11.2026 | 16:45   👁 1 284\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == []  # a date with no label, nor a byline beside it
    # the page opens on its headline: the date line under it is the story's, as under a menu
    assert article.published == date(2026, 11, 30)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_date_line_under_a_masthead_over_the_headline_dates_nothing() -> None:
    article = clean_text(f"THE LEDGER\n\n30.11.2026 | 16:45\n\n{HEADLINE}\n\n{P1}\n\n{P2}")
    assert article.published is None


@pytest.mark.parametrize(
    "story",
    [
        "Datum: the harbour office has not set one for the new crossings, the operator said.",
        "In 2026ko azaroaren bilkuran, udalak ferry berria onartu zuen, esan zuen alkateak.",
    ],
)
def test_story_sentences_with_date_words_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in article.body.split("\n\n")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ኅዳር 22/2019 ዓ.ም", date(2026, 12, 1)),
        ("መስከረም 1 ቀን 2016 ዓ.ም", date(2023, 9, 12)),  # the year after an Ethiopian leap year
        ("ጥር 1, 2016", date(2024, 1, 10)),
        ("ጳጉሜ 7/2015", None),  # Pagume has five or six days
    ],
)
def test_ethiopian_calendar_dates(text: str, day: date | None) -> None:
    assert find_date(text) == day


def test_an_ethiopic_dateline_dates_the_story() -> None:
    first = "ባሕር ዳር፣ ኅዳር 22/2019 ዓ.ም (ዜና) - የጀልባ አገልግሎቱ ከሰኞ ጀምሮ እንደገና ሥራ ይጀምራል ሲሉ የወደብ ኃላፊው ተናግረዋል።"
    article = clean_text(f"{HEADLINE}\n\n{first}\n\n{P2}\n\n{P3}")
    assert article.published == date(2026, 12, 1)
    assert article.body.split("\n\n")[0] == first  # the dateline stays in the story


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Embannet d'ar Merc'her 2 a viz Kerzu 2026 da 8e15", date(2026, 12, 2)),  # Breton
        ("NgoLwesibini, 1 kuDisemba 2026 · 11:20", date(2026, 12, 1)),  # isiXhosa "in December"
        ("Madi 1 desanm 2026", date(2026, 12, 1)),  # Haitian Creole
        ("1-декабрь, 2026-жыл, 11:30", date(2026, 12, 1)),  # Kyrgyz: a hyphen after the day
    ],
)
def test_day_first_dates_with_connectors(text: str, day: date) -> None:
    assert find_date(text) == day


def test_archived_copy_is_of_the_archived_site() -> None:
    url = "https://web.archive.org/web/20261202081455/https://www.example.im/news/story"
    assert site_of(url) == "example.im"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("[The ferry at the quay at dawn. Kuvaaja: Aino Virtanen]", "Kuvaaja: Aino Virtanen"),
        ("[Ferry at the quay. Fotograf Lapan: Ivo Marin]", "Fotograf Lapan: Ivo Marin"),
        ("[The quay in winter. Picha: Amina Fall]", "Picha: Amina Fall"),  # a surname a word
        ("[The ferry at the quay. Source: Annual Report]", None),  # common words, no name
        ("[The ferry at the quay. Tide: low water]", None),  # no capitals: no name
    ],
)
def test_a_bracketed_caption_credits_a_name_under_any_label(
    caption: str, credit: str | None
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == ([credit] if credit else [])
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_sentence_of_the_story_ending_on_a_label_and_a_name_credits_nobody() -> None:
    story = "The new ferry has a name chosen by the islanders. Captain: Ivo Marin"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert article.credits == []


def test_an_html_figure_caption_credits_a_name_under_any_label() -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        "<figure><img src='/f.jpg' alt=''><figcaption>The ferry at the quay. "
        "Kuvaaja: Aino Virtanen</figcaption></figure>"
        f"<p>{P2}</p><p>{P3}</p><p>The crew thanked the yard. Captain: Ivo Marin</p>"
        "</article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["Kuvaaja: Aino Virtanen"]  # the paragraph is no caption


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("নতুন ফেৰী ঘাটত। ছবি: বিমল বৰা", "ছবি: বিমল বৰা"),  # a label with vowel signs
        ("די פּראָם בײַם ברעג. פֿאָטאָגראַף: דוד ראָזען", "פֿאָטאָגראַף: דוד ראָזען"),  # points
        ("ဆိပ်ကမ်းတွင် ကူးတို့သင်္ဘော။ ဓာတ်ပုံ: အောင်ကိုကို", "ဓာတ်ပုံ: အောင်ကိုကို"),  # unspaced
    ],
)
def test_a_figure_caption_credit_in_scripts_with_marks_and_without_spaces(
    caption: str, credit: str
) -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == [credit]


def test_a_ticker_in_capitals_led_by_a_pictograph_is_no_byline() -> None:
    ticker = "⚓ FERRY TIMES TODAY · Quay 2 · Next sailing: Port Ellen 14:00 · Tomorrow 08:00 ›"
    article = clean_text(
        f"{ticker}\n\n{HEADLINE}\n\nOu Aino Virtanen\nMonday, 4 May 2026 · 09:40\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.credits == ["Ou Aino Virtanen"]
    assert article.published == date(2026, 5, 4)


def test_a_promo_line_over_the_headline_does_not_end_the_header() -> None:
    promo = (
        "📲 Get the Harbour Weekly app to see each ferry's sailings for your island before "
        "they leave."
    )
    article = clean_text(
        f"{promo}\n\n{HEADLINE}\n\nOu Aino Virtanen\nMonday, 4 May 2026 · 09:40\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.title == HEADLINE
    assert article.credits == ["Ou Aino Virtanen"]
    assert article.published == date(2026, 5, 4)


@pytest.mark.parametrize(
    ("header", "credits", "day"),
    [
        # a role after the name, on separators: cut, the date line under it dates the story
        (
            "Kirjutas: Mara Quill · Harbour desk\nTuesday, 1 December 2026 · 10:05",
            ["Kirjutas: Mara Quill"],
            date(2026, 12, 1),
        ),
        # a date line whose month's name no table knows: a year and a time of day under a name
        (
            "Kirjutas: Mara Quill, Eastport\nMardi, 2 Zorbember 2026 · 08:50 · 3 min",
            ["Kirjutas: Mara Quill"],
            None,
        ),
        # a year and a time under no name: no byline
        ("Slug: RAIL/NORTH\nFiled: 01-12-2026 11:42", [], None),
    ],
)
def test_a_byline_shaped_line_over_a_date_line_credits_its_name(
    header: str, credits: list[str], day: date | None
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == credits
    assert article.published == day
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- the gold sets' conventions
# tests/gold/CONVENTIONS.md: a role after a byline's name is cut; a plain-text bullet on a story
# list's item is kept as printed; an agency or a site after a slash in a photo credit is kept.


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By Jane Marsh, Health Correspondent", "By Jane Marsh"),  # a surname that is a word
        ("By Jane Doe, chief reporter", "By Jane Doe"),  # a role in lower case
        ("Por Ana Pérez, redactora", "Por Ana Pérez"),
        ("Von Anna Müller, Lokalredaktion Hafenstadt", "Von Anna Müller"),  # a desk, then a town
        # a site's name goes too (tests/gold/CONVENTIONS.md); a second writer stays as printed
        ("By Jane Marsh, Harbour Gazette", "By Jane Marsh"),
        ("Texto: Ana Pérez, Luis Gómez", "Texto: Ana Pérez, Luis Gómez"),
    ],
)
def test_a_role_after_a_bylines_name_is_cut_and_nothing_else(byline: str, credit: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == [credit]


_ITEMS = ("the bridge is repaired;", "the rails are painted;", "the path is lit at night.")


@pytest.mark.parametrize("mark", ["- ", "• ", "* "])
def test_a_plain_text_story_lists_bullets_are_kept_as_printed(mark: str) -> None:
    items = "\n".join(mark + item for item in _ITEMS)
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\nThe council promised that:\n{items}\n\n{P2}")
    paragraphs = article.body.split("\n\n")
    assert [mark + item for item in _ITEMS] == paragraphs[2:5]


def _html_page(body: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>"


def test_a_bullet_an_html_paragraph_prints_is_kept_and_an_li_gets_none() -> None:
    printed = "".join(f"<p>- {item}</p>" for item in _ITEMS)
    listed = "<ul><li>The ferry sails at six.</li><li>The bus waits for it.</li></ul>"
    body = f"<p>{P1}</p><p>The council promised that:</p>{printed}{listed}<p>{P2}</p><p>{P3}</p>"
    paragraphs = clean_text(_html_page(body), ContentType.HTML).body.split("\n\n")
    assert [f"- {item}" for item in _ITEMS] == paragraphs[2:5]
    assert paragraphs[5:7] == ["The ferry sails at six.", "The bus waits for it."]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Foto: Jan Novak/Reuters", "Foto: Jan Novak/Reuters"),
        ("Foto: Jan Novak / Harbour News", "Foto: Jan Novak / Harbour News"),
        ("Foto: dpa/Jan Novak", "Foto: dpa/Jan Novak"),  # the agency first: as printed too
        ("Foto: Jan Novak · Harbour News", "Foto: Jan Novak"),  # not a slash: a separator
        ("Foto: Jan Novak | Harbour News", "Foto: Jan Novak"),
        # more slashes, an agency's name in lower case, a site's address, other scripts
        ("Photo: Jan Novak/Reuters/dpa", "Photo: Jan Novak/Reuters/dpa"),
        ("Photo: Jan Novak / Reuters / dpa", "Photo: Jan Novak / Reuters / dpa"),
        ("Foto: dpa/picture alliance", "Foto: dpa/picture alliance"),
        ("Photo: pexels.com/Jan Novak", "Photo: pexels.com/Jan Novak"),
        ("Фото: Иван Петров/ТАСС", "Фото: Иван Петров/ТАСС"),
        ("صورة: أحمد علي/رويترز", "صورة: أحمد علي/رويترز"),
    ],
)
def test_a_photo_credits_agency_after_a_slash_is_kept(credit: str, expected: str) -> None:
    caption = f"[The new ferry at the quay on Monday. {credit}]"
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == [expected]
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption[1:-1]}</figcaption></figure>"
    page = _html_page(f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p>")
    assert clean_text(page, ContentType.HTML).credits == [expected]


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        # a second writer before the role: the role of both goes, the writers stay
        ("By Jane Doe, John Smith, Staff Writers", "By Jane Doe, John Smith"),
        ("By Anna Müller, John Smith, Staff Writers", "By Anna Müller, John Smith"),
        (
            "By Jane Doe, John Smith and Ana Lee, staff writers",
            "By Jane Doe, John Smith and Ana Lee",
        ),
        (
            "By Jane Doe, with additional reporting by John Smith, Lagos Bureau",
            "By Jane Doe, with additional reporting by John Smith",
        ),
        ("By Jane Doe, 王伟, Staff Writers", "By Jane Doe, 王伟"),  # a name in a caseless script
        # a second writer after the role, or a role for each: nothing is cut
        (
            "By Jane Doe, Writer, and John Smith, Editor",
            "By Jane Doe, Writer, and John Smith, Editor",
        ),
        ("By Jane Doe, Staff Writer with John Smith", "By Jane Doe, Staff Writer with John Smith"),
        ("By Jane Doe, Staff Writer, and John Smith", "By Jane Doe, Staff Writer, and John Smith"),
        # no role: co-writers and a "reporting by" note stay as printed (a town is cut:
        # test_cleaning_byline_towns.py)
        ("By Jane Doe, John Smith and Ana Lee", "By Jane Doe, John Smith and Ana Lee"),
        (
            "By Jane Doe, with additional reporting by John Smith",
            "By Jane Doe, with additional reporting by John Smith",
        ),
        ("By Jane Doe, 王伟", "By Jane Doe, 王伟"),
        ("By Jane Doe, سارة علي", "By Jane Doe, سارة علي"),
        ("लेखक: राम शर्मा, सीता वर्मा", "लेखक: राम शर्मा, सीता वर्मा"),
    ],
)
def test_a_roles_cut_keeps_every_writer_the_byline_names(byline: str, credit: str) -> None:
    assert with_byline(byline).credits == [credit]


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        # a name with particles in lower case: the role after it is cut all the same
        ("By Ludwig van der Berg, Correspondent", "By Ludwig van der Berg"),
        ("Par Jean de la Fontaine, envoyé spécial", "Par Jean de la Fontaine"),
        ("Par Jean Dupont, de notre correspondant", "Par Jean Dupont"),
        # a role, then a town: both go; a role's beat after it goes with it
        ("Por Ana Pérez, redactora, Quito", "Por Ana Pérez"),
        ("Text: Jane Doe, Eastport, chief reporter", "Text: Jane Doe"),
        ("By Jane Doe, energy correspondent in Lagos", "By Jane Doe"),
        ("By Jane Doe, Correspondent for Africa", "By Jane Doe"),
    ],
)
def test_a_role_after_a_name_with_particles_or_before_a_town_is_cut(
    byline: str, credit: str
) -> None:
    assert with_byline(byline).credits == [credit]


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        # a site's, an outlet's, an agency's or an employer's name after a byline's name is cut
        # (tests/gold/CONVENTIONS.md); an agency counts as a site, in lower case too ("dpa")
        ("By Priya Raman, The Canadian Ledger", "By Priya Raman"),
        ("By Jane Doe, Reuters", "By Jane Doe"),
        ("By Jane Doe, The Harbour Gazette", "By Jane Doe"),
        ("By Jane Doe, dpa", "By Jane Doe"),
        ("Von Anna von Stein, dpa", "Von Anna von Stein"),
        ("By Ludwig van der Berg, Harbour Gazette", "By Ludwig van der Berg"),
        ("By Jane Doe, iNews", "By Jane Doe"),
        ("By Dana Whitcombe, NorthRidge 6 News", "By Dana Whitcombe"),
        ("By Tom Reddy, Local Democracy Reporting Service", "By Tom Reddy"),
        ("By Jane Doe and John Roe, Meridian Press", "By Jane Doe and John Roe"),
        ("Por Itzel Ramírez, El Diario", "Por Itzel Ramírez"),
        ("Por Ana Souza, Portal Nordeste", "Por Ana Souza"),
        ("Von Anna Weber, Büro für Gestaltung", "Von Anna Weber"),
        ("Text: Jane Doe, Harbour News", "Text: Jane Doe"),
        ("By Jane Doe, University of Eastport", "By Jane Doe"),
        ("By JANE DOE FOR THE DAILY FLARE", "By JANE DOE"),
        ("By Jane Doe for Harbour Gazette", "By Jane Doe"),
        ("By Jane Doe | Harbour Gazette", "By Jane Doe"),
    ],
)
def test_a_site_or_an_agency_after_a_byline_is_cut(byline: str, credit: str) -> None:
    assert with_byline(byline).credits == [credit]


@pytest.mark.parametrize(
    "byline",
    [
        # look-alikes stay as printed: co-writers (one with a surname papers are named for),
        # a contribution, an agency that contributed (a town is cut: test_cleaning_byline_towns.py)
        "By Jane Doe, John Smith and Ana Lee",
        "By Jane Doe, with additional reporting by John Smith",
        "Par Jean Dupont, avec l'AFP",
        "Von Anna Weber, mit dpa",
        "By Jane Doe, John Post",
        "Image source, Kestrel Press Agency",  # a credit that is only an agency
    ],
)
def test_a_second_writer_or_a_contribution_after_a_byline_stays(byline: str) -> None:
    assert with_byline(byline).credits == [byline]


@pytest.mark.parametrize(
    "lines",
    [
        # a dialogue's dashes, a negative number and a dash's lead are the story's text
        ["— ¿Vienes? — dijo María.", "— No, me quedo — respondió Juan."],
        ["- ¿Vienes? - dijo María.", "- No, me quedo - respondió Juan."],
        ["— Ты придёшь? — спросила Мария.", "— Нет, — ответил Иван."],
        ["-3 °C overnight and frost on the roads, the forecasters said at noon."],
    ],
)
def test_a_dash_opening_a_story_line_is_kept_as_printed(lines: list[str]) -> None:
    story = "\n".join(lines)
    plain = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert plain.body.split("\n\n")[1:-2] == lines
    printed = "".join(f"<p>{line}</p>" for line in lines)
    page = _html_page(f"<p>{P1}</p>{printed}<p>{P2}</p><p>{P3}</p>")
    assert clean_text(page, ContentType.HTML).body.split("\n\n")[1:-2] == lines


def test_an_html_pages_printed_bullets_stay_and_its_lists_items_get_none() -> None:
    broken = (
        "<p>The council promised that:<br>- the bridge is repaired;<br>- the rails are lit.</p>"
    )
    nested = "<ul><li>The ferry sails at six.<ul><li>The bus waits for it.</li></ul></li></ul>"
    body = f"<p>{P1}</p>{broken}<p>- </p>{nested}<p>{P2}</p><p>{P3}</p>"
    paragraphs = clean_text(_html_page(body), ContentType.HTML).body.split("\n\n")
    assert paragraphs[1:-2] == [
        "The council promised that:",
        "- the bridge is repaired;",
        "- the rails are lit.",
        "The ferry sails at six.",  # "<p>- </p>", a separator, is no paragraph
        "The bus waits for it.",  # an item of a list in an item: no mark either
    ]


_PROMISED = "promised the islanders in January that:"


@pytest.mark.parametrize(
    ("page", "mark"),
    [
        (f"# {HEADLINE}\n\n{P1}\n\nThe [council](https://example.org/c) {_PROMISED}\n", "- "),
        (f"=> / Home\n=> /news News\n# {HEADLINE}\n\n{P1}\n\nThe council {_PROMISED}\n", "* "),
    ],
)
def test_a_markup_formats_list_items_are_paragraphs_without_their_marks(
    page: str, mark: str
) -> None:
    # Markdown's "- " and gemtext's "* " are markup, as an <li> is (tests/gold/CONVENTIONS.md)
    items = "\n".join(mark + item for item in _ITEMS)
    article = clean_text(f"{page}{items}\n\n{P2}\n\n{P3}\n")
    assert article.body.split("\n\n")[1:-2] == [f"The council {_PROMISED}", *_ITEMS]


@pytest.mark.xfail(
    strict=True,
    reason="a lower-case role with a town after it ('envoyé spécial à Kiev') has the shape of a"
    " note naming an agency ('courtesy of Reuters', not settled): both stay as printed",
)
@pytest.mark.parametrize(
    "byline", ["Par Jean Dupont, envoyé spécial à Kiev", "Por Ana Pérez, enviada especial a Kiev"]
)
def test_a_lower_case_role_before_a_town_is_cut(byline: str) -> None:
    assert with_byline(byline).credits == [byline.partition(",")[0]]


_CASELESS_PAIR = pytest.mark.xfail(
    strict=True,
    reason="the rule for a 'by' word without a colon in a script without capitals (furniture.toml)"
    " takes a name of three words at most and no comma: two writers make no credit",
)
_ROLE_SURNAME = pytest.mark.xfail(
    strict=True,
    reason="a second writer whose surname is a role's word ('Peter Staff') has the shape of a role"
    " ('Sports Staff', 'Portland Correspondent'): no list of given names tells them apart",
)


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("بقلم أحمد علي، محمد حسن", marks=_CASELESS_PAIR),
        pytest.param("By Anna Müller, Peter Staff", marks=_ROLE_SURNAME),
    ],
)
def test_a_second_writer_after_a_comma_stays_in_the_credit(byline: str) -> None:
    assert with_byline(byline).credits == [byline]
