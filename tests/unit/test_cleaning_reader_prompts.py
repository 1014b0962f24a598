"""Prompts to the reader in more languages: comment threads dated "2 hours ago", tip lines that
end in the newsroom's contact, follow-us lines naming a messaging app, and an e-mail's own
chrome (browser link, why-you-got-this footer, forwarded headers).

Every line here is invented for these tests (ferries, harbours, islands); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3, removed_and_kept
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    ("heading", "stamps"),
    [
        ("Ra'ayoyi (3)", ["Musa K. — awa 2 da suka wuce", "Hauwa — kwana 1 da ya wuce"]),
        ("Sharhi", ["Lawal · minti 40 da suka wuce", "Zainab B. · awa 3 da suka wuce"]),
        ("Kommentaarid (2)", ["Kadri · 3 tundi tagasi", "Jaan T. · 2 päeva tagasi"]),
    ],
)
def test_comment_threads_dated_ago_go_whole(heading: str, stamps: list[str]) -> None:
    thread = "\n".join(f"{stamp}: Good news for the island at last." for stamp in stamps)
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{heading}\n{thread}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "The ferry's captain said the crossing took awa 2 da suka wuce, as the islanders put it.",
        "Kadri Tamm said the harbour office had closed 3 tundi tagasi for the winter holiday.",
    ],
)
def test_story_sentences_with_the_stamp_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "line",
    [
        "Ku aiko mana da labarai ko hotuna ta lambar WhatsApp 0800 111 2222.",
        "Heeft u een tip? Stuur ons een bericht via WhatsApp: 06 1234 5678",
        "Vihje? Kirjuta toimetus@saareleht.example või helista 511 2233.",
        "Has vist alguna cosa al port? Envia’ns les fotos al WhatsApp: 611 222 333",
        "Send us your ferry photos at desk@islandnews.example",
        "Ku biyo mu a WhatsApp domin samun labarai da sauri.",
        "Jälgi meid Facebookis ja Instagramis!",
    ],
)
def test_tip_and_follow_lines_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "Islanders can send complaints to the harbour office at 0800 111 2222.",
        "The operator asked passengers to call the ferry line on 0800 111 2222.",
        "„Kirjuta meile,“ ütles sadamakapten, kui laev jäi seisma numbril 511 2233.",
        "Residents said the group would follow us on WhatsApp to see the timetable change.",
        "Kapteni sõnul tuleb piletid saata e-postiga aadressile piletid@laev.example.",
    ],
)
def test_story_sentences_with_contacts_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "line",
    [
        "Ei näe kirja korralikult? Vaata seda brauseris <https://uudiskiri.saareleht.example/v/1>",
        "Wyświetl tę wiadomość w przeglądarce",
        "Saat tämän viestin, koska olet tilannut Saarilehden uutiskirjeen.",
        "Du erhältst diese E-Mail, weil du den Newsletter der Inselzeitung abonniert hast.",
        "Loe artiklit veebis ja kommenteeri:",
        "Read the full story online and join the discussion:",
    ],
)
def test_newsletter_chrome_of_more_languages_is_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "The ferry company said passengers could view the timetable in a browser from Monday.",
        "Die Reederei schickte die E-Mail, weil viele Inselbewohner den Fahrplan abonniert hatten.",
        "Islanders will be able to read the harbour plans online from next week, the council said.",
    ],
)
def test_story_sentences_with_newsletter_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


FORWARD_HEADERS = (
    "From: Harbour News <letters@harbournews.example>\n"
    "Date: Mon, 30 Nov 2026 at 07:00\n"
    "Subject: Daily news: {headline}\n"
    "To: <ann@mail.example>"
)


@pytest.mark.parametrize(
    "mark",
    [
        "---------- Forwarded message ---------",
        "-------- Weitergeleitete Nachricht --------",
        "Begin forwarded message:",
        "---------- Edasisaadetud kiri ---------",
    ],
)
def test_a_forwarded_mail_loses_the_forwarders_note_and_headers(mark: str) -> None:
    outer = "Subject: Fwd: ferry\nFrom: Ann Lee <ann@mail.example>\nTo: Club <club@mail.example>"
    note = "Hi all,\nHave a look at this, it is about our ferry. We can talk on Friday.\nAnn"
    headers = FORWARD_HEADERS.format(headline=HEADLINE)
    text = f"{outer}\n\n{note}\n\n{mark}\n{headers}\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}"
    article = clean_text(text)
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_that_quotes_a_mail_keeps_its_own_text() -> None:
    # No forward mark, and the fields stand in a sentence's block: nothing is a mail header.
    story = "Subject: the ferry. The harbour master wrote to ann@mail.example about the refit."
    text = f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}"
    assert clean_text(text).body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_long_note_above_a_forward_mark_stays() -> None:
    # More story text above the mark than under it: the forward is the story's appendix.
    headers = FORWARD_HEADERS.format(headline="ferry")
    mark = "---------- Forwarded message ---------"
    text = f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{mark}\n{headers}\n\nSee you."
    assert clean_text(text).body.startswith(f"{P1}\n\n{P2}\n\n{P3}")


def test_a_channel_export_with_stamps_on_their_own_lines_keeps_the_story_post() -> None:
    page = (
        "Saare Uudised\nkanal · 12 400 jälgijat\n📌 Pinned: Reklaam: @saare_reklaam\n\n"
        "Saare Uudised, [30.11.2026 21:40]\n🌙 Head ööd! Homme on meri rahulik.\n👁 4.1K\n\n"
        "Saare Uudised, [01.12.2026 9:14]\n⚡️ UUDISED | SADAM\n\n"
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n👍 1.2K\n👁 20K\n\n"
        "Saare Uudised, [01.12.2026 9:30]\n📢 REKLAAM\nTalvemüük sadamapoes, kõik -30%!\n👁 9K"
    )
    article = clean_text(page)
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-01"


def test_a_story_quoting_a_name_with_a_bracketed_date_keeps_it() -> None:
    # A stamp-shaped line inside a story, once: no channel (three messages are needed).
    quoted = "Harbour board, [01.12.2026 9:14]"
    text = f"{HEADLINE}\n\n{P1}\n\n{quoted}\n\n{P2}\n\n{P3}"
    assert f"{P1}\n\n" in clean_text(text).body


@pytest.mark.parametrize(
    "line",
    [
        "Memória Web — Esta página foi arquivada automaticamente. Algumas imagens podem faltar.",
        "Island Archive | This page was archived on 1 December 2026 and may lack images.",
        "Receba a nossa newsletter semanal. [Subscrever]",
    ],
)
def test_archive_notes_and_sign_up_buttons_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "The library said the harbour board's old page was archived in 2019 and is still online.",
        "A Câmara disse que esta página foi arquivada pela biblioteca nacional no ano passado.",
    ],
)
def test_story_sentences_about_archives_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    ("label", "copy"),
    [
        (
            "ADVERTENSIE",
            "Hawe Bote & Toerusting – Somerspesiale op alle enjins. Skakel 054 000 0000.",
        ),
        (
            "PUBLICIDADE",
            "Náutica do Porto: revisão de motores com 20% de desconto. Tel. +351 210 000 000",
        ),
    ],
)
def test_an_ads_copy_that_ends_on_a_phone_number_goes_with_its_label(label: str, copy: str) -> None:
    removed, body = removed_and_kept(f"{label}\n{copy}")
    assert copy in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_paragraph_under_an_ad_label_stays() -> None:
    story = "The harbour master said bookings for the first crossing open on Monday at 9 am."
    removed, body = removed_and_kept(f"ADVERTISEMENT\n{story}")
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "line",
    [
        "Verificat Illes és signant del codi de principis de la xarxa de verificadors.",
        "Island Check is a verified signatory of the code of principles of a checkers' network.",
        "InselCheck ist Unterzeichner des Kodex der Grundsätze des Faktenprüfer-Netzwerks.",
    ],
)
def test_fact_checkers_membership_notes_are_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_sentence_about_a_signatory_stays() -> None:
    story = "The ferry union is a signatory of the code of principles, its chairman said on Monday."
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "line",
    [
        "Automaattinen sivunvaihto: PÄÄLLÄ [Pysäytä]",
        "Auto-refresh: ON [Pause]",
        "Ticker: AUS [Start]",
    ],
)
def test_a_pages_switch_with_its_button_is_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_story_sentence_with_a_bracketed_note_stays() -> None:
    story = "Ferry service: on Mondays only [from March], the operator said in its winter plan."
    removed, body = removed_and_kept(story)
    assert story not in removed
    assert body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"
