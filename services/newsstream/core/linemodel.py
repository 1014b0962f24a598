"""Line model: furniture told by a paragraph's shape and context, not by its words.

The furniture rules know kinds of line by their wording, so a site that words its newsletter
prompt, author bio or legal footer its own way keeps them. This model scores what is left of the
story after the rules, paragraph by paragraph, from features any language shares: length,
sentence ending, function-word and capitalised-word shares, digits, separators, addresses,
whether the paragraph shares content words with the rest of the story, where it stands and what
its neighbours look like. A logistic model (weights in `data/line_model.json`, regenerated from
the gold sets by `scripts/train_line_model.py`) turns them into a probability, and only a
paragraph above a high threshold goes. The model never judges what is plainly the story's: a
sentence, a list or a crosshead between the first and the last long sentence, the plain
sentences that open the story above them, a line that restates the lead (`candidates`); it
judges the page's edges and the short unpunctuated lines between, and nothing on a page with
no long sentence. The story's own tables and data rows (`table_rows`, `datarows.story_rows`) are
kept whatever the model says.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Final, NamedTuple

from newsstream.core.datarows import MIN_ROWS, is_data_row, story_rows
from newsstream.core.models import RemovedLine
from newsstream.core.text import (
    FULL_STOPS,
    SENTENCE_CLOSERS,
    ends_sentence,
    has_sentence_mark,
    word_count,
)

RULE_NAME: Final = "line_model"
_SEPARATOR: Final = re.compile(r"\s[|•·▪›»]\s|\s[|»›]$|^[|»›]\s")
_ADDRESS: Final = re.compile(r"@\w|https?://|www\.|\.(?:com|org|net)\b|\+?\d[\d ()-]{7,}\d")
_ASKED: Final = "!?…！？؟"  # the marks a pitch, a teaser or a sign-off ends on
_QUOTE: Final = re.compile(r"[“”„«»\"]")
# A colon of a label or a prompt, not one opening a quote: "Le maire a déclaré : « … »".
_SPACED_QUOTES: Final = frozenset('«»„“"')
_UNQUOTED_COLON: Final = re.compile(r":(?!\s?[“„«»\"‘‚])")
_LABEL: Final = re.compile(r"^[^\s:]+(?: [^\s:]+){0,2}:")  # "Disclaimer:" "Read more:"
_BULLET: Final = re.compile(r"^(?:[•·▪◦‣●■□➤►✓✔*–—-]|\(?\d{1,2}[.)])\s")
_WORD: Final = re.compile(r"\w+")
_DIGIT: Final = re.compile(r"\d")
_PUNCTUATION: Final = "\"'“”‘’„«»()[],.;:!?…"
_STEM: Final = 5  # words compare on their first letters: inflected forms still meet
_CONTENT_MIN_LETTERS: Final = 4
_SHORT_WORDS: Final = 8  # a label, a name, a button row
SUMMARY_MIN_POINTS: Final = 3  # a summary box's points under its heading
_SUMMARY_POINT_MAX_WORDS: Final = 25  # a point is a short sentence, no paragraph
_CROSSHEAD_MAX_WORDS: Final = 16  # a crosshead (or a live blog's entry title) is short
# A paragraph of the story's core: this long and ending as a sentence. Furniture is judged
# against where the core starts and ends, and the story's own lines between are never judged.
_CORE_MIN_WORDS: Final = 15
_CORE_MIN_CHARS: Final = 90  # or this long: a language of long words says it in fewer
# A line holding this many content words of the first core paragraph restates the lead: the
# story's headline, standfirst or photo caption. It is never judged.
_LEAD_STEMS: Final = 3
_BUTTON_WORDS: Final = 3
_SPEAKER: Final = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}: ")  # "Moreau: "
_SPEAKER_MIN_TURNS: Final = 2
# a turn of an interview printed as dialogue, a dash before each question and answer: "— Yes."
# (an em dash or a horizontal bar: an en dash is a common list bullet in German or Nordic text)
_DASH_TURN: Final = re.compile(r"[—―] (?=\S)")
_SALUTATION_MAX_WORDS: Final = 4  # "Dear editor,", "Sehr geehrte Damen und Herren,"
# "Weekdays: six crossings": a short label, a colon, its value. Two such lines in a row between
# the story's first core paragraph and a later sentence are a table the story gives.
_LABELLED: Final = re.compile(r"^(?:\w+ ){0,3}\w+: \S")
_TOLD_WORDS: Final = 8
TOLD_LIST_MIN_ITEMS: Final = 2  # a story's bulleted list of sentences under its heading
# "The court ordered:" introduces the story's list; "Follow us:" is a label of a word or two.
_INTRODUCTION_MIN_WORDS: Final = 3
# A crosshead over the story's closing section: "Outlook", "What happens next". Its list has
# this many items at least: one numbered sentence is a sentence.
_SECTION_HEAD_WORDS: Final = 4
_SECTION_MIN_ITEMS: Final = 2
# Headings of a page's notes over the story's end, not of its sections: notes, footnotes,
# sources, references, credits, a disclaimer, about the writer.
_NOTES_HEAD: Final = re.compile(
    r"(?:(?:foot|end|editor'?s?|translator'?s?) )?notes?|footnotes|endnotes|sources?|references|"
    r"credits|disclaimer|about the (?:author|writer)s?|anmerkungen|fußnoten|fussnoten|"
    r"quellen|hinweis|impressum|notas?|fuentes|referencias|notes du traducteur|références|"
    r"fonti|riferimenti|noten|bronnen|noter|källor|kilder|huomautukset|lähteet|"
    r"przypisy|źródła|poznámky|zdroje|dipnotlar|kaynaklar|примечания|источники|примітки|"
    r"джерела|σημειώσεις|πηγές|maelezo|vyanzo|ծանոթագրություններ|ծանոթություններ|"
    r"աղբյուրներ|შენიშვნები|წყაროები|注释|注釋|參考資料|参考资料|脚注|出典|각주|출처|"
    r"ملاحظات|المصادر|הערות|מקורות|टिप्पणियाँ|स्रोत",
    re.IGNORECASE,
)

FEATURES: Final = (
    "log_words",
    "short",
    "sentence_end",
    "ends_colon",
    "function_share",
    "capitalised_share",
    "digit_share",
    "separator",
    "address",
    "quote",
    "label",
    "bullet",
    "shared_words",
    "new_names",
    "no_content",
    "first",
    "last",
    "from_end",
    "previous_short",
    "next_short",
    "next_is_core",
    "next_is_bullet",
    "before_story",
    "after_story",
    "button_tail",
)


@dataclass(frozen=True, slots=True)
class LineModel:
    """Logistic weights over `FEATURES` and the probability from which a paragraph goes."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def furniture(self, paragraphs: Sequence[str], title: str | None) -> list[int]:
        """Indices of the paragraphs whose furniture probability reaches the threshold."""
        if self.threshold > 1.0 or len(paragraphs) < 2:  # one paragraph is the story
            return []
        judged = [
            index
            for index, row in candidates(paragraphs, title, stopwords())
            if self.probability(row) >= self.threshold
        ]
        if not judged:  # most stories: no table to look for
            return []
        # The story's tables and data rows: kept whatever the weights say.
        tables = table_rows(paragraphs) | story_rows(paragraphs, stopwords())
        return [index for index in judged if index not in tables]

    def probability(self, row: Sequence[float]) -> float:
        """The logistic model's furniture probability for one feature row."""
        logit = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))


