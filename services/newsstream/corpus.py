"""A synthetic corpus with known duplicates, to measure deduplication: `newsstream corpus`.

Stories are generated text: invented names and places in sentences drawn from a small phrase
grammar, never the text of real articles. Each file is one story rendered as a page of some
invented site, with that site's furniture (ads, share widgets, related links, a newsletter
prompt, comments), about 4 KB. Stories come in these shapes:

- a single story;
- a duplicate group: one story and copies of it that are
  - *resends*: the very same file again,
  - *republications*: the same story on another site, with other furniture and headline,
  - *light edits*: one or two of: sentences changed, added or dropped, paragraphs swapped,
    the last paragraph cut;
- a hard negative: two sites' own reports of the same event. They name the same people and
  place and share one or two background paragraphs, but they are different articles, and
  each report may have duplicates of its own.

The ground truth goes to `truth.json` beside the `articles/` folder: the duplicate groups, each
member with a text id (members with equal ids have the same story text, so they are exact
duplicates once cleaned), and the hard-negative pairs. File names are random, so reading the
folder in name order mixes originals and copies as a stream would.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

TRUTH_FILE: Final = "truth.json"
ARTICLES_DIR: Final = "articles"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_SYLLABLES: Final = _words(
    "ka|ri|mo|len|sa|dor|vi|tha|bel|un|os|mar|ne|gal|fi|ro|tes|an|cu|ber|lo|im|pra|zen|"
    "ul|ko|dri|vas|el|nor|qui|ta|sem|bro|hal|ge|fen|ru|om|ly|ser"
)
_FIRST: Final = _words(
    "Amara|Boris|Celia|Dmitri|Elena|Farid|Greta|Hugo|Ines|Jonas|Kemal|Lena|Marco|Nadia|"
    "Oskar|Priya|Quentin|Rosa|Samir|Tessa|Umar|Vera|Wendell|Ximena|Yusuf|Zora|Anton|"
    "Bianca|Cyrus|Delia|Emil|Flora|Gideon|Hana|Ivo|Julia|Karim|Lotte|Mateo|Nora"
)
_ROLES: Final = _words(
    "mayor|minister of transport|chief executive|union leader|police spokesperson|"
    "regional governor|health commissioner|chief economist|opposition leader|fire chief|"
    "director of planning|head of the port authority|council speaker|court spokesperson|"
    "lead researcher|trade envoy|school superintendent|energy regulator|finance director|"
    "coach|emergency coordinator|environment minister|chief prosecutor|hospital director"
)
_ORG_KINDS: Final = _words(
    "Council|Holdings|Transit Authority|Workers Union|Institute|Energy Company|Bank|"
    "Medical Centre|Port Authority|Farmers Cooperative|Shipping Line|University|"
    "Water Board|Football Club|Chamber of Commerce|Housing Association|Rail Company"
)
_EVENTS: Final = (
    ("approves", "a new tram line"),
    ("halts", "the bridge repairs"),
    ("opens talks on", "the fishing quota"),
    ("reports", "a record harvest"),
    ("closes", "the northern steelworks"),
    ("investigates", "the warehouse fire"),
    ("signs", "the water sharing accord"),
    ("delays", "the budget vote"),
    ("wins", "the regional cup final"),
    ("unveils", "the flood defence plan"),
    ("cuts", "hospital waiting times"),
    ("raises", "the minimum wage"),
    ("rejects", "the airport expansion"),
    ("launches", "a vaccine trial"),
    ("settles", "the teachers strike"),
    ("expands", "the solar farm"),
    ("recalls", "faulty heating units"),
    ("charges", "two former officials"),
)
_NOUNS: Final = _words(
    "residents|workers|farmers|engineers|inspectors|teachers|nurses|drivers|families|"
    "shopkeepers|students|volunteers|investors|commuters|doctors|fishermen|pensioners|"
    "contractors|auditors|lawyers|miners|tenants|officials|analysts|researchers"
)
_THINGS: Final = _words(
    "the proposal|the contract|the report|the new rules|the timetable|the funding|"
    "the inquiry|the agreement|the plan|the findings|the budget|the tender|the ruling|"
    "the survey|the repairs|the tariffs|the pilot scheme|the audit|the forecast|the deal|"
    "the evacuation order|the price cap|the licence|the merger|the emergency grant"
)
_SAY: Final = _words(
    "said|told reporters|warned|insisted|confirmed|argued|acknowledged|announced|"
    "explained|stressed|claimed|noted|suggested|added|conceded|predicted"
)
_WHEN: Final = _words(
    "on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|on Sunday|"
    "late on Tuesday|early on Friday|last week|this morning|overnight|at the weekend|"
    "earlier this month|after a long session|before dawn|during the hearing"
)
_VERBS: Final = _words(
    "would review|had delayed|could expand|must replace|plans to fund|will inspect|"
    "has rejected|expects to finish|agreed to share|refused to sign|hopes to revive|"
    "promised to publish|was forced to suspend|intends to challenge|managed to secure|"
    "voted to extend|failed to deliver|is ready to cancel|has doubled|quietly dropped"
)
_ADJ: Final = _words(
    "controversial|long-awaited|costly|temporary|ambitious|unpopular|modest|urgent|"
    "disputed|revised|surprising|cautious|sweeping|belated|fragile|generous|narrow|"
    "provisional|bold|unexpected|detailed|landmark|partial|independent"
)
_REASONS: Final = _words(
    "because of rising costs|after months of protests|despite strong objections|"
    "to avoid further delays|following heavy rain|amid concerns over safety|"
    "under pressure from lenders|as demand continued to grow|"
    "after an anonymous complaint|in response to the shortage|"
    "once the inspection was complete|while talks continued|until the court rules|"
    "as part of a wider overhaul|to meet the new standards"
)
_QUOTES: Final = _words(
    "We cannot keep waiting for somebody else to fix this|"
    "This is a good day for everyone who lives here|"
    "Nobody expected the numbers to move this quickly|"
    "The people affected deserve clear answers and they deserve them now|"
    "We will look at every option before we decide anything|"
    "It is far too early to say what this means for the budget|"
    "Our members have been patient for a very long time|"
    "The evidence simply does not support that conclusion|"
    "I am proud of what the team has achieved under difficult conditions|"
    "There will be consequences if the deadline is missed again"
)
_BACKGROUND: Final = _words(
    "The region has struggled with|Over the past decade the city has faced|"
    "Critics have long pointed to|The dispute dates back to|"
    "Records show a steady rise in|Earlier attempts to address the issue stalled over|"
    "Local historians trace the problem to|"
    "Successive governments have promised to tackle"
)
_ISSUES: Final = _words(
    "chronic underinvestment in public transport|a shortage of affordable housing|"
    "repeated flooding along the river|falling revenue from the port|"
    "an ageing population and empty villages|disputes over land and water rights|"
    "a long decline in manufacturing jobs|overcrowded hospitals and clinics|"
    "pollution from the old industrial zone|unreliable power supplies in winter"
)
_SITE_NAMES: Final = _words(
    "Daily Courier|Valley Herald|Morning Ledger|Coastal Times|Metro Dispatch|"
    "Northern Post|City Wire|Evening Standard Online|Harbour Gazette|Plains Observer"
)
_MONTHS: Final = _words("January|February|March|April|May|June|July|August|September|October")


@dataclass
class Story:
    """One story's text: a headline and paragraphs of sentences."""

    headline: str
    paragraphs: list[list[str]]
    text_id: str

    def body_lines(self) -> list[str]:
        """One line per paragraph."""
        return [" ".join(sentences) for sentences in self.paragraphs]


