"""The line model: furniture by its shape and place (services/newsstream/core/linemodel.py).

Each case pairs a furniture-shaped line the model removes with a story line of similar words it
keeps. Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.linemodel import (
    FEATURES,
    NO_LINE_MODEL,
    RULE_NAME,
    LineModel,
    _turn_label,
    candidates,
    default_line_model,
    stopwords,
)
from newsstream.core.models import ContentType, RawArticle
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, RECEIVED
from tests.unit.test_cleaning_context import clean_text, rules_of

NEWSLETTER = (
    "The three ferry stories you need before the first sailing, in your inbox every morning "
    "at six. Enter your email | Sign up"
)
WEATHER = "Weather: 8°C Cloudy | Port Ansel, Tas."


def test_a_newsletter_prompt_inside_the_story_is_removed() -> None:
    article = clean_text("\n\n".join([HEADLINE, P1, NEWSLETTER, P2, P3]))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert rules_of(article, NEWSLETTER) == [RULE_NAME]


def test_a_sentence_with_the_prompts_words_stays() -> None:
    story = (
        "The three ferry sailings islanders need most leave before six every morning, "
        "the operator said."
    )
    article = clean_text("\n\n".join([HEADLINE, P1, story, P2, P3]))
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_weather_label_row_above_the_story_is_removed() -> None:
    article = clean_text("\n\n".join([HEADLINE, WEATHER, P1, P2, P3]))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert rules_of(article, WEATHER) == [RULE_NAME]


def test_a_lead_about_the_weather_stays() -> None:
    lead = "Weather in Port Ansel stayed cloudy at 8°C as the ferry left on Thursday morning."
    article = clean_text("\n\n".join([HEADLINE, lead, P1, P2, P3]))
    assert article.body.split("\n\n")[0] == lead


def test_crossheads_and_the_storys_own_list_stay() -> None:
    paragraphs = [
        P1,
        "Fares and fuel",
        P2,
        "The new timetable has three sailings a day:",
        "- 6:10 from Port Ansel",
        "- 12:40 from Heron Point",
        "- 18:05 from Port Ansel",
        P3,
    ]
    article = clean_text("\n\n".join([HEADLINE, *paragraphs]))
    assert article.body == "\n\n".join(paragraphs)


def test_list_items_ending_on_semicolons_are_the_storys_own() -> None:
    item = "on the lower deck the cars and the vans of the island farms;"
    paragraphs = [
        P1,
        "The new ferry has two decks:",
        item,
        "on the upper deck a café with seats for ninety passengers.",
        P2,
    ]
    judged = {index for index, _ in candidates(paragraphs, HEADLINE, stopwords())}
    assert 2 not in judged
    assert item in clean_text("\n\n".join([HEADLINE, *paragraphs])).body.split("\n\n")


def test_no_line_model_leaves_what_the_rules_keep() -> None:
    text = "\n\n".join([HEADLINE, P1, NEWSLETTER, P2, P3])
    raw = RawArticle(
        article_id="a1",
        source="test",
        received_at=RECEIVED,
        content_type=ContentType.PLAIN,
        text=text,
    )
    assert NEWSLETTER in clean(raw, line_model=NO_LINE_MODEL).body.split("\n\n")


def test_sentences_between_long_ones_are_never_judged() -> None:
    short_sentence = '"Finally," said the mayor.'
    judged = candidates([P1, short_sentence, P2, NEWSLETTER], HEADLINE, stopwords())
    assert [index for index, _ in judged] == [3]  # after the last long sentence: judged


def test_the_shipped_model_is_conservative() -> None:
    assert default_line_model().threshold >= 0.9


def test_a_short_sentence_opening_the_story_stays() -> None:
    opening = "It was a long night on the island."
    article = clean_text("\n\n".join([HEADLINE, opening, P1, P2, P3]))
    assert article.body.split("\n\n")[0] == opening


def test_short_sentences_closing_the_story_stay() -> None:
    # After the last long sentence a story may end in a few short ones, and one short line may
    # stand between them. Features that raised these (the line's distance from the story's
    # last long sentence, a non-sentence line between) took furniture too, and story with it.
    for closing in (
        ["The crossing reopens on Monday.", "Tickets bought for Friday stay valid."],
        ["Repairs start in March.", "They will take six weeks.", "The council will pay."],
        ["What happens next", "The board meets again in May."],
        ["Islanders welcomed it.", "Some asked for later boats.", "It said it would listen."],
    ):
        article = clean_text("\n\n".join([HEADLINE, P1, P2, P3, *closing]))
        assert article.body.split("\n\n")[3:] == closing


def test_a_standfirst_restating_the_lead_is_never_judged() -> None:
    standfirst = "Regional council approves new ferry timetable after islanders debate"
    judged = candidates([standfirst, P1, P2, P3], HEADLINE, stopwords())
    assert 0 not in [index for index, _ in judged]


def test_a_long_sentence_of_few_words_is_the_storys_core() -> None:
    # Eight long words (a language that builds words long): core by its length in letters.
    long_words = "Saaristolauttaliikenteen aikataulumuutoksista keskusteltiin kunnanvaltuuston "
    core = f"{long_words}ylimääräisessä kokouksessa torstaina iltapäivällä pitkään."
    short_sentence = "Lautta lähtee kuudelta."
    judged = candidates([core, short_sentence, core, NEWSLETTER], HEADLINE, stopwords())
    assert [index for index, _ in judged] == [3]


def test_a_page_without_a_core_paragraph_is_not_judged() -> None:
    assert candidates(["Fares stay frozen.", NEWSLETTER], HEADLINE, stopwords()) == []


# Calls every paragraph it may judge furniture: what it keeps, it keeps whatever the weights say.
EVERYTHING_GOES = LineModel(weights=(0.0,) * len(FEATURES), bias=10.0, threshold=0.5)
TABLE = ["Timetable", "Weekdays: six crossings", "Weekends: four crossings"]


def test_a_table_the_story_gives_stays_whatever_the_weights() -> None:
    closing = "The operator said the timetable would return to six crossings a day from March."
    gone = EVERYTHING_GOES.furniture([P1, P2, *TABLE, closing], HEADLINE)
    assert 2 in gone  # the table's heading is judged
    assert 3 not in gone  # its rows are the story's
    assert 4 not in gone


def test_labelled_rows_after_the_last_sentence_are_judged() -> None:
    rows = ["Tags: ferries, islands", "Share: email, print"]
    assert EVERYTHING_GOES.furniture([P1, P2, *rows], HEADLINE) == [2, 3]


@pytest.mark.parametrize(
    ("paragraph", "turn"),
    [
        ("— Tak.", True),  # an em dash opens a turn of dialogue
        ("― Sí, claro.", True),  # a horizontal bar
        ("Moreau: We start in May.", True),  # a speaker's label
        ("– die Küche im Keller.", False),  # an en dash is a list's bullet
    ],
)
def test_a_turn_of_talk_opens_on_a_dialogue_dash_not_a_list_bullet(
    paragraph: str, *, turn: bool
) -> None:
    assert (_turn_label(paragraph) is not None) is turn
