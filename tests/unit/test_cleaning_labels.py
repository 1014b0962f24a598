"""Cleaning rules of the eighth blind round: footnote marks, labels in more languages, thread
lines, cache banners and the next article of an endless page.

Every line here is invented for these tests (ferries, harbours, bridges); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import CleanedArticle, ContentType
from tests.unit.test_cleaning_scripts import clean_text

HEADLINE = "Harbour ferry returns to the island after winter repairs"
P1 = (
    "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
    "yard, the harbour authority said."
)
P2 = (
    "Islanders had relied on a smaller boat that could not carry lorries, and shops ran short "
    "of fresh food in January."
)
P3 = "The operator said the timetable would return to six crossings a day from March."


def paragraphs(article: CleanedArticle) -> list[str]:
    return article.body.split("\n\n")


# --------------------------------------------------------------------------------------------
# Footnote reference marks.


def test_footnote_marks_after_words_and_quotes_are_dropped() -> None:
    marked = (
        "The pier was built in 1911[1] and rebuilt after the storm.[2] "
        "Locals call it “the old lady”[3]."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{marked}\n\n{P3}")
    assert paragraphs(article)[1] == (
        "The pier was built in 1911 and rebuilt after the storm. Locals call it “the old lady”."
    )


def test_footnote_marks_in_html_superscripts_are_dropped() -> None:
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<p>{P1}</p><p>The pier was built by the council<sup><a href='#n1'>[1]</a></sup>, "
        "which still owns the slipway and the old waiting room beside the harbour wall.</p>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert "[1]" not in article.body
    assert "built by the council, which still owns" in article.body


@pytest.mark.parametrize(
    "story",
    [
        "[1] The council named three options for the pier, and the cheapest was chosen.",
        "The harbour master wrote “[sic]” beside the figure in the log, the court heard.",
        "The ticket code [12345] was printed on every boarding pass issued that week.",
    ],
)
def test_brackets_that_are_no_footnote_mark_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert paragraphs(article)[1] == story


# --------------------------------------------------------------------------------------------
# Labels in more languages: the ad slot, "read also", tags, the comments heading, "N ago".


def removed_and_kept(line: str) -> tuple[set[str], str]:
    """The removed lines and the body of a story with `line` set between two paragraphs."""
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}")
    return {r.text for r in article.removed}, article.body


@pytest.mark.parametrize(
    "line",
    [
        "HYSBYSEB",
        "Xayeysiis",
        "REKLAMË",
        "விளம்பரம்",
        "বিজ্ঞাপন",
        "Գովազդ",
        "Сурталчилгаа",
        "Fógra",
        "Darllenwch hefyd: Fferi newydd i Ynys Enlli",
        "Akhri sidoo kale: Dekedda oo helaysa doon cusub",
        "Lexo edhe: Trageti i ri mbërrin në port",
        "இதையும் படிக்கவும்: துறைமுகத்தில் புதிய படகு",
        "ПРОЧЕТЕТЕ ОЩЕ: Нов ферибот за острова",
        "Léigh freisin: Bád nua don oileán",
        "আরও পড়ুন: নতুন ফেরি চালু",
        "Tagiau: fferi, porthladd, ynys",
        "Etiketa: trageti, port, ishull",
        "குறிச்சொற்கள்: படகு, துறைமுகம்",
        "Тагове: #ферибот #пристанище",
        "Clibeanna: bád, cuan, oileán",
        "Sylwadau (4)",
        "Faallooyinka (2)",
        "💬 Коментари (9)",
        "Komentet",
        "Tuairimí",
    ],
)
def test_labels_of_more_languages_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Dywedodd y cyngor y byddai hysbyseb ar gyfer y swydd yn ymddangos ddydd Llun.",
        "Dowladda hoose ayaa sheegtay in xayeysiis cusub la dhigi doono dekedda.",
        "Bashkia vendosi një reklamë në port për shoferët e trageteve.",
        "துறைமுகத்தில் விளம்பரம் வைக்க நகராட்சி அனுமதி அளித்தது என்று அதிகாரிகள் கூறினர்.",
        "Darllenwch hefyd y llythyr gan y pysgotwyr, meddai’r cynghorydd wrth y cyfarfod.",
        "Lexo edhe njoftimin e bashkisë, u tha kapiteni pasagjerëve në port.",
        "Etiketa e re e biletës tregon orën e nisjes dhe numrin e vendit.",
        "Roedd sylwadau’r trigolion yn glir: mae angen fferi newydd ar yr ynys.",
        "Faallooyinka dadka deegaanka ayaa muujiyay in ay doonayaan doon cusub.",
        "Коментари на жителите показват, че искат нов ферибот до острова.",
        "Léigh freisin an tuarascáil, a dúirt an comhairleoir leis an gcruinniú.",
    ],
)
def test_story_sentences_with_the_label_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "stamp",
    [
        "Gwyn Jones · 2 awr yn ôl",
        "Cali Nuur · 15 daqiiqo kahor",
        "Besa Hoxha · 3 orë më parë",
        "Иван Петров · преди 2 часа",
        "Áine Ní Bhriain · 4 uair ó shin",
    ],
)
def test_relative_times_of_more_languages_over_a_comment_are_furniture(stamp: str) -> None:
    removed, body = removed_and_kept(stamp)
    assert stamp in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Yn ôl y cyngor, bydd y fferi yn ôl ar y môr mewn 2 wythnos.",
        "Laba sano ka hor ayaa dekedda la dhisay, sida ay sheegtay dowladda hoose.",
        "Trageti u ndërtua 3 vite më parë në kantierin e Durrësit, tha kapiteni.",
        "Преди 2 години фериботът е бил ремонтиран в Бургас, каза капитанът.",
    ],
)
def test_story_sentences_with_relative_times_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


# --------------------------------------------------------------------------------------------
# The next article an endless page appends.

NEXT_STORY = (
    "A new car park opened beside the ferry terminal on Sunday, with room for three hundred cars "
    "and a shuttle to the pier.\n\n"
    "The first hour costs nothing, and the council said the fee after that would stay low."
)


@pytest.mark.parametrize(
    "bar", ["━━━━━━━━━━\nNext story ↓\n━━━━━━━━━━", "அடுத்த செய்தி ↓", "— Article suivant —"]
)
def test_the_next_article_under_its_bar_is_furniture(bar: str) -> None:
    article = clean_text(
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{bar}\n\nCar park opens by the terminal\n\n"
        f"By Jane Roe\n\n{NEXT_STORY}\n\nContinue reading ↓"
    )
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert {r.rule for r in article.removed} >= {"next_article"}


def test_next_story_words_inside_the_story_end_nothing() -> None:
    inside = "The next story the council told was about the old pier, said the harbour master."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\nNext story\n\n{inside}\n\n{P2}")
    assert article.body.endswith(f"{inside}\n\n{P2}")


def test_a_next_story_bar_above_the_story_ends_nothing() -> None:
    article = clean_text(f"Next story ↓\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# --------------------------------------------------------------------------------------------
# Bylines, date labels, consent notices and author boxes of more languages.


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Gan Rhys Morgan", "Gan Rhys Morgan"),
        ("Nga Besa Hoxha | 2 dhjetor 2026, 08:15", "Nga Besa Hoxha"),
        ("Qoraa: Cali Nuur Jaamac", "Qoraa: Cali Nuur Jaamac"),
        ("எழுதியவர்: க. முருகன்", "எழுதியவர்: க. முருகன்"),
        ("Автор: Иван Петров", "Автор: Иван Петров"),
        ("Сурвалжлагч: Б.Болд", "Сурвалжлагч: Б.Болд"),
        ("Հեղինակ՝ Արամ Սարգսյան", "Հեղինակ՝ Արամ Սարգսյան"),
    ],
)
def test_bylines_of_more_languages_are_credits(byline: str, credit: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Gan fod y fferi ar gau, bydd rhaid i deithwyr aros tan ddydd Llun.",
        "Nga Shkodra deri në Durrës, trageti do të ndalojë në tre porte.",
        "Автор на проекта е инженерът Иван Петров, каза кметът на пристанището.",
        "Qoraa buugga ayaa sheegay in dekedda la dhisay sanadkii hore.",
    ],
)
def test_story_sentences_that_open_like_a_byline_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"
    assert article.credits == []


@pytest.mark.parametrize(
    "stamp",
    [
        "Cyhoeddwyd: 2 Rhagfyr 2026 · Diweddarwyd: 3 Rhagfyr 2026",
        "La daabacay: 2 Diseembar 2026, 09:00",
        "வெளியிடப்பட்டது: 02 டிச 2026 09:10 IST",
        "Publikuar: 02.12.2026 09:10",
    ],
)
def test_date_labels_of_more_languages_are_furniture(stamp: str) -> None:
    article = clean_text(f"{HEADLINE}\n\nBy Jane Roe\n{stamp}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert stamp in {r.text for r in article.removed}
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_albanian_consent_notice_is_furniture_and_a_story_about_cookies_stays() -> None:
    notice = (
        "Ky portal përdor cookies për të përmirësuar përvojën tuaj dhe për të matur audiencën. "
        "Duke vazhduar, ju pranoni përdorimin e tyre sipas Politikës sonë të Privatësisë."
    )
    story = (
        "Autoriteti i mbrojtjes së të dhënave tha se shumë faqe përdorin cookies pa pëlqimin "
        "e përdoruesve, dhe se gjobat do të rriten vitin e ardhshëm."
    )
    article = clean_text(f"{notice}\n[Pranoj] [Refuzoj]\n\n{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{story}\n\n{P3}"


@pytest.mark.parametrize(
    "box",
    [
        "About the author: Jane Roe has covered the islands for the Courier since 2015.",
        "Rreth autorit: Besa Hoxha është gazetare që nga viti 2012. Ajo shkruan për portin.",
    ],
)
def test_author_box_under_its_label_is_furniture(box: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{box}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_story_sentence_about_an_author_stays() -> None:
    story = "About the author of the report, the harbour master said: she knows the island well."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body == f"{P1}\n\n{story}\n\n{P3}"


# --------------------------------------------------------------------------------------------
# A channel exported as text: its messages under stamps.


def test_channel_export_keeps_the_story_message_alone() -> None:
    page = (
        "Island Harbour News ✔️\nChannel · 8,2k followers\n\n"
        "[02.12.2026, 21:05] Island Harbour News: Good night, islanders! Calm seas tomorrow.\n"
        "👍 120  ❤️ 14\n\n"
        "[03.12.2026, 08:30] Island Harbour News: *NEWS | HARBOUR*\n"
        f"*{HEADLINE}*\n\n{P1}\n\n*What changes*\n\n{P2}\n\n{P3}\n"
        "❤️ 1,1k  👍 80\n\n"
        "[03.12.2026, 10:15] Island Harbour News: Road works on the coast road this week.\n\n"
        "[03.12.2026, 12:00] Island Harbour News: 📣 ADVERTISEMENT | Winter sale at the pier shop."
    )
    article = clean_text(page)
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\nWhat changes\n\n{P2}\n\n{P3}"
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-03"


def test_story_quoting_chat_messages_keeps_them() -> None:
    messages = [
        "[12.03.2026, 21:04] Tom: I will take the last boat tonight, see you at the pier.",
        "[12.03.2026, 21:06] Ann: The last boat is cancelled because of the storm.",
        "[12.03.2026, 21:09] Tom: Then I will wait for the morning ferry at the harbour.",
    ]
    page = f"{HEADLINE}\n\n{P1}\n\nThe court was shown these messages:\n\n" + "\n".join(messages)
    article = clean_text(f"{page}\n\n{P3}")
    for message in messages:
        assert message in article.body
    assert P1 in article.body
    assert P3 in article.body


def test_a_message_that_opens_with_a_story_sentence_keeps_it_without_the_stamp() -> None:
    page = (
        "01/12/2026, 07:10 - Harbour desk: Good morning!\n\n"
        f"01/12/2026, 08:30 - Harbour desk: {P1}\n{P2}\n{P3}\n\n"
        "01/12/2026, 09:00 - Harbour desk: Ferry photos in the next message.\n\n"
        "01/12/2026, 09:05 - Harbour desk: <Media omitted>"
    )
    article = clean_text(page)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize("line", ["Story *one* and *two*", "*Note: fares rise in May* and more"])
def test_inner_asterisks_are_not_bold_markers_of_a_line(line: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{line}.\n\n{P3}")
    assert f"{line}." in article.body


# --------------------------------------------------------------------------------------------
# A sign-up box: the pitch above its button; a search engine's cache banner.

PITCH = (
    "The Harbour Letter lands every Friday with the week's ferry news, the tide tables and the "
    "best photos from our readers, straight to your inbox."
)


@pytest.mark.parametrize(
    "box",
    [
        f"{PITCH}\nSign up free",
        f"{PITCH}\n[ Your e-mail ] [ Subscribe ]",
        f"{PITCH}\n[Tanysgrifio]",
        f"{PITCH} [Turn on]",
        "Получавайте известия за новините от пристанището на телефона си. [Включи]",
    ],
)
def test_pitch_above_its_sign_up_button_is_furniture(box: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{box}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Islanders can sign up for the new ferry pass at the harbour office, the council said.",
        "More than 300 people subscribe to the harbour newsletter, which the council prints.",
        "The harbour master wrote that the pier was “safe [sic]” before it collapsed [in 2019].",
    ],
)
def test_story_sentences_about_signing_up_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body == f"{P1}\n\n{story}\n\n{P3}"


def test_story_paragraph_apart_from_a_sign_up_button_stays() -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\nSubscribe")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_cache_banner_is_furniture() -> None:
    banner = (
        "This is Findly's cache of https://www.islandpost.example/news/ferry-returns/. It is a "
        "snapshot of the page as it appeared on 3 Dec 2026 10:04:00 GMT. The current page could "
        "have changed in the meantime. Learn more.\n"
        "Full version   Text-only version   View source\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F and use the find bar.\n"
        "These search terms are highlighted: ferry island"
    )
    article = clean_text(f"{banner}\n____________\n\n{HEADLINE}\n\nBy Jane Roe\n\n{P1}\n\n{P2}")
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}"
    assert article.source_site == "islandpost.example"


def test_story_about_a_cached_page_stays() -> None:
    story = (
        "The council said a cached copy of its old website, a snapshot of the page as it "
        "appeared in 2019, showed the ferry fares it had promised."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body == f"{P1}\n\n{story}\n\n{P3}"


def test_story_paragraph_over_a_menu_word_in_its_block_stays() -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\nSubscribe")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# --------------------------------------------------------------------------------------------
# A press office's contact line and a reuse notice.


@pytest.mark.parametrize(
    "line",
    [
        "Press office – press@islandpost.example – (01) 0000-0000",
        "Assessoria de Imprensa | imprensa@porto.example.br",
        "This content may be reproduced provided the source is named.",
        "Este conteúdo pode ser reproduzido desde que citado o autor.",
    ],
)
def test_contact_and_reuse_lines_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Passengers can write to the operator – help@ferry.example – until the end of March.",
        "The council said the report may be reproduced in schools across the island.",
    ],
)
def test_story_sentences_with_an_address_or_reproduction_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


# --------------------------------------------------------------------------------------------
# A date strip under the byline.


def test_date_strip_under_the_byline_dates_the_story() -> None:
    article = clean_text(
        f"{HEADLINE}\n\nBy Jane Roe\n03.12.2026 | 08:15 · 4 min read\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-03"
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_menu_with_a_date_away_from_the_byline_dates_nothing() -> None:
    article = clean_text(
        f"Home | News | 03.12.2026 | Sport | Weather\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert article.published is None


# --------------------------------------------------------------------------------------------
# Translators' and editors' notes, signed at their end. A correction note stays: it tells the
# reader what the story says now.


@pytest.mark.parametrize(
    "note",
    [
        "The pier was rebuilt twice after the war. — Transl.",
        "Пристанището е построено през 1911 г. — Прим. ред.",
    ],
)
def test_signed_notes_are_furniture(note: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Correction officers said: the earlier shift had locked the harbour gate at ten.",
        "The correction to the timetable, the operator said, undoes an earlier mistake.",
        "“We rebuilt it twice,” said Anna Reid — the harbour’s new editor.",
        "The pier was rebuilt, said the council – and the cost was shared with the state.",
    ],
)
def test_story_sentences_about_corrections_and_editors_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert article.body == f"{P1}\n\n{story}\n\n{P3}"


def test_correction_note_is_dropped() -> None:
    # The story prints the corrected fact already (gold CONVENTIONS, cleaning).
    note = "Correction: An earlier version of this story gave the wrong number of crossings."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
