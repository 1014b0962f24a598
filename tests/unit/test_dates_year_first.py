"""Dates printed year first (Hungarian, Lithuanian, Latvian, Korean and numeric orders).

Every date line and article here is invented for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.dates import find_date
from newsstream.core.models import ContentType, RawArticle


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026. március 4. 07:50", date(2026, 3, 4)),  # Hungarian, alone on its line
        ("2026. márc. 4-én", date(2026, 3, 4)),  # an abbreviation and a case ending
        ("2026. november 4., szerda", date(2026, 11, 4)),  # ASCII up to the weekday
        ("Posted: 2026. november 4.", date(2026, 11, 4)),  # after a label
        ("2026 m. kovo 4 d. 10:42", date(2026, 3, 4)),  # Lithuanian
        ("2026. gada 4. martā", date(2026, 3, 4)),  # Latvian, locative
        ("2026. gada 4. decembris", date(2026, 12, 4)),  # Latvian, nominative
        ("2026. 03. 04. 오후 3:10", date(2026, 3, 4)),  # Korean numbers
        ("2026.03.04 15:10", date(2026, 3, 4)),
        ("2026/03/04", date(2026, 3, 4)),
    ],
)
def test_year_first_dates_are_read_in_every_order(text: str, day: date) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "In 2019. March 12 ferries sailed",  # a sentence's end, then the next one's words
        "release 2026.1.2 of the timetable app",  # a version number
        "Output fell in 2023. March 5, the day the plant shut, is still marked.",  # two sentences
    ],
)
def test_a_year_first_run_that_is_no_date_is_not_read(text: str) -> None:
    assert find_date(text) is None


def test_a_year_first_date_under_the_byline_dates_the_article() -> None:
    text = (
        "Új kompjárat indul a szigetre\n\n"
        "Szabó Lenke\n"
        "2026. november 30. 07:50\n\n"
        "A kikötő hétfőn bejelentette, hogy új kompjárat indul a szigetre a jövő hónaptól. "
        "A komp reggel hattól este tízig jár majd.\n\n"
        "A polgármester szerint a lakók régóta kérték a járatot.\n\n"
        "Az első hetekben a jegyek ingyenesek lesznek."
    )
    article = clean(
        RawArticle(
            article_id="a1",
            source="test",
            received_at=datetime(2026, 12, 1, tzinfo=UTC),
            content_type=ContentType.PLAIN,
            text=text,
        )
    )
    assert article.published == date(2026, 11, 30)
    assert article.credits == ["Szabó Lenke"]