# Removes nothing: the cleaner as the rules alone leave it (training, comparisons).
NO_LINE_MODEL: Final = LineModel(weights=(0.0,) * len(FEATURES), bias=0.0, threshold=2.0)


def drop_furniture(
    paragraphs: list[str],
    title: str | None,
    removed: list[RemovedLine],
    model: LineModel,
    headings: frozenset[str] = frozenset(),
    *,
    summary_headings: frozenset[str] = frozenset(),
) -> list[str]:
    """The paragraphs the model keeps; the others are reported in `removed` as `line_model`.

    A line the page marks as a heading (`headings`: an HTML page's `<h2>`) between two
    sentences the model keeps is the story's crosshead, however short ("Outlook"); so is a
    crosshead of a few words over the story's closing sentences or list of sentences, after a
    sentence the model keeps (`_closing_sections`); and a heading over the first paragraph when
    the story keeps another heading of the page's, or when it is a summary box's
    (`summary_headings`: a heading over a list) over three short sentences or more.
    """
    gone = set(model.furniture(paragraphs, title))
    gone -= {
        index
        for index in gone
        if paragraphs[index] in headings
        and 0 < index < len(paragraphs) - 1
        and not {index - 1, index + 1} & gone
        and ends_sentence(paragraphs[index - 1])
        and ends_sentence(paragraphs[index + 1])
    }
    if (
        0 in gone
        and len(paragraphs) > 2
        and paragraphs[0] in headings
        and 1 not in gone
        and ends_sentence(paragraphs[1])
        and (
            any(p in headings for i, p in enumerate(paragraphs[2:], 2) if i not in gone)
            or (
                paragraphs[0] in summary_headings
                and opens_summary(paragraphs[1:])
                and gone.isdisjoint(range(1, 1 + SUMMARY_MIN_POINTS))
            )
        )
    ):
        gone.discard(0)  # the story's first crosshead, or its summary's, like its others
    gone -= _told_list(paragraphs, gone)
    gone -= _introduced_first_items(paragraphs, gone)
    if gone and 0 in gone and 1 not in gone and is_salutation(paragraphs[0]):
        gone.discard(0)  # a letter's salutation over its first sentence
    gone -= _speakers_turns(paragraphs, gone)
    everything = " ".join([title or "", *paragraphs]).lower() if gone else ""
    gone -= _closing_sections(paragraphs, gone, headings)
    for index in sorted(gone):  # the story's closing sentences, one after another
        if (
            index
            and index - 1 not in gone
            and _goes_on(paragraphs[index - 1], paragraphs[index], everything)
        ):
            gone.discard(index)
    gone |= _box_headings(paragraphs, gone)
    removed.extend(RemovedLine(text=paragraphs[index], rule=RULE_NAME) for index in sorted(gone))
    return [paragraph for index, paragraph in enumerate(paragraphs) if index not in gone]


