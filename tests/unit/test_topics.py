"""Topic scoring (services/newsstream/core/topics.py) against the contract in data/topics.toml."""

from __future__ import annotations

import tomllib

import pytest

from newsstream.core.models import Topic
from newsstream.core.topics import TopicScorer, default_topic_scorer

# The layout of data/topics.toml, with a small vocabulary.
DOCUMENT = tomllib.loads(
    """
[topics.armed_conflict]
label = "armed conflict"
iptc = "medtop:20000056"
threshold = 6.0

[topics.armed_conflict.terms]
"war" = 3
"ceasefire" = 3
"troops" = 2
"front line" = 3
"line" = 1
"cease-fire" = 3

[topics.sport]
label = "sport"
iptc = "medtop:15000000"
threshold = 4.0

[topics.sport.terms]
"goal" = 2
"world cup" = 3
"cup" = 1
"women's" = 1
"troops" = 1

[topics.science_technology]
label = "science and technology"
iptc = "medtop:13000000"
threshold = 7.0

[topics.science_technology.terms]
"covid-19" = 3
"vaccine trial results" = 3
"g7" = 2
"""
)


@pytest.fixture(scope="module")
def scorer() -> TopicScorer:
    return TopicScorer(DOCUMENT)


def scores(scorer: TopicScorer, text: str) -> dict[str, float]:
    return {topic.label: topic.score for topic in scorer.score(text)}


def test_two_decisive_terms_reach_the_threshold_exactly(scorer: TopicScorer) -> None:
    assert scores(scorer, "The war went on despite the ceasefire.") == {"armed conflict": 0.5}


def test_score_just_at_threshold_is_assigned_with_half_confidence(scorer: TopicScorer) -> None:
    # 3 + 3 = 6 = threshold: confidence 6 / (2 * 6) = 0.5
    assert scores(scorer, "War, and then more war.") == {"armed conflict": 0.5}


def test_score_below_threshold_is_not_assigned(scorer: TopicScorer) -> None:
    # troops = 2 twice: 4 < 6 for armed conflict; 1 twice: 2 < 4 for sport
    assert scorer.score("Troops came and troops went.") == []


def test_whole_tokens_only(scorer: TopicScorer) -> None:
    text = "A warning about warfare, a goalkeeper, cupboards, lines and a cup-tie."
    assert scorer.score(text) == []


def test_case_is_ignored(scorer: TopicScorer) -> None:
    assert scores(scorer, "WAR! War! war.") == {"armed conflict": 0.75}


def test_each_term_counts_at_most_three_times(scorer: TopicScorer) -> None:
    # war x10 counts 3 x 3 = 9: confidence 9 / 12 = 0.75, not capped at 1.0
    assert scores(scorer, " ".join(["war"] * 10)) == {"armed conflict": 0.75}
    # goal x10 counts 3 x 2 = 6 for sport: 6 / 8 = 0.75
    assert scores(scorer, "goal " * 10) == {"sport": 0.75}


def test_confidence_formula_and_rounding(scorer: TopicScorer) -> None:
    # science: covid-19 (3) + g7 (2) x2 = 7 = threshold → 0.5; + one more covid-19 → 10/14
    assert scores(scorer, "covid-19 and the g7, the g7 again") == {"science and technology": 0.5}
    text = "covid-19, covid-19 and the g7, the g7 again"
    assert scores(scorer, text) == {"science and technology": round(10 / 14, 3)}


def test_confidence_is_capped_at_one(scorer: TopicScorer) -> None:
    text = "war war war ceasefire ceasefire ceasefire troops troops troops"
    assert scores(scorer, text) == {"armed conflict": 1.0}


def test_phrase_and_word_inside_it_both_match(scorer: TopicScorer) -> None:
    # "front line" (3) + "line" (1) = 4; + "war" (3) = 7 ≥ 6
    assert scores(scorer, "On the front line of the war.") == {"armed conflict": round(7 / 12, 3)}
    # without the phrase: line (1) + war (3) = 4 < 6
    assert scorer.score("On the line of the war.") == []


