"""Line model: furniture told by a paragraph's shape and context, not by its words.

The furniture rules know kinds of line by their wording, so a site that words its newsletter
prompt, author bio or legal footer its own way keeps them. This model scores what is left of the
story after the rules, paragraph by paragraph, from features any language shares: length,
sentence ending, function-word and capitalised-word shares, digits, separators, addresses,
whether the paragraph shares content words with the rest of the story, where it stands and what
its neighbours look like. A logistic model (weights in `data/line_model.json`, regenerated from
the gold sets by `scripts/train_line_model.py`) turns them into a probability, and only a
paragraph above a high threshold goes. The model never judges what is plainly the story's: a
sentence, a list or a crosshead between the first and the last long sentence (`is_protected`);
it judges the page's edges and the short unpunctuated lines between.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Final

from newsstream.core.models import RemovedLine

RULE_NAME: Final = "line_model"
_SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’)\]]*$")
_SEPARATOR: Final = re.compile(r"\s[|•·▪›»]\s|\s[|»›]$|^[|»›]\s")
_ADDRESS: Final = re.compile(r"@\w|https?://|www\.|\.(?:com|org|net)\b|\+?\d[\d ()-]{7,}\d")
_QUOTE: Final = re.compile(r"[“”„«»\"]")
_LABEL: Final = re.compile(r"^[^\s:]+(?: [^\s:]+){0,2}:")  # "Disclaimer:" "Read more:"
_WORD: Final = re.compile(r"\w+")
_STEM: Final = 5  # content words compare on their first letters: inflected forms still meet
_CONTENT_MIN_LETTERS: Final = 4
_SHORT_WORDS: Final = 8
_PUNCTUATION: Final = "\"'“”‘’„«»()[],.;:!?…"
_BULLET: Final = re.compile(r"^(?:[•·▪◦‣●■□➤►✓✔*–—-]|\(?\d{1,2}[.)])\s")
# A paragraph of the story's core: this long and ending as a sentence. Furniture is judged
# against where the core starts and ends, and a sentence between the two is never removed.
_LOG_CORE_WORDS: Final = math.log1p(15)
_LOG_CROSSHEAD_WORDS: Final = math.log1p(16)  # a crosshead (or a live blog's entry) is short
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
    "neighbours_shared",
    "in_colon_list",
    "next_is_sentence",
    "next_is_bullet",
    "before_story",
    "after_story",
)
_COLUMN: Final = {name: index for index, name in enumerate(FEATURES)}
_SHORT, _ENDS_COLON, _BULLET_COLUMN = _COLUMN["short"], _COLUMN["ends_colon"], _COLUMN["bullet"]


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
        rows = paragraph_features(paragraphs, title, stopwords())
        return [
            index
            for index, row in enumerate(rows)
            if not is_protected(row) and self.probability(row) >= self.threshold
        ]

    def probability(self, row: Sequence[float]) -> float:
        """The logistic model's furniture probability for one feature row."""
        logit = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))


def is_protected(row: Sequence[float]) -> bool:
    """A line of the story's own between the first and the last paragraph of its core.

    Inside the core, a sentence of any length, a list (bullets, a line ending in a colon) and a
    crosshead (a short line over a long sentence) are the story's; so is a list its
    introduction announces (a line ending in a colon over bullets, and the items under it)
    anywhere: never removed.
    """
    if row[_COLUMN["in_colon_list"]] or (
        row[_COLUMN["ends_colon"]] and row[_COLUMN["next_is_bullet"]]
    ):
        return True  # a list its own introduction announces, wherever it stands
    if row[_COLUMN["before_story"]] or row[_COLUMN["after_story"]]:
        return False
    sentence = row[_COLUMN["sentence_end"]]
    listed = row[_COLUMN["bullet"]] or row[_COLUMN["ends_colon"]]
    crosshead = (
        row[_COLUMN["next_is_sentence"]]
        and row[_COLUMN["log_words"]] <= _LOG_CROSSHEAD_WORDS
        and not row[_COLUMN["separator"]]
        and not row[_COLUMN["address"]]
    )
    return bool(sentence or listed or crosshead)


# Removes nothing: the cleaner as the rules alone leave it (training, comparisons).
NO_LINE_MODEL: Final = LineModel(weights=(0.0,) * len(FEATURES), bias=0.0, threshold=2.0)


def drop_furniture(
    paragraphs: list[str], title: str | None, removed: list[RemovedLine], model: LineModel
) -> list[str]:
    """The paragraphs the model keeps; the others are reported in `removed` as `line_model`."""
    gone = set(model.furniture(paragraphs, title))
    removed.extend(RemovedLine(text=paragraphs[index], rule=RULE_NAME) for index in sorted(gone))
    return [paragraph for index, paragraph in enumerate(paragraphs) if index not in gone]