def opens_summary(paragraphs: Sequence[str]) -> bool:
    """Short sentences, three or more, open `paragraphs`: a summary box's points.

    A live page or an explainer opens on "What we know so far" over such points: the heading
    the page marks over them is the story's, however short.
    """
    points = paragraphs[:SUMMARY_MIN_POINTS]
    return len(points) == SUMMARY_MIN_POINTS and all(
        ends_sentence(point) and word_count(point) < _SUMMARY_POINT_MAX_WORDS for point in points
    )


def _speakers_turns(paragraphs: list[str], gone: set[int]) -> set[int]:
    """The sentences the model takes that open on the label of a speaker of the story's own.

    An interview prints each answer after its speaker's name ("Moreau: We start in May."): a
    short last answer ("Moreau: Come along!") reads as a pitch at the page's end, but the label
    that opens two or more of the sentences kept is a speaker's, in any language. So is a
    dialogue dash that opens two or more: a one-word answer ("— Yes.") is a turn of the talk.
    """
    kept_labels = Counter(
        label.group()
        for index, paragraph in enumerate(paragraphs)
        if index not in gone and ends_sentence(paragraph) and (label := _turn_label(paragraph))
    )
    return {
        index
        for index in gone
        if ends_sentence(paragraphs[index])
        and (label := _turn_label(paragraphs[index]))
        and kept_labels[label.group()] >= _SPEAKER_MIN_TURNS
    }