def test_phrase_needs_consecutive_tokens(scorer: TopicScorer) -> None:
    assert scores(scorer, "war in the world, a cup") == {}
    assert scores(scorer, "world cup, world cup") == {"sport": 1.0}  # (3 + 1) x 2 = 8
    assert scores(scorer, "world of the cup, world of the cup") == {}


def test_phrase_that_ends_the_text_counts_once(scorer: TopicScorer) -> None:
    # "troops" (2) + "front line" (3) + "line" (1) = 6: at the threshold, half confidence
    assert scores(scorer, "troops at the front line") == {"armed conflict": 0.5}


def test_three_word_phrase(scorer: TopicScorer) -> None:
    text = "The vaccine trial results were out; covid-19 cases fell. Vaccine trial results matter."
    assert scores(scorer, text) == {"science and technology": round(9 / 14, 3)}


def test_hyphen_and_digits_are_token_characters(scorer: TopicScorer) -> None:
    # "cease-fire" is one token: it matches its own term, not "ceasefire"; "front-line" is one
    # token, so neither "front line" nor "line" matches it.
    assert scores(scorer, "A cease-fire, then war.") == {"armed conflict": 0.5}
    assert scorer.score("The front-line war.") == []
    assert scorer.score("covid and 19, g 7") == []


def test_typographic_apostrophe_matches_the_term(scorer: TopicScorer) -> None:
    text = "The women’s world cup: a goal, then the women's final."
    # women's x2 (1 each) + world cup (3) + cup (1) + goal (2) = 8 → 8 / 8
    assert scores(scorer, text) == {"sport": 1.0}


def test_term_in_two_topics_counts_for_both(scorer: TopicScorer) -> None:
    text = "troops, troops, troops and a goal: the war went on, said the goal scorer"
    assert scores(scorer, text) == {"armed conflict": 0.75, "sport": 0.875}


def test_results_are_sorted_best_first_then_by_label(scorer: TopicScorer) -> None:
    text = "war war ceasefire ceasefire; goal goal"
    assert scorer.score(text) == [
        Topic(label="armed conflict", score=1.0),
        Topic(label="sport", score=0.5),
    ]
    text = "war war; goal goal"
    assert [t.label for t in scorer.score(text)] == ["armed conflict", "sport"]


def test_empty_text_has_no_topics(scorer: TopicScorer) -> None:
    assert scorer.score("") == []


# --------------------------------------------------------------------------------------------
# The shipped vocabulary on invented articles.

FOOTBALL = """Ferrovia beat Atlético Sur 3-1 on Saturday to reach the cup final. The striker
scored twice in the first half and the goalkeeper saved a penalty in front of the home fans.
The coach praised his players after the match, and the league title race is open again."""

EARTHQUAKE = """A magnitude 6.8 earthquake struck the mountains of central Peru on Tuesday,
killing at least 40 people and injuring hundreds. Rescue teams searched collapsed buildings for
survivors as aftershocks shook the region, and the government declared a state of emergency."""

CENTRAL_BANK = """The central bank of Chile raised interest rates by half a percentage point on
Wednesday, citing stubborn inflation. Economists had expected the move after consumer prices
rose 6% in the year to March, and the currency strengthened against the dollar."""


@pytest.mark.parametrize(
    ("text", "label"),
    [(FOOTBALL, "sport"), (EARTHQUAKE, "disaster and accident"), (CENTRAL_BANK, "economy")],
    ids=["football", "earthquake", "central-bank"],
)
def test_default_vocabulary_gives_the_article_its_topic(text: str, label: str) -> None:
    topics = default_topic_scorer().score(text)
    assert topics
    assert topics[0].label == label
    assert all(0.0 < t.score <= 1.0 for t in topics)


def test_default_vocabulary_ignores_a_story_with_no_topic_evidence() -> None:
    assert default_topic_scorer().score("The mayor opened a new library on Monday.") == []


def test_passing_mention_does_not_carry_a_topic() -> None:
    text = (
        "The mayor opened a new library on Monday, a year after the earthquake, and thanked "
        "the volunteers who painted the reading room."
    )
    assert "disaster and accident" not in {t.label for t in default_topic_scorer().score(text)}
