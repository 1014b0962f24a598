from newsstream.core.automata import automaton


def test_every_occurrence_is_found_overlapping_ones_too() -> None:
    found = automaton(["death", "dead", "eat"]).iter("deaths and the dead")
    assert sorted((last + 1 - len(word), word) for last, word in found) == [
        (0, "death"),
        (1, "eat"),
        (15, "dead"),
    ]


def test_a_text_without_the_words_gives_nothing() -> None:
    assert list(automaton(["toll"]).iter("no such word here")) == []