def _turn_label(paragraph: str) -> re.Match[str] | None:
    """What opens a turn of talk: a speaker's label ("Moreau: ") or a dialogue dash ("— ")."""
    return _SPEAKER.match(paragraph) or _DASH_TURN.match(paragraph)


def is_salutation(text: str) -> bool:
    """A letter's salutation: "Dear editor,", "Sehr geehrte Damen und Herren,".

    A line of a few words ending on a comma, no figure, no list's item, with a salutation's word
    (`data/salutations.txt`) opens the letter it heads; a dateline ("WASHINGTON,") or a lead
    ("On Monday,") ends on a comma too, and a page's label or a list's item on none.
    """
    return (
        word_count(text) <= _SALUTATION_MAX_WORDS
        and text.endswith(",")
        and _DIGIT.search(text) is None
        and _BULLET.match(text) is None
        and not salutation_words().isdisjoint(_WORD.findall(text.lower()))
    )


def _box_headings(paragraphs: list[str], gone: set[int]) -> set[int]:
    """The short heading right over rows of figures that the model takes: the box's, with them.

    "CUP · QUARTER-FINALS" over "Eastport 3:1 Westbury" and "Northgate 2:0 Southend": a box of
    results, prices or times under its own label; the label goes with its rows. A heading over
    rows the model keeps, or over sentences, stays.
    """
    words = stopwords()
    found: set[int] = set()
    for index, heading in enumerate(paragraphs[:-MIN_ROWS]):
        if (
            index in gone
            or word_count(heading) > _CROSSHEAD_MAX_WORDS
            or has_sentence_mark(heading)
            or heading.rstrip().endswith(":")
        ):
            continue
        end = index + 1
        while end < len(paragraphs) and end in gone and is_data_row(paragraphs[end], words):
            end += 1
        if end - index - 1 >= MIN_ROWS:
            found.add(index)
    return found


def _told_list(paragraphs: list[str], gone: set[int]) -> set[int]:
    """A bulleted list of sentences right under a heading or an introduction that stays.

    "Tips for visitors" (or "Bring along:") over "- Cash for the stalls." and "- A warm coat.":
    items that each end on a full stop, two or more, under a line that introduces them, are the
    story's list, judged with it; a box's list comes under its own heading, which goes too.
    """
    kept: set[int] = set()
    index = 1
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and _told_item(paragraphs[end]):
            end += 1
        heading = paragraphs[index - 1]
        if (
            end - index >= TOLD_LIST_MIN_ITEMS
            and index - 1 not in gone
            and (heading.endswith(":") or not has_sentence_mark(heading))
            and word_count(heading) <= _CROSSHEAD_MAX_WORDS
        ):
            kept.update(range(index, end))
        index = end + 1
    return kept & gone


def _introduced_first_items(paragraphs: list[str], gone: set[int]) -> set[int]:
    """The first item of a list a kept sentence introduces, when the list goes on kept.

    "Damage so far includes:" over "Roof torn off a gym" and "Trees down on the highway": the
    model may take the first item, short and unpunctuated, for a label, though the sentence
    over it and the item under it stay; it is the story's list like the rest.
    """
    return {
        index
        for index in gone
        if 0 < index < len(paragraphs) - 1
        and {index - 1, index + 1}.isdisjoint(gone)
        and paragraphs[index - 1].endswith(":")
        and word_count(paragraphs[index - 1]) >= _INTRODUCTION_MIN_WORDS
        and not paragraphs[index + 1].endswith(":")
    }


def _told_item(paragraph: str) -> bool:
    return _BULLET.match(paragraph) is not None and paragraph.rstrip()[-1:] in FULL_STOPS