@dataclass
class Event:
    """What several reports can be about: a place, an action, people and organisations."""

    place: str
    action: tuple[str, str]
    people: list[tuple[str, str]]
    orgs: list[str]
    background: list[list[str]] = field(default_factory=list)


@dataclass
class Truth:
    """The ground truth of a corpus: duplicate groups and hard-negative pairs."""

    articles: int = 0
    groups: list[list[dict[str, str]]] = field(default_factory=list)
    hard_negatives: list[tuple[str, str]] = field(default_factory=list)


class _Writer:
    """Generates text with one random source, so a seed gives the same corpus every time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories = 0

    def name(self, syllables: int) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()

    def event(self) -> Event:
        place = self.name(self.rng.randint(2, 3))
        if self.rng.random() < 0.3:
            place = f"{self.rng.choice(['Port', 'New', 'Upper', 'East', 'Saint'])} {place}"
        people = [
            (f"{self.rng.choice(_FIRST)} {self.name(self.rng.randint(2, 3))}", role)
            for role in self.rng.sample(_ROLES, self.rng.randint(3, 5))
        ]
        orgs = [
            f"{self.name(2)} {kind}" for kind in self.rng.sample(_ORG_KINDS, self.rng.randint(2, 3))
        ]
        event = Event(place, self.rng.choice(_EVENTS), people, orgs)
        event.background = [self.background(event) for _ in range(2)]
        return event

    def number(self) -> str:
        value = self.rng.choice([self.rng.randint(2, 99), self.rng.randint(100, 9999)])
        return f"{value:,}"

    def actor(self, event: Event) -> str:
        person, role = self.rng.choice(event.people)
        shape = self.rng.random()
        if shape < 0.4:
            return f"{person}, the {role},"
        if shape < 0.7:
            return person.split()[-1]
        if shape < 0.85:
            return f"The {self.rng.choice(event.orgs)}"
        return f"{self.rng.choice(['Officials', 'Witnesses', 'Campaigners'])} in {event.place}"

    def sentence(self, event: Event) -> str:
        shape = self.rng.randrange(6)
        r = self.rng
        if shape == 0:
            return (
                f"{self.actor(event)} {r.choice(_SAY)} {r.choice(_WHEN)} that "
                f"{r.choice(_THINGS)} {r.choice(_VERBS)} the {r.choice(_ADJ)} "
                f"{r.choice(_THINGS)[4:]} {r.choice(_REASONS)}."
            )
        if shape == 1:
            return (
                f"About {self.number()} {r.choice(_NOUNS)} in {event.place} "
                f"{r.choice(['were affected', 'signed a petition', 'turned out', 'lost work'])} "
                f"{r.choice(_REASONS)}, according to {r.choice(event.orgs)} figures."
            )
        if shape == 2:
            return (
                f'"{r.choice(_QUOTES)}," {r.choice(_SAY)} {self.actor(event).rstrip(",")}, '
                f"who {r.choice(_VERBS)} {r.choice(_THINGS)} {r.choice(_WHEN)}."
            )
        if shape == 3:
            return (
                f"The {r.choice(_ADJ)} decision {r.choice(_VERBS)} {r.choice(_THINGS)}, and "
                f"{r.choice(_NOUNS)} {r.choice(['fear', 'hope', 'expect', 'doubt'])} "
                f"that {r.choice(_THINGS)} will cost {self.number()} million "
                f"{r.choice(['crowns', 'dollars', 'euros', 'marks'])}."
            )
        if shape == 4:
            return (
                f"{r.choice(_WHEN).capitalize()}, {r.choice(_NOUNS)} from "
                f"{self.name(2)} {r.choice(['gathered outside', 'wrote to', 'met with', 'sued'])} "
                f"the {r.choice(event.orgs)} {r.choice(_REASONS)}."
            )
        return (
            f"{self.actor(event)} {r.choice(_SAY)} that {self.number()} "
            f"{r.choice(_NOUNS)} {r.choice(_VERBS)} {r.choice(_THINGS)} before "
            f"{r.choice(_MONTHS)} {r.randint(1, 28)}."
        )

    def background(self, event: Event) -> list[str]:
        opener = f"{self.rng.choice(_BACKGROUND)} {self.rng.choice(_ISSUES)} in {event.place}."
        return [opener] + [self.sentence(event) for _ in range(self.rng.randint(2, 3))]

    def headline(self, event: Event) -> str:
        verb, thing = event.action
        subject = self.rng.choice([event.place, *event.orgs])
        extra = self.rng.choice(["", " after long dispute", " amid protests", ", officials say"])
        return f"{subject} {verb} {thing}{extra}".replace("  ", " ")

    def story(self, event: Event, shared_background: int = 0) -> Story:
        """A report of `event`: 8-10 paragraphs, the last `shared_background` from the event."""
        verb, thing = event.action
        lead = [
            f"{self.rng.choice(event.orgs)} {verb} {thing} in {event.place} "
            f"{self.rng.choice(_WHEN)}, {self.rng.choice(_REASONS)}.",
            self.sentence(event),
        ]
        count = self.rng.randint(7, 9) - shared_background
        paragraphs = [lead] + [
            [self.sentence(event) for _ in range(self.rng.randint(2, 4))] for _ in range(count)
        ]
        if shared_background:
            picked = self.rng.sample(event.background, shared_background)
            for paragraph in picked:
                paragraphs.insert(self.rng.randint(2, len(paragraphs)), list(paragraph))
        self.stories += 1
        return Story(self.headline(event), paragraphs, f"s{self.stories}")


def _edit(writer: _Writer, story: Story, event: Event, number: int) -> Story:
    """A light edit of a story: one or two changes a copy editor might make."""
    rng = writer.rng
    paragraphs = [list(p) for p in story.paragraphs]
    for operation in rng.sample(["change", "add", "drop", "swap", "truncate"], rng.randint(1, 2)):
        where = rng.randrange(1, len(paragraphs))
        if operation == "change":
            for _ in range(rng.randint(1, 2)):
                paragraph = paragraphs[rng.randrange(len(paragraphs))]
                paragraph[rng.randrange(len(paragraph))] = writer.sentence(event)
        elif operation == "add":
            paragraphs[where].insert(rng.randint(0, len(paragraphs[where])), writer.sentence(event))
        elif operation == "drop" and len(paragraphs[where]) > 1:
            del paragraphs[where][rng.randrange(len(paragraphs[where]))]
        elif operation == "swap":
            other = rng.randrange(1, len(paragraphs))
            paragraphs[where], paragraphs[other] = paragraphs[other], paragraphs[where]
        elif operation == "truncate" and len(paragraphs) > 6:
            paragraphs.pop()
    return Story(story.headline, paragraphs, f"{story.text_id}e{number}")


def _render(writer: _Writer, story: Story, headline: str | None = None) -> str:
    """The page of one site carrying the story: its furniture around the paragraphs."""
    rng = writer.rng
    site = rng.choice(_SITE_NAMES)
    month, day = rng.choice(_MONTHS), rng.randint(1, 28)
    top = rng.choice(
        [[f"Home > {rng.choice(['World', 'Local', 'Business', 'Politics'])}"], ["Menu"], []]
    )
    lines = [*top, headline or story.headline]
    lines.append(f"By {rng.choice(_FIRST)} {writer.name(2)}")
    lines.append(f"Published {month} {day}, 2026 {rng.randint(1, 12)}:{rng.randint(10, 59)} am")
    furniture = [
        "Advertisement",
        "- Advertisement -",
        "Story continues below advertisement",
        "Share this article",
        "Share on Facebook",
        f"Sign up for the {site} daily newsletter",
        "Click here to read more",
    ]
    breaks = rng.sample(range(1, len(story.paragraphs)), min(3, len(story.paragraphs) - 1))
    for index, paragraph in enumerate(story.body_lines()):
        if index in breaks:
            lines.append(rng.choice(furniture))
        lines.append(paragraph)
    if rng.random() < 0.6:
        lines.append(f"Credit: {site.lower().replace(' ', '')}.com / {writer.name(2)}")
    lines.append(rng.choice(["Related Stories", "More from " + site.split()[0], "Recommended"]))
    lines.extend(
        f"{writer.name(2)} {rng.choice(_EVENTS)[0]} {rng.choice(_EVENTS)[1]}"
        for _ in range(rng.randint(2, 4))
    )
    lines.append(rng.choice(["Leave a Reply", f"Comments ({rng.randint(0, 99)})", "Tags: news"]))
    lines.append(f"© 2026 {site}. All rights reserved.")
    return "\n\n".join(lines) + "\n"


class _Corpus:
    def __init__(self, seed: int) -> None:
        self.writer = _Writer(random.Random(seed))  # noqa: S311 - reproducible text, not secrets
        self.files: dict[str, str] = {}
        self.truth = Truth()

    def add(self, text: str) -> str:
        name = f"{self.writer.rng.getrandbits(48):012x}.txt"
        self.files[name] = text
        return name

    def group(self, story: Story, event: Event, copies: int) -> list[str]:
        """The story and `copies` duplicates of it; returns the file names."""
        rng = self.writer.rng
        first = _render(self.writer, story)
        members = [{"file": self.add(first), "text": story.text_id}]
        for number in range(1, copies + 1):
            shape = rng.random()
            if shape < 0.2:
                source = rng.choice(members)
                name = self.add(self.files[source["file"]])
                members.append({"file": name, "text": source["text"]})
            elif shape < 0.45:
                headline = self.writer.headline(event)
                name = self.add(_render(self.writer, story, headline))
                members.append({"file": name, "text": story.text_id})
            else:
                edited = _edit(self.writer, story, event, number)
                name = self.add(_render(self.writer, edited))
                members.append({"file": name, "text": edited.text_id})
        if copies:
            self.truth.groups.append(members)
        return [m["file"] for m in members]


def generate(articles: int, seed: int) -> tuple[dict[str, str], Truth]:
    """Article texts by file name, and the ground truth, for a corpus of `articles` files."""
    corpus = _Corpus(seed)
    writer = corpus.writer
    while len(corpus.files) < articles:
        left = articles - len(corpus.files)
        shape = writer.rng.random()
        event = writer.event()
        if shape < 0.2 and left >= 2:
            shared = writer.rng.randint(1, 2)
            reports = []
            for spare in (left - 2, left - 2):
                copies = min(writer.rng.choice([0, 0, 1]), spare)
                reports.append(corpus.group(writer.story(event, shared), event, copies))
                left -= copies
            corpus.truth.hard_negatives.extend((a, b) for a in reports[0] for b in reports[1])
        elif shape < 0.55 and left >= 2:
            copies = writer.rng.randint(1, min(4, left - 1))
            corpus.group(writer.story(event), event, copies)
        else:
            corpus.group(writer.story(event), event, 0)
    corpus.truth.articles = len(corpus.files)
    return corpus.files, corpus.truth


def write_corpus(folder: Path, articles: int, seed: int) -> Truth:
    """Write `articles` files to `folder/articles/` and the ground truth to `folder/truth.json`."""
    files, truth = generate(articles, seed)
    target = folder / ARTICLES_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
    document = {
        "articles": truth.articles,
        "seed": seed,
        "groups": truth.groups,
        "hard_negatives": [list(pair) for pair in truth.hard_negatives],
    }
    (folder / TRUTH_FILE).write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return truth


def read_truth(folder: Path) -> Truth:
    """The ground truth written beside a corpus."""
    document = json.loads((folder / TRUTH_FILE).read_text(encoding="utf-8"))
    return Truth(
        articles=document["articles"],
        groups=document["groups"],
        hard_negatives=[(a, b) for a, b in document["hard_negatives"]],
    )