def paragraph_features(
    paragraphs: Sequence[str], title: str | None, function_words: frozenset[str]
) -> list[list[float]]:
    """One row of `FEATURES` per paragraph, in order."""
    stems = [_content_stems(paragraph, function_words) for paragraph in paragraphs]
    everywhere: Counter[str] = Counter()
    for own in stems:
        everywhere.update(own)
    if title:
        everywhere.update(_content_stems(title, function_words))
    shapes = [_shape(paragraph, function_words) for paragraph in paragraphs]
    names = [_names(paragraph) for paragraph in paragraphs]
    shared = [
        sum(everywhere[stem] > count for stem, count in own.items()) / len(own) if own else 0.0
        for own in stems
    ]
    last = len(paragraphs) - 1
    core = [index for index, shape in enumerate(shapes) if _is_core(shape)]
    first_core, last_core = (core[0], core[-1]) if core else (last + 1, -1)
    rows = []
    colon_list = False  # inside a list that a paragraph ending in ":" introduced
    for index, (shape, own) in enumerate(zip(shapes, stems, strict=True)):
        before = shapes[index - 1] if index else None
        after = shapes[index + 1] if index < last else None
        neighbours = [shared[i] for i in (index - 1, index + 1) if 0 <= i <= last]
        bullet = shape[_BULLET_COLUMN] > 0
        colon_list = (bullet or shape[_SHORT] > 0) and (
            colon_list or (before is not None and before[_ENDS_COLON] > 0)
        )
        rows.append(
            [
                *shape,
                shared[index],
                sum(everywhere[name] <= own[name] for name in names[index]) / len(names[index])
                if names[index]
                else 0.0,
                float(not own),
                float(index == 0),
                float(index == last),
                1.0 / (1 + last - index),
                float(before is not None and before[_SHORT] > 0),
                float(after is not None and after[_SHORT] > 0),
                sum(neighbours) / len(neighbours) if neighbours else 0.0,
                float(colon_list),
                float(after is not None and _is_core(after)),
                float(after is not None and after[_BULLET_COLUMN] > 0),
                float(index < first_core),
                float(index > last_core),
            ]
        )
    return rows


def _shape(paragraph: str, function_words: frozenset[str]) -> list[float]:
    """The features of the paragraph alone, `FEATURES` from `log_words` to `bullet`."""
    tokens = paragraph.split()
    words = _WORD.findall(paragraph)
    alpha = [word for word in words if word[:1].isalpha()]
    count = max(len(alpha), 1)
    return [
        math.log1p(len(tokens)),
        float(len(tokens) < _SHORT_WORDS),
        float(_SENTENCE_END.search(paragraph) is not None),
        float(paragraph.endswith(":")),
        sum(word.lower() in function_words for word in alpha) / count,
        sum(word[:1].isupper() for word in alpha) / count,
        sum(char.isdigit() for char in paragraph) / max(len(paragraph), 1),
        float(_SEPARATOR.search(paragraph) is not None),
        float(_ADDRESS.search(paragraph) is not None),
        float(_QUOTE.search(paragraph) is not None),
        float(_LABEL.match(paragraph) is not None),
        float(_BULLET.match(paragraph) is not None),
    ]


def _is_core(shape: list[float]) -> bool:
    """Long and sentence-shaped: what a story is made of."""
    return shape[0] >= _LOG_CORE_WORDS and shape[2] > 0


def _names(paragraph: str) -> list[str]:
    """Stems of the capitalised words past each sentence's first: names of people or brands."""
    words = paragraph.split()
    return [
        word.strip(_PUNCTUATION).lower()[:_STEM]
        for previous, word in pairwise(words)
        if word[:1].isupper()
        and not _SENTENCE_END.search(previous)
        and len(word.strip(_PUNCTUATION)) >= _CONTENT_MIN_LETTERS
    ]


def _content_stems(text: str, function_words: frozenset[str]) -> Counter[str]:
    """The paragraph's content words (not function words, not short), cut to a stem."""
    return Counter(
        word[:_STEM]
        for word in _WORD.findall(text.lower())
        if len(word) >= _CONTENT_MIN_LETTERS and word not in function_words and not word.isdigit()
    )


@cache
def stopwords() -> frozenset[str]:
    """Function words of the languages cleaning knows (`data/stopwords.txt`)."""
    text = resources.files("newsstream.data").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(
        word
        for line in text.splitlines()
        if line and not line.startswith("#")
        for word in line.partition(":")[2].split()
    )


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