def _goes_on(previous: str, paragraph: str, everything: str) -> bool:
    """A plain sentence after a sentence the model keeps: the story goes on, however short.

    "Die erste Fähre fuhr 1925 zur Insel." over "Toinen seurasi 1960.": short closing sentences
    of any language read like a label under a label. A line with a colon (a label's, a
    channel's prompt), a separator, an address, a bullet, or ending on a question or an
    exclamation ("Bòn lekti!") is a newsletter's sign-off or a box's line, and stays the model's
    to judge; so does one naming what the rest of the page (`everything`) does not ("Foto von
    Anna Müller.": a credit, a notice), or of capitalised words alone ("Copyright Harbour News
    2026.").
    """
    return (
        ends_sentence(previous)
        and _plain_sentence(paragraph)
        and not _new_names(paragraph, everything)
    )


def _plain_sentence(paragraph: str) -> bool:
    """Ends on a mark, not a pitch's "!" or a teaser's "?"; no label, separator, address, bullet."""
    return (
        has_sentence_mark(paragraph)
        and paragraph.rstrip(SENTENCE_CLOSERS)[-1:] not in _ASKED
        and _UNQUOTED_COLON.search(paragraph) is None
        and _told(paragraph)
        and _SEPARATOR.search(_without_closing_guillemet(paragraph)) is None
        and _ADDRESS.search(paragraph) is None
        and _BULLET.match(paragraph) is None
    )


def _without_closing_guillemet(paragraph: str) -> str:
    """The paragraph without the spaced guillemet that closes its quote ("… ravis. »").

    Alone at a line's end (no « before it), "»" is a link's arrow, a separator.
    """
    if paragraph.endswith(" »") and "«" in paragraph:
        return paragraph[:-2]
    return paragraph


def _closing_sections(
    paragraphs: Sequence[str], gone: set[int], headings: frozenset[str]
) -> set[int]:
    """A crosshead and the story's sentences under it, after a sentence the model keeps.

    A story may close on a section of its own: a crosshead of a word or a few ("Outlook",
    "Mtazamo", "What happens next") over a short paragraph or a list whose items are sentences
    ("1. The council votes on 4 March."). The heading is short and ends on no mark; under it
    come plain sentences (as `_goes_on` reads them, but a word the page does not print may be
    capitalised: German's nouns) or two or more items ending on a full stop; such items
    need no heading right under a sentence. A site's list
    under its heading is of headlines, which end on no mark; a word the rules know as
    furniture ("Advertisement") never gets here, and a notes heading or one in capitals (a
    newsletter's section) heads no story.
    """
    kept: set[int] = set()
    if not gone:
        return kept
    last = len(paragraphs) - 1
    for index in range(1, last):
        heading = paragraphs[index]
        if index - 1 in gone or not ends_sentence(paragraphs[index - 1]):
            continue
        items = _sentence_items(paragraphs, index)  # a list with no heading, under a sentence
        if len(items) >= _SECTION_MIN_ITEMS:
            kept.update(items)
            continue
        if not (
            _is_section_head(heading)
            or (heading in headings and _NOTES_HEAD.fullmatch(heading) is None)
        ):
            continue
        section = _section(paragraphs, index + 1)
        if section:
            kept |= {index, *section}
    return kept & gone


def opens_section(paragraphs: Sequence[str]) -> bool:
    """The first paragraph is a crosshead over the story's sentences or its list of sentences."""
    return len(paragraphs) > 1 and _is_section_head(paragraphs[0]) and bool(_section(paragraphs, 1))


def _section(paragraphs: Sequence[str], start: int) -> list[int]:
    """The story's paragraphs from `start` under a crosshead: a list of sentences, or sentences.

    A sentence here may name what the page does not (German capitalises its nouns), but not
    end on a name, as a credit or a notice does. Empty when the first is no story sentence.
    """
    items = _sentence_items(paragraphs, start)
    if len(items) >= _SECTION_MIN_ITEMS:
        return items
    rest = range(start, len(paragraphs))
    return list(
        itertools.takewhile(
            lambda index: (
                _plain_sentence(paragraphs[index]) and not _ends_on_name(paragraphs[index])
            ),
            rest,
        )
    )


