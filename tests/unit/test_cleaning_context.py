"""Cleaning by block context and in other languages (services/newsstream/core/cleaning.py).

Each mechanism has a furniture case it removes and a story case with the same words it keeps.
Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import CleanedArticle, ContentType, RawArticle
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, RECEIVED


def clean_text(text: str) -> CleanedArticle:
    return clean(
        RawArticle(
            article_id="a1",
            source="test",
            received_at=RECEIVED,
            content_type=ContentType.PLAIN,
            text=text,
        )
    )


def rules_of(article: CleanedArticle, line: str) -> list[str]:
    return [removed.rule for removed in article.removed if removed.text == line]


# --------------------------------------------------------------------------------------------
# Comment threads: a comments heading after the story, with reply markers under it.

THREAD = [
    "Comments (2)",
    "Log in to comment",
    "harbourfan",
    "3 hours ago",
    "The ferry was late again this morning, as it is every Monday.",
    "Reply",
    "Tom K.",
    "2 hours ago",
    "Agreed. Something has to change before the winter timetable starts.",
    "Reply Report",
]


def test_comment_thread_after_the_story_is_removed() -> None:
    article = clean_text("\n\n".join([HEADLINE, P1, P2, "\n".join(THREAD)]))
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, THREAD[4]) == ["comment_thread"]
    assert rules_of(article, THREAD[8]) == ["comment_thread"]


@pytest.mark.parametrize(
    "heading", ["Reacties (2)", "Diskuse (2)", "Yorumlar (2)", "Discussion about this post"]
)
def test_comment_thread_headings_in_other_languages(heading: str) -> None:
    thread = "\n".join([heading, *THREAD[2:]])
    article = clean_text("\n\n".join([HEADLINE, P1, P2, thread]))
    assert article.body == f"{P1}\n\n{P2}"


def test_story_crosshead_saying_comments_keeps_the_story_under_it() -> None:
    # No reply markers under the heading: it is the story's own crosshead.
    article = clean_text("\n\n".join([HEADLINE, P1, "Comments", P2, P3]))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_comments_link_on_top_of_the_page_opens_no_thread() -> None:
    # Reply markers follow, but no story came before the heading.
    text = "\n\n".join([HEADLINE, "View comments\n3 hours ago\nReply", P1, P2])
    article = clean_text(text)
    assert article.body == f"{P1}\n\n{P2}"


def test_thread_with_more_words_than_the_story_is_not_taken() -> None:
    # Fewer words above the heading than under it: the "thread" may be the story itself.
    under = "\n".join(["Comments", "3 hours ago", "Reply", P2, P3, P1 + " Again.", P2 + " Again."])
    article = clean_text("\n\n".join([HEADLINE, "Nobody was hurt in the fire.", under]))
    assert P3 in article.body


# --------------------------------------------------------------------------------------------
# Captions: the line just above a photo credit, in the same block.


@pytest.mark.parametrize(
    "credit", ["Photo: Jane Citizen", "Foto: Erik van Dam", "Credit: Harbour Press Pictures"]
)
def test_caption_above_a_photo_credit_is_removed(credit: str) -> None:
    caption = "The harbour master on the quay at dawn."
    article = clean_text("\n\n".join([HEADLINE, P1, f"{caption}\n{credit}", P2]))
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, caption) == ["caption"]
    assert article.credits == [credit]


def test_story_paragraph_above_a_photo_credit_block_is_kept() -> None:
    article = clean_text("\n\n".join([HEADLINE, P1, P3, "Photo: Jane Citizen", P2]))
    assert article.body == f"{P1}\n\n{P3}\n\n{P2}"


def test_story_line_under_a_story_line_of_its_block_is_not_a_caption() -> None:
    text = f"{HEADLINE}\n\n{P1}\n{P3}\nPhoto: Jane Citizen\n\n{P2}"
    assert clean_text(text).body == f"{P1}\n\n{P3}\n\n{P2}"


# --------------------------------------------------------------------------------------------
# Lists run past their time stamps, and over blocks that carry one.


def test_most_read_list_with_time_stamps_is_removed() -> None:
    most_read = "\n".join(
        [
            "Most read",
            "1. Fire crews battle blaze at warehouse",
            "5 hours ago",
            "2. Will the bridge reopen before Easter?",
            "9 hours ago",
        ]
    )
    article = clean_text("\n\n".join([HEADLINE, P1, P2, most_read, P3]))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_related_list_in_blocks_of_headline_and_time_stamp_is_removed() -> None:
    items = ["Recommended Stories", "Harbour wall repairs delayed\nIsland Post · 2 days ago"]
    items.append("Ferry crew praised for rescue\nIsland Post · 1 week ago")
    article = clean_text("\n\n".join([HEADLINE, P1, P2, *items, P3]))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_story_crosshead_after_a_related_list_is_kept() -> None:
    text = "\n\n".join([HEADLINE, P1, "Related\nHarbour wall repairs delayed", "What next", P2])
    article = clean_text(text)
    assert article.body == f"{P1}\n\nWhat next\n\n{P2}"


# --------------------------------------------------------------------------------------------
# Hard-wrapped furniture: a line that carries on a removed line goes with it.


def test_wrapped_newsletter_prompt_is_removed_whole() -> None:
    prompt = (
        "Thanks for reading Island Notes! Subscribe for free to receive new posts\n"
        "and support my work."
    )
    article = clean_text("\n\n".join([HEADLINE, P1, prompt, P2]))
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, "and support my work.") == ["newsletter"]


def test_lower_case_story_line_after_furniture_in_another_block_is_kept() -> None:
    line = "and then the ferry sailed on time for the first time in weeks."
    article = clean_text("\n\n".join([HEADLINE, P1, "Advertisement", line, P2]))
    assert line in article.body.split("\n\n")


# --------------------------------------------------------------------------------------------
# Pull quotes: a line without a sentence end that repeats part of a story paragraph.


def test_pull_quote_repeating_a_story_sentence_is_removed() -> None:
    quote = "“We have made the harbour safer for boats and worse for birds”"
    story = (
        "The report was blunt. “We have made the harbour safer for boats and worse for birds,” "
        "it said."
    )
    article = clean_text("\n\n".join([HEADLINE, P1, quote, story, P2]))
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"
    assert rules_of(article, quote) == ["pull_quote"]


def test_short_story_sentence_repeated_inside_a_paragraph_is_kept() -> None:
    short = "Nobody was hurt in the fire on Monday."
    longer = f"The fire started in the kitchen. {short} The family was away."
    article = clean_text("\n\n".join([HEADLINE, P1, short, longer, P2]))
    assert article.body == f"{P1}\n\n{short}\n\n{longer}\n\n{P2}"


# --------------------------------------------------------------------------------------------
# Consent banners, their buttons, and lines of furniture in other languages.


def test_cookie_banner_and_its_buttons_are_removed() -> None:
    banner = "\n".join(
        [
            "We and our partners use cookies to personalise ads and measure our website.",
            "Accept all",
            "Reject all",
            "Manage preferences",
        ]
    )
    article = clean_text("\n\n".join([banner, HEADLINE, P1, P2]))
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}"


OTHER_LANGUAGES: list[tuple[str, str]] = [
    ("cookies", "Vi och våra partner använder kakor för statistik och för att visa annonser."),
    ("cookies", "Akkoord"),
    ("ad_blocker", "Reklam engelleyici kullandığınızı fark ettik. Lütfen devre dışı bırakın."),
    ("paywall", "Du har läst din sista gratisartikel. Bli prenumerant för att läsa vidare."),
    ("paywall", "Den här artikeln är låst"),
    ("share", "Deel dit artikel"),
    ("share", "Kopiera länk"),
    ("byline", "Text: Elin Berg"),
    ("byline", "Door Sanne de Wit"),
    ("byline", "by Helen Carr"),
    ("navigation", "Nieuws › Regio › Epe"),
    ("navigation", "Menu Search Subscribe Log in"),
    ("navigation", "Purchase Licensing Rights, opens new tab"),
    ("copyright_notice", "Harbour Post is part of Island Media. © 2026 Island Media Ltd."),
    ("tip_line", "Heb je een tip voor de redactie? Mail naar tips@example.org."),
    ("timestamp", "2 saat önce"),
    ("date_banner", "Laatst bijgewerkt: 5 feb 2026, 09:15"),
    ("embed", "Media caption, Watch: the lifeboat brings the crew ashore"),
    ("embed", "Media playback is unsupported on your device"),
    ("advertisement", "Annonce"),
    ("related", "LÆS OGSÅ: Færgen sejler igen fra mandag"),
    ("share", "Kindly share this story:"),
    ("navigation", "Back to top ↑"),
    ("paywall", "Subscribe to the Post for $4.99 a month. Already a subscriber? Log in."),
    ("channel_promo", "Join the Harbour Post WhatsApp Channel for breaking news. Click here."),
    (
        "channel_promo",
        "Receba as notícias do Harbour Post no seu WhatsApp. Clique aqui e entre no canal.",
    ),
]


@pytest.mark.parametrize(
    ("rule", "line"), OTHER_LANGUAGES, ids=[c[1][:40] for c in OTHER_LANGUAGES]
)
def test_furniture_in_other_languages_is_removed(rule: str, line: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{line}\n\n{P2}\n")
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, line) == [rule]


STORY_WITH_THE_SAME_WORDS = [
    "The bakery sold 4,000 cookies at the harbour fair, the organisers said.",
    "“We use cookies to track visitors,” the website’s owner admitted in court.",
    "Ad blockers cost publishers millions, according to a study released on Monday.",
    "The club newsletter asked members to sign up for the spring regatta.",
    "Subscribers can read the full report on the council website from Friday.",
    "The ferry arrived three hours ago, a spokesman said on Sunday evening.",
    "Share prices in Oslo rose 3% after the announcement of the merger.",
    "Readers said the photo by Jane Citizen captured the storm perfectly.",
    "Comments from the minister drew sharp criticism from the opposition.",
    "Reply forms were sent to all 3,000 households on the island.",
    "Residents can join a WhatsApp group set up by the council to get alerts about the ferry.",
    "Passengers were told to click here and there on the app, and still could not buy tickets.",
    "Islanders asked the operator to share the timetable with schools before March 2.",
    "Already a subscriber to the ferry pass, she said she would not renew it in spring.",
    "The mayor acknowledged the Traditional Owners of the land before opening the ferry terminal.",
]


@pytest.mark.parametrize(
    "sentence", STORY_WITH_THE_SAME_WORDS, ids=[s[:40] for s in STORY_WITH_THE_SAME_WORDS]
)
def test_story_sentence_with_furniture_words_is_kept(sentence: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{sentence}\n\n{P2}\n")
    assert article.body == f"{P1}\n\n{sentence}\n\n{P2}"
    assert article.removed == []


# --------------------------------------------------------------------------------------------
# The tail of the page: notes about the author, rights notices, a press release's end mark.

BIO = "Nora Lindqvist is a reporter covering transport and the islands for the Harbour Post."
CONTACT = "Nora Lindqvist can be reached at nora@example.org or 555-0142."


@pytest.mark.parametrize("byline", ["By Nora Lindqvist", "From Nora Lindqvist, Hobart"])
@pytest.mark.parametrize("note", [BIO, CONTACT])
def test_note_about_the_bylined_author_at_the_end_is_removed(byline: str, note: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert rules_of(article, note) == ["author_note"]


def test_note_about_the_author_behind_a_byline_strip_is_removed() -> None:
    strip = "de Nora Lindqvist | Publicat: 21 noiembrie 2026, 10:18 | 1.284 vizualizări"
    note = "Nora Lindqvist este redactor la Harbour Post din 2019."
    article = clean_text(f"{HEADLINE}\n\n{strip}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert rules_of(article, note) == ["author_note"]


def test_story_about_a_reporter_is_kept() -> None:
    # The story names the reporter again: it is about her, so its last sentence stays.
    byline = "By Nora Lindqvist"
    about = "Lindqvist was stopped by harbour police while filming the ferry on Tuesday."
    ending = "Nora Lindqvist is a reporter who has covered the ferry dispute since 2019."
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{about}\n\n{P2}\n\n{ending}\n")
    assert article.body == f"{P1}\n\n{about}\n\n{P2}\n\n{ending}"


def test_story_sentence_about_someone_not_in_the_byline_is_kept() -> None:
    quote = "Maria Okafor is a reporter at the island radio and first raised the fares issue."
    article = clean_text(f"{HEADLINE}\n\nBy Nora Lindqvist\n\n{P1}\n\n{P2}\n\n{quote}\n")
    assert article.body == f"{P1}\n\n{P2}\n\n{quote}"


def test_long_rights_notice_and_disclaimer_are_removed() -> None:
    rights = (
        "All rights reserved. This material, and other digital content on this website, may not"
        " be reproduced, published, broadcast, rewritten or redistributed in whole or in part"
        " without prior express written permission from the Harbour Post."
    )
    disclaimer = (
        "Disclaimer: Comments will be moderated by the editorial team. Comments that are"
        " abusive, personal or incendiary will not be published. Please abide by the rules"
        " of the site when you post."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{rights}\n\n{disclaimer}\n")
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, rights) == ["copyright_notice"]
    assert rules_of(article, disclaimer) == ["copyright_notice"]


def test_story_sentence_about_rights_is_kept() -> None:
    sentence = (
        "The court ruled that all rights reserved by the operator in its 1998 contract with the"
        " council had lapsed, so islanders may run their own boats."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{sentence}\n\n{P2}\n")
    assert article.body == f"{P1}\n\n{sentence}\n\n{P2}"


def test_everything_after_a_press_release_end_mark_is_removed() -> None:
    notes = "Notes to editors: the Harbour Trust is a registered charity founded in 1987."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\nENDS\n\n{notes}\n")
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, notes) == ["end_mark"]


def test_story_word_ends_is_kept() -> None:
    sentence = "The ferry service ends on March 2, the operator said."
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{sentence}\n\nEnds\n\n{P2}\n")
    assert P2 in article.body


def test_numbered_story_list_keeps_one_item_a_paragraph() -> None:
    items = [
        "1. a new ferry for the northern route, with room for 40 cars;",
        "2. two extra crossings on Saturdays, from April onwards;",
        "3. free travel for islanders under 18, starting on 1 March.",
    ]
    intro = "Under the deal, the operator has promised:"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{intro}\n\n" + "\n".join(items) + f"\n\n{P2}\n")
    assert article.body == "\n\n".join([P1, intro, *items, P2])


# --------------------------------------------------------------------------------------------
# A sentence-shaped prompt above the headline is not the story's first sentence.

PROMPT = "Weather in Hobart: 14°C and light rain, clearing by noon."


def test_prompt_above_the_headline_and_byline_is_not_the_story_start() -> None:
    page = f"Harbour Post | News\n\n{PROMPT}\n\nLocal\n\n{HEADLINE}\n\nBy Nora Lindqvist\n\n{P1}"
    article = clean_text(f"{page}\n\n{P2}\n")
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}"
    assert rules_of(article, PROMPT) == ["header"]


def test_standfirst_under_the_headline_is_kept() -> None:
    standfirst = "Islanders will pay the same fares until spring after a council vote on Thursday."
    page = f"Harbour Post | News\n\n{HEADLINE}\n\n{standfirst}\n\nLocal\n\nBy Nora Lindqvist"
    article = clean_text(f"{page}\n\n{P1}\n\n{P2}\n")
    assert article.title == HEADLINE
    assert article.body.startswith(f"{standfirst}\n\n")  # the label under it is not the headline


def test_byline_with_site_and_place_credits_the_writer() -> None:
    byline = "Por Helena Corvo, Serra Vidal — Corvelo (MG)"
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n")
    assert article.credits == ["Por Helena Corvo"]  # the outlet and the town are cut
    assert byline not in article.body
