"""Widget blocks told by shape: a short heading over short data rows the story does not tell.

Every line here is invented for these tests.
"""

from __future__ import annotations

from newsstream.core.linemodel import stopwords
from newsstream.core.widgets import widget_blocks
from tests.unit.test_cleaning_scripts import clean_text

LEAD = (
    "The council voted on Tuesday to replace the lighting along the old pier, after fishermen "
    "complained that the lamps had failed for most of the autumn."
)
MIDDLE = "The new lamps will use solar panels, so that a power cut no longer leaves it dark."
END = "Work is expected to begin in February and to last about six weeks."


def blocks(paragraphs: list[str]) -> set[int]:
    return widget_blocks(paragraphs, stopwords())


def test_heading_and_data_rows_between_story_paragraphs_are_a_widget() -> None:
    page = [LEAD, "TIDES TODAY", "High 05:42 (4.1 m)", "Low 11:58 (0.9 m)", MIDDLE, END]
    assert blocks(page) == {1, 2, 3}


def test_rows_in_other_scripts_and_without_a_latin_heading() -> None:
    page = [LEAD, "مواقيت الصلاة", "الفجر 05:12", "الظهر 11:48", MIDDLE, END]
    assert blocks(page) == {1, 2, 3}


def test_one_row_is_no_widget() -> None:
    assert blocks([LEAD, "METEO", "Oggi 3° / -4° Neve", MIDDLE, END]) == set()


def test_a_list_announced_by_a_colon_stays() -> None:
    page = [LEAD, "Results:", "1. Harriers 48 pts", "2. Valley AC 61 pts", MIDDLE, END]
    assert blocks(page) == set()


def test_rows_naming_what_the_story_tells_stay() -> None:
    story = "Palermo lead the table after Brescia won at Cremona on Saturday, two points behind."
    page = [story, "Standings", "Palermo 31", "Brescia 29", "Cremona 27", MIDDLE, END]
    assert blocks(page) == set()


def test_labelled_rows_of_the_story_stay() -> None:
    page = [LEAD, "Key figures", "Treatment rooms: 24", "Staff hired: 61", MIDDLE, END]
    assert blocks(page) == set()


def test_sentences_are_no_rows() -> None:
    page = [LEAD, "Tides", "It rose 4 m.", "It fell 3 m.", MIDDLE, END]
    assert blocks(page) == set()


def test_clean_reports_the_widget_and_keeps_the_story() -> None:
    text = "\n\n".join(
        [
            "Pier lights to be replaced",
            LEAD,
            "FUEL TODAY\nDiesel 1,619 €/l\nPetrol 1,759 €/l\nUpdated 08:40",
            MIDDLE,
            END,
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.body == "\n\n".join([LEAD, MIDDLE, END])
    widget = [line.text for line in cleaned.removed if line.rule == "widget"]
    # "Updated 08:40" goes by its own rule first.
    assert widget == ["FUEL TODAY", "Diesel 1,619 €/l", "Petrol 1,759 €/l"]


def test_a_heading_in_the_story_words_heads_its_table() -> None:
    page = [LEAD, "The pier in numbers", "Length 340 m", "Lamps 48", MIDDLE, END]
    assert blocks(page) == set()