def _sentence_items(paragraphs: Sequence[str], start: int) -> list[int]:
    """The list items from `start` on that are sentences (`_sentence_item`), one after another.

    A number or a date in the words of one of them at least (not the list's own numbers): the
    story's steps and dates ("Work starts on 4 May."), not a site's prompts ("Follow us on
    Facebook.") or headlines ("1. New quay plans go on show.").
    """
    rest = range(start, len(paragraphs))
    items = list(itertools.takewhile(lambda index: _sentence_item(paragraphs[index]), rest))
    dated = any(_DIGIT.search(_BULLET.sub("", paragraphs[index], count=1)) for index in items)
    return items if dated else []


def _is_section_head(paragraph: str) -> bool:
    """A crosshead of a story's section: a few words, no mark, no digit, the first capitalised."""
    return (
        _is_crosshead(paragraph)
        and paragraph.count(" ") < _SECTION_HEAD_WORDS
        and not ends_sentence(paragraph)
        and paragraph[-1:].isalpha()
        and not paragraph[:1].islower()  # capitalised, or a script without case
        and not (paragraph.isupper() and len(paragraph) > 1)  # a newsletter's "ON OUR RADAR"
        and _NOTES_HEAD.fullmatch(paragraph) is None
        and _DIGIT.search(paragraph) is None
    )


def _sentence_item(paragraph: str) -> bool:
    """A list's item that is a sentence: a bullet or a number, words in lower case, a full stop.

    "1. The council votes on 4 March."; a headline ("1. Ferry fares frozen until spring") ends
    on no mark.
    """
    return (
        _BULLET.match(paragraph) is not None
        and paragraph.rstrip(SENTENCE_CLOSERS).endswith(".")
        and ":" not in paragraph
        and _told(paragraph.split(" ", 1)[-1])
        and _SEPARATOR.search(paragraph) is None
        and _ADDRESS.search(paragraph) is None
    )


def _ends_on_name(paragraph: str) -> bool:
    """The paragraph ends on two capitalised words: a credit's or a notice's name.

    "Foto von Anna Müller.", "Publicado originalmente en Harbour News."
    """
    words = paragraph.rstrip(_PUNCTUATION).split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words[-2:])


def _new_names(paragraph: str, everything: str) -> bool:
    """A name the rest of the page does not print: a credit's or a notice's line.

    "Foto von Anna Müller.", "Este artículo se publicó originalmente en Harbour News.".
    """
    own = paragraph.lower()
    return any(not _occurs_more(everything, name, own.count(name)) for name in _names(paragraph))


def _told(paragraph: str) -> bool:
    """A word in lower case, as a sentence holds; or no cased letter (Chinese, Hindi, Thai)."""
    words = paragraph.split()
    return any(word[:1].islower() for word in words) or not any(
        letter.isupper() for letter in paragraph
    )


class _Form(NamedTuple):
    """What a paragraph looks like at a glance: enough to tell the story's own lines."""

    words: int
    sentence: bool  # ends like a sentence
    colon: bool  # ends with a colon: it introduces what follows
    bullet: bool
    core: bool  # long and sentence-shaped


def _form(paragraph: str) -> _Form:
    words = word_count(paragraph)  # cleaned paragraphs have single spaces
    sentence = ends_sentence(paragraph)
    return _Form(
        words,
        sentence,
        paragraph.endswith(":"),
        _BULLET.match(paragraph) is not None,
        sentence and (words >= _CORE_MIN_WORDS or len(paragraph) >= _CORE_MIN_CHARS),
    )


