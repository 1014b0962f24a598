from newsstream.core import dedup
from newsstream.core.models import DuplicateMethod

BODY = "Flood waters rose overnight in the river valley.\n\nHundreds of homes were evacuated."


def test_fingerprint_folds_case_punctuation_and_spacing() -> None:
    variant = "FLOOD waters rose  overnight, in the river valley!\nHundreds of homes were evacuated"
    assert dedup.fingerprint(variant) == dedup.fingerprint(BODY)


def test_fingerprint_differs_when_a_word_differs() -> None:
    assert dedup.fingerprint(BODY.replace("Hundreds", "Thousands")) != dedup.fingerprint(BODY)


def test_first_article_is_unique_and_remembered() -> None:
    memory: dict[str, str] = {}
    decision = dedup.decide("a1", BODY, memory)
    assert not decision.is_duplicate
    assert not decision.redelivery
    assert decision.duplicate_of is None
    dedup.remember("a1", decision, memory)
    assert memory == {decision.fingerprint: "a1"}


def test_same_content_under_another_id_is_an_exact_duplicate_of_the_first() -> None:
    memory: dict[str, str] = {}
    dedup.remember("a1", dedup.decide("a1", BODY, memory), memory)
    decision = dedup.decide("a2", BODY.upper(), memory)
    assert decision.is_duplicate
    assert decision.duplicate_of == "a1"
    assert decision.similarity == 1.0
    assert decision.method is DuplicateMethod.EXACT
    dedup.remember("a2", decision, memory)
    assert list(memory.values()) == ["a1"]


def test_redelivery_of_a_published_article_is_not_a_duplicate_of_itself() -> None:
    memory: dict[str, str] = {}
    dedup.remember("a1", dedup.decide("a1", BODY, memory), memory)
    decision = dedup.decide("a1", BODY, memory)
    assert decision.redelivery
    assert not decision.is_duplicate


def test_an_article_not_yet_remembered_is_unique_again_after_a_crash() -> None:
    memory: dict[str, str] = {}
    dedup.decide("a1", BODY, memory)  # published? unknown: the crash came before remember
    again = dedup.decide("a1", BODY, memory)
    assert not again.is_duplicate
    assert not again.redelivery
