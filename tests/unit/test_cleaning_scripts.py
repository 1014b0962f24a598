"""Cleaning across scripts and page shapes: sentence ends, word counts, joiners, wraps, channels.

Every article here is invented for these tests (ferries, harbours, islands).
"""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.dates import find_date
from newsstream.core.models import CleanedArticle, ContentType, RawArticle
from newsstream.core.text import ends_sentence, has_sentence_mark, normalise_text, word_count

RECEIVED = datetime(2026, 1, 1, tzinfo=UTC)
ZWNJ = "\u200c"


def clean_text(text: str, content_type: ContentType = ContentType.PLAIN) -> CleanedArticle:
    return clean(
        RawArticle(
            article_id="a1",
            source="test",
            received_at=RECEIVED,
            content_type=content_type,
            text=text,
        )
    )


@pytest.mark.parametrize(
    "line",
    [
        "नौका सेवा सोमवार से फिर शुरू होगी।",
        "渡轮服务将于周一恢复。",
        "هل ستعود العبارة يوم الاثنين؟",
        "เรือข้ามฟากจะกลับมาให้บริการในวันจันทร์",
        "「渡し船は月曜日に再開する。」",
    ],
)
def test_sentence_ends_of_other_scripts(line: str) -> None:
    assert ends_sentence(line)


def test_a_thai_letter_ends_a_sentence_but_is_no_mark() -> None:
    line = "เรือข้ามฟากจะกลับมาให้บริการในวันจันทร์"
    assert ends_sentence(line)
    assert not has_sentence_mark(line)
    assert not ends_sentence("เรือข้ามฟาก: 12")


def test_words_of_unspaced_scripts_are_counted_by_their_letters() -> None:
    assert word_count("ferry fares frozen") == 3
    thai = "เรือข้ามฟากจะกลับมาให้บริการในวันจันทร์"  # 38 letters and marks, one "word" by spaces
    assert word_count(thai) == 1 + len(thai) // 4
    assert word_count("渡轮服务将于周一恢复") == 1 + 5


def test_joiners_stay_inside_words_and_go_beside_ascii() -> None:
    persian = f"می{ZWNJ}شود"
    assert normalise_text(persian) == persian
    assert normalise_text(f"fer{ZWNJ}ry {ZWNJ}x") == "ferry x"
    assert normalise_text("a\u200bb\u00adc") == "abc"


HINDI_HEADLINE = "द्वीप की नौका सेवा सोमवार से फिर शुरू होगी"
HINDI = [
    "बंदरगाह विभाग ने बताया कि तूफान के बाद द्वीप की नौका सेवा सोमवार सुबह से फिर शुरू होगी और "
    "पहली नाव सात बजे रवाना होगी।",
    "मछुआरों ने कहा कि पिछले सप्ताह की बंदी से उन्हें भारी नुकसान हुआ और बाजार तक मछली नहीं पहुंच सकी।",
    "किराया पहले जैसा ही रहेगा।",
]


def test_one_sentence_last_paragraph_ending_in_a_danda_is_kept() -> None:
    article = clean_text(f"{HINDI_HEADLINE}\n\n" + "\n\n".join(HINDI) + "\n\nटैग्स: नौका, द्वीप")
    assert article.title == HINDI_HEADLINE
    assert article.body.split("\n\n") == HINDI


THAI_HEADLINE = "เรือข้ามฟากเกาะกลับมาให้บริการ หลังพายุผ่านพ้น"
THAI = [
    "กรมเจ้าท่าประกาศว่าเรือข้ามฟากระหว่างท่าเรือฝั่งเหนือกับเกาะจะกลับมาให้บริการตั้งแต่เช้าวันจันทร์ "
    "หลังจากหยุดวิ่งไปสามวันเพราะคลื่นลมแรง เจ้าหน้าที่ตรวจสภาพท่าเรือแล้วไม่พบความเสียหาย",
    "ชาวประมงบนเกาะบอกว่าการหยุดเดินเรือทำให้ส่งปลาไปตลาดไม่ได้ และหลายครอบครัวขาดรายได้ "
    "ตลอดสัปดาห์ที่ผ่านมา พวกเขาขอให้มีเรือเสริมในช่วงเช้า",
    "ค่าโดยสารยังคงเท่าเดิมจนถึงสิ้นปี",
]


def test_thai_story_without_sentence_marks_is_kept() -> None:
    text = f"{THAI_HEADLINE}\n\n\t" + "\n\n\t".join(THAI) + "\n\n____________\n\nโทร. 000-000-000"
    article = clean_text(text)
    assert article.body.split("\n\n") == THAI


WRAPPED = (
    "The regional council approved a new ferry timetable for the island on Thursday, after a "
    "debate that had lasted for most of the autumn season. Islanders had asked for an earlier "
    "morning boat to the mainland for many years."
)
WIDTH = 71