def candidates(
    paragraphs: Sequence[str], title: str | None, function_words: frozenset[str]
) -> list[tuple[int, list[float]]]:
    """The paragraphs the model may judge, each with its row of `FEATURES`.

    The others are the story's own and never judged: a list its introduction announces (a
    line ending in a colon over bullets, short lines or items ending on a semicolon) anywhere,
    and between the first and the last core paragraph a sentence of any length, a bullet, a
    line ending in a colon and a crosshead (a short line over a core paragraph); the plain
    sentences right above the first core paragraph; anywhere, a line that restates the lead. A
    page with no core paragraph is not judged.
    """
    forms = [_form(paragraph) for paragraph in paragraphs]
    core = [index for index, form in enumerate(forms) if form.core]
    first_core, last_core = (core[0], core[-1]) if core else (len(forms), -1)
    last = len(forms) - 1
    opening = first_core  # the plain sentences right above the core: a story may open short
    while opening > 0 and _opens(paragraphs[opening - 1], forms[opening - 1]):
        opening -= 1
    judged: list[int] = []
    in_list = False  # inside a list that a line ending in a colon introduced
    for index, form in enumerate(forms):
        after = forms[index + 1] if index < last else None
        # an item of an announced list: bulleted, short, or ending on the semicolon that
        # punctuates a list's items in many languages ("- the kitchen in the cellar;")
        item = form.bullet or form.words < _SHORT_WORDS or paragraphs[index].endswith(";")
        in_list = item and (in_list or (index > 0 and forms[index - 1].colon))
        if in_list or (form.colon and after is not None and after.bullet):
            continue
        inside = opening <= index <= last_core
        if inside and (form.sentence or form.bullet or form.colon):
            continue
        if inside and after is not None and _told_under(after) and _is_crosshead(paragraphs[index]):
            continue
        judged.append(index)
    if not judged or not core:  # without a core there is no story to tell furniture from
        return []
    everything = " ".join([title or "", *paragraphs]).lower()
    lead = paragraphs[first_core].lower() if core else ""
    rows = []
    for index in judged:
        stems = _stems(paragraphs[index], function_words)
        if sum(stem in lead for stem in stems) >= _LEAD_STEMS:
            continue
        row = _row(
            index,
            paragraphs,
            forms,
            everything,
            stems=stems,
            function_words=function_words,
            core=(first_core, last_core),
        )
        rows.append((index, row))
    return rows


def _told_under(form: _Form) -> bool:
    """A core paragraph, or one as long that introduces a list ("… two questions:")."""
    return form.core or (form.colon and form.words >= _CORE_MIN_WORDS)


def table_rows(paragraphs: Sequence[str]) -> set[int]:
    """Labelled lines two or more in a row, after a core paragraph and before a sentence.

    A timetable or a results table inside the story ("Weekdays: six crossings"); tags or share
    rows at the page's end have no story sentence after them.
    """
    labelled = [_LABELLED.match(paragraph) is not None for paragraph in paragraphs]
    if sum(labelled) < 2:
        return set()
    forms = [_form(paragraph) for paragraph in paragraphs]
    core = [index for index, form in enumerate(forms) if form.core]
    told = [i for i, form in enumerate(forms) if form.sentence and form.words >= _TOLD_WORDS]
    if not core or not told:
        return set()
    return {
        index
        for index in range(core[0] + 1, told[-1])
        if labelled[index]
        and (
            (index > 0 and labelled[index - 1])
            or (index + 1 < len(labelled) and labelled[index + 1])
        )
    }


def _stems(paragraph: str, function_words: frozenset[str]) -> set[str]:
    """The paragraph's content words, lowercased and cut to `_STEM` letters."""
    return {
        word[:_STEM]
        for word in _WORD.findall(paragraph.lower())
        if len(word) >= _CONTENT_MIN_LETTERS and word not in function_words
    }


def _opens(paragraph: str, form: _Form) -> bool:
    """A sentence (or a line introducing what follows) with no separator or address."""
    return (
        (form.sentence or form.colon)
        and _SEPARATOR.search(paragraph) is None
        and _ADDRESS.search(paragraph) is None
    )


def _is_crosshead(paragraph: str) -> bool:
    return (
        paragraph.count(" ") < _CROSSHEAD_MAX_WORDS
        and _SEPARATOR.search(paragraph) is None
        and _ADDRESS.search(paragraph) is None
    )


