"""Article text out of an HTML page: trafilatura's extraction, the standard library as fallback."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from newsstream.core.dates import find_date
from newsstream.core.text import PICTOGRAPH_LEAD

if TYPE_CHECKING:
    from trafilatura.settings import Document, Extractor

# trafilatura and its helpers are imported by the first HTML page, not at start: importing them
# takes 0.4 s of a 1 s start, and plain-text sources never need them.

# trafilatura logs an error for every page it cannot parse; we fall back to the page's visible
# text then, and an article that still has no story is dead-lettered with its reason.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What an HTML page says about its article."""

    text: str
    all_text: str  # every visible line of the page, for what extraction leaves out (credits)
    title: str | None = None
    published: date | None = None
    site: str | None = None
    bylines: tuple[str, ...] = ()  # the text of each element the page marks as a byline
    captions: tuple[str, ...] = ()  # the text of each figure's caption
    headings: tuple[str, ...] = ()  # the text of each of the page's second-level headings
    list_headings: tuple[str, ...] = ()  # those of them right over a list: a box's of points


class _TextExtractor(HTMLParser):
    """Text of an HTML page, one line per block element, skipping non-content elements."""

    _SKIP: Final = frozenset(
        {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"}
    )
    _BLOCK: Final = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "article",
            "section",
            "header",
            "blockquote",
            "tr",
            "figcaption",
            "title",
            "ul",
            "ol",
            "pre",
            "main",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Plain text of an HTML page, paragraphs separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    return html.unescape("".join(extractor.parts))


def _with_joiners(text: str, all_text: str) -> str:
    """`text` with the joiners (ZWNJ, ZWJ) trafilatura drops put back from the page's own lines.

    trafilatura drops every character Python does not print, and a joiner is part of a Persian
    or Indic word; a line of the extraction that the page prints with joiners is taken as printed.
    """
    if "\u200c" not in all_text and "\u200d" not in all_text:
        return text
    printed: dict[str, str] = {}
    for line in all_text.split("\n"):
        spaced = " ".join(line.split())
        if "\u200c" in spaced or "\u200d" in spaced:
            printed.setdefault("".join(filter(str.isprintable, spaced)), spaced)
    return "\n".join(printed.get(" ".join(line.split()), line) for line in text.split("\n"))


def _without_item_marks(text: str, all_text: str) -> str:
    """The extraction without the "- " trafilatura writes before each list item.

    The page's `<li>` carries no such mark: the item is a paragraph of its own, in a list
    inside another list's item too (indented: "  - the bus"). A "- " the page prints in its own
    text ("<p>- the bridge;</p>") is the story's bullet and stays, as a plain text page's does
    (tests/gold/CONVENTIONS.md).
    """
    if "\n- " not in f"\n{text}":
        return text
    printed = {
        spaced
        for line in all_text.split("\n")
        if (spaced := " ".join(line.split())).startswith("- ")
    }
    return "\n".join(
        line
        if " ".join(line.split()) in printed or not line.lstrip(" ").startswith("- ")
        else line.lstrip(" ").removeprefix("- ")
        for line in text.split("\n")
    )


def _in_page_order(text: str, all_text: str) -> str:
    """The extraction's lines in the order the page prints them.

    trafilatura may move a paragraph ahead of the headline (a live blog's newest entry, under
    its time stamp); when every line of the extraction is a line of the page, the page's order
    is the story's. Otherwise the extraction stays as it is.
    """
    rows = text.split("\n")
    where: dict[str, int] = {}
    for index, line in enumerate(all_text.split("\n")):
        where.setdefault(" ".join(line.split()), index)
    places = [where.get(" ".join(row.split()), -1) for row in rows]
    if min(places, default=0) < 0 or places == sorted(places):
        return text
    order = sorted(range(len(rows)), key=lambda i: (places[i], i))
    return "\n".join(rows[i] for i in order)


def site_of(url: str | None) -> str | None:
    """The host of an article's URL, without "www." (subdomains are sites of their own).

    A web archive's copy names the page it copied: the site is that page's host.
    """
    if url and (archived := _ARCHIVED.match(url)):
        url = archived[1]
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


_WORDS: Final = re.compile(r"\w+")


def _printed_headline(tree: Any, title: str | None) -> str | None:
    """The page's one <h1> where the metadata gives a short form of it, as a feed's label.

    "Harbour ferry" in the JSON-LD over an <h1> "Harbour ferry returns after a winter of
    repairs" that the <title> opens with too: the page prints the whole headline twice.
    """
    heads = tree.xpath("//body//h1")
    if not title or len(heads) != 1:
        return title
    headline = " ".join(heads[0].text_content().split())
    page_title = " ".join(str(tree.findtext(".//head/title") or "").split())
    return (
        headline
        if len(headline) > len(title)
        and set(_WORDS.findall(title.casefold())) <= set(_WORDS.findall(headline.casefold()))
        and page_title.startswith(headline)
        else title
    )


# A doubled sign between a site's name and the headline in a <title>: "Harbour Post :: Ferry …"
# (trafilatura splits a title at one sign between spaces only).
_DOUBLED_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:::|\|\||//|>>|<<|»»|««)\s+")


def _headline_of_title(tree: Any, title: str | None) -> str | None:
    """The headline of a "Site :: Headline" title: the one part of two the page's body prints.

    The site's name is printed too, in the masthead: the headline is the longer part. A title
    whose parts the body does not print ("Ferry :: Timetable" in a page that says neither) is
    kept whole.
    """
    parts = _DOUBLED_TITLE_SEPARATOR.split(title) if title else []
    if len(parts) != 2:  # a site's name and a headline, nothing else
        return title
    body = next(iter(tree.xpath("//body")), None)
    printed = " ".join(body.text_content().split()) if body is not None else ""
    headline = max(parts, key=len)
    return headline if headline in printed else title


def _metadata(tree: Any) -> Document:  # an lxml HtmlElement: lxml ships no type hints
    """A page's title, canonical URL, host and date, as `trafilatura.extract_metadata` finds them.

    Its steps for these four fields, in its order, but for an absolute canonical link, which wins
    over an og:url on its site (`_same_site`); the author, site name, categories, tags and
    license it also looks for (a quarter of the extraction's cost) are never used here.
    """
    from courlan import extract_domain  # noqa: PLC0415
    from htmldate import find_date as find_page_date  # noqa: PLC0415
    from trafilatura.metadata import (  # noqa: PLC0415
        examine_meta,
        extract_meta_json,
        extract_title,
        extract_url,
    )
    from trafilatura.settings import set_date_params  # noqa: PLC0415

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as trafilatura does before JSON-LD
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:
        logging.getLogger("trafilatura").warning("error in JSON metadata extraction")
    if not metadata.title:
        metadata.title = extract_title(tree)
    metadata.title = _headline_of_title(tree, _printed_headline(tree, metadata.title))
    # The canonical link names the article's own address; an og:url may be a mobile host's
    # ("m.…") or carry a tracking query: the canonical wins where the page prints one on the
    # og:url's site or a site it is a subdomain of (not a syndicated story's first publisher).
    canonical = tree.find('.//head//link[@rel="canonical"]')
    href = str(canonical.get("href", "")).strip() if canonical is not None else ""
    if href.startswith(("http://", "https://")) and _same_site(href, metadata.url):
        metadata.url = href
    if not metadata.url:
        metadata.url = extract_url(tree)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    metadata.date = find_page_date(tree, **{**set_date_params(extensive=True), "url": metadata.url})
    metadata.clean_and_trim()
    return metadata


def _same_site(canonical: str, url: str | None) -> bool:
    """The canonical link names the page's own site: no og:url, its host, or one it is under.

    "m.harbourpost.example" is under "harbourpost.example"; a syndicated copy's canonical link
    to its first publisher, or a template's placeholder ("https://example.com/"), is not.
    """
    site, own = site_of(canonical), site_of(url)
    return own is None or (site is not None and (own == site or own.endswith(f".{site}")))


# A web archive's address of a copy: "https://web.archive.org/web/20261202081455/https://…".
_ARCHIVED: Final = re.compile(r"https?://[^/]+/web/\d{4,14}(?:[a-z]{2}_)?/(https?://.+)")
# Parts of a page that are never the story: AMP's ad slots (and the text shown while they load),
# the standfirst under the headline, a summary of the story the story itself tells, a pull
# quote restating a line of it, a reader's quiz or poll box, whose questions repeat the
# story's figures, and a note on how the page was translated (by a machine, from which language).
_AD_ELEMENTS: Final = ("amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-sidebar")
_SUMMARY_CLASSES: Final = (
    *("standfirst", "dek", "deck", "subheadline", "sub-headline", "strapline"),
    *("pullquote", "pull-quote", "pull_quote"),
)
_WIDGET_CLASSES: Final = ("quiz", "poll", "survey")
_NOTE_CLASSES: Final = (
    *("translation-note", "translation-notice", "translation-disclaimer"),
    *("machine-translation", "auto-translation", "translator-note"),
)
# A social post the page embeds, by the class the platform's embed code gives its frame: its
# text is the post's, not the story's, and it is told without a hashtag or a handle in it.
_EMBED_CLASSES: Final = (
    *("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed"),
    *("bluesky-embed", "text-post-media", "reddit-embed-bq"),
)
_SUMMARY_PATH: Final = "//*[@class][{}]".format(  # one pass over the tree
    " or ".join(
        f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'
        for name in (*_SUMMARY_CLASSES, *_WIDGET_CLASSES, *_NOTE_CLASSES, *_EMBED_CLASSES)
    )
)


# A container whose first element is a heading: a box, if a pictograph leads the heading.
_BOX_HEADS: Final = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
_BOX_ELEMENTS: Final = frozenset({"div", "section", "aside"})
_BOX_PART_PATH: Final = ".//*[self::p or self::li or self::tr or self::h2 or self::h3 or self::h4]"
_BOX_MAX_PARTS: Final = 12
# A part longer than this is a story's paragraph: a live blog's post under "🔴 10:42" is no box.
_BOX_PART_MAX_WORDS: Final = 40
# The label over a sponsor's box: its content is paid for ("Sponsored content", "Publireportage").
_SPONSOR_LABEL: Final = re.compile(
    r"\W*(?i:(?:sponsored|paid|partner|promoted) (?:content|post|feature)|sponsored|advertorial"
    r"|in partnership with [^,.;:!?]+"  # a sponsor's name: a sentence goes on after a comma
    r"|contenido patrocinado|contingut patrocinat|conteniu patrocinau|conteúdo patrocinado"
    r"|contenuto sponsorizzato|contenu sponsorisé|publireportage"
    r"|publirreportaje|gesponserter? (?:inhalt|beitrag)|gesponsord(?:e inhoud)?|treść sponsorowana"
    r"|artykuł sponsorowany|sponzorovaný (?:obsah|článek)|sponsrat(?: innehåll)?"
    r"|sponsoreret(?: indhold)?|sponset(?: innhold)?|kaupallinen yhteistyö|konten bersponsor"
    r"|artikel bersponsor|на правах рекламы|спонсорский (?:контент|материал)|محتوى (?:مدفوع|ممول)"
    r"|sponsorlu (?:içerik|haber)|szponzorált(?: tartalom)?|conținut sponsorizat)\W*"
)
# Boxes a page's markup names by their class, whatever language their label is in: a sponsor's
# copy, a correction of the story (it prints the corrected figure already), the notes its marks
# point at, a calendar of coming events (its dates are other days' events, not the story's), an
# appeal for donations (it may name the story's own people, and is still the site's plea).
_CLASSED_BOXES: Final = frozenset(
    {
        "appeal",
        "donate",
        "donation",
        "donations",
        "donate-box",
        "donation-box",
        "donation-appeal",
        "sponsored",
        "advertorial",
        "correction",
        "corrections",
        "footnotes",
        "calendar",
        "event-calendar",
        "events-calendar",
    }
)
# ... or by a class opening on a sponsor's stem, in any language's form of the word
# ("sponsorise", "sponsorizzato", "sponsor-box").
_CLASSED_BOX_STEM: Final = "sponsor"
_SPONSOR_LABEL_MAX_CHARS: Final = 60
_SPONSOR_LABEL_MAX_CHILDREN: Final = 2  # "<p><b>Sponsored</b></p>": a label holds its text only


# The page's own mark on its byline: a name printed with no label ("JANE DOE") is told by it.
# An <address> outside the footer names the article's author (HTML's own mark, Instant Articles'),
# and so do the credits of a browser's reader view saved as a page.
# A framework's generated class keeps the word in any case with a prefix or a hash after it
# ("Byline_root__x7", "article-byline"), so the class is searched for it in lower case.
_BYLINE_PATH: Final = (
    '//*[@class][contains(translate(@class, "BYLINE", "byline"), "byline")'
    ' or contains(concat(" ", normalize-space(@class), " "), " reader-credits ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " author ")]'
    " | //address[not(ancestor::footer)]"
)
# A second-level heading whose next element is a list: a summary box's ("What we know so far").
_LIST_HEADING_PATH: Final = "//h2[following-sibling::*[1][self::ul or self::ol]]"
# A figure's caption: its own element, or an element whose class says so.
_CAPTION_PATH: Final = (
    '//figcaption | //*[@class][contains(concat(" ", normalize-space(@class), " "), " caption ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " wp-caption-text ")]'
)
# A reader view saved as a page has no canonical link: its domain link points at the article.
_READER_DOMAIN_PATH: Final = (
    '//a[contains(concat(" ", normalize-space(@class), " "), " reader-domain ")]/@href'
)

# The machine-readable date of a <time> in the byline: the date printed with the byline is the
# publication date, whatever calendar its text is in and whatever dates a top bar prints first.
_BYLINE_TIME_PATH: Final = (
    '//*[@class][contains(translate(@class, "BYLINE", "byline"), "byline")]//time/@datetime'
)


def _byline_date(tree: Any) -> date | None:
    """The date of the one <time datetime="YYYY-MM-DD…"> inside the page's byline, if any.

    A byline with two (published and updated) is left to the page's metadata to sort out.
    """
    stamps = tree.xpath(_BYLINE_TIME_PATH)
    if len(stamps) != 1:
        return None
    try:
        return date.fromisoformat(str(stamps[0]).strip()[:10])
    except ValueError:
        return None


def _pictograph_boxes(tree: Any) -> list[Any]:
    """The boxes a page heads with a pictograph ("🔮 Today's horoscope"): widgets, never story.

    A box is a small container (a division, a section, an aside) whose first element is a
    heading led by an emoji or a dingbat; no headline or crosshead opens on one
    (`cleaning._drop_pictograph_lines`). A container holding more than a box's few parts, a
    paragraph of a story's length, or half the page's text or more, is the article's own.
    """
    boxes = []
    page = 0
    for head in tree.iter(*_BOX_HEADS):  # a walk in C: most pages have no such heading
        text = head.text if head.text and head.text.strip() else head.text_content()
        box = head.getparent()
        if (
            not PICTOGRAPH_LEAD.match(text.lstrip())
            or box is None
            or box.tag not in _BOX_ELEMENTS
            or next(child for child in box if isinstance(child.tag, str)) is not head
        ):
            continue
        page = page or len(tree.text_content())
        parts = box.xpath(_BOX_PART_PATH)
        if (
            len(parts) <= _BOX_MAX_PARTS
            and 2 * len(box.text_content()) < page
            and all(len(part.text_content().split()) <= _BOX_PART_MAX_WORDS for part in parts)
        ):
            boxes.append(box)
    return boxes


def _sponsored_boxes(tree: Any) -> list[Any]:
    """The boxes a page heads with a sponsor's label ("Sponsored content"): an advertiser's text.

    A small container whose first element says its content is paid for holds the advertiser's
    copy, however much it reads like the story; a label alone ("Advertisement") marks an ad's
    slot, and the story goes on outside it. A container holding more than a box's few parts or
    half the page's text or more is the article's own, and so is one holding half the text of
    the <article> (or <main>) it stands in: a sponsored story on a page of long comments. A box
    whose class names it (a sponsor's, a correction's, the footnotes', an event calendar's, a
    donation appeal's, `_CLASSED_BOXES`) is
    one under a label of any language, within the same bounds, when the story's paragraphs
    printed before it hold more text than it does: a box the story opens with, or whose class
    names a whole story ("corrections" around the article's text), may be the page's story.
    """
    boxes = []
    page = 0
    for box in tree.iter(*_BOX_ELEMENTS):
        classes = str(box.get("class", "")).lower().split()
        classed = bool(_CLASSED_BOXES.intersection(classes)) or any(
            name.startswith(_CLASSED_BOX_STEM) for name in classes
        )
        if not classed:
            first = next((child for child in box if isinstance(child.tag, str)), None)
            if first is None or first is box[-1] or len(first) > _SPONSOR_LABEL_MAX_CHILDREN:
                continue  # no element, the label alone (no copy under it), or a container
            label = " ".join(first.text_content().split())
            if len(label) > _SPONSOR_LABEL_MAX_CHARS or not _SPONSOR_LABEL.fullmatch(label):
                continue
        elif len(box.text_content()) >= sum(
            len(part.text_content()) for part in box.xpath("preceding::p")
        ):
            continue  # no story printed before it: the class may name the story itself
        page = page or len(tree.text_content())
        size = 2 * len(box.text_content())
        story = next(box.iterancestors("article", "main"), None)
        if (
            len(box.xpath(_BOX_PART_PATH)) <= _BOX_MAX_PARTS
            and size < page
            and (story is None or size < len(story.text_content()))
        ):
            boxes.append(box)
    return boxes


# A table's own rows and cells, not those of a table inside one of its cells.
_OWN_ROWS: Final = "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"
_OWN_PARTS: Final = f"./thead | ./tbody | ./tfoot | {_OWN_ROWS} | ./tr/* | ./*/tr/*"


def _holds_paragraphs(cell: Any) -> bool:
    """A cell that breaks its text into paragraphs with two line breaks in a row ("<br><br>")."""
    for br in cell.iter("br"):
        following = br.getnext()
        if following is not None and following.tag == "br" and not (br.tail or "").strip():
            return True
    return False


def _one_column(table: Any) -> bool:
    """A table whose every row holds one cell or none: a box drawn round a block, not data."""
    return all(len(row) <= 1 for row in table.xpath(_OWN_ROWS))


def _unwrap_layout_tables(tree: Any) -> None:
    """Turn the tables that lay out a page into plain blocks, so its story reads as paragraphs.

    A hand-made page puts its story in one big cell, paragraphs split by "<br><br>"; the
    extraction reads a table as rows of data and joins each cell into one line. A table one of
    whose own cells breaks paragraphs so is the page's layout, and so is a one-column table
    within it (a photo's or an appeal's box); a table of data (rows of several cells, no
    paragraphs in a cell) is kept as it is, inside a layout table too.
    """
    layouts = [
        table
        for table in tree.iter("table")
        if any(_holds_paragraphs(cell) for row in table.xpath(_OWN_ROWS) for cell in row)
    ]
    boxes = [
        inner
        for table in layouts
        for inner in table.iter("table")
        if inner is not table and _one_column(inner)
    ]
    for table in {id(table): table for table in (*layouts, *boxes)}.values():
        for element in [table, *table.xpath(_OWN_PARTS)]:
            element.tag = "div"


def _drop_page_parts(tree: Any) -> None:
    """Remove ad slots, standfirsts, widgets, embedded posts and sponsor boxes, keeping tails."""
    for element in [
        *tree.iter(*_AD_ELEMENTS),
        *tree.xpath(_SUMMARY_PATH),
        *_pictograph_boxes(tree),
        *_sponsored_boxes(tree),
    ]:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail:
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)


