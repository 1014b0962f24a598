"""Language identification (services/newsstream/core/language.py)."""

from __future__ import annotations

import pytest

from newsstream.core.language import detect_language

PARAGRAPHS = {
    "en": (
        "The harbour authority said on Thursday that the new ferry timetable would take effect "
        "next month, after islanders complained about cancelled sailings all winter."
    ),
    "de": (
        "Die Hafenbehörde teilte am Donnerstag mit, dass der neue Fährfahrplan im nächsten Monat "
        "in Kraft treten werde, nachdem sich die Inselbewohner den ganzen Winter beschwert hatten."
    ),
    "fr": (
        "L'autorité portuaire a annoncé jeudi que les nouveaux horaires des ferries entreraient "
        "en vigueur le mois prochain, après les plaintes des habitants de l'île tout l'hiver."
    ),
    "es": (
        "La autoridad portuaria anunció el jueves que el nuevo horario de los transbordadores "
        "entrará en vigor el próximo mes, tras las quejas de los isleños durante todo el invierno."
    ),
    "ru": (
        "Портовое управление в четверг сообщило, что новое расписание паромов вступит в силу в "
        "следующем месяце, после того как жители острова всю зиму жаловались на отмены рейсов."
    ),
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_paragraph_language_is_detected(language: str) -> None:
    assert detect_language(PARAGRAPHS[language]) == language


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_long_text_is_judged_by_its_beginning(language: str) -> None:
    text = "\n\n".join([PARAGRAPHS[language]] * 20)
    assert len(text) > 2000
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "Oui", "Hello there", "Ferry fares up", "12345 67890 !!! 2026-03-03", "🚢🚢🚢"],
)
def test_too_little_text_gives_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_result_is_a_two_letter_code_or_none() -> None:
    for text in [*PARAGRAPHS.values(), "x" * 30, "ab cd " * 10]:
        language = detect_language(text)
        assert language is None or (len(language) == 2 and language.islower())