def test_hard_wrapped_sentence_end_at_the_margin_goes_on() -> None:
    wrapped = textwrap.fill(WRAPPED, WIDTH)
    assert "season.\nIslanders" in wrapped  # "Islanders" would not have fitted after "season."
    pair = "The council met on Monday and voted for the plan: the members for it\n19, two against."
    text = (
        f"Ferry timetable approved\n\n{wrapped}\n\n{pair}\n\n{textwrap.fill(WRAPPED[::-1], WIDTH)}"
    )
    article = clean_text(text)
    assert article.body.split("\n\n")[:2] == [WRAPPED, pair.replace("\n", " ")]


def test_two_capitalised_lines_on_a_wrapped_page_stay_apart() -> None:
    labels = "Storm closes the harbour road for a week in the north of the island\nLighthouse"
    article = clean_text(f"Ferry timetable approved\n\n{textwrap.fill(WRAPPED, WIDTH)}\n\n{labels}")
    assert all("island Lighthouse" not in paragraph for paragraph in article.body.split("\n\n"))


def test_channel_export_keeps_the_story_post_between_short_posts_with_view_counts() -> None:
    story = [
        "The island ferry will run again from Monday morning after three days in port because "
        "of the storm, the harbour office said on Sunday.",
        "Fishermen said the closure had kept their catch from the market all week and asked "
        "for an extra early boat until the backlog is cleared.",
        "The first boat leaves the north pier at seven, and fares stay the same until the end "
        "of the year.",
        "Tickets can be bought on board.",
    ]
    posts = [
        "Harbour News, [30.11.2026 21:40]\nGood night, islanders! Calm seas expected tomorrow.\n"
        "👁 9.8K",
        "Harbour News, [01.12.2026 9:14]\nFerry back from Monday\n\n"
        + "\n\n".join(story)
        + "\n\n👁 31.4K",
        "Harbour News, [01.12.2026 9:30]\nADVERTISEMENT\nWinter sale at the pier shop!\n👁 22.1K",
        "Harbour News, [01.12.2026 10:02]\nRoad works on the coast road this week.\n👁 18.7K",
        "Harbour News, [01.12.2026 11:15]\nVideo: the first boat in the harbour.\n👁 12.9K",
    ]
    article = clean_text("Harbour News\nchannel · 48 312 subscribers\n\n" + "\n\n".join(posts))
    body = article.body.split("\n\n")
    assert all(paragraph in body for paragraph in story)


def test_html_extraction_keeps_the_joiners_of_persian_words() -> None:
    paragraphs = [
        f"شرکت کشتیرانی گفت قایق‌های مسافری از دوشنبه دوباره به جزیره می{ZWNJ}روند و نخستین قایق "
        "ساعت هفت صبح حرکت می‌کند.",
        f"ماهیگیران گفتند تعطیلی یک هفته{ZWNJ}ای به آن‌ها زیان زیادی زده "
        "و ماهی به بازار نرسیده است.",
        "قیمت بلیت تا پایان سال تغییر نمی‌کند و مسافران می‌توانند بلیت را در اسکله بخرند.",
    ]
    page = (
        '<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>قایق‌ها به جزیره برمی‌گردند'
        "</title></head><body><nav><a href='/'>خانه</a></nav><article>"
        "<h1>قایق‌ها به جزیره برمی‌گردند</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        + "</article><footer>همه حقوق محفوظ است</footer></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.body.split("\n\n") == paragraphs
    assert article.title == "قایق‌ها به جزیره برمی‌گردند"  # its joiners kept, as in the body


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Birt: 6. mars 2026 kl. 09:15", date(2026, 3, 6)),
        ("Avaldatud 6. märts 2026", date(2026, 3, 6)),
        ("Publikované 6. marca 2026, 9:15", date(2026, 3, 6)),
        ("An wallafa: 6 Maris, 2026", date(2026, 3, 6)),
        ("Publicat el 6 de març de 2026", date(2026, 3, 6)),
        ("เผยแพร่: 6 มี.ค. 2569 09:15 น.", date(2026, 3, 6)),
        ("6 มีนาคม 2569", date(2026, 3, 6)),
    ],
)
def test_dates_of_more_languages_and_the_buddhist_era(text: str, day: date) -> None:
    assert find_date(text) == day


def test_thai_page_dates_the_story_and_credits_its_author() -> None:
    text = (
        f"{THAI_HEADLINE}\n\nผู้เขียน: สมชาย ใจดี\n\nเผยแพร่: 6 มี.ค. 2569 09:15 น.\n\n\t"
        + "\n\n\t".join(THAI)
    )
    article = clean_text(text)
    assert article.title == THAI_HEADLINE
    assert article.credits == ["ผู้เขียน: สมชาย ใจดี"]
    assert article.published == date(2026, 3, 6)
    assert article.body.split("\n\n") == THAI


