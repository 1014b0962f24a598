"""The story's own data rows, told by shape and place, against a site's widget rows.

Every line here is invented for these tests.
"""

from __future__ import annotations

from newsstream.core.datarows import is_data_row, is_fact_box_heading, story_rows
from newsstream.core.linemodel import FEATURES, LineModel, stopwords
from tests.unit.test_cleaning_scripts import clean_text

LEAD = (
    "The ferry company published its new winter fares on Monday, raising the price of a "
    "return crossing for the first time in six years."
)
MIDDLE = "The company said fuel had cost it a fifth more this year than last, its director said."
END = "The new fares apply from the first of January until the end of March."


def rows(paragraphs: list[str]) -> set[int]:
    return story_rows(paragraphs, stopwords())


def test_a_data_row_is_short_has_a_figure_and_is_no_sentence() -> None:
    words = stopwords()
    assert is_data_row("Adults 14,50 €", words)
    assert is_data_row("Kowalczyk 12', 77'", words)
    assert is_data_row("V 12,6 % (+0,8)", words)  # a party's letter, a preposition elsewhere
    assert not is_data_row("Adults pay more", words)  # no figure
    assert not is_data_row("2. Bike path opens", words)  # a numbered item, no figure
    assert is_data_row("2. Valley AC 61 pts", words)
    assert not is_data_row("It rose 4 m.", words)  # a sentence
    assert not is_data_row("The fare for adults with a car and a trailer is 40", words)


def test_headless_rows_between_story_sentences_are_the_story_s() -> None:
    page = [LEAD, "Adults 14,50 €", "Children 7,20 €", "Cars 38 €", MIDDLE, END]
    assert rows(page) == {1, 2, 3}


def test_rows_in_another_script_between_sentences_stay() -> None:
    lead = "Рада затвердила нові тарифи на проїзд у міському транспорті з першого січня."
    page = [lead, "Автобус 15 грн", "Трамвай 12 грн", MIDDLE, END]
    assert rows(page) == {1, 2}


def test_a_heading_in_the_story_s_words_heads_its_rows() -> None:
    page = [LEAD, "Crossing fares", "Adults 14,50 €", "Children 7,20 €", MIDDLE, END]
    assert rows(page) == {1, 2, 3}


def test_a_fact_box_heading_heads_the_story_s_rows() -> None:
    assert is_fact_box_heading("The harbour in numbers")
    assert is_fact_box_heading("At a glance")
    assert is_fact_box_heading("Der Hafen in Zahlen")
    assert not is_fact_box_heading("Weather today")
    page = [LEAD, "The ship in numbers", "Length 96 m", "Berths 310", MIDDLE, END]
    assert rows(page) == {1, 2, 3}


def test_a_widget_heading_foreign_to_the_story_is_not_the_story_s() -> None:
    page = [LEAD, "WEATHER", "Today 4° / -1°", "Tomorrow 6° / 0°", MIDDLE, END]
    assert rows(page) == set()


def test_a_label_in_capitals_is_the_site_s_even_in_the_story_s_words() -> None:
    page = [LEAD, "CROSSING FARES", "Adults 14,50 €", "Children 7,20 €", MIDDLE, END]
    assert rows(page) == set()


def test_rows_with_no_story_sentence_after_them_are_not_kept() -> None:
    page = [LEAD, MIDDLE, "Adults 14,50 €", "Children 7,20 €"]
    assert rows(page) == set()


def test_one_row_is_no_table() -> None:
    assert rows([LEAD, "Adults 14,50 €", MIDDLE, END]) == set()


def test_the_line_model_never_judges_the_story_s_rows() -> None:
    # A model that would remove every paragraph it judges.
    remove_all = LineModel(weights=(0.0,) * len(FEATURES), bias=50.0, threshold=0.5)
    page = [LEAD, "Adults 14,50 €", "Children 7,20 €", MIDDLE, END, "Share | Print"]
    gone = remove_all.furniture(page, None)
    assert 1 not in gone
    assert 2 not in gone
    assert 5 in gone


def test_clean_keeps_a_fact_box_between_story_sentences() -> None:
    text = "\n\n".join(
        ["Ferry fares rise", LEAD, "At a glance\nAdults 14,50 €\nCars 38 €", MIDDLE, END]
    )
    body = clean_text(text).body.split("\n\n")
    assert body == [LEAD, "At a glance", "Adults 14,50 €", "Cars 38 €", MIDDLE, END]


def test_clean_still_drops_a_summary_box_on_top() -> None:
    text = "\n\n".join(
        [
            "Ferry fares rise",
            "At a glance\n• Fares rise by 12 per cent\n• Cars pay 38 euros",
            LEAD,
            MIDDLE,
            END,
        ]
    )
    body = clean_text(text).body
    assert "At a glance" not in body
    assert "Cars pay 38 euros" not in body


def test_clean_keeps_rows_between_the_story_s_short_last_sentences() -> None:
    said = "The company said fuel cost it a fifth more this year."
    short = "Fares for lorries stay as they are."
    text = "\n\n".join(["Ferry fares rise", LEAD, "Adults 14,50 €\nChildren 7,20 €", said, short])
    assert clean_text(text).body.split("\n\n") == [
        LEAD,
        "Adults 14,50 €",
        "Children 7,20 €",
        said,
        short,
    ]


def test_clean_still_drops_a_headed_box_of_rows_at_the_page_s_end() -> None:
    text = "\n\n".join(["Ferry fares rise", LEAD, MIDDLE, "FERRIES TODAY\n07:30 Ro 2\n12:15 Ro 3"])
    assert clean_text(text).body.split("\n\n") == [LEAD, MIDDLE]