@cache
def _extractor() -> Extractor:
    """The options `bare_extraction(tree, include_comments=False, include_tables=True)` builds.

    Built once, not per page (nine reads of the configuration). trafilatura changes no option it
    is given; the date parameters it holds (today's date) serve metadata, which it is not asked
    for here.
    """
    from trafilatura.settings import DEFAULT_CONFIG, Extractor  # noqa: PLC0415

    return Extractor(config=DEFAULT_CONFIG, output_format="python", comments=False, tables=True)


@cache
def _max_file_size() -> int:
    from trafilatura.settings import DEFAULT_CONFIG  # noqa: PLC0415

    return DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")


def extract_html(page: str) -> HtmlArticle:
    """The article of an HTML page: main text (one paragraph a line) and its metadata.

    trafilatura finds the main content and drops navigation, asides and footers; pages too
    small or odd for it fall back to all visible text, which line cleaning then sorts out.
    """
    import trafilatura  # noqa: PLC0415
    from trafilatura.settings import Document  # noqa: PLC0415
    from trafilatura.utils import load_html  # noqa: PLC0415

    all_text = html_to_text(page)
    fallback = HtmlArticle(text=all_text, all_text=all_text)
    # What `trafilatura.bare_extraction(page, with_metadata=True, ...)` does, with only the
    # metadata used here: parse, metadata from the tree, then extraction from (a copy of) it.
    try:
        tree = load_html(page, _max_file_size())
        if tree is None:
            return fallback
        metadata = _metadata(tree)
    except (TypeError, ValueError):  # what bare_extraction gives up on
        return fallback
    bylines = tuple(" ".join(mark.text_content().split()) for mark in tree.xpath(_BYLINE_PATH))
    captions = tuple(" ".join(mark.text_content().split()) for mark in tree.xpath(_CAPTION_PATH))
    # a section's heading under the headline; boxes (notes, related links) head with h3 or less
    headings = tuple(" ".join(mark.text_content().split()) for mark in tree.iter("h2"))
    list_headings = tuple(
        " ".join(mark.text_content().split()) for mark in tree.xpath(_LIST_HEADING_PATH)
    )
    published = _byline_date(tree) or (find_date(metadata.date) if metadata.date else None)
    _unwrap_layout_tables(tree)
    _drop_page_parts(tree)
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=True, options=_extractor()
    )
    if not isinstance(document, Document) or not document.text:
        return fallback
    return HtmlArticle(
        text=_in_page_order(
            _without_item_marks(_with_joiners(document.text, all_text), all_text), all_text
        ),
        all_text=all_text,
        title=_with_joiners(metadata.title, all_text) if metadata.title else None,
        published=published,
        site=site_of(metadata.url)
        or metadata.hostname
        or next((site_of(str(href)) for href in tree.xpath(_READER_DOMAIN_PATH)), None),
        bylines=bylines,
        captions=captions,
        headings=headings,
        list_headings=list_headings,
    )
