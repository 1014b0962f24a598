"""Labels of more languages: read-also and most-read lists, comment threads and prompts, press
contacts, reaction widgets and tags.

Every line here is invented for these tests (ferries, harbours, islands); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3, removed_and_kept
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Aqra wkoll: Il-vapur il-ġdid jasal f'Jannar",
        "Oxu: Bərə xidməti bazar ertəsi bərpa olunur",
        "यो पनि पढ्नुहोस् : डुङ्गा सेवा सोमबारदेखि",
        "ასევე წაიკითხეთ: ბორანი ორშაბათს ბრუნდება",
        "یہ بھی پڑھیں: کشتی سروس پیر سے بحال",
        "Lasiet arī: Prāmis atsāk kursēt pirmdien",
        "Etikette: Veerboot, Hawe, Eiland",
        "Teqlər: bərə, liman, ada",
        "Lewer kommentaar",
        "Şərh yaz",
        "Jy moet aangemeld wees om kommentaar te lewer. Kommentaar word gemodereer.",
        "Şərh yazmaq üçün daxil olun. Şərhlər moderasiyadan sonra dərc olunur.",
        "Xəbəri bəyəndinizmi? 👍 218 👎 3",
        "यो खबर पढेर तपाईंलाई कस्तो महसुस भयो?",
        "RIKLAM",
        "Za dodatne informacije: mag. Ana Novak, predstavnica za stike z javnostmi",
        "For more information: Ann Berg, press officer, harbour board",
    ],
)
def test_labels_of_more_languages_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "heading",
    ["MEESTE GELEES", "ƏN ÇOX OXUNANLAR", "L-AKTAR MOQRIJA", "Povezana priopćenja", "XƏBƏR LENTİ"],
)
def test_list_headings_of_more_languages_take_their_items(heading: str) -> None:
    items = "1. Ferry back on Monday\n2. Harbour road closed\n› New pier opens (28.11.2026.)"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{heading}\n{items}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    ("heading", "stamps"),
    [
        (
            "2 kummenti · Ikkummenta",
            ["Rita B. · 30 ta' Novembru 2026, 19:02", "Mario · 2 sigħat ilu"],
        ),
        ("Iruzkinak (2)", ["Itziar G. · duela 2 egun", "Mikel · duela egun 1"]),
        ("Şərhlər", ["Aynur · 3 saat əvvəl", "Orxan M. · 5 saat əvvəl"]),
    ],
)
def test_comment_threads_of_more_languages_go_whole(heading: str, stamps: list[str]) -> None:
    thread = "\n\n".join(f"{stamp}\nGood news for the island at last." for stamp in stamps)
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{heading}\n\n{thread}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Oxu: the council will read the ferry report aloud at the meeting, the mayor said today.",
        "Lesers kan aangemeld wees vir die veerboot se nuusbrief, het die hawemeester gesê.",
        "For more information about the timetable, islanders should call the harbour office.",
        "Did the islanders like the new boat? Most of them said yes when asked on the quay.",
        "Rita B. · the ferry's captain · said the crossing took forty minutes on Monday.",
    ],
)
def test_story_sentences_with_the_label_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"