def test_press_release_end_mark_in_another_language_ends_the_story() -> None:
    story = [
        "The ferry company will put an electric boat on the island route from March, it said "
        "on Monday.",
        "The new boat carries 400 passengers and charges at the harbour in forty minutes.",
    ]
    text = (
        "Electric ferry for the island\n\n"
        + "\n\n".join(story)
        + "\n\n-- Einde persbericht --\n\nNoot voor de redactie\n\nVoor meer informatie: "
        "pers@veerdienst.example, 0000 000 000.\n\nOver de veerdienst\n\nDe veerdienst vaart "
        "sinds 1960 naar de eilanden en vervoert jaarlijks een miljoen passagiers."
    )
    assert clean_text(text).body.split("\n\n") == story


def test_caption_credits_in_brackets_and_under_a_figure() -> None:
    story = [
        "The island ferry will run again from Monday morning after three days in port because "
        "of the storm, the harbour office said on Sunday.",
        "Fishermen said the closure had kept their catch from the market all week.",
    ]
    caption = "The north pier at dawn, still closed on Sunday. (Foto: Ana Lima)"
    filed = "The north pier at dawn, still closed on Sunday. (Foto: arquivo)"
    for line, credits in ((caption, ["Foto: Ana Lima"]), (filed, [])):
        article = clean_text(f"Ferry back from Monday\n\n{line}\n\n" + "\n\n".join(story))
        assert (article.credits, article.body.split("\n\n")) == (credits, story)
    page = (
        "<html><head><title>Ferry back from Monday</title></head><body><article>"
        "<h1>Ferry back from Monday</h1><figure><img src='/a.jpg' alt=''><figcaption>"
        "המזח בבוקר. צילום: דנה לוי</figcaption></figure>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in story)
        + "</article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == ["צילום: דנה לוי"]


def test_label_ending_its_line_points_at_the_address_on_the_next() -> None:
    story = [
        "The island ferry will run again from Monday morning after three days in port because "
        "of the storm, the harbour office said on Sunday.",
        "Fishermen said the closure had kept their catch from the market all week.",
    ]
    text = (
        "Ferry back from Monday\n\n"
        + "\n\n".join(story)
        + "\n\nRead it online and comment:\nhttps://www.harbourpost.example/island/ferry-back"
        + "\n\nShare this newsletter: https://letters.harbourpost.example/join"
    )
    assert clean_text(text).source_site == "harbourpost.example"


def test_html_list_items_are_paragraphs_without_a_mark() -> None:
    first = "The ferry company will put an electric boat on the island route from March."
    lead = "Travellers will see two changes:"
    items = ["Departure times stay the same.", "Bicycles can be charged on board."]
    closing = "The boat was built at a yard on the mainland and carries 400 passengers at a time."
    page = (
        "<html><head><title>Electric ferry for the island</title></head><body><article>"
        f"<h1>Electric ferry for the island</h1><p>{first}</p><p>{lead}</p><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul><p>{closing}</p></article></body></html>"
    )
    body = clean_text(page, ContentType.HTML).body.split("\n\n")
    assert body == [first, lead, *items, closing]


def test_story_that_opens_with_a_list_introduction_keeps_it() -> None:
    lead = (
        "The ferry company will put an electric boat on the island route from March, and "
        "travellers will see three changes:"
    )
    items = ["Departure times stay the same.", "Bicycles can be charged on board."]
    closing = "The boat was built at a yard on the mainland and carries 400 passengers at a time."
    text = "Electric ferry for the island\n\n" + "\n\n".join([lead, *items, closing])
    article = clean_text(text)
    assert article.title == "Electric ferry for the island"
    assert article.body.split("\n\n") == [lead, *items, closing]


def test_text_read_as_windows_1252_twice_is_repaired() -> None:
    story = "Mae’r fferi’n ôl ar y môr · Côte d’Ivoire: 5 °C, £2 a’r tâl."
    twice = story.encode().decode("cp1252").encode().decode("cp1252")
    assert "Ã¢â‚¬â„¢" in twice
    assert normalise_text(twice) == story


def test_text_with_letters_like_mojibake_signs_is_left_alone() -> None:
    story = "ÂNGELO Ñuñez visited Øresund and Ærø in the Ålands: “fine”, he said."
    assert normalise_text(story) == story


def test_two_sentences_wrapped_at_the_margin_in_a_two_line_block_are_one_paragraph() -> None:
    pair = (
        "On 19 March the ferry company opens its new ticket office at the pier.\n"
        "Islanders will buy their season tickets there from the first week."
    )
    assert len(pair.partition("\n")[0]) + len(" Islanders") > WIDTH  # "Islanders" would not fit
    text = f"Ferry timetable approved\n\n{textwrap.fill(WRAPPED, WIDTH)}\n\n{pair}"
    article = clean_text(text)
    assert article.body.split("\n\n")[-1] == pair.replace("\n", " ")