def _row(
    index: int,
    paragraphs: Sequence[str],
    forms: list[_Form],
    everything: str,
    *,
    stems: set[str],
    function_words: frozenset[str],
    core: tuple[int, int],
) -> list[float]:
    """The `FEATURES` of one paragraph: its shape, its words against the page's, its place."""
    paragraph, form = paragraphs[index], forms[index]
    before = forms[index - 1] if index else None
    after = forms[index + 1] if index + 1 < len(forms) else None
    words = _WORD.findall(paragraph)
    alpha = [word for word in words if word[:1].isalpha()]
    count = max(len(alpha), 1)
    own = paragraph.lower()
    # A stem found more often on the page than in this paragraph is shared with the story.
    shared = sum(_occurs_more(everything, stem, own.count(stem)) for stem in stems)
    names = _names(paragraph)
    new_names = sum(not _occurs_more(everything, name, own.count(name)) for name in names)
    return [
        math.log1p(form.words),
        float(form.words < _SHORT_WORDS),
        float(form.sentence),
        float(form.colon),
        sum(word.lower() in function_words for word in alpha) / count,
        sum(word[:1].isupper() for word in alpha) / count,
        len(_DIGIT.findall(paragraph)) / len(paragraph),
        float(_SEPARATOR.search(paragraph) is not None),
        float(_ADDRESS.search(paragraph) is not None),
        float(_QUOTE.search(paragraph) is not None),
        float(_LABEL.match(paragraph) is not None),
        float(form.bullet),
        shared / len(stems) if stems else 0.0,
        new_names / len(names) if names else 0.0,
        float(not stems),
        float(index == 0),
        float(after is None),
        1.0 / (len(forms) - index),
        float(before is not None and before.words < _SHORT_WORDS),
        float(after is not None and after.words < _SHORT_WORDS),
        float(after is not None and after.core),
        float(after is not None and after.bullet),
        float(index < core[0]),
        float(index > core[1]),
        float(_button_tail(paragraph)),
    ]


def _button_tail(paragraph: str) -> bool:
    """The paragraph ends in a few words after a separator: a button ("| Sign up", "· Close")."""
    parts = _SEPARATOR.split(paragraph)
    return len(parts) > 1 and parts[-1].count(" ") < _BUTTON_WORDS


def _occurs_more(text: str, part: str, times: int) -> bool:
    """`text.count(part) > times`, done at the occurrence that tells: shared words come early."""
    found = -len(part)
    for _ in range(times + 1):
        found = text.find(part, found + len(part))
        if found < 0:
            return False
    return True


def _names(paragraph: str) -> list[str]:
    """Stems of the capitalised words past each sentence's first: names of people or brands."""
    words = paragraph.split()
    return [
        word.strip(_PUNCTUATION).lower()[:_STEM]
        for previous, word in pairwise(words)
        if word[:1].isupper()
        and not ends_sentence(previous)
        and previous not in _SPACED_QUOTES  # a quote's first word: « Nous sommes ravis. »
        and len(word.strip(_PUNCTUATION)) >= _CONTENT_MIN_LETTERS
    ]


def _words_by_language(name: str) -> frozenset[str]:
    """The words of a data file listing one language a line ("en: the a an")."""
    text = resources.files("newsstream.data").joinpath(name).read_text("utf-8")
    return frozenset(
        word
        for line in text.splitlines()
        if line and not line.startswith("#")
        for word in line.partition(":")[2].split()
    )


@cache
def salutation_words() -> frozenset[str]:
    """Words a letter's salutation opens on or names its reader by (`data/salutations.txt`)."""
    return _words_by_language("salutations.txt")


@cache
def stopwords() -> frozenset[str]:
    """Function words of the languages cleaning knows (`data/stopwords.txt`)."""
    return _words_by_language("stopwords.txt")


@cache
def default_line_model() -> LineModel:
    """The model shipped in `data/line_model.json`."""
    text = resources.files("newsstream.data").joinpath("line_model.json").read_text("utf-8")
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        message = "data/line_model.json was trained on other features: retrain it"
        raise ValueError(message)
    return LineModel(
        weights=tuple(float(w) for w in data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )
