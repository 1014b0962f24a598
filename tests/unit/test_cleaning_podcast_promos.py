"""A promo for the site's podcast under a listen label, over its button, goes; story stays."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _body(line: str) -> list[str]:
    return clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}").body.split("\n\n")


@pytest.mark.parametrize(
    "promo",
    [
        "Listen: On the Harbour Hour podcast, our reporters go through the week's news. "
        "New episodes every Monday. Subscribe",
        "Escucha: en el podcast Puerto Abierto, la capitana contó cómo cruzó el estrecho. "
        "Escuchar episodio",
        "Écoutez : dans notre podcast Marée Haute, le capitaine raconte la traversée. S'abonner",
    ],
)
def test_a_podcast_promo_over_its_button_goes(promo: str) -> None:
    assert promo not in _body(promo)


@pytest.mark.parametrize(
    "sentence",
    [
        "Listen to the coastguard radio if the power goes out, the harbour master advised.",
        "Listen: the harbour master said the ferry would sail again on Monday.",
    ],
)
def test_a_story_sentence_about_listening_stays(sentence: str) -> None:
    assert sentence in _body(sentence)
