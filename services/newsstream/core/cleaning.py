"""Cleaning: turn a raw article into its title and the paragraphs of the story, nothing else.

Lines are classified one by one. Furniture rules kept as data (`data/furniture.toml`) say what a
line *is* (an ad marker, a share widget, a date banner, a credit), never which site it came
from; template lines learned per source (`templates.py`) catch a site's own menus and footers;
after the last story paragraph, short lines that do not read as sentences are link lists. Then
the header above the first story paragraph yields the title, and paragraphs that repeat an earlier
one (a page that carries its story twice) or the title are dropped, and so is a site's widget
of data rows under its own heading (`widgets.py`). Every removed line is
reported with the rule that removed it, so users can audit what cleaning did. Formats are read
as formats: a feed item delivered as raw XML through its fields (`feeditem.py`), paged text,
whose running heads and feet go and whose sentences run on over page breaks (`paged.py`), and
text with markup of its own, whose markup is no part of the text (`gemtext.py`, `textdump.py`,
`wikitext.py`, `bbcode.py`, `markdown.py`).

A line is never dropped for its words alone when it reads as a sentence of the story: rules that
could match a sentence carry a word limit, and the tail rule only takes lines that end without
sentence punctuation.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final, NamedTuple

from newsstream.core.bbcode import forum_post
from newsstream.core.datarows import MIN_ROWS, ROW_MAX_WORDS, is_data_row
from newsstream.core.dates import find_date, near_date
from newsstream.core.embeds import embedded_posts
from newsstream.core.feeditem import FeedItem, feed_item
from newsstream.core.furniture import FurnitureRule, FurnitureRules, default_rules
from newsstream.core.gemtext import gemtext_page
from newsstream.core.htmlpage import HtmlArticle, extract_html, html_to_text
from newsstream.core.jsonitem import json_item
from newsstream.core.letters import is_letters_page
from newsstream.core.linemodel import (
    SUMMARY_MIN_POINTS,
    TOLD_LIST_MIN_ITEMS,
    LineModel,
    default_line_model,
    drop_furniture,
    is_salutation,
    opens_section,
    opens_summary,
    stopwords,
)
from newsstream.core.markdown import markdown_page
from newsstream.core.models import CleanedArticle, ContentType, RawArticle, RemovedLine
from newsstream.core.paged import page_heads, running_lines
from newsstream.core.places import common_words, listed_place_names
from newsstream.core.templates import TemplateLearner, is_template_candidate, template_digest
from newsstream.core.text import (
    COMBINING_MARKS,
    FULL_STOPS,
    PICTOGRAPH_LEAD,
    SCRIPT_SENTENCE_TERMINALS,
    ends_sentence,
    has_sentence_mark,
    normalise_text,
    paragraph_key,
    starts_unspaced,
    word_count,
)
from newsstream.core.textdump import text_dump
from newsstream.core.widgets import widget_blocks
from newsstream.core.wikitext import wiki_source
from newsstream.errors import EmptyArticleError

_BULLET: Final = re.compile(r"^[•·▪◦‣●■□➤►✓✔*-]\s+")
_CHECK_MARK: Final = re.compile(r"^[✓✔☑]\s")
_LINK_ARROW: Final = re.compile(r"^[›→»]\s+")  # an arrow before a headline: a link, not a bullet
_LINKED_HEADLINE: Final = re.compile(r"[›→»▸]\s+[^.]+[?!]$")
_NUMBERED: Final = re.compile(r"^\d{1,2}[.)]\s")  # "1. Headline" in a most-read list
_CONTENTS_MIN_ITEMS: Final = 2  # a table of contents lists two sections or more
_DOMAIN: Final = re.compile(
    r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE
)
_ADDRESS_END: Final = re.compile(r"\.[a-z]{2,}/?$", re.IGNORECASE)  # "… www.example.org"
# A field's name before the headline or the author in a feed item or form dumped to text.
_TITLE_FIELD: Final = re.compile(
    r"^(?:title|headline|subject|titel|titre|título|titolo|tytuł|otsikko|overskrift|rubrik)\s*:\s*",
    re.IGNORECASE,
)
# A feed's field name is no label of the byline ("dc:creator: Jane Doe").
_FIELD_NAME: Final = re.compile(r"^[a-z]+:[a-z]+\s*:\s*", re.IGNORECASE)
_EAST_ASIAN_BYLINE: Final = re.compile(
    r"（(?:記者\s?|记者\s?)?(?P<name>[^\W\d_（）]{2,10}?)(?:記者|记者)?）"
    r"|(?P<korean>[가-힣]{2,4})\s?기자(?:\s+\S+@\S+)?"
    # a Chinese reporter and the town filed from: "記者林小明/台北報導" (a full-width slash too);
    # the word for reporter first, else a desk ("國際中心/綜合報導") reads as a name
    r"|(?:記者|记者)\s?(?P<chinese>[\u4e00-\u9fff]{2,4})\s?[／/]\s?[\u4e00-\u9fff]{1,6}(?:報導|报道)"
)
# The word for reporter, the name, then the town filed from in full-width brackets (Japanese,
# Chinese) or after "filed from" (发自, 發自, 発): "記者 Name(Town)" and "记者 Name 发自Town"
# credit "記者 Name" and "记者 Name", the label kept, the town cut.
_REPORTER_TOWN: Final = re.compile(
    r"(?P<credit>(?:記者|记者)\s?[^\W\d_（）]{2,6}?)"
    r"(?:（[^\W\d_（）]{1,10}）|\s?(?:发自|發自|発)\s?[^\W\d_（）]{1,10})"
)
# The word for reporter or correspondent after a name, with no comma, in the scripts that set it
# so (Korean, Japanese, Chinese): a name of two letters or more stays before it.
_SCRIPT_ROLE_AFTER: Final = re.compile(
    r"(?<=[^\W\d_]{2})\s?(?:기자|특파원|記者|记者|特派員|特派员)$"
)
# The parts of a byline strip, and a clock time in one of them.
_CREDIT_PARTS: Final = re.compile(r"\s[|·•]\s")
# A byline strip's parts, a spaced dash between them too: "Vum Jane Doe - 1 May 2026, 8:15".
_STRIP_PARTS: Final = re.compile(r"\s[|·•–—-]\s")
# A label opening a later part of a byline strip printed with no separator: " Published: …".
_LATER_LABEL: Final = re.compile(r"\s(?=[^\W\d_]{2,}[:：]\s)")
_LABEL_PARTS: Final = re.compile(r",\s|\s[|·•;]\s")  # a date line's labelled parts
# A labelled byline run on into the writer's town or role: "Text: Jane Doe, Eastport" (a word
# to three after the comma, in any script's comma; two names have two words each, and a name
# under a label is one), or "Text: Jane Doe (Eastport)".
_PLACE_AFTER: Final = re.compile(
    r"([^\W\d][^:,،]{0,30}[:៖]\s*[^,،፣()]+?)"
    r"(?:[,،፣]\s+[^\s\d,،፣]+(?: [^\s\d,،፣]+){0,2}|\s+\([^\d()]{1,30}\))"
)
# A social account in brackets after a byline's name: "Jane Doe (@jdoe)".
_HANDLE_AFTER: Final = re.compile(r"\s*\(@[\w.]{1,40}\)$")
_HANDLE: Final = re.compile(r"@[\w.]{1,40}")  # a social account: "@jdoe"
_SPACED_DASH: Final = re.compile(r"\s[–—-]\s")  # "By Jane Doe - Correspondent"
_TAIL_PARTS: Final = re.compile(r"\s*/\s*|\s[|·•]\s")  # "Correspondent / @jdoe"
_COMMAS: Final = (", ", "، ", "፣ ")  # Latin, Arabic-script and Ethiopic commas
# A byline's outlet and the town it filed from after its comma, a dash between them and the
# town's region in brackets: "Por Jane Doe, Harbour News — Eastport (NY)".
_OUTLET_DASH_TOWN: Final = re.compile(r", [^,]+?\s[—–-]\s[^\W\d_][^,()]*\s\([A-Z]{2,3}\)$")
# "Photos: John Roe", or a Chinese label without a colon: "摄影 陆建国".
_LABELLED: Final = re.compile(r"[^\W\d][^:：|]{0,30}[:፦：]\s*\S|(?:记者|記者|摄影|攝影)\s?\S")
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a date of a month we cannot name
# a follow or subscribe button printed after a byline's name: "Text: Jane Doe + Follow"
# (a co-author after a plus stays: "Text: Jane Doe + John Roe"), perhaps with the writer's name
_FOLLOW_WORDS: Final = (
    "follow|subscribe|folgen|abonnieren|suivre|s'abonner|seguir|suscribirse|segui|seguire"
    "|volg|volgen|följ|følg|seuraa|obserwuj|sledovat|sledujte|követés|takip et|urmărește"
    "|подписаться|подписка|следить|стежити|підписатися"
    "|abone ol|abunə ol|obuna|язылу|язылув|жазылу|жазылуу"  # "subscribe" in Turkic languages
)
_FOLLOW_BUTTON: Final = re.compile(rf"\s\+\s?(?i:{_FOLLOW_WORDS})(?: [^\W\d_]+)?$")
# a type-size bar's buttons, a letter or a sign each: "Text: A- A A+" (any minus) names nobody
_SIZE_BUTTONS: Final = re.compile(r"[^:：]+[:：](?:\s+(?:[^\W\d_][+\u2212-]?|[+\u2212-])(?!\S))+")
# the labels a country's registry sets before a site's own name: "bbc.co.uk", "abc.net.au"
_SECOND_LEVEL_LABELS: Final = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})
# what is not a letter, taken out of a name to compare it with a domain
_NON_LETTERS: Final = re.compile(r"[\W\d_]+")
# a follow button in brackets at a line's end, after a byline in plain text: "[+ Follow Jane]"
# a follow button alone on its line under a byline: "[+ Follow Jane Doe]"
_FOLLOW_BUTTON_LINE: Final = re.compile(r"\[\+ ?[^\]\n\d]{1,40}\]")
_BRACKETED_BUTTON: Final = re.compile(r"(?<=\S)[ \t]+\[\+ ?[^\]\n\d]{1,40}\][ \t]*$", re.MULTILINE)
_CLOCK: Final = re.compile(r"\b\d?\d[:.]\d\d\b")  # any script's digits: "۰۹:۳۰"
_LEADING_SIGNS: Final = re.compile(r"^[^\w\s]+\s*")  # a symbol or pictograph before a label
# A clip's running time in brackets after its title, in a list of videos or episodes: "(4:02)".
_RUNNING_TIME: Final = re.compile(r"\(\d{1,2}:\d\d(?::\d\d)?\)")
# The time a credit line runs on into after its comma: "Text: Jane Doe, 1 May 2026, 14:20".
_CLOCK_AFTER_COMMA: Final = re.compile(r"[,،፣]\s*\d?\d[:.]\d\d$")
# The words a reader app, a print header or a credit put before the page's address without a
# separator: "Saved from https://…/x" (a story's "Tickets at https://…/x" names another site).
_LINK_LEADS: Final = (
    "saved from|printed from|source|originally published at|permalink|url"  # en
    "|gespeichert von|gedruckt von|quelle|enregistré depuis|imprimé depuis|imprimé de"  # de, fr
    "|guardado desde|impreso desde|fuente|impresso de|fonte|stampato da"  # es, pt, it
    "|opgeslagen van|afgedrukt van|bron|wydrukowano z|źródło"  # nl, pl
)
# A label and a separator (a full-width colon too), or a lead, then the address of a page (not
# of the front page): "Link de la nota: https://…/x", "Saved from https://…/x", a print header's
# "Print version · https://…/x · 1 May 2026".
_ARTICLE_LINK: Final = re.compile(
    rf"(?:[^\w\s]+\s*)?(?:[^\W\d][^:：/·|]{{0,40}}[:：·|]\s*|(?:{_LINK_LEADS})\s+)"
    r"https?://(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/[^\s/#?]\S*",
    re.IGNORECASE,
)
# A browser's print footer: the printed page's address, then the page's number of the pages
# ("https://…/story   1/2").
_PRINT_FOOTER: Final = re.compile(
    r"https?://(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/[^\s/#?]\S*\s+\d{1,3}\s?/\s?\d{1,3}",
    re.IGNORECASE,
)
# A search engine's cached copy names the page it copied: "This is X's cache of https://…/story".
_CACHED_PAGE: Final = re.compile(
    r"\bcache\w*\s+(?:of|von|de|di|van)\s+https?://(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/[^\s/#?]",
    re.IGNORECASE,
)
# A page's address printed alone on its line: "https://…/story" (not the front page "https://…/").
# A site's name spelled in its host: fewer letters ("abc") name many things besides the site.
_MASTHEAD_MIN_LETTERS: Final = 6
_BARE_LINK: Final = re.compile(
    r"https?://(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/[^\s/#?]\S*", re.IGNORECASE
)
# A feed's or a file's address, not a page's: "https://feeds.…/news.xml", "https://…/feed/",
# "https://…/logo.jpg".
_NO_PAGE_LINK: Final = re.compile(
    r"://(?:feeds?|rss)\.|/(?:feed|rss|atom)(?:/|$)"
    r"|\.(?:xml|rss|atom|jpe?g|png|gif|webp|svg|pdf|mp3|mp4)(?:[?#]|$)",
    re.IGNORECASE,
)
_SOCIAL_HOST: Final = re.compile(
    r"(?:^|\.)(?:facebook|twitter|x|instagram|youtube|youtu|tiktok|linkedin|whatsapp|wa|t|"
    r"threads|bsky|pinterest|apple|google|spotify)\.[a-z.]+$|^apps?\.|^play\.",
    re.IGNORECASE,
)
# How sure a date is to be the publication date: a "Published" label, then an "Updated" one, then
# a wire dateline at the start of the story ("NAIROBI, March 6, 2025 (Agency) -").
_PUBLISHED_LABEL: Final = re.compile(
    r"^(?:published|posted|first published|veröffentlicht|publicado|publié|pubblicato|opublikowano"
    r"|gepubliceerd|publicerad|yayınlanma|publikováno|publicat|опубликовано|опубліковано|released"
    r"|imechapishwa|inilathala|δημοσιεύθηκε|δημοσίευση|pubdate|avaldatud|birt|publikované"
    r"|publikovaný|an wallafa|เผยแพร่|प्रकाशित|تاریخ انتشار|פורסם|објављено|objavljeno"
    r"|发布时间|發布時間|gepubliseer|ippubblikat|datum|publiceret|udgivet|publisert|julkaistu"
    r"|közzétéve|diterbitkan|dipublikasikan"
    # a broadcast's air date is its publication date
    r"|broadcast|first broadcast|aired|ausgestrahlt|diffusé|emitido|transmitido|uitgezonden"
    r"|sändes|sendt"
    # a wire's or a mailing's transmission time is when the story went out
    r"|sent|transmitted|išsiųsta|nosūtīts|saadetud|lähetetty|gesendet|verschickt"
    r"|verzonden|verstuurd|skickat|wysłano|odesláno|odoslané|elküldve|poslano|отправлено"
    # "sent" in French, Spanish and Italian names a special correspondent too ("Envoyé spécial
    # Jean Dupont"): a label only before its colon or a date
    r"|надіслано|(?:envoyé|enviado|inviato)(?=\s*:|\s+\d))(?!\w)",
    re.IGNORECASE,
)
# Lines of these rules that print a date date the article: a byline's date is when it was
# published (as a "Published" label), a print page's running head the issue's (as "Updated").
_DATED_RULES: Final = {"byline": 1, "running_head": 2}
_WRITER_RULES: Final = frozenset({"byline", "date_banner"})  # a page's byline and date line
_HEADER_DATE: Final = 4  # an edition's date on top of the page: the last resort
_EDITION: Final = re.compile(
    r"(?i:e-?paper|e-?edition|print edition|edition|ausgabe|édition|edición|edizione|edição"
    r"|editie|utgåva|wydanie|vydání|издание|выпуск|випуск|izdanje|ई-पेपर|आवृत्ती"
    r"|संस्करण|ই-পেপার|সংস্করণ)"
)
# A date line's word and number before a separator: a newsletter's or a magazine's issue,
# "Issue #214 · 24 November 2026" (the date line's rule knows the words for issue)
_NUMBERED_LABEL: Final = re.compile(
    r"[^\W\d_]{2,12}\.?\s*(?:#|no\.?|nr\.?|n[º°o]\.?)?\s*\d{1,5}\s*[·•|,—–-]", re.IGNORECASE
)
_UPDATED_LABEL: Final = re.compile(
    r"^(?:(?:last|laatst|zuletzt|senast|son|naposledy|ostatnio|dernière|última|ultimo) )?"
    r"(?:updated|modified|aktualisiert|actualizado|mis à jour|mise à jour|aggiornato|atualizado"
    r"|aktualizacja|zaktualizowano|bijgewerkt|uppdaterad|güncelleme|aktualizováno|actualizat"
    r"|обновлено|uuendatud|uppfært|aktualizované|an sabunta|ปรับปรุง|अपडेट|به‌روزرسانی|עודכן"
    r"|ажурирано|ažurirano|更新时间|更新時間|bygewerk|aġġornat|opdateret|oppdatert|päivitetty"
    r"|frissítve|diperbarui|güncellendi|(?:آخر )?تحديث|تم التحديث|оновлено|обновлён|актуализирано"
    r"|ενημερώθηκε|ενημέρωση|actualitzat|atnaujinta|atjaunināts|posodobljeno|imesasishwa"
    r"|cập nhật|업데이트|更新日|আপডেট|اپ ڈیٹ|na-update|uppdaterat)(?!\w)",
    re.IGNORECASE,
)
_DATELINE: Final = re.compile(
    r"^[A-Z][A-Za-z .'’-]{1,40},(?: [^,]{1,40},)? "
    r"|^[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?[፣،] "  # a place in Ethiopic or Arabic script: "ደሴ፣ "
)
_DATELINE_MAX: Final = 40  # the place (and date) before a dateline's dash
# A date line's label of a word or two, before a colon or a separator: "Submitted · …".
_DATE_LABEL: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?(?:\s?:|\s[|·•])\s+")
# A hard-wrapped block has lines no wider than this, each but the last nearly filling it.
_WRAP_MAX_WIDTH: Final = 110
_WRAP_MIN_WIDTH: Final = 50  # narrower lines of one width are a stack of labels, not a column
_NARROW_WRAP_MIN_WIDTH: Final = 30  # ... unless a sentence runs on from line to line
_WRAP_FILL: Final = 0.7
_COLUMN_MIN_LINES: Final = 3  # a block of this many lines or more is a printed column
# A word broken at a column's edge: a letter, then a hyphen, on a line that goes on in lower case.
_HYPHENATED: Final = re.compile(r"[^\W\d_]{2}-$")
# A line with at least this many words is story text whatever its punctuation.
_BODY_MIN_WORDS_UNPUNCTUATED: Final = 25
# A line ending like a sentence needs this many words to count as story text in the header.
_BODY_MIN_WORDS_SENTENCE: Final = 6
# List items after a list heading, and link lines after the story, are short and unpunctuated.
_LIST_ITEM_MAX_WORDS: Final = 16
# The story's last paragraph, after which short unpunctuated lines are links, is this long.
_TAIL_ANCHOR_MIN_WORDS: Final = 12
_FOOTER_MIN_LINES: Final = 2  # a footer's furniture lines under a notice: a tip line, links
# A question this short on top of the page is a headline.
_HEADLINE_MAX_WORDS: Final = 20
_LINK_TEXT: Final = re.compile(r"[:|»›>]\s*\S|\s-\s*\S")  # not the hyphen of "L-AKTAR"
# Items strung on these are a menu, a ticker or a byline strip, never a headline.
_SEPARATOR: Final = re.compile(r"\s[|•·▲▼›‹»]\s|[▲▼]")
# A sentence ending inside a line, after a word (not an initial or "Dr."), and another begun.
_INNER_SENTENCE: Final = re.compile(r"[a-zà-ÿ]{3}\.\s+[A-ZÀ-Þ]")
# A capitalised line with fewer function words than this share of its words is a menu.
_MENU_RULES: Final = frozenset({"menu", "navigation"})
# A date line's rules, and a stamp's that prints the date before its "updated 3 hours ago".
_STAMP_RULES: Final = frozenset({"date_banner", "timestamp"})
# a row of share buttons: a photo's caption sits under it, a dated lead under a dateline
_SHARE_RULES: Final = frozenset({"share", "app_share"})
_DECK_HEADLINE_MIN_WORDS: Final = 5  # a headline over its deck: more words than a kicker
_MENU_SCORE: Final = 0.25  # a menu's, a kicker's or a masthead's line scores as a headline so
_MENU_MAX_FUNCTION_SHARE: Final = 0.25
# A comments heading opens the thread when this many reply markers follow within the window.
_THREAD_WINDOW: Final = 12
_THREAD_MIN_REPLIES: Final = 2
# A label line repeated this often (numbers aside) after the story heads the posts of a thread.
_THREAD_MIN_POSTS: Final = 3
_MARKER_SHAPE_WORDS: Final = 3
_DIGITS: Final = re.compile(r"\d+")
# A caption is a line of at most this many words just above a photo credit.
_CAPTION_MAX_WORDS: Final = 30
_SIGNING_DASH: Final = re.compile(r"[—–]\s*")  # "— Jane Doe" signs a letter on any page
_WRAPPED_CAPTION_LINES: Final = 4  # the lines a hard-wrapped caption runs on over
_WRAPPED_SIGNOFF_MIN_LINES: Final = 2  # a wrapped sign-off's block, up to a caption's lines
# On a page of one block a story line may stand over a credit too: there a caption is one
# sentence of at most this many words (a story's paragraph runs longer or on several sentences).
_ONE_BLOCK_CAPTION_MAX_WORDS: Final = 15
_INNER_SENTENCE_END: Final = re.compile(r"[.!?]\s+\S")
# A gallery's pager after a caption's credit: the arrow, perhaps after its word ("Next »").
_PAGER_TAIL: Final = re.compile(
    r"\s+(?:(?i:next|previous|prev|more|weiter|suivant|siguiente|próxim[oa]|successiva|successivo"
    r"|volgende|następne|dalej|nästa|neste|næste|seuraava|další|sonraki|далее|следующая)\s*)?"
    r"[»›→▶]+$"
)
# A photo credit closing a caption, after a sentence or in brackets: "… (Foto: Jane Doe)"; an
# agency or a site after a slash is part of it, as printed ("Foto: Jane Doe / Harbour News",
# "Foto: Jane Doe/Harbour News"; tests/gold/CONVENTIONS.md), as with `_SHAPED_CAPTION_CREDIT`;
# one after another separator is not ("Foto: Jane Doe | Harbour News", `_credited` cuts it).
_PHOTO_LABEL: Final = (
    r"(?i:photo|picture|pic|image|imagen|imagem|immagine|foto|fotó|bild|kuva|mynd|hoto|ảnh|фото|фота|whakaahua|انځور|àwòrán|isithombe|dealbh|ఫోటో|ಚಿತ್ರ|צילום|תמונה"
    r"|عکس|صورة|写真|照片|사진|ภาพ|फोटो|तस्बिर|ritratt|ritratti|argazkia|argazkiak|ფოტო|ඡායාරූපය|تصویر|ፎቶ"
    r"|fotoğraf|zdjęcie|снимка|снимак|fotografija|fotografie|fotografia|φωτογραφία"
    r"|ifoto|ta[\'’]anga|ata|fòtos?|fotò|sary|hulagway|luc[\'’]hskeudenn|umfanekiso|сүрөт|ଫଟୋ|ພາບ|તસવીર|រូបថត|ਫ਼ੋਟੋ|ਤਸਵੀਰ|وێنە|ഫോട്ടോ"
    r"|poto|gambar|semeya|fotu|itaba|taa[ʻ\'’]i|mufananidzo|сӑнӳкерчӗк|تصوير|ስእሊ|thlalak"
    r"|攝影|摄影|撮影|圖片|图片|圖|图|相片|ဓာတ်ပုံ"
    r"|govva|kuvvá|nuotrauka|nuotr\.|attēls|pilt|llun|grianghraf|picha|larawan|sawir|şəkil|сурет"
    r")"
)
_PHOTO_LABEL_ALONE: Final = re.compile(rf"{_PHOTO_LABEL}s?")
# Labels that are words of running text too ("… hier. Image : Port-Louis-les-Bains", French):
# they credit a name only on a line known to be a caption, or one the label opens.
_WORD_PHOTO_LABEL: Final = re.compile(r"(?i:image|imagen|imagem|immagine)s?")
_CLOSING_BRACKETS: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
_CAPTION_CREDIT: Final = re.compile(
    # Thai and Lao end a sentence on a space alone: "… ตอนเช้า ภาพ: <name>"
    rf"(?:[.!?।။។።۔{SCRIPT_SENTENCE_TERMINALS}]\s+|。\s*|(?<=[\u0e01-\u0eff])\s+|(?:^|\s)(?P<open>[(\[（［]))(?P<label>"
    rf"{_PHOTO_LABEL})(?P<colon>\s?[:៖：])\s*(?P<name>[^\W\d_][^()\[\]（）［］:]{{1,58}}?)"
    # " / Harbour News": the agency; a full-width bracket may close a Chinese or Japanese caption
    r"(?P<agency>\s/\s[^()\[\]（）［］:|/]{1,40})?[)\]）］]{0,2}\.?$"
)
# The same by its shape, on a line known to be a caption: a label of one or two words of any
# language, then the name (`_shaped_caption_credit`), perhaps an agency or a site after a slash
# ("Kuva: Jane Doe / Harbour News"), kept after the name as printed. A word's letters may carry the
# marks scripts write apart from them: vowel signs (Bengali "ফটো", Myanmar), Hebrew points.
_MARKED_LETTER: Final = f"(?:[^\\W\\d_]|[{COMBINING_MARKS}])"
# A label's word may hold an apostrophe between letters (a glottal stop: "Hoho'a").
_LABEL_WORD: Final = rf"[^\W\d_]{_MARKED_LETTER}*(?:['’ʻ]{_MARKED_LETTER}+)?"
# The same under a photo's label abbreviated with a dot, no colon: "… na ulicy. Fot. Jan Nowak".
_ABBREVIATED_CAPTION_CREDIT: Final = re.compile(
    r"(?:[.!?]\s+|(?:^|\s)(?P<open>[(\[]))(?P<label>(?i:fot|phot|zdj|nuotr|ilustr)\.)\s"
    r"(?P<name>[^\W\d_][^()\[\]:|/.!?]{1,58}?)(?P<agency> ?/ ?[^()\[\]:|/]{1,40})?[)\]]{0,2}\.?$"
)
_SHAPED_CAPTION_CREDIT: Final = re.compile(
    rf"(?:[.!?।။។።۔།։{SCRIPT_SENTENCE_TERMINALS}]\s+|(?:^|\s)(?P<open>[(\[]))"
    rf"(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD})?)(?P<colon>\s?:|՝| /)\s*"  # "Photo / Jane Doe"
    r"(?P<name>(?:[^\W\d_]|[«„“\"])[^()\[\]:|.!?/]{1,58}?)"
    r"(?P<agency> ?/ ?[^()\[\]:|/]{1,40})?[)\]]{0,2}\.?$"
)
# An organisation's name in quotation marks, a word for its kind before or after it: "«Harbour
# Valley» reserve", "Ltd «Name»" (languages that quote a body's proper name).
_QUOTED_BODY: Final = re.compile(
    r"(?:(?P<before>[^\W\d_][\w-]*) )?[«„“\"](?P<name>[^\W\d_][\w-]*(?: [\w-]+){0,3})[»“”\"]"
    r"(?: (?P<after>[^\W\d_][\w-]*))?"
)
# The kinds of body a caption credits by a quoted name; a quoted phrase without one is a quote.
_QUOTED_BODY_KINDS: Final = frozenset(
    {
        *("agency", "archive", "association", "centre", "center", "club", "company", "foundation"),
        *("fund", "institute", "ltd", "llc", "museum", "park", "reserve", "studio", "theatre"),
        *("gmbh", "ag", "sa", "srl", "spa", "bv", "ab", "as", "oy", "kft", "sro", "doo", "ooo"),
        *("ао", "зао", "оао", "пао", "ооо", "тов", "тоо", "заказник", "заповедник", "музей"),
        *("парк", "фонд", "агентство", "компания", "центр", "институт", "студия", "театр"),
        *("архив", "клуб", "объединение", "ассоциация", "museo", "museu", "musée", "fundación"),
        *("fundação", "fondation", "fondazione", "stiftung", "verein", "rezerwat", "fundacja"),
    }
)

# The same under a by-phrase of a word and a short "by" word: "… at dawn. Photo by Jane Doe",
# or in brackets closing a bracketed caption after no sentence's end: "[The lemon cake, made by
# the chef (Photo by Jane Doe)]" (in a sentence's line the brackets are an aside).
_CAPTION_BY: Final = re.compile(
    rf"(?:[.!?।။។።۔{SCRIPT_SENTENCE_TERMINALS}]\s+[(\[]?|\s(?P<aside>[(\[])(?=[^()\[\]]+[)\]]{{1,2}}\.?$))"
    r"(?P<credit>[^\W\d_]+ [^\W\d_]{1,4} [^\W\d_][^()\[\].!?:|/,]{1,58}?)"
    r"[)\]]{0,2}\.?$"
)

# A caption's closing credit to whoever lent the photo: "… at dawn. Photo courtesy of the Doe
# family", "Foto cortesía de Ana Pérez", "Photo : courtoisie Jean Dupont". The courtesy's words
# of each language, as data; the holder is the rest of the caption (`_courtesy_credit`).
_COURTESY_WORDS: Final = (
    "courtesy of",
    "courtesy",
    "cortesía de",
    "cortesía",
    "cortesia de",
    "cortesia di",
    "cortesia",
    "courtoisie de",
    "courtoisie",
    "avec l'aimable autorisation de",
    "mit freundlicher genehmigung von",
    "mit freundlicher genehmigung",
    "per gentile concessione di",
    "per gentile concessione",
    "gentileza de",
    "gentileza",
    "met dank aan",
    "dzięki uprzejmości",
)
_COURTESY_CREDIT: Final = re.compile(
    rf"(?:^|[.!?]\s+[(\[]?|\s[(\[]|^[(\[])(?P<credit>{_PHOTO_LABEL}s?"
    r"(?:\s*:\s*|\s+)(?i:"
    + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in _COURTESY_WORDS)
    + r")\s+(?P<holder>[^()\[\].!?:|/]{1,60}?))[)\]]{0,2}\.?$"
)
_COURTESY_HOLDER_WORDS: Final = 6  # "the Doe family of Eastport"; more is a sentence
# A photo's label with no colon, in brackets closing a caption: "… (Foto Jane Doe/Harbour News)";
# the name two to four capitalised words (`_capitalised_name`), an agency after a slash kept.
# Only labels no name or common word spells: with no colon "(Ata Demir)" is a man, not a photo.
_UNCOLONED_PHOTO_LABEL: Final = (
    r"(?i:photo|picture|foto|fotó|fòtos?|fotò|фото|fotoğraf|zdjęcie|снимка|fotografija"
    r"|fotografie|fotografia|φωτογραφία)"
)
_UNCOLONED_CAPTION_CREDIT: Final = re.compile(
    rf"(?:^|\s)[(\[](?P<label>{_UNCOLONED_PHOTO_LABEL}) (?P<name>[^\W\d_][^()\[\]:/|]{{1,58}}?)"
    r"(?P<agency> ?/ ?[^()\[\]:|/]{1,40})?[)\]]{1,2}\.?$"
)
# "… (Jane Doe for Harbour News)": a caption's photographer and the outlet they work for.
_NAME_FOR_OUTLET: Final = re.compile(
    r"\s[(\[](?P<name>[^()\[\]]+?) (?:for|para|pour|für|per|voor|dla|för|til|za) "
    r"(?P<outlet>[^()\[\]]+)[)\]]\.?$"
)
_PICTOGRAPH_MAX_WORDS: Final = 40  # a promo's sentence or two, a box's items
# "(Photo: file)": a file photo, nobody credited.
_FILE_PHOTO: Final = re.compile(
    r"(?i:supplied|handout|file|archive|archivo|arquivo|arxiu|archiv|archivio|archief|arkiv|arkisto|arhiv|arxiv|arşiv|архив|αρχείο|fayil|safn|ફાઇલ|ਫਾਈਲ|ഫയൽ|資料照?|资料图?)"
)
# A press release's end mark: what follows it is notes to editors and contacts.
_END_MARK: Final = re.compile(
    r"-*\s*(?:ENDS|###|-?30-?|(?i:end of (?:the )?(?:press )?release|einde (?:persbericht|bericht)"
    r"|ende der pressemitteilung|fin du communiqué|fin (?:del )?comunicado|fine del comunicato"
    r"|fim do comunicado|slut på pressmeddelandet|slutt på pressemelding|koniec komunikatu"
    r"|konec tiskové zprávy|lehdistötiedotteen loppu))\s*-*"
)
# The bar over the next article an endless page appends below the story ("Next story ↓"): all
# that follows is that article, not this one.
_NEXT_ARTICLE: Final = re.compile(
    r"[\W_]*(?i:next (?:article|story)|அடுத்த செய்தி|अगली (?:खबर|ख़बर)|পরবর্তী খবর"
    r"|nächster artikel|article suivant|siguiente (?:noticia|artículo)|próxima notícia"
    r"|próximo artigo|articolo successivo|prossimo articolo|volgend artikel|następny artykuł"
    r"|следующая (?:новость|статья)|наступна новина|следваща (?:новина|статия)|sonraki haber"
    r"|(?:berita|artikel) selanjutnya|الخبر التالي|المقال التالي|(?:bài|tin) tiếp theo"
    r"|(?:articolul|știrea) următoare?|habari inayofuata)\s*[↓⬇▼👇⤵:]*[\W_]*"
)
_LIST_HEADING_MAX_WORDS: Final = 3  # "Read also:", "More from the region:"
# What a crosshead over the story's first paragraph never holds: a field's colon, a list's commas,
# a bar's separators.
_CROSSHEAD_MARKS: Final = re.compile(r"[:;,·•|/]")
_BAR_MAX_WORDS: Final = 6  # a bar or mark over what follows: "Next story", "Forwarded message"
# A header line naming the author ("From Jane Doe, Enugu") is this short.
_BYLINE_MAX_WORDS: Final = 8
_ASIDE_SPAN: Final = 2  # a byline, a role or a link between, its date line
# The name a paragraph opens with: two to four capitalised words, then a word in lower case.
_OPENING_NAME: Final = re.compile(
    r"((?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][\w'’-]+)(?:'s|’s)? [a-zà-ÿ]"
)

# The same name after a lead of a few words: between commas, or after a label's colon or its
# separator ("THE AUTHOR · Jane Doe, born …").
_LED_NAME: Final = re.compile(
    r"[^\W\d][^,:.!?]{0,40}(?:, ((?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][\w'’-]+),"
    r"|: ((?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][\w'’-]+) [a-zà-ÿ]"
    r"| [·•|] ((?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][\w'’-]+)(?:,| [a-zà-ÿ]))"
)


_APPOSITION_MAX_WORDS: Final = 5  # "a nurse from Eastport": who the person is, before the verb

# A quote's attribution alone on its line: a dash, then a name (perhaps a role after a comma).
_ATTRIBUTION: Final = re.compile(r"[—–―-]\s*[^\W\d][^.!?:]{1,60}")


# A footnote's reference mark, stuck to the word or the quote it annotates: "… in 1988[1]." It
# points at notes the page prints apart from the story; a list's "[1]" opens its line, and a
# code or number in brackets stands apart from the word before it. Stuck to anything but an
# opening bracket: a sentence's end in any script ("।", "。") and a vowel sign as well. Not
# stuck to a closing square bracket or a sign of code or sums ("[[Harbour]][1]", "[0][1]",
# "a+[2]"): markup and indexes, not a note.
FOOTNOTE_MARK: Final = re.compile(r"(?<=[^\s(\[{\]=+*/<>^|~\\_-])\[\d{1,3}\](?!\w)")
# A label of one word before its separator or colon, opening a line ("WERBUNG: …", "IKLAN · …").
_TOPIC_LABEL: Final = re.compile(r"[^\w\s]{0,3}\s*([^\W\d_]+)\s*[·•|:—–-]")
_TOPIC_STEM: Final = 4  # letters a label's word compares on at least
# A footnote as its list prints it: its number first ("[1] …", "1. …", "1) …").
_NOTE_NUMBER: Final = re.compile(r"\[?\d{1,3}[\].)]\s")
_FOOTNOTE_MAX_WORDS: Final = 40  # a source: a title, a publisher, a date, an address
# A rule of dashes, underscores or equals signs right over the first note, "[1] …".
_RULED_NOTES: Final = re.compile(
    r"^[ \t]*[-–—_=]{3,}[ \t]*\n(?:[ \t]*\n)*[ \t]*\[1\] ", re.MULTILINE
)


# The stamp that opens each message of a chat or channel exported as text: "[01.12.2026, 09:40]
# Channel name: …" (or "01/12/2026, 09:40 - Name: …"), or a line of its own after the name:
# "Channel name, [01.12.2026 9:40]". A page of such messages is a channel.
_CHAT_STAMP: Final = re.compile(
    r"(?:\[(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?\]"
    r"|(?P<bare>\d{1,2}/\d{1,2}/\d{2,4}),?\s+\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?\s+-)"
    r"\s+[^:]{1,60}:\s?"
    r"|[^\[\]:]{1,60}, \[(?P<own>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),?\s+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:\s?[ap]\.?m\.?)?\]$",
    re.IGNORECASE,
)
_CHAT_MIN_MESSAGES: Final = 3
# A sign-up form's button (and e-mail field), or a notification switch: "[ Your e-mail ] [ Sign
# up ]", "Subscribe free", "[Turn on]".
_SIGN_UP: Final = (
    r"(?:sign up|subscribe|join|register|get it|turn (?:them )?on|enable|tanysgrifio|cofrestru"
    r"|inscrever|inscreva-se|subscrever|subscreva|assinar|assine|cadastrar|abonnieren|anmelden|aktivieren"
    r"|s\x27abonner|s\x27inscrire|activer|suscribirse|suscríbete|activar|iscriviti|abbonati|attiva"
    r"|abonneren|aanmelden|prenumerera|tilaa|zapisz się|subskrybuj|abone ol|abonează-te"
    r"|абонирай(?:те)? се|включи(?:те)?|абонироваться|подписаться|підписатися|увімкнути"
    r"|jisajili|isdiiwaangeli|regjistrohu|abonohu|பதிவு செய்|সাবস্ক্রাইব)"
)
_NOW: Final = r" (?:free|now|here|today|for free|gratis|grátis|gratuit|kostenlos|agora|ahora|ora)"
_FIELD: Final = r"(?:\[\s*[^\[\]]{1,30}\]\s*)?"
# A button, not a menu's word: in brackets, or saying "free" or "now" ("Sign up free").
_SIGN_UP_BUTTON: Final = re.compile(
    rf"{_FIELD}(?:\[\s*{_SIGN_UP}(?:{_NOW})?\s*\]|{_SIGN_UP}{_NOW}\W{{0,3}})", re.IGNORECASE
)
_BUTTON_MAX_WORDS: Final = 8  # a field and a button, each of a few words
_PITCH_LABEL_MAX_WORDS: Final = 6  # "Sign up to our weekly letter:"
# A button of a word to three in brackets after a pitch's last sentence, in any language: "…
# every Monday in your inbox. Free! [Count me in]" (not an editor's "[sic]" nor a note's "[1]").
_BUTTON_AFTER_PITCH: Final = re.compile(
    r"[.!]\s*\[(?!(?i:sic)\])(?-i:[A-ZÀ-ÞА-Я])[^\W\d]*(?:[\s\'’][^\W\d]+){0,2}\]$"
)
# A pitch with its button at the end of the line: "… never miss a change. [Turn on]".
_PITCH_WITH_BUTTON: Final = re.compile(rf".+[.!?]\s*\[\s*{_SIGN_UP}(?:{_NOW})?\s*\]", re.IGNORECASE)
# A byline told by its shape: so many words at most, a name of so many, "by" words this short.
_SHAPED_BYLINE_WORDS: Final = 6
_SHAPED_NAME_WORDS: Final = 4
_SIGNOFF_MAX_WORDS: Final = 30  # a wire's sign-off names a few writers, editors and towns
_BYLINE_LABEL_WORDS: Final = 3  # "Written by:", "Texto y fotos:": a noun phrase of up to three
# Labels of a line that names no writer, whatever names follow: a topic, a tag, a section, a
# place or a date ("Topic: Climate Change", "Venue: City Hall", "Lieu: Salle Pleyel").
_NOT_CREDIT_LABELS: Final = frozenset(
    {"topic", "topics", "tag", "tags", "subject", "category", "categories", "section", "venue",
     "place", "location", "where", "when", "date", "time",
     "thema", "themen", "schlagworte", "rubrik", "kategorie", "ort", "datum",  # de
     "sujet", "thème", "thèmes", "rubrique", "catégorie", "lieu",  # fr
     "tema", "temas", "etiquetas", "categoría", "sección", "lugar", "fecha",  # es
     "categoria", "seção", "secção", "local", "data",  # pt
     "argomento", "argomenti", "sezione", "luogo",  # it
     "onderwerp", "rubriek", "categorie", "plaats", "locatie",  # nl
     "тема", "рубрика", "место", "дата"}  # ru
)  # fmt: skip
_OUTLET_INITIALS: Final = range(2, 7)  # an agency's or an outlet's initials: "AFP", "ČTK"
_ROLE_MAX_WORDS: Final = 4  # "Tollwire chief political correspondent"
_CREDIT_LINE_MAX_WORDS: Final = 6  # a label of a word or two, a name of up to four
# The last word of a desk or a role a byline names after the writer's name (English ones are
# printed after names in many languages' papers).
_DESKS: Final = (
    r"bureau|desk|newsroom|\w*redaktion|rédaction|redacción|redazione|redação|redakcja"
    r"|büro|biuro|byrå|бюро"  # "bureau" in German, Polish, Swedish and Cyrillic
    r"|ब्यूरो|بیورو"  # "bureau" in Devanagari and in Urdu's script
    # "department": "By Jane Doe, Farm Department" names a desk as a bureau does
    r"|department|abteilung|afdeling|avdelning|avdeling|osasto|departamento|dipartimento"
    r"|département|dział|oddělení|oddelenie|osztály|skyrius|nodaļa|osakond|отдел|відділ|odjel"
    r"|skīrius|oddelek|odeljenje"  # Samogitian, Slovene, Serbian
    # a paper's section or newsroom: "Jan de Vries, redactie Binnenland", "Ana Souza, Editoria de …"
    r"|redactie|redaksjon(?:en)?|toimitus|editoria|sección|secção|seção|sezione|rubrika"
    # "newsroom" by its stem in more languages: Italian, Romansh, Ladin and Cimbrian "redazi…",
    # Slavic and Baltic "redakci…", Indonesian and Uzbek "redaksi…", Catalan "redacció", Cyrillic
    r"|redazi\w*|redakci\w*|redaksi\w*|redacci[oó]\w*|редакци\w*|редакці\w*|redazzjoni"
    r"|szerkesztőség|toimetus|ritstjórn|erredakzioa|newsdesk|dawati"  # Swahili "desk"
)
_ROLE_WORD: Final = re.compile(
    rf"(?i:{_DESKS}|reporter(?:in)?|correspondents?|journalist(?:in|e)?|editor|writer|columnist"
    r"|photographer|producer|contributor|staff|redakteur(?:in)?"
    r"|\w*korr?espondent(?:in|as|ė|s|e|ka|ai)?"  # German, Baltic, Polish, Czech spellings
    r"|periodista|giornalista|jornalista|repórter|corresponsal|corrispondente|correspondente"
    r"|journaliste|correspondant(?:e)?|rédact(?:eur|rice)|verslaggever|wartawan|koresponden"
    r"|mwandishi|ripota|mwandĩki|mwanahabari"  # Swahili's and Kikuyu's writer, reporter
    # Arabic's reporter, editor, journalist, writer, and a contributor's trade (consultant,
    # specialist, doctor, professor, researcher), each with its feminine: a script without
    # letter case, so the role's words alone tell it from a second writer's name
    r"|مراسلة?|محررة?|صحفية?|كاتبة?|استشارية?|أخصائية?|طبيبة?|أستاذة?|باحثة?)"
)
# A site's, an outlet's, an agency's or an employer's name after a byline's name is cut
# (tests/gold/CONVENTIONS.md): a word an outlet's name holds ("Harbour Gazette", "Tay Coast FM
# News", "iNews") or a news agency's name or initials ("Reuters", "dpa"). Words a surname may be
# ("Post", "Star", "Herald") are not among them: "By Jane Doe, John Post" names a second writer.
# A wire: "Newswire", "PRWire", "Wire"; a surname with fewer letters before it ("Swire") is none.
_OUTLET_WORD: Final = re.compile(
    r"(?i:\w*news|(?:pr|\w{4,})?wires?|nyuz|gazette|press|presse|prensa|ledger|times|tribune|journal|daily|diario"
    r"|zeitung|info|radio|fm|tv|service|agency|agence|agencia|agência|agenzia|agentur|portal"
    r"|chronicle|universit(?:y|é|ät|à|ad|ade)|institute)"
    r"|reuters|AFP|AP|dpa|EFE|ANSA|PAP|ČTK|APA|SDA|ANP|Belga|TASS|Xinhua|Kyodo|PTI|IANS|ANI"
    r"|Bernama|Antara|Yonhap|Lusa|AAP|UPI|Bloomberg|Reuters"
)
# A town after a byline's name is cut (tests/gold/CONVENTIONS.md): the words before the town
# where the writer filed ("in Quito", "en Quito", "à Nantes", "em Recife", "w Gdańsku", a
# ground "at Wimbledon"), and those of them that are "and" in another language ("Door Jan de
# Vries en Piet Jansen", "Tekst: Anna Nowak i Jan Kowal", "Na Juma Ali na Amina Hassan"): after
# these, without a comma before them, a name of two words may be a second writer's.
_FILED_IN: Final = frozenset({"in", "at", "en", "à", "au", "em", "na", "w", "i", "aus"})
_AND_SOMEWHERE: Final = frozenset({"en", "i", "na"})
# The first word of a town's name of two or three words, which no given name is: "Port
# Harcourt", "San José", "Saint-Louis" (a hyphen: one word). Not the articles ("El", "La", "Al",
# "Le"): names begin with them too ("Al Smith", "Le Van Thanh"); a town so named is listed.
_TOWN_STARTS: Final = frozenset(
    {"port", "fort", "mount", "mt", "cape", "lake", "san", "santa", "são", "saint", "st", "st.",
     "sainte", "new", "puerto", "porto", "ciudad", "bandar", "kota"}
)  # fmt: skip
# A suffix closing a name, no town: "By John Smith, Jr."
_NAME_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_DASHED: Final = re.compile(r"\s[—–-]\s")  # parts a dash sets apart: "Jane Doe — Eastport"
# A contribution or a wire's sign-off keeps its towns: "Reporting by Jane Doe in Quito", "By
# Jane Doe, with additional reporting by John Smith in Lagos".
_CONTRIBUTION: Final = re.compile(
    r"(?i:\b(?:reporting|writing|editing|research|fact-checking|contributed|with|avec|mit|con"
    r"|com|met|med)\b)"
)
# The small words an outlet's name may hold between its capitalised ones: "University of Perth".
_OUTLET_LINKS: Final = frozenset({"of", "de", "del", "la", "los", "las", "do", "da", "di", "the"})
# "By JANE DOE FOR THE DAILY FLARE": the outlet after "for" in a byline.
_FOR_OUTLET: Final = re.compile(r"(.+?)\s+(?:for|For|FOR)\s+(\S.*)")
_BARE_NAME_MIN: Final = 2  # a name alone has a given name and a surname
_SPAN_WORDS: Final = 3  # a town after a signature's comma: "Port Town", "Saint Helier"
_SIGNATURE_MAX_WORDS: Final = 7  # a letter's signature line: "— Jane van der Berg, Port Town"
_INITIALS_LETTERS: Final = 3  # an agency's initials in lower case: "dpa", "epa"
_BY_WORD_LETTERS: Final = 4
_PARTICLE_LETTERS: Final = 3  # "Le", "De", "Van" inside a name
_DATE_LINE_MAX_WORDS: Final = 10  # a date, a time, a view count
_STAMP_MAX_NAMES: Final = 4  # words beside a stamp's date and time: author, account, place
_STRIP_MAX_WORDS: Final = 24  # a byline strip: name, date, time, reading time
_STRUNG_MIN_SEPARATORS: Final = 3  # a widget's items strung on separators: four or more
# A year or a time of day in any script's digits, or a year in Han numerals ("二〇二六年").
_STRIP_DATE: Final = re.compile(r"\d{4}|\d[:.]\d\d|[〇零一二三四五六七八九]{4}年")
# A form's control: a row of one or more buttons (perhaps a link after them: "[ Vote ]  See
# results"), or a poll's or a checklist's option ("( ) Yes", "○ No", "[x] Agree").
_BUTTON: Final = r"\[\s*[^\[\]:\d=\"'/][^\[\]:=\"'/]{0,30}\]"
_BUTTON_ROW: Final = re.compile(rf"(?:{_BUTTON}\s*){{2,}}(?:[^\W\d][^.!?:\[\]]{{0,30}})?")
_OPTION: Final = re.compile(r"(?:\(\s?[x•*●]?\s?\)|\[\s?[x✓]?\s?\]|[○◯◉☐☑☒])\s+\S.{0,80}", re.I)
_HEADING_MIN_LETTERS: Final = 4
# A button and its counter: "[ Gift this article ]  Gifted this month: 1/5".
_BUTTON_COUNT: Final = re.compile(rf"{_BUTTON}\s*[^\[\]]{{1,50}}\d+\s*/\s*\d+")
_SINGLE_BUTTON: Final = re.compile(rf"{_BUTTON}\s*(?:[^\W\d][^.!?:\[\]]{{0,30}})?")
# A control no text format has: a drop-down ("[ Choose language ▼ ]") or an audio player's time
# bar ("▶ 0:00 / 3:52").
_WIDGET_CONTROL: Final = re.compile(
    r"\[[^\[\]]{0,40}[▼▾⌄]\s*\]|[▶►⏵]\s*\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d"
)
_WIDGET_MARKS: Final = "▼▾⌄▶►⏵"  # one of them is in every `_WIDGET_CONTROL`
_FORM_MIN_CONTROLS: Final = 2
# A box drawn around text: its top and bottom corners, and the characters of a rule.
_FRAME_TOP: Final = "┌╔┏╭"
_FRAME_BOTTOM: Final = "└╚┗╰"
_RULE_CHARS: Final = "─═━"
_FRAME_STARTS: Final = _FRAME_TOP + _RULE_CHARS
_RULE_STARTS: Final = frozenset(a + b for a in _RULE_CHARS for b in _RULE_CHARS)
_FORM_MAX_LINES: Final = 12  # a dialog or a poll box; a page printed as one block is longer
_FORM_MAX_PROSE: Final = 2  # a notice and its fine print
# An advertiser's copy ends on the number to call: "… Summer deals on all pumps. Call 054 000 0000."
_PHONE_END: Final = re.compile(r"(?:\+|\b)\d[\d ()-]{6,}\d\W{0,3}$")
_AD_MARKER_MAX_WORDS: Final = 3
_RULED_LABEL: Final = re.compile(r"([=*~_#-])\1{2,}\s*\S.*?\s*\1{3,}")  # "=== SPONSORED ==="
_RULE_MIN_CHARS: Final = 5
_AD_LABEL_MAX_WORDS: Final = 10  # "Sponsored content · in partnership with <advertiser>"
_SLOGAN_MAX_WORDS: Final = 12
# A box's link, an arrow before or after its words: "→ Learn more", "Find out more →".
_CALL_TO_ACTION: Final = re.compile(r"[›→»▸▶]\s*[^.!?]{1,40}|[^.!?]{1,40}\s[›→»▸]")
# A header field of an e-mail, named as mail programs name it: "From: Jane Doe <jane@…>".
_MAIL_FIELD: Final = re.compile(
    r"(?:from|to|cc|bcc|reply-to|sent|date|subject|de|para|à|an|von|betreff|objet|asunto|oggetto"
    r"|assunto|onderwerp|van|aan|verzonden|från|till|ämne|skickat|fra|til|emne|sendt|lähettäjä"
    r"|vastaanottaja|aihe|lähetetty|saatja|saaja|teema|od|do|temat|předmět|kimden|kime|konu)\s?:\s",
    re.IGNORECASE,
)
_MAIL_ADDRESS: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The line a mail program puts over the message it forwards: what stands above it (with its
# own headers) is the forwarder's note, not the story.
_FORWARD_MARK: Final = re.compile(
    r"-*\s*(?i:forwarded message|original message|begin forwarded message"
    r"|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine"
    r"|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale"
    r"|mensagem encaminhada|mensagem original"
    r"|doorgestuurd bericht|oorspronkelijk bericht|vidarebefordrat meddelande|videresendt"
    r" (?:meddelelse|melding)|välitetty viesti|edasisaadetud kiri|edastatud kiri"
    r"|przekazana wiadomość|přeposlaná zpráva|iletilen ileti)\s*:?\s*-*"
)
# A heading tag alone on its line of a text page ("<h3>Crosshead</h3>"), and a shortcode's
# closing tag at a line's end ("… Photo: Jane Doe[/caption]").
_HEADING_TAG: Final = re.compile(
    r"^<h([1-6])(?:\s[^>]*)?>([^<>]+)</h\1>$", re.MULTILINE | re.IGNORECASE
)
_CLOSING_SHORTCODE: Final = re.compile(r"\[/[a-z_]+\]$")
# The label over an author's box ("About the author:", "Der Autor ·", "L'auteur —"): the
# photo credit closing the box is the writer's portrait's, no credit of the story's. An article
# ("Der", "L'") stands apart from the word: "Coautor:" labels a credit.
_AUTHOR_BOX_LABEL: Final = re.compile(
    r"(?i:(?:about\s)?(?:[^\W\d_]{1,4}(?:['’]\s?|\s))?(?:author|autor(?:in)?|auteure?|autore|autora"
    r"|awdur|forfatter(?:en)?|författare(?:n)?|szerző|yazar|автор|аўтар|mwandishi))\s*[:·|—–-]\s"
)
# A line in a messenger's bold markers ("*Headline*"): the markers are formatting.
_BOLD_LINE: Final = re.compile(r"\*{1,2}([^*]+)\*{1,2}")


class _Line(NamedTuple):  # a tuple: an article makes a hundred of these, and it is cheap
    text: str
    folded: str
    block: int
    words: int


def _unmarked_lines(text: str) -> tuple[list[_Line], int]:
    """The lines of `text` without footnote marks, and how many notes the marks point at.

    A footnote's mark is no part of its sentence: the sentence ends as it is written, and the
    notes are counted for `_drop_footnotes`.
    """
    if "[" not in text:
        return _split_lines(text), 0
    notes = len({mark.group() for mark in FOOTNOTE_MARK.finditer(text)})
    return _split_lines(FOOTNOTE_MARK.sub("", text) if notes else text), notes


def _page_lines(text: str) -> tuple[list[_Line], int, dict[str, str]]:
    """A page's lines (`_unmarked_lines`), read without the follow buttons that close any.

    "By Jane Doe [+ Follow Jane]" is read as the byline alone; the lines read without their
    button are returned too, by the text read, for `_as_printed`.
    """
    if "[+" not in text:
        return (*_unmarked_lines(text), {})
    buttons = {
        _BRACKETED_BUTTON.sub("", line): line
        for line in text.split("\n")
        if _BRACKETED_BUTTON.search(line)
    }
    return (*_unmarked_lines(_BRACKETED_BUTTON.sub("", text) if buttons else text), buttons)


def _as_printed(removed: list[RemovedLine], buttons: dict[str, str]) -> list[RemovedLine]:
    """The removed lines as the page printed them, a follow button read past with its line."""
    if not buttons:
        return removed
    return [line.model_copy(update={"text": buttons.get(line.text, line.text)}) for line in removed]


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    for line in text.split("\n"):
        if not line:
            block += 1
            continue
        lines.append(_Line(line, line.lower(), block, word_count(line)))
    return lines


def _story_message(lines: list[_Line]) -> tuple[list[_Line], list[RemovedLine], date | None]:
    """The story's message of a channel exported as text, its other messages removed.

    Each message opens with a stamp; the story is the message with the most story text, and
    every other message (with the channel's header above the first) is the channel's, not the
    story's. A story that quotes a few messages has text of its own outside them: it is left
    alone. The story message's stamp dates it.
    """
    stamps = [
        (i, stamp)
        for i, line in enumerate(lines)
        if ("[" in line.text or "/" in line.text) and (stamp := _CHAT_STAMP.match(line.text))
    ]  # every stamp holds a bracket or a slash: other lines are not tried
    starts = [i for i, _ in stamps]
    if len(starts) < _CHAT_MIN_MESSAGES or any(map(_looks_like_story, lines[: starts[0]])):
        return lines, [], None
    ends = [*starts[1:], len(lines)]
    words = [
        sum(line.words for line in lines[start:end] if _looks_like_story(line))
        for start, end in zip(starts, ends, strict=True)
    ]
    best = max(range(len(starts)), key=words.__getitem__)
    (start, stamp), end = stamps[best], ends[best]
    # The stamp goes from a sentence the message opens with; a label line keeps it, to go whole.
    opening = lines[start].text[stamp.end() :]
    first = _Line(opening, opening.lower(), lines[start].block, word_count(opening))
    if stamp["own"]:  # the stamp's own line: the message starts under it
        story, start = lines[start + 1 : end], start + 1
    else:
        story = [first if _looks_like_story(first) else lines[start], *lines[start + 1 : end]]
    removed = [
        RemovedLine(text=line.text, rule="chat_message")
        for index, line in enumerate(lines)
        if not start <= index < end
    ]
    return story, removed, find_date(stamp["date"] or stamp["bare"] or stamp["own"])


def _unbold(text: str) -> str:
    """A line without the bold markers a messenger wraps it in ("*Headline*")."""
    bold = _BOLD_LINE.fullmatch(text) if text[:1] == "*" else None
    return bold[1].strip() if bold else text


def _looks_like_story(line: _Line, *, first: bool = False) -> bool:
    if line.words >= _BODY_MIN_WORDS_UNPUNCTUATED:
        return True
    if first and line.text.endswith("?") and line.words <= _HEADLINE_MAX_WORDS:
        return False  # a question on top of the page is its headline, not its first sentence
    if line.words >= _TAIL_ANCHOR_MIN_WORDS and line.text.endswith(":"):
        return True  # a sentence that introduces a list: "Travellers will see three changes:"
    # A line in a script that marks no sentence end needs the length of an unpunctuated one.
    return line.words >= _BODY_MIN_WORDS_SENTENCE and has_sentence_mark(line.text)


def _reads_as_prose(line: _Line) -> bool:
    """A sentence: ended by a mark, or in a script that marks none, as long as a paragraph.

    A Thai byline or date line ends in a letter as a sentence does: its length tells.
    """
    return line.words >= _BODY_MIN_WORDS_SENTENCE and (
        has_sentence_mark(line.text)
        or (line.words >= _BODY_MIN_WORDS_UNPUNCTUATED and ends_sentence(line.text))
    )


def _is_list_item(line: _Line, block: int, dated_blocks: set[int], max_words: int) -> bool:
    """A line that continues the list opened in `block`: a bullet, or a short label beside it.

    The label is in the list's block, or in a block of its own that carries a time stamp (a
    headline with "2 days ago" under it). A headline may ask a question, and a numbered one
    may end any way ("1. Rain today.").
    """
    if _BULLET.match(line.text) or _LINK_ARROW.match(line.text):
        return True
    return (
        (line.block == block or line.block in dated_blocks)
        and line.words <= max_words
        and (
            not ends_sentence(line.text)
            or line.text.endswith("?")
            or _NUMBERED.match(line.text) is not None
        )
    )


def _join_paragraphs(lines: list[_Line], page_starts: set[int]) -> list[_Line]:
    """Join lines of one block that continue a sentence (hard-wrapped text) into paragraphs.

    A line continues the one before when it starts in lower case, or when the block is
    hard-wrapped: its lines are all short and the one before nearly fills the width. Pages with
    a paragraph per line (long and short lines mixed) are never joined on length. In a wrapped
    block that breaks a sentence somewhere, a line ending a sentence goes on when the next
    line's first word would not have fitted on it: the wrap, not the paragraph's end, broke the
    line; so too in a wrapped block of whole sentences, at the width the page's other blocks
    break sentences at. On a page of wrapped blocks, a two-line block whose first line fills
    the page's width goes on into a second line that starts with no capital ("19 members voted
    ..."): two capitalised lines are two labels, unless the second's first word would not have
    fitted on the first and it is a short tail, no byline (a headline wrapped at the width:
    "… at the Central" over "Market"; not over a one-line standfirst or "By Jane Doe"), two
    sentences the wrap broke at the first one's full stop, or one it broke in a word ("… said
    Jane" over "Doe, a nurse."). A
    line cut in a word at the foot of a page goes on in the first block under the page's
    furniture (`page_starts`) when that starts in lower case.
    """
    blocks: dict[int, list[_Line]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    # A wrapped paragraph that closes on a list ("… two questions:" over "1. …") is judged by
    # its own lines: the list's short items say nothing of the paragraph's width.
    blocks = {block: _before_list(rows) for block, rows in blocks.items()}
    widths = {
        block: max(len(line.text) for line in rows)
        for block, rows in blocks.items()
        if _is_wrapped(rows)
    }
    # Blocks whose lines all end sentences may be a paragraph a line, of even widths.
    mid_sentence = {
        block for block in widths if not all(ends_sentence(row.text) for row in blocks[block][:-1])
    }
    # The width the page's text is wrapped at, where its blocks break sentences mid-line: a
    # block of sentences a line, each but the last too full for the next line's first word
    # (a quote of three sentences), is wrapped at it too.
    page_wrap = max((widths[block] for block in mid_sentence), default=0)
    # The widest the wrap can be: each of those lines broke because the next one's first word
    # would not have fitted. A block with a line wider than that was not wrapped at it (a list
    # of one-sentence points, a line each).
    wrap_limit = min(
        (
            len(row.text) + len(below.text.split(" ", 1)[0])
            for block in mid_sentence
            for row, below in zip(blocks[block], blocks[block][1:], strict=False)
        ),
        default=0,
    )
    pairs: set[int] = set()  # two-line blocks wrapped at the page's width
    pairs_at_stops: set[int] = set()
    if widths:
        page_width = max(widths.values())
        full_stops = {
            block
            for block, rows in blocks.items()
            if len(rows) == 2 and all(ends_sentence(row.text) for row in rows)
        }
        pairs = {
            block
            for block, rows in blocks.items()
            if len(rows) == 2
            and page_width * _WRAP_FILL <= len(rows[0].text) <= page_width
            and (
                not rows[1].text[:1].isupper()
                or (
                    len(rows[0].text) + 1 + len(rows[1].text.split(" ", 1)[0]) > page_width
                    and (
                        (  # a wrapped headline's or caption's tail, not a line of its own
                            len(rows[1].text) < page_width * (1 - _WRAP_FILL)
                            and not _byline_shape(rows[1].text)
                        )
                        or block in full_stops
                        # a sentence the wrap broke in a name ("… said Jane" over "Doe, a
                        # nurse."): the first line ends in a capitalised word after a word in
                        # lower case (a title-case headline has none), the second ends the
                        # sentence
                        or (
                            rows[0].text[-1:].isalpha()
                            and rows[0].text.rsplit(" ", 1)[-1][:1].isupper()
                            and any(word.islower() for word in rows[0].text.split()[-3:])
                            and ends_sentence(rows[1].text)
                            and not _byline_shape(rows[1].text)
                        )
                    )
                )
            )
        }
        # Of those, two sentences, the first to the width: one paragraph wrapped at a full stop.
        pairs_at_stops = pairs & full_stops
    paragraphs: list[_Line] = []
    last: _Line | None = None  # the line before, as printed: its width tells a column's edge
    for line in lines:
        previous = paragraphs[-1] if paragraphs else None
        width = widths.get(line.block)
        wrapped = width is not None or line.block in pairs
        if (
            previous is not None
            and last is not None
            and (
                previous.block == line.block
                or (len(blocks[last.block]) >= _COLUMN_MIN_LINES and _breaks_page(last, line))
                or (
                    line.block in page_starts
                    and line.block > last.block
                    and last.text[-1:].isalpha()
                    and line.text[:1].islower()
                )
            )
            and (
                not ends_sentence(previous.text)
                or line.block in pairs_at_stops
                or (
                    width is not None
                    and line.block in mid_sentence
                    and last.block == line.block
                    and len(last.text) + 1 + len(line.text.split(" ", 1)[0]) > width
                )
                or (
                    width is not None
                    and last.block == line.block
                    and page_wrap > 0
                    and width <= wrap_limit
                    and len(last.text) + 1 + len(line.text.split(" ", 1)[0]) > max(width, page_wrap)
                )
            )
            and not _BULLET.match(line.text)
            and not _NUMBERED.match(line.text)  # "2. ..." is the next item of a list
            and (line.text[:1].islower() or wrapped)
            # A pictograph opens a box's item or a promo, never a wrapped sentence's next
            # line; what follows such a line goes on in it only when it plainly continues.
            and not PICTOGRAPH_LEAD.match(line.text)
            and (line.text[:1].islower() or not PICTOGRAPH_LEAD.match(previous.text))
        ):
            hyphenated = _HYPHENATED.search(previous.text) and line.text[:1].islower()
            text = (
                f"{previous.text[:-1]}{line.text}"  # "traf-" + "fico": one word again
                if hyphenated
                else f"{previous.text} {line.text}"
            )
            words = previous.words + line.words - (1 if hyphenated else 0)
            paragraphs[-1] = _Line(text, text.lower(), line.block, words)
        else:
            paragraphs.append(line)
        last = line
    return paragraphs


def _before_list(rows: list[_Line]) -> list[_Line]:
    """A block's lines before the list it closes on, when they are a wrapped column.

    Else the whole block: a numbered or bulleted list's short items are no column's width.
    """
    start = next(
        (i for i, row in enumerate(rows) if _NUMBERED.match(row.text) or _BULLET.match(row.text)),
        len(rows),
    )
    return rows[:start] if 0 < start < len(rows) and _is_wrapped(rows[:start]) else rows


def _page_starts(
    lines: list[_Line], found: list[FurnitureRule | None], running: set[int]
) -> set[int]:
    """The blocks where the text goes on under a page's running heads and feet (a page break)."""
    starts: set[int] = set()
    for index in running:
        after = next(
            (i for i in range(index + 1, len(lines)) if i not in running and found[i] is None),
            None,
        )
        if after is not None:
            starts.add(lines[after].block)
    return starts


def _breaks_page(last: _Line, line: _Line) -> bool:
    """A column line cut mid-sentence, its sentence carried on in a later block (a page break).

    Only a line of a printed column's width (in a block of such lines), ending in a word, with
    the next kept line starting in lower case: a web page's paragraph is wider, a crosshead
    narrower, a headline alone in its block.
    """
    return (
        line.block > last.block
        and _WRAP_MIN_WIDTH <= len(last.text) <= _WRAP_MAX_WIDTH
        and last.text[-1:].isalpha()
        and line.text[:1].islower()
    )


def _is_wrapped(rows: list[_Line]) -> bool:
    """Three or more lines, none wider than a text column, all but the last nearly full.

    A narrow column (teletext's forty signs) is wrapped only when a sentence visibly runs on
    from one of its lines into the next, lower-case line: a stack of labels never does.
    """
    lengths = [len(row.text) for row in rows]
    width = max(lengths)
    if not (
        len(lengths) >= _COLUMN_MIN_LINES
        and _NARROW_WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH
        and all(length >= width * _WRAP_FILL for length in lengths[:-1])
    ):
        return False
    return width >= _WRAP_MIN_WIDTH or any(
        row.text[:1].islower() and not ends_sentence(above.text)
        for above, row in itertools.pairwise(rows)
    )


def clean(
    raw: RawArticle,
    rules: FurnitureRules | None = None,
    templates: TemplateLearner | None = None,
    line_model: LineModel | None = None,
) -> CleanedArticle:
    """Clean one raw article: its title, story paragraphs, credits and what was removed.

    `templates` is only read here (the caller counts the article's lines into it afterwards,
    see `TemplateLearner.observe`), so cleaning stays a function of its inputs. `line_model`
    judges what the rules kept by its shape (default: the shipped model).

    Raises:
        EmptyArticleError: nothing of the story is left.
    """
    rules = default_rules() if rules is None else rules
    item = (
        feed_item(raw.text) or json_item(raw.text)
        if raw.content_type is ContentType.PLAIN
        else None
    )
    source = _read_format(raw, item)
    text, title_hint, site, page_lines = source.text, source.title, source.site, source.page_lines
    dates, chat_removed = source.dates, source.removed
    lines, notes, buttons = _page_lines(normalise_text(text))
    if not page_lines:
        lines, messages, posted = _story_message(lines)
        chat_removed += messages
        if posted is not None:
            dates.append((1, posted))
    digests = (
        {
            line.folded: template_digest(line.text)
            for line in lines
            if is_template_candidate(line.text)
        }
        if templates is not None
        else {}
    )
    known = templates.templates(raw.source, digests.values()) if templates else set()
    template_lines = {folded for folded, digest in digests.items() if digest in known}
    found = _story_fact_boxes(
        lines,
        _shaped_bylines(
            lines,
            _wrapped_notices(
                lines,
                [
                    rules.classify(line.text, line.folded, line.words, prose=_reads_as_prose(line))
                    for line in lines
                ],
                rules,
            ),
            rules,
        ),
    )
    running = (
        set() if page_lines else running_lines([line.text for line in lines], page_heads(text))
    )
    _keep_story_lines(lines, found)
    found, signoffs = _wrapped_signoffs(lines, _wrapped_furniture_heads(lines, found), rules)
    sorted_lines = _sort_lines(lines, found, template_lines, running, rules, signoffs=signoffs)
    _drop_box_headings(sorted_lines, lines, found)
    removed, credits = [*chat_removed, *sorted_lines.removed], sorted_lines.credits
    dates.extend(sorted_lines.dates)
    # Extraction drops bylines and photo credits: take them from the whole page, and the page's
    # lines over its byline.
    credits, above_byline = (
        _page_credits(page_lines, rules, source.bylines, source.captions)
        if page_lines
        else (credits, set())
    )
    credits = _second_writers(credits, page_lines or lines)
    if item is not None:  # the feed's own fields and tags, around the story it carries
        credits[:0] = [item.author] if item.author and item.author not in credits else []
        markup = normalise_text("\n".join(item.markup)).split("\n")
        removed[:0] = [RemovedLine(text=line, rule="feed_markup") for line in markup if line]
        removed.extend(
            RemovedLine(text=" ".join(html_to_text(footer).split()), rule="feed_footer")
            for footer in item.footer
        )

    joined = _join_paragraphs(sorted_lines.kept, _page_starts(lines, found, running))
    story, signed = _drop_tail_links(_drop_pictograph_lines(joined, removed), removed)
    page_keys = "\n".join(["", *(line.folded for line in lines), ""])
    title, story = _take_title(
        story,
        removed,
        title_hint,
        page_keys,
        sorted_lines,
        above_byline=above_byline,
        list_headings=source.list_headings,
    )
    story, credits = _signed_credits(story, title, signed, credits, removed, page=bool(page_lines))
    if not page_lines:  # a caption over the story closes on its photographer: "… Photo: Jane Doe"
        header = [  # or prints it on its own line under the caption: "Photo: Jane Doe"
            *(_caption_credit(line.text) for line in removed if line.rule == "header"),
            # or signs the story by name and role: "Jane Doe, Tollwire correspondent"
            *(_role_signed_name(line.text) for line in removed if line.rule == "header"),
            # an image's caption its format marks (wiki, BBCode), wherever the image stands
            *(_caption_credit(caption, shaped=True) for caption in source.captions),
            *_credits_under_captions(lines, {line.text for line in removed}),
            *(credit for _, credit in _wrapped_captions(lines)),
            # a wire's sign-off of labelled parts, gone with the short lines after the story
            *(_labelled_signoff(line.text, rules) for line in removed if line.rule == "tail_link"),
        ]
        credits = _with_header_credits(
            credits, header, lines, rules, gone={line.text for line in removed}
        )
    if story and _DATELINE.match(story[0].text) and (dated := _dateline_date(story[0].text)):
        dates.append((3, dated))
    paragraphs = _drop_repeats([line.text for line in story], title, removed, source.headings)
    paragraphs = _drop_author_notes(paragraphs, credits, removed)
    paragraphs = _drop_widgets(paragraphs, removed)
    paragraphs = _drop_footnotes(
        paragraphs,
        notes,
        removed,
        source.headings,
        ruled=bool(notes) and _RULED_NOTES.search(text) is not None,
    )
    # The model judges what every rule kept, as it was trained to.
    paragraphs = drop_furniture(
        paragraphs,
        title,
        removed,
        line_model or default_line_model(),
        source.headings,
        summary_headings=source.list_headings,
    )
    paragraphs = [_unbold(p) for p in paragraphs]
    title = _unbold(title) if title else title
    if not paragraphs:
        message = f"no story text left after cleaning {raw.source!r}"
        raise EmptyArticleError(message)
    return CleanedArticle(
        article_id=raw.article_id,
        source=raw.source,
        received_at=raw.received_at,
        title=title,
        body="\n\n".join(paragraphs),
        # the page's site first: a byline may name it after its comma
        source_site=(site := site or _site_in(credits) or _linked_site(lines)),
        credits=_told_credits(
            credits,
            site,
            _masthead_lines(page_lines or lines, title),
            _menu_sections(page_lines or lines),
            writers=_bylines_of(credits, rules),
        ),
        published=min(dates)[1] if dates else None,
        removed=_as_printed(removed, buttons),
    )


@dataclass
class _Source:
    """An article's text as its format gives it, with what the format says about it."""

    text: str
    title: str | None = None
    site: str | None = None
    page_lines: list[_Line] = field(default_factory=list)  # an HTML page's every visible line
    bylines: set[str] = field(default_factory=set)  # the lines an HTML page marks as bylines
    captions: tuple[str, ...] = ()  # the text of each image's caption the markup marks, in order
    headings: frozenset[str] = frozenset()  # the lines an HTML page marks as headings
    list_headings: frozenset[str] = frozenset()  # those of them right over a list
    dates: list[tuple[int, date]] = field(default_factory=list)  # (priority, date)
    removed: list[RemovedLine] = field(default_factory=list)  # the format's own markup


def _drop_widgets(paragraphs: list[str], removed: list[RemovedLine]) -> list[str]:
    """The paragraphs outside a widget block (`widgets.py`); the others are reported."""
    gone = widget_blocks(paragraphs, stopwords())
    removed.extend(RemovedLine(text=paragraphs[index], rule="widget") for index in sorted(gone))
    return [paragraph for index, paragraph in enumerate(paragraphs) if index not in gone]


def _drop_footnotes(
    paragraphs: list[str],
    count: int,
    removed: list[RemovedLine],
    headings: frozenset[str],
    *,
    ruled: bool = False,
) -> list[str]:
    """Drop the notes a story's footnote marks point at, and their heading, at the body's end.

    A story marked "… in 1988.[1]" with n marks prints its n notes after its last paragraph,
    under a heading of a word or three ("Sources", "Notes"): each note is a source, so it holds
    a year or an address, or opens on its number. A year alone is a story sentence's as well
    ("A second ferry is due in 2027."): notes told by their years alone need two marks or more
    (one mark and a crosshead over one dated sentence is a common end of a story), under a
    heading the page does not print as its own crosshead (`headings`, an HTML page's <h2>). A
    crosshead over n story paragraphs as short as notes, each with a year, after a text story
    with exactly n marks, n two or more, is the shape's one risk. Notes printed under a rule
    alone, no heading, open on their marks in order ("[1] …" to "[n] …"): the n notes go, when
    the page prints that rule right over "[1] …" (`ruled`); without it, they may be the story's
    own numbered points.
    """
    if not count or len(paragraphs) < count + 2:
        return paragraphs
    heading, notes = paragraphs[-count - 1], paragraphs[-count:]
    if ruled and all(  # under a rule, no heading: "[1] …" to "[n] …", each opening on its own mark
        note.startswith(f"[{number}] ") and word_count(note) <= _FOOTNOTE_MAX_WORDS
        for number, note in enumerate(notes, start=1)
    ):
        removed.extend(RemovedLine(text=text, rule="footnotes") for text in notes)
        return paragraphs[:-count]
    dated = count > 1 and heading not in headings  # may a year alone tell a note?
    if (
        word_count(heading) > _LIST_HEADING_MAX_WORDS
        or ends_sentence(heading)
        or not all(
            word_count(note) <= _FOOTNOTE_MAX_WORDS
            and ((dated and _YEAR.search(note)) or "://" in note or _NOTE_NUMBER.match(note))
            for note in notes
        )
    ):
        return paragraphs
    removed.extend(RemovedLine(text=text, rule="footnotes") for text in [heading, *notes])
    return paragraphs[: -count - 1]


def _drop_pictograph_lines(kept: list[_Line], removed: list[RemovedLine]) -> list[_Line]:
    """The paragraphs that open on a word, not on a pictograph; the others are reported.

    A short line led by an emoji or a dingbat ("📻 Hear us daily on 96.3 FM.", "⛽ FUEL PRICES ·
    …") is a site's call to the reader or a box's items, in any language: no story paragraph of
    the development sets opens on one, and no headline. Run after the rules and the shapes
    that name such a line better (a paywall's notice, a form's heading, a pull quote), before
    the headline is picked and before the story's last sentence anchors the links under it (a
    widget's note of prose under the links, "⛅ Tomorrow: rain after noon.", is none); marks
    that open a list's items (✓ ✔ ✗ ➤ ❶) and quotation marks (❝) are not pictographs here.
    The lines under such a line in its block are the box's items, bulleted ("✎ CORRECTIONS" over
    "• 2 May: …") or ending on no sentence mark ("Serves 4 · 40 minutes", "Route 5: 05:30
    becomes 05:45"); a story's paragraphs under a pictograph label end as sentences.

    A line right over a pictograph line in its block is the box's too when a pictograph line
    heads it or a lone check mark opens it (a box's note, a fact check's tip line): a story's
    sentence is no line of a box, and a check mark of the story's list has the list's other
    items beside it.
    """
    story: list[_Line] = []
    box: int | None = None  # the block of the box a pictograph line heads
    for index, line in enumerate(kept):
        below = kept[index + 1] if index + 1 < len(kept) else None
        over_pictograph = (
            below is not None and below.block == line.block and _pictograph_line(below)
        )
        if _pictograph_line(line) or (
            over_pictograph
            and line.words <= _PICTOGRAPH_MAX_WORDS
            and (line.block == box or _lone_check_mark(kept, index))
        ):
            removed.append(RemovedLine(text=line.text, rule="promo"))
            box = line.block
        elif line.block == box and (_BULLET.match(line.text) or not has_sentence_mark(line.text)):
            removed.append(RemovedLine(text=line.text, rule="promo"))  # the box's items
        else:
            story.append(line)
            box = None
    return story


def _pictograph_line(line: _Line) -> bool:
    return line.words <= _PICTOGRAPH_MAX_WORDS and PICTOGRAPH_LEAD.match(line.text) is not None


def _lone_check_mark(kept: list[_Line], index: int) -> bool:
    """The line opens on a check mark that no line beside it in its block opens on."""
    if not _CHECK_MARK.match(kept[index].text):
        return False
    beside = [kept[i] for i in (index - 1, index + 1) if 0 <= i < len(kept)]
    return not any(
        other.block == kept[index].block and _CHECK_MARK.match(other.text) for other in beside
    )


def _read_format(raw: RawArticle, item: FeedItem | None) -> _Source:
    """The text to clean: an HTML page's (or a feed item's) article, a text format's text."""
    if raw.content_type is ContentType.HTML or item is not None:
        page = _page(raw.text, item)
        # Extraction gives one paragraph a line: nothing is hard-wrapped, nothing to join.
        return _Source(
            text=page.text.replace("\n", "\n\n"),
            title=page.title,
            site=page.site,
            page_lines=_split_lines(normalise_text(page.all_text)),
            bylines={normalise_text(byline) for byline in page.bylines},
            captions=tuple(normalise_text(caption) for caption in page.captions),
            headings=frozenset(normalise_text(heading) for heading in page.headings),
            list_headings=frozenset(normalise_text(heading) for heading in page.list_headings),
            dates=[(_metadata_date_priority(page.published), page.published)]
            if page.published is not None
            else [],
        )
    if "<h" in raw.text:  # a raw heading tag left in a copied post: the crosshead, its tags markup
        return _text_format(raw.text) or _Source(text=_HEADING_TAG.sub(r"\2", raw.text))
    return _text_format(raw.text) or _Source(text=raw.text)


def _metadata_date_priority(published: date) -> int:
    """How a page's machine-read date ranks among the dates its lines print (lowest wins).

    A page's metadata date wins, but a 1 January is what the date finder returns when it found a
    year alone ("© 2025"): a byline's or a labelled line's full date then wins over it.
    """
    return 2 if (published.month, published.day) == (1, 1) else 0


_TEXT_FORMATS: Final = (
    (gemtext_page, "gemtext"),
    (text_dump, "text_dump"),
    (wiki_source, "wiki_markup"),
    (forum_post, "forum"),
    (markdown_page, "markdown"),
)
"""Each text format's reader and the rule its markup lines are removed by, tried in order."""


def _text_format(text: str) -> _Source | None:
    """A text format's text without its markup, or None for plain text.

    Each reader looks for its own signs first and gives up cheaply on a text without them.
    """
    for read, rule in _TEXT_FORMATS:
        page = read(text)
        if page is not None:
            return _Source(
                text=page.text,
                title=page.title,
                site=page.site,
                dates=[(1, page.published)] if page.published is not None else [],
                removed=[RemovedLine(text=line, rule=rule) for line in page.removed],
                captions=tuple(normalise_text(caption) for caption in page.captions),
            )
    return None


def _page(text: str, item: FeedItem | None) -> HtmlArticle:
    """An HTML page's article, or a feed item's: its story's HTML, with the item's own fields."""
    if item is None:
        return extract_html(text)
    page = extract_html(item.html)
    return replace(
        page,
        title=item.title or page.title,
        site=item.site or page.site,
        published=item.published or page.published,
    )


@dataclass
class _Sorted:
    """Lines sorted into story and furniture, with what furniture told about the article."""

    kept: list[_Line] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    dates: list[tuple[int, date]] = field(default_factory=list)
    byline_blocks: list[int] = field(default_factory=list)  # blocks of bylines and date lines
    writer_blocks: list[int] = field(default_factory=list)  # the same, photo credits aside
    menu_blocks: set[int] = field(default_factory=set)  # blocks of the site's menus

    def note_block(self, rule: FurnitureRule, block: int) -> None:
        """Note the block of a furniture line that is a byline, a date line or a menu."""
        if rule.is_credit or rule.name == "date_banner":
            self.byline_blocks.append(block)
            if rule.name in _WRITER_RULES:
                self.writer_blocks.append(block)
        if rule.name in _MENU_RULES:
            self.menu_blocks.add(block)


def _sort_lines(
    lines: list[_Line],
    found: list[FurnitureRule | None],
    template_lines: set[str],
    running: set[int],
    rules: FurnitureRules,
    *,
    signoffs: dict[int, str] | None = None,
) -> _Sorted:
    """Keep story lines; remove furniture, the lists it heads, captions and comment threads.

    `found` holds each line's furniture rule (None for none); `template_lines` the folded lines
    learned as the source's template; `running` the indices of a paged page's running heads;
    `signoffs` the text a wrapped sign-off's lines credit (`_wrapped_signoffs`). A date line
    under the headline is found and marked with `rules`' (`_date_under_headline`).
    """
    headed = _date_under_headline(lines, found, rules)
    result = _Sorted()
    marked = (
        dict.fromkeys(_captions(lines, found), "caption")
        | dict.fromkeys(_header_captions(lines, found), "caption")
        | {at: "caption" for indices, _ in _wrapped_captions(lines) for at in indices}
        | dict.fromkeys(_contents(lines), "contents")
        | _pitches(lines, found)
        | dict.fromkeys(_form_boxes(lines, found), "form_box")
        | dict.fromkeys(running, "running_head")
        | _mail_chrome(lines, found)
        | dict.fromkeys(_ad_copy(lines, found), "advertisement")
        | dict.fromkeys(_framed_boxes(lines), "boxed_text")
        | dict.fromkeys(
            embedded_posts(
                [line.text for line in lines],
                [line.block for line in lines],
                [rule is not None for rule in found],
            ),
            "social_embed",
        )
    )
    stop = _thread_start(lines, found)  # the comment thread, or an end mark, starts here
    dated = {
        line.block for line, rule in zip(lines, found, strict=True) if rule and rule.marks_reply
    }
    list_block: int | None = None  # the block of the list heading we are in, if any
    item_words = _LIST_ITEM_MAX_WORDS  # how long its items may be
    label: str | None = None  # a "Published" label alone on the line before a date
    byline = False  # the line before is a credit: a date under it is the publication date
    dropped: str | None = None  # the rule that removed the line before, if one did
    rest = "comment_thread"  # why the lines from `stop` on go
    writers: set[str] = set()  # the credits of bylines
    for index, (line, rule) in enumerate(zip(lines[:stop], found, strict=False)):
        if result.kept and (end := _story_end(index, lines, found, result.kept)):
            stop, rest = index, end
            break
        if rule is None and dropped is not None and _continues(line, lines[index - 1]):
            result.removed.append(RemovedLine(text=line.text, rule=dropped))  # wrapped furniture
            continue
        dropped = marked.get(index)
        if dropped is not None:
            result.removed.append(RemovedLine(text=line.text, rule=dropped))
            label = (
                _running_head_date(result, rule, line, label)
                if dropped == "running_head"
                else label
            )
            continue
        if (
            list_block is not None
            and rule is None
            and _is_list_item(line, list_block, dated, item_words)
        ):
            result.removed.append(RemovedLine(text=line.text, rule="list_item"))
            list_block = line.block
            continue
        # Furniture inside a list ("3 hours ago" under a headline) does not end it.
        inside = list_block == line.block and rule is not None
        opens = rule is not None and _opens_list(rule, line)
        list_block = line.block if inside or opens else None
        if opens and rule is not None:
            item_words = rule.list_item_max_words or _LIST_ITEM_MAX_WORDS
        if rule is None and line.folded in template_lines:
            result.removed.append(RemovedLine(text=line.text, rule="template"))
        elif rule is None:
            result.kept.append(line)
        else:
            result.removed.append(RemovedLine(text=line.text, rule=rule.name))
            dropped = rule.name
            new = [
                c
                for c in _rule_credits(rule, (signoffs or {}).get(index, line.text), rules)
                if c not in result.credits and not _repeats_credit(c, result.credits)
            ]
            result.credits.extend(new)  # a story printed twice prints its byline twice
            writers.update(new if rule.name == "byline" else ())
            result.note_block(rule, line.block)
            by = (
                byline
                or index == headed
                or _over_byline(index, lines, found)
                or _under_byline_aside(index, lines, found)
            )
            # a date inside a list of links ("Published" / "3 May 2024" under each) dates the
            # story it links to, but under a byline ("More by this author")
            result.dates.extend(
                ()
                if inside and not by
                else _line_dates(rule, line, label, under_byline=by, on_top=not result.kept)
            )
        label = line.text if rule is not None and rule.name == "date_banner" else None
        byline = rule is not None and rule.is_credit
    result.removed.extend(RemovedLine(text=line.text, rule=rest) for line in lines[stop:])
    result.credits = _byline_first(result.credits, writers)
    return result


def _running_head_date(
    result: _Sorted, rule: FurnitureRule | None, line: _Line, label: str | None
) -> str | None:
    """Date the story from a running head while nothing has yet; the label for the next line.

    A "Published" label and its date under the headline, printed again with other numbers in
    the related list below, are running heads by their repeats, as is a paged page's head with
    its edition date: the first of them still dates the story.
    """
    if rule is None:
        return None
    if not result.dates:
        result.dates.extend(_line_dates(rule, line, label, under_byline=False, on_top=False))
    return line.text if rule.name == "date_banner" else None


def _drop_box_headings(
    result: _Sorted, lines: list[_Line], found: list[FurnitureRule | None]
) -> None:
    """`result` without the labels heading a box of furniture inside the story.

    After the story has begun, a short line with no sentence end on top of its block, every
    other line of which a furniture rule removed ("TODAY'S SCHEDULE" over a strip of times the
    menu rule took), is the box's heading, removed under the box's rule: a crosshead heads
    story text, in its own block or in the block of its paragraph. So is a short notice on top
    of the page's footer (`_footer_notice`).
    """
    kept = {id(line) for line in result.kept}  # the kept lines are the page's own
    blocks: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        blocks.setdefault(line.block, []).append(index)
    headings: dict[int, FurnitureRule] = {}
    story = False
    for index, line in enumerate(lines):
        if id(line) not in kept:
            continue
        block = blocks[line.block]
        # The heading's conditions that need no look at its box first (the box only then).
        if story and block[0] == index and len(block) > 1:
            rest = block[1:]
            # a table's row of column heads over rows the rules took ("Team Points Place")
            heads = _column_heads(lines[rest[0]]) and id(lines[rest[0]]) in kept
            rest = rest[1:] if heads and len(rest) > MIN_ROWS else rest
            box = [
                rule for other in rest if id(lines[other]) not in kept and (rule := found[other])
            ]
            if box and heads and len(box) == len(rest):
                headings[id(lines[block[1]])] = box[0]
            if len(box) == len(rest) and (
                (line.words <= _BAR_MAX_WORDS and not ends_sentence(line.text))
                or (
                    index > 0
                    and _footer_notice(index, lines, kept, len(box), blocks[lines[index - 1].block])
                )
            ):
                headings[id(line)] = box[0]
        # A widget's items on separators ("Today's paper · 2 May · …") are no story sentence.
        story = story or (_looks_like_story(line) and not _strung(line.text))
    if headings:
        result.removed.extend(
            RemovedLine(text=line.text, rule=headings[id(line)].name)
            for line in result.kept
            if id(line) in headings
        )
        result.kept = [line for line in result.kept if id(line) not in headings]


def _column_heads(line: _Line) -> bool:
    """A row of a table's column heads: a few words, no figure, no sentence, no label's colon."""
    return (
        2 <= line.words <= ROW_MAX_WORDS
        and not _DIGITS.search(line.text)
        and not ends_sentence(line.text)
        and ":" not in line.text
    )


def _footer_notice(
    index: int, lines: list[_Line], kept: set[int], box: int, above: list[int]
) -> bool:
    """A short sentence on top of a footer's block, right under the page's link list.

    "Entry is for over-18s only. Play responsibly." over a tip line and a footer's links: its
    block's other lines (two or more) are furniture, the block over it (`above`) is a list of
    links under a short heading ("Read also:" over two or more items that are no sentences),
    and no story sentence follows anywhere below. A story's short last sentence stands under a
    story paragraph (or under a box between paragraphs), and a story going on after a box of
    links has sentences below it.
    """
    heading, *items = [lines[at] for at in above]
    return (
        box >= _FOOTER_MIN_LINES
        and lines[index].words < _TAIL_ANCHOR_MIN_WORDS
        and len(items) >= _FOOTER_MIN_LINES
        and heading.text.endswith(":")
        and heading.words <= _BAR_MAX_WORDS
        and all(
            item.words <= _LIST_ITEM_MAX_WORDS and not ends_sentence(item.text) for item in items
        )
        and not any(_looks_like_story(line) for line in lines[index + 1 :] if id(line) in kept)
    )


def _rule_credits(rule: FurnitureRule, text: str, rules: FurnitureRules) -> list[str]:
    """A furniture line's credits: a credit rule's, a caption's photographer, or a sign-off's.

    A wire's sign-off a credit rule took whose parts each have a label is kept whole
    (`_labelled_signoff`); a bracketed note another rule took is no sign-off.

    A caption shortcode closes on its tag ("[caption …] … Photo: Jane Doe[/caption]"); a line
    the caption rule knows needs no brackets ("… at the quay. Photo: Jane Doe"); an author's box
    closing on a portrait's credit credits no one (`_AUTHOR_BOX_LABEL`).
    """
    if rule.is_credit:
        signoff = _labelled_signoff(text, rules)
        if signoff:
            return [signoff]
        return [] if _unnamed_caption(text) else _credits(_credit_text(text))
    if _AUTHOR_BOX_LABEL.match(text):
        return []
    if rule.name == "caption" or text[:1] in "[(":  # a bracketed photo credit
        text, closed = _CLOSING_SHORTCODE.subn("", text)
        # the shortcode brackets it; a caption, the label may be of any language
        bracketed = not closed and rule.name != "caption"
        credit = _caption_credit(text, bracketed=bracketed, shaped=True)
        return [credit] if credit else []
    return []


def _unnamed_caption(text: str) -> bool:
    """A caption under a photo's label that closes on its sentence, naming no photographer.

    "Image: A man crosses the square, yesterday." is the picture's description, no credit
    (tests/gold/CONVENTIONS.md); a name closing it ("… yesterday. Image: Jane Doe") is one
    (`_credit_text`). Told from a credit by its sentence: more words than a name, one of them in
    lower case and no function word ("Photos: Jane Doe and John Roe for Harbour News." names two).
    """
    rest = _CLOSING_BRACKETS.sub("", text.partition(":")[2])  # "… (Harbour News)": no name there
    words = rest.split()
    return (
        _photo_labelled(text)
        and ends_sentence(rest.strip())
        and _caption_credit(text) is None
        and len(words) > _SHAPED_NAME_WORDS
        # "Photo: Jane Doe via Harbour Images.": a name, then where the picture came from; not
        # "Photo: Harbour Square at dawn, on Monday."
        and not (_capitalised_name(words[:2]) and words[2:3] in (["via"], ["for"], ["/"]))
        and any(word[:1].islower() and word.lower() not in stopwords() for word in words)
    )


def _photo_labelled(text: str) -> bool:
    """A line whose whole text before its colon is a photo's label ("Atalay Kaya" opens on none)."""
    label, colon, _ = text.partition(":")
    return bool(colon) and _PHOTO_LABEL_ALONE.fullmatch(label.strip()) is not None


def _repeats_credit(credit: str, credits: list[str]) -> bool:
    """A photo credit printed already under the same label or its plural.

    A header may credit the photographer over a caption that credits them again ("Photos: Jane
    Doe" over "(Photo: Jane Doe)"): one credit. A byline and a photo credit naming one person
    are two lines of the page, each listed as printed (tests/gold/CONVENTIONS.md).
    """
    label, _, name = credit.rpartition(":")
    name = name.strip()
    return bool(label) and any(
        other_name.strip() == name and _one_label(label, other_label)
        for other_label, _, other_name in (other.rpartition(":") for other in credits)
    )


def _one_label(label: str, other: str) -> bool:
    """Two credit labels of one word, as printed or in the plural: "Foto" and "Fotos"."""
    shorter, longer = sorted((label, other), key=len)
    return bool(shorter) and longer.startswith(shorter)


def _byline_first(credits: list[str], writers: set[str]) -> list[str]:
    """The byline heads the credits, though a video's or a photo's credit is printed above it."""
    writer = next((credit for credit in credits if credit in writers), None)
    return credits if writer is None else [writer, *(c for c in credits if c != writer)]


def _date_under_headline(
    lines: list[_Line], found: list[FurnitureRule | None], rules: FurnitureRules
) -> int | None:
    """The date line between the headline and the story, when no byline stands over it.

    Under the site's menu, a line no rule took (the headline), then, before any line that reads
    as the story, a short line that opens on its date, or on a label of a word or two and then
    the date ("Submitted · Tuesday, 1 December 2026 · 10:20", the label in any language; a
    month's name misspelt by a letter read too), or a stamp's date before its "Updated 3 hours
    ago": it dates the article as a byline's date line does. A today's-date banner stands over
    the menu or the headline, never between the headline and the story. One sentence over the
    headline (an editor's note, a promo) is passed when a line longer than any over it follows;
    a widget's items strung on separators are no sentence. Marked as a date line when no rule
    took it; None when no line is so.
    """
    menu = headline = False
    prompt: int | None = None  # the words of the longest header line over a prompt, if one
    longest = 0  # the words of the longest line no rule took
    for index, (line, rule) in enumerate(zip(lines, found, strict=True)):
        if rule is None and _looks_like_story(line) and not _strung(line.text):
            if prompt is not None or not headline:
                return None
            # a notice or a promo over the headline reads as a sentence (`_past_prompt`): a
            # headline longer than any line over it must follow
            prompt, headline = longest, False
            continue
        dated = (
            headline
            and (rule is None or rule.name in _MENU_RULES or rule.name in _STAMP_RULES)
            and _lead_words(line) <= _DATE_LINE_MAX_WORDS
            and not _reads_as_prose(line)
            and _opens_on_date(line.text)
        )
        if dated:
            if rule is None:
                found[index] = rules.date_line
            return index
        if rule is not None and rule.is_credit:
            return None  # a byline's own date line is its (`_over_date_line`)
        if rule is not None and rule.name in _MENU_RULES:
            menu, headline = True, False
        # a page that opens on its headline has no banner over it: a site's name is shorter
        # (a site's name or tagline of five words or more over a banner is a known miss)
        opens = index == 0 and line.words >= _DECK_HEADLINE_MIN_WORDS
        if (menu or opens) and rule is None:
            headline = headline or prompt is None or line.words > prompt
            longest = max(longest, line.words)
    return None


def _opens_on_date(text: str) -> bool:
    """The line's first part (to a separator) is a date, perhaps after a label of a word or two.

    Under a label no table knows, the line stamps a time of day or names the weekday before the
    date ("Submitted · Tuesday, 1 December 2026"): an event's label and date ("Kickoff: 6
    December 2026") is the story's.
    """
    label = _DATE_LABEL.match(text)
    rest = text[label.end() :] if label else text
    first = _CREDIT_PARTS.split(rest, maxsplit=1)[0]
    if (
        label
        and not (_PUBLISHED_LABEL.match(text) or _UPDATED_LABEL.match(text))
        and not _CLOCK.search(rest)
        and not first.partition(" ")[0].endswith(",")  # "Tuesday, 1 December 2026"
    ):
        return False
    return near_date(first) is not None


def _over_byline(index: int, lines: list[_Line], found: list[FurnitureRule | None]) -> bool:
    """The line just below, in the same block, is a credit: a date over it is the byline's."""
    below = index + 1
    rule = found[below] if below < len(found) else None
    return rule is not None and rule.is_credit and lines[below].block == lines[index].block


def _under_byline_aside(index: int, lines: list[_Line], found: list[FurnitureRule | None]) -> bool:
    """A credit two lines up in the block, an aside between: a date here is the byline's.

    The aside is the writer's role or a link to their page ("Staff Writer", "More by this
    author"): a few words, no sentence, no date of its own.
    """
    above = index - _ASIDE_SPAN
    if above < 0:
        return False
    credit, aside = found[above], lines[index - 1]
    return (
        credit is not None
        and credit.is_credit
        and lines[above].block == aside.block == lines[index].block
        and aside.words <= _BAR_MAX_WORDS
        and not ends_sentence(aside.text)
        and not _DIGITS.search(aside.text)
    )


def _story_end(
    index: int, lines: list[_Line], found: list[FurnitureRule | None], kept: list[_Line]
) -> str | None:
    """Why the story ends at line `index`, if it does: an end mark, or the next article's bar."""
    text = lines[index].text
    if _END_MARK.fullmatch(text):  # a rule may know it ("###")
        return "end_mark"
    if (
        lines[index].words <= _BAR_MAX_WORDS
        and _NEXT_ARTICLE.fullmatch(text)
        and any(map(_looks_like_story, kept))
        and _heads_article(lines[index + 1 :], found[index + 1 :])
    ):
        return "next_article"
    return None


def _heads_article(lines: list[_Line], found: list[FurnitureRule | None]) -> bool:
    """An article's header comes first: a byline or a date before any line of story text.

    Under a "next story" bar an endless page prints the next article whole; a "Next story" link
    inside the story is followed by its headline and then this story going on.
    """
    for line, rule in zip(lines, found, strict=True):
        if rule is not None and (rule.is_credit or rule.name == "date_banner"):
            return True
        if rule is None and _looks_like_story(line):
            return False
    return False


def _story_fact_boxes(
    lines: list[_Line], found: list[FurnitureRule | None]
) -> list[FurnitureRule | None]:
    """`found` without the list headings that head the story's own fact box.

    "At a glance" over a summary on top of the page is furniture; between two of the story's
    sentences, over rows of figures ("Length 340 m"), it heads the story's data.
    """
    words = stopwords()
    kept = list(found)
    for index, rule in enumerate(found):
        if rule is None or not rule.heads_list or index == 0 or _reads_as_prose(lines[index]):
            continue
        end = index + 1
        while end < len(lines) and found[end] is None and is_data_row(lines[end].text, words):
            end += 1
        if (
            end - index - 1 >= MIN_ROWS
            and end < len(lines)
            and found[end] is None
            and _reads_as_prose(lines[end])
            and found[index - 1] is None
            and ends_sentence(lines[index - 1].text)
        ):
            kept[index] = None
    return kept


def _keep_story_lines(lines: list[_Line], found: list[FurnitureRule | None]) -> None:
    """Clear the verdicts of rules whose wording a story's own line may share (see each)."""
    _keep_reported(lines, found)
    _keep_topics(lines, found)
    _keep_wrapped_sentences(lines, found)


def _keep_wrapped_sentences(lines: list[_Line], found: list[FurnitureRule | None]) -> None:
    """Clear the date banner's verdict on a line whose sentence the next line carries on.

    A stamp is short and complete in itself ("Updated 4 May 2026, 10:15"); a hard-wrapped story
    sentence that opens on the same word and holds a figure ("Updated timetables on Monday showed
    12 of" over "its 40 crossings …") goes on in lower case on the line below (`_continues`).
    """
    for index, rule in enumerate(found[:-1]):
        if (
            rule is not None
            and rule.name == "date_banner"
            and found[index + 1] is None
            and _continues(lines[index + 1], lines[index])
        ):
            found[index] = None


def _keep_reported(lines: list[_Line], found: list[FurnitureRule | None]) -> None:
    """Clear the verdicts of `in_story = false` rules on sentences the story's own stand around.

    A sentence alone in its block, between two blocks whose lines next to it are story sentences
    no rule took, reports what such a rule's words name ("Members of the new pool will pay £12 a
    month"); a pitch with the same words stands in a box, under its heading or over its button,
    or at the story's edges.
    """
    for index, rule in enumerate(found):
        if rule is None or rule.in_story or not 0 < index < len(lines) - 1:
            continue
        before, line, after = lines[index - 1 : index + 2]
        if (
            before.block < line.block < after.block
            and found[index - 1] is None
            and found[index + 1] is None
            and _reads_as_prose(line)
            and _looks_like_story(before)
            and _looks_like_story(after)
            and not PICTOGRAPH_LEAD.match(after.text)  # a poll's or a promo's box under it
        ):
            found[index] = None


def _keep_topics(lines: list[_Line], found: list[FurnitureRule | None]) -> None:
    """Clear the verdicts of `topic` rules on lines whose one-word label the story prints again.

    "PUBLICITÉ : le marché publicitaire a reculé" or "WERBUNG: Die Ausgaben für Fernsehwerbung
    …" open a story paragraph on its subject in capitals, a kicker: a story about advertising
    names it again, in the line's own words, the headline or a paragraph no rule took. An ad's
    label over a bakery's offer in a story about a ferry stands alone. A word compares on its
    first letters (all but its last two: inflected forms meet), opening a word of the story's
    other lines and anywhere in the line's own (a compound: "Fernsehwerbung"); a word of three
    letters or less ("ADS") as a whole word.
    """
    story: str | None = None
    for index, rule in enumerate(found):
        if rule is None or not rule.topic:
            continue
        label = _TOPIC_LABEL.match(lines[index].text)
        if label is None:  # a label of two words ("CONTENIDO PATROCINADO ·") is an ad's alone
            continue
        if story is None:
            story = " ".join(
                line.text for line, verdict in zip(lines, found, strict=True) if verdict is None
            ).lower()
        word, own = label[1].lower(), lines[index].text[label.end() :].lower()
        if len(word) < _TOPIC_STEM:
            told = re.search(rf"\b{re.escape(word)}\b", f"{own} {story}") is not None
        else:
            stem = word[: max(_TOPIC_STEM, len(word) - 2)]
            told = stem in own or re.search(rf"\b{re.escape(stem)}", story) is not None
        if told:
            found[index] = None


def _opens_list(rule: FurnitureRule, line: _Line) -> bool:
    """A list heading alone on its line ("Related"), not a one-line link ("Read more: X").

    A notice that reads as a sentence (a cookie banner) heads its buttons whatever it holds.
    """
    return rule.heads_list and (_reads_as_prose(line) or _LINK_TEXT.search(line.text) is None)


def _wrapped_furniture_heads(
    lines: list[_Line], found: list[FurnitureRule | None]
) -> list[FurnitureRule | None]:
    """`found`, with the first lines of a hard-wrapped furniture notice under its rule too.

    A rule knows a notice by words its later line holds ("… you agree. [Yes] [No]"); the line
    over it in its block, whose sentence that line carries on (`_continues`: it opens in lower
    case), is the same notice's, when every line under it in its block is furniture too (a story
    paragraph a rule took a line of goes on under it). No credit or date line passes its rule up,
    and only over the page's first credit line: a notice in the page's head, not the last line of
    a wrapped story paragraph ("… said the mayor. All rights reserved."), whose sentence goes on
    into it as a notice's does.
    """
    shaped = list(found)
    head = next((at for at, rule in enumerate(found) if rule is not None and rule.is_credit), 0)
    covered = False  # every line from the one below to its block's end is furniture
    for index in range(head - 2, -1, -1):
        below = shaped[index + 1]
        last = index + 2 == len(lines) or lines[index + 2].block != lines[index + 1].block
        covered = below is not None and (last or covered)
        if (
            shaped[index] is None
            and covered
            and below is not None
            and not below.is_credit
            and below.name != "date_banner"
            and _continues(lines[index + 1], lines[index])
        ):
            shaped[index] = below
    return shaped


def _wrapped_notices(
    lines: list[_Line], found: list[FurnitureRule | None], rules: FurnitureRules
) -> list[FurnitureRule | None]:
    """`found`, with a hard-wrapped run of lines no rule took judged as the one line it is.

    A notice wrapped over lines ("Newsletter: the week's news in your" over "inbox every
    Monday.") holds the words its rule knows it by on another line than its label, so no line
    alone is the notice. A run of lines each carrying on the sentence of the one above
    (`_continues`) is one paragraph once joined: it goes under the rule its joined text fits,
    but for a credit or a date (the story's own wrapped lines name people and days), and but
    for a rule whose wording a story's sentence may share, when story paragraphs stand on both
    sides of the run (`_keep_reported`, for one line).
    """
    shaped = list(found)
    start = 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and found[end] is None and _continues(lines[end], lines[end - 1]):
            end += 1
        if found[start] is None and end - start > 1:
            text = " ".join(line.text for line in lines[start:end])
            joined = _Line(text, text.lower(), lines[start].block, word_count(text))
            rule = rules.classify(text, joined.folded, joined.words, prose=_reads_as_prose(joined))
            if (
                rule is not None
                and not rule.is_credit
                and rule.name != "date_banner"
                and (rule.in_story or not _between_story(lines, found, start, end))
            ):
                shaped[start:end] = [rule] * (end - start)
        start = end
    return shaped


def _wrapped_signoffs(
    lines: list[_Line], found: list[FurnitureRule | None], rules: FurnitureRules
) -> tuple[list[FurnitureRule | None], dict[int, str]]:
    """`found` with a wire's sign-off wrapped over the lines of its block under its rule.

    "Reporting by Jane Doe; Additional reporting by John Roe in" over "Eastport; Editing by Ann
    Poe": the second line opens on a capital (a town, a name), so no run of wrapped lines joins
    them (`_wrapped_notices`). A block of two to four lines no rule but a credit rule took, the
    first naming a contribution and none but the last ending a sentence, whose joined text a
    credit rule knows, is that one credit: its first line credits the joined text, the others
    nothing more ("(Reporting by Jane Doe;" / "Editing by Ann" / "Poe)" too). A block whose
    every line a credit rule took already is that many credits.
    """
    shaped, signoffs = list(found), dict[int, str]()
    starts = [at for at in range(len(lines)) if at == 0 or lines[at - 1].block != lines[at].block]
    for index, end in itertools.pairwise([*starts, len(lines)]):
        block = lines[index:end]
        if (
            _WRAPPED_SIGNOFF_MIN_LINES <= len(block) <= _WRAPPED_CAPTION_LINES
            and all(rule is None or rule.is_credit for rule in found[index:end])
            and None in found[index:end]  # lines a credit rule took each are credits apart
            and not any(ends_sentence(line.text) for line in block[:-1])
            and _CONTRIBUTION.search(block[0].text)
        ):
            text = " ".join(line.text for line in block)
            joined = _Line(text, text.lower(), block[0].block, word_count(text))
            rule = rules.classify(text, joined.folded, joined.words, prose=_reads_as_prose(joined))
            if rule is not None and rule.is_credit:
                shaped[index:end] = [rule] * len(block)
                signoffs |= dict.fromkeys(range(index + 1, end), "") | {index: text}
    return shaped, signoffs


def _between_story(
    lines: list[_Line], found: list[FurnitureRule | None], start: int, end: int
) -> bool:
    """The run `start:end` is a paragraph of its own between two story sentences no rule took."""
    if start == 0 or end == len(lines):
        return False
    before, after = lines[start - 1], lines[end]
    return (
        before.block < lines[start].block
        and lines[end - 1].block < after.block
        and found[start - 1] is None
        and found[end] is None
        and _looks_like_story(before)
        and _looks_like_story(after)
    )


def _continues(line: _Line, previous: _Line | None) -> bool:
    """The line carries on the sentence of the line before it: a hard-wrapped line.

    A line that ends in a number (a page, a date, a count) or a web address is a label complete
    in itself: what follows it in lower case is a sentence carried over a page break.
    """
    return (
        previous is not None
        and previous.block == line.block
        and line.text[:1].islower()
        and not ends_sentence(previous.text)
        and not previous.text[-1:].isdigit()
        and _ADDRESS_END.search(previous.text) is None
    )


def _captions(lines: list[_Line], found: list[FurnitureRule | None]) -> set[int]:
    """Lines just above a photo credit, in its block and not furniture: the photo's caption.

    The caption opens its block or follows furniture (a byline): a story line under another
    story line of its block is the story going on, whatever comes after it.
    """
    return {
        index - 1
        for index, rule in enumerate(found)
        if rule is not None
        and rule.under_caption
        and index
        and _is_caption(index - 1, lines, found)
    }


def _header_captions(lines: list[_Line], found: list[FurnitureRule | None]) -> list[int]:
    """The first line shaped as a story's, if it is the caption of the photo the header credits.

    A header that credits a photo ("Photo: Jane Doe" under the byline) prints its caption apart:
    one short sentence alone in its block, over furniture (a listen bar above, a share block
    below), with the story under it. A header crediting no photo keeps such a line: it may open
    the story; so does a header over no other story line, the line then being the whole story.
    """
    photo = False
    for index, (line, rule) in enumerate(zip(lines, found, strict=True)):
        if rule is not None:
            # a credit line alone reads as one after a sentence's end
            photo = photo or _CAPTION_CREDIT.search(f". {line.text}") is not None
            continue
        if not _looks_like_story(line):  # the site's name, a section, the headline
            continue
        alone = (
            0 < index < len(lines) - 1
            and lines[index - 1].block != line.block != lines[index + 1].block
        )
        if photo and alone and found[index + 1] is not None and _short_single_sentence(line):
            return [index] if _story_below(lines, found, index) else []
        return [index] if alone and _dated_caption(index, lines, found) else []
    return []


def _dated_caption(index: int, lines: list[_Line], found: list[FurnitureRule | None]) -> bool:
    """Whether the first story line, under furniture (a share row), is an uncredited caption.

    A caption dates its photo in full ("… in the old town on 3 May 2026.", "…, Senin
    (4/5/2026)."); a lead says "on Monday". One short sentence with a whole date, over a longer
    story line, is the photo's caption; a one-sentence lead with no date stays.
    """
    line, below, above = lines[index], lines[index + 1], found[index - 1]
    return (
        above is not None
        and above.name in _SHARE_RULES
        and found[index + 1] is None
        and below.words > line.words
        and _looks_like_story(below)
        and line.words <= _CAPTION_MAX_WORDS
        and _INNER_SENTENCE_END.search(line.text.rstrip()) is None
        and find_date(line.text) is not None
    )


def _story_below(lines: list[_Line], found: list[FurnitureRule | None], index: int) -> bool:
    """A line shaped as a story's, no rule took, stands below line `index`."""
    return any(
        rule is None and _looks_like_story(line)
        for line, rule in zip(lines[index + 1 :], found[index + 1 :], strict=True)
    )


def _form_boxes(lines: list[_Line], found: list[FurnitureRule | None]) -> list[int]:
    """The lines of a small block holding a form's controls: a dialog, a poll, a prompt.

    A row of two buttons or more ("[ Accept ]  [ Settings ]") or a poll's options ("( ) Yes"),
    no rule knew, make their block a widget (one bracketed line is an embed's code, a caption):
    its heading, its text (a consent notice reads as prose) and its counts go with them. A
    story paragraph stands in a block of its own; a page printed as one block, or a box holding
    more story text than the rest of the page, is left alone.
    """
    rows: Counter[int] = Counter()  # per block: button rows, and options twice over
    # One look over the page for a widget's marks spares a search of each line on most pages:
    # a substring test per mark, as re scans a page for a set of characters ten times slower.
    page = "".join(line.text for line in lines)
    widgets = any(mark in page for mark in _WIDGET_MARKS)
    for line, rule in zip(lines, found, strict=True):
        if widgets and rule is None and _WIDGET_CONTROL.search(line.text):
            rows[line.block] += 2  # a drop-down or a player's time bar: a widget's control
            continue
        if rule is None and _box_heading(line.text):
            rows[line.block] += 1  # "🎁 GIFT THIS ARTICLE": a box's heading
            continue
        if rule is not None or line.text[:1] not in "[(○◯◉☐☑☒":
            continue  # a row a rule knows (a print bar, share buttons) goes on its own
        if _BUTTON_ROW.fullmatch(line.text):
            rows[line.block] += 2
        elif (
            _OPTION.fullmatch(line.text)
            or _SINGLE_BUTTON.fullmatch(line.text)
            or _BUTTON_COUNT.fullmatch(line.text)
        ):
            rows[line.block] += 1
    # A row of two buttons or more, or a poll's options (a button under them): a form.
    controls = {block for block, count in rows.items() if count >= _FORM_MIN_CONTROLS}
    if not controls:
        return []
    boxes: list[int] = []
    for block in sorted(controls):
        box = [i for i, line in enumerate(lines) if line.block == block]
        inside = sum(lines[i].words for i in box if _looks_like_story(lines[i]))
        outside = sum(
            line.words for line in lines if line.block != block and _looks_like_story(line)
        )
        prose = sum(1 for i in box if _reads_as_prose(lines[i]))
        if len(box) <= _FORM_MAX_LINES and prose <= _FORM_MAX_PROSE and inside < outside:
            boxes.extend(i for i in box if found[i] is None)
    return boxes


def _framed_boxes(lines: list[_Line]) -> list[int]:
    """The lines of a box drawn around text, its borders with them: a sidebar, an advert.

    The box opens on a top corner ("╔═ FARES ═╗", "┌────") or a rule with a title ("── AD ──")
    and closes on a bottom corner or a bare rule, in its block (no blank line) and at most a
    dialog's lines below, with no story text in the block around it (`_story_around`). The lines
    between need no side border: no story is drawn in a frame.
    """
    boxes: list[int] = []
    end = -1
    # Most pages draw no box: one look at each line's first character spares the rest.
    for index in [i for i, line in enumerate(lines) if line.text[:1] in _FRAME_STARTS]:
        line = lines[index]
        if index <= end or not _opens_frame(line.text):
            continue
        for below in range(index + 1, min(index + _FORM_MAX_LINES, len(lines))):
            if lines[below].block != line.block:
                break
            text = lines[below].text
            if text[:1] in _FRAME_BOTTOM or (
                text[:1] in _RULE_CHARS and text.strip(_RULE_CHARS) == ""
            ):
                if not _story_around(lines, index, below):
                    boxes.extend(range(index, below + 1))
                end = below
                break
    return boxes


def _story_around(lines: list[_Line], first: int, last: int) -> bool:
    """Story text in the block of lines `first` to `last`, outside them.

    A page printed as one block draws rules and titled rules between its parts, no box's frame.
    """
    block = lines[first].block
    return any(
        _looks_like_story(line)
        for i, line in enumerate(lines)
        if line.block == block and not first <= i <= last
    )


def _opens_frame(text: str) -> bool:
    """A box's top border: a top corner, or a rule of two characters or more around a title."""
    if text[:1] in _FRAME_TOP:
        return True
    return text[:2] in _RULE_STARTS and text[-1:] in _RULE_CHARS and _has_letters(text)


def _box_heading(text: str) -> bool:
    """A heading in capitals that opens on a pictograph: a box's, not the story's crosshead.

    Its words are words: a count under a post ("👍 1.2K") is no heading.
    """
    return (
        unicodedata.category(text[:1]) == "So"
        and _in_capitals(text)
        and _letters(text) >= _HEADING_MIN_LETTERS
    )


def _pitches(lines: list[_Line], found: list[FurnitureRule | None]) -> dict[int, str]:
    """A sign-up box: its button, and the pitch just above it in its block, whatever it says.

    A newsletter or notifications pitch reads as prose; the sign-up button under it (or at its
    end) tells it from the story. A story paragraph stands apart from a button after it.
    """
    pitches: dict[int, str] = {}
    for index, line in enumerate(lines):
        if (
            found[index] is None
            and line.text[-1] == "]"
            and (_PITCH_WITH_BUTTON.fullmatch(line.text) or _labelled_pitch(line.text))
        ):
            pitches[index] = "pitch"
        elif line.words <= _BUTTON_MAX_WORDS and _SIGN_UP_BUTTON.fullmatch(line.text):
            if found[index] is None:
                pitches[index] = "pitch"
            above = index - 1
            if (
                above >= 0
                and lines[above].block == line.block
                and found[above] is None
                and _reads_as_prose(lines[above])
            ):
                pitches[above] = "pitch"
    return pitches


def _labelled_pitch(text: str) -> bool:
    """A pitch under its label that closes on a button: "Our letter: … Free! [Count me in]".

    The label before the colon is words in lower case, not a speaker's name or title in capitals
    ("MAYOR: Thank you. [Applause]"); the button is a word to three in brackets after a sentence.
    """
    label, colon, _ = text.partition(": ")
    return (
        bool(colon)
        and 0 < label.count(" ") < _PITCH_LABEL_MAX_WORDS
        and any(word[:1].islower() for word in label.split())
        and _BUTTON_AFTER_PITCH.search(text) is not None
    )


def _ad_copy(lines: list[_Line], found: list[FurnitureRule | None]) -> list[int]:
    """The advertiser's copy under an ad label that opens its block (under a rule line at most).

    One line under the label is the copy when it closes the block and ends on a number to call
    or without a full stop (a shop's slogan "… on all tyres!"): a story paragraph printed under
    the label ends its sentence. Several lines under it are a sponsored box (a headline, a
    pitch, the disclosure) when they hold its link ("→ Find out more"): a small block holding
    less story text than the rest.
    """
    copy: list[int] = []
    for index, rule in enumerate(found[:-1]):
        line = lines[index]
        if (
            rule is None
            or rule.name != "advertisement"
            or line.words > _AD_LABEL_MAX_WORDS
            or any(_has_letters(lines[i].text) for i in _block_before(lines, index))
        ):
            continue
        box = [i for i in range(index + 1, len(lines)) if lines[i].block == line.block]
        box = box[: next((n for n, i in enumerate(box) if i - index != n + 1), len(box))]
        if len(box) == 1 and found[box[0]] is None:
            only = lines[box[0]]
            slogan = only.words <= _SLOGAN_MAX_WORDS and only.text[-1:] not in ".?…:"
            if line.words <= _AD_MARKER_MAX_WORDS and (slogan or _PHONE_END.search(only.text)):
                copy.append(box[0])
        elif 1 < len(box) <= _FORM_MAX_LINES:
            inside = sum(lines[i].words for i in box if _looks_like_story(lines[i]))
            outside = sum(
                row.words for row in lines if row.block != line.block and _looks_like_story(row)
            )
            prose = sum(1 for i in box if _reads_as_prose(lines[i]))
            link = any(_CALL_TO_ACTION.fullmatch(lines[i].text) for i in box)
            # A label printed in a rule ("=== SPONSORED ===") over lines the next rule closes.
            framed = _RULED_LABEL.fullmatch(line.text) is not None and _is_rule(lines[box[-1]])
            if (link or framed) and prose <= _FORM_MAX_PROSE and inside < outside:
                copy.extend(i for i in box if found[i] is None)
    return copy


def _is_rule(line: _Line) -> bool:
    """A line drawn of one rule character: "=====", "-----"."""
    return (
        len(line.text) >= _RULE_MIN_CHARS and len(set(line.text)) == 1 and not line.text.isalnum()
    )


def _block_before(lines: list[_Line], index: int) -> range:
    """The indices of the lines above `index` in its block."""
    start = index
    while start and lines[start - 1].block == lines[index].block:
        start -= 1
    return range(start, index)


def _has_letters(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _mail_chrome(lines: list[_Line], found: list[FurnitureRule | None]) -> dict[int, str]:
    """An e-mail's headers, and the forwarder's note over the message it forwards.

    A block of two or more header fields, one naming an address, is a mail header: its fields no
    rule took go ("Subject: …" too, which alone could be a form's title field). When a forward
    mark has such a header right under it, and less story text above it than below, all above
    the mark is the forwarder's: their headers, greeting, note and name.
    """
    if not any("@" in line.text for line in lines):
        return {}
    blocks: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if ":" in line.text[:16] and _MAIL_FIELD.match(line.text):
            blocks.setdefault(line.block, []).append(index)
    headers = {
        block: fields
        for block, fields in blocks.items()
        if len(fields) >= 2 and any(_MAIL_ADDRESS.search(lines[i].text) for i in fields)
    }
    chrome = {i: "mail_header" for fields in headers.values() for i in fields if found[i] is None}
    for mark, line in enumerate(lines):
        if not (line.words <= _BAR_MAX_WORDS and _FORWARD_MARK.fullmatch(line.text)):
            continue
        under = next((block for block in headers if block >= line.block), None)
        if under is None or not any(lines[i].block == under for i in range(mark + 1, mark + 4)):
            continue
        above = sum(row.words for row in lines[:mark] if _looks_like_story(row))
        below = sum(row.words for row in lines[mark + 1 :] if _looks_like_story(row))
        if above < below:
            chrome |= dict.fromkeys(range(mark + 1), "forwarded_note")
        break
    return chrome


def _is_caption(index: int, lines: list[_Line], found: list[FurnitureRule | None]) -> bool:
    line = lines[index]
    opens_block = index == 0 or lines[index - 1].block != line.block
    return (
        found[index] is None
        and line.block == lines[index + 1].block
        and line.words <= _CAPTION_MAX_WORDS
        and _BULLET.match(line.text) is None
        and (
            opens_block
            or found[index - 1] is not None
            or (_one_block_page(lines) and _short_single_sentence(line))
        )
    )


def _one_block_page(lines: list[_Line]) -> bool:
    """A page printed with no blank line: each line is a paragraph, blocks tell nothing."""
    return lines[0].block == lines[-1].block


def _short_single_sentence(line: _Line) -> bool:
    """A caption's shape on a page of one block: one short sentence, none ending inside it."""
    return (
        line.words <= _ONE_BLOCK_CAPTION_MAX_WORDS
        and _INNER_SENTENCE_END.search(line.text.rstrip()) is None
    )


def _thread_start(lines: list[_Line], found: list[FurnitureRule | None]) -> int:
    """Where readers' comments start: a comments heading after the story, reply markers under it.

    Everything from there on is the thread (names, dates, the comments, their buttons). The
    heading must follow story text, be followed by reply markers, and have fewer words of
    unclassified text under it than the story above it: a comments link on top of a page or a
    story crosshead that says "Comments" opens nothing.
    """
    story_seen = False
    above = 0  # words of the lines above that no rule took
    line_shapes = [_marker_shape(line) for line in lines]
    shapes = Counter(line_shapes)
    first_seen: dict[str, int] = {}  # a shape's first line, or -1 if it showed before the story
    under = [0] * (len(lines) + 1)  # words of the lines from each on that no rule took
    for index in range(len(lines) - 1, -1, -1):
        under[index] = under[index + 1] + (0 if found[index] else lines[index].words)
    posts: list[tuple[int, int]] = []  # each post label's line, and the words above it
    for index, (line, rule, shape) in enumerate(zip(lines, found, line_shapes, strict=True)):
        # A label line that recurs with only its numbers, names or dates changed ("Reply
        # Quote Like (14)", "Re: <headline> by <name> » <date>") heads each post of a thread,
        # if it first appears after the story started: a button also on top of the page
        # ("Subscribe") or a live blog's time stamps are not a thread. The thread starts at
        # the first post's label, even if the story only outweighs what follows a later one,
        # but not past more text than stands above that label: a channel's short post before
        # the story (a view count under each post) takes the story along with it. Lines a
        # rule knows ("Already a subscriber? Sign in") are removed one by one instead.
        first = first_seen.setdefault(shape, index if story_seen else -1)
        repeated = (
            rule is None and shapes[shape] >= _THREAD_MIN_POSTS and first >= 0 and _is_marker(line)
        )
        if repeated:
            posts.append((index, above))
        if rule is None and not repeated:
            story_seen = story_seen or _looks_like_story(line)
            above += line.words
            continue
        if not story_seen or not (repeated or (rule is not None and rule.heads_thread)):
            continue
        window = found[index + 1 : index + 1 + _THREAD_WINDOW]
        replies = sum(1 for marker in window if marker is not None and marker.marks_reply)
        if (repeated or replies >= _THREAD_MIN_REPLIES) and under[index] < above:
            if not repeated:
                return index
            return next(post for post, words in posts if above - words < words)
    return len(lines)


def _marker_shape(line: _Line) -> str:
    """A line's first words with digits masked: what the labels of a repeated widget share."""
    words = line.folded.split(maxsplit=_MARKER_SHAPE_WORDS)[:_MARKER_SHAPE_WORDS]
    return _DIGITS.sub("0", " ".join(words))  # masked after the cut: a story line is long


def _is_marker(line: _Line) -> bool:
    """A label rather than text: no sentence end, not a list bullet."""
    return not ends_sentence(line.text) and _BULLET.match(line.text) is None


def _line_dates(
    rule: FurnitureRule, line: _Line, label: str | None, *, under_byline: bool, on_top: bool
) -> list[tuple[int, date]]:
    """The dates a furniture line gives the article, each with its priority (lowest wins).

    `label` is a "Published" label alone on the line before; `under_byline` says the line
    before is a byline; `on_top` that no story line stands above. A reading time printed with
    a date is the story's own strip, dated as a byline. A strip under the byline that
    opens with the date ("01.12.2026 | 08:15 · 4 min read") dates the article as a date line
    would. On top of the page, an e-paper's edition date or a post's stamp (a date, a time and
    the account's name) dates the article when nothing nearer the story does; a web page's
    banner gives today's date, not the story's, and so does a print header with the page's address.
    """
    text = line.text
    dates: list[tuple[int, date]] = []
    if rule.name == "date_banner" or (under_byline and rule.name in ("menu", "timestamp")):
        dates = _labelled_date(f"{label} {text}" if label else text, under_byline=under_byline)
    elif rule.name in _DATED_RULES and (printed := find_date(text)) is not None:
        dates = [(_DATED_RULES[rule.name], printed)]
    # a post's strip, "6 min read · 24 Nov 2026": the story's own reading time and day (a
    # teaser's strip in a list of links is left out by the caller)
    elif rule.name == "reading_time" and (printed := find_date(text)) is not None:
        dates = [(1, printed)]
    # a print or reader header names the page's address with the day it was printed or saved,
    # a newsletter the day of its issue wherever it prints it (read after the issue's number)
    issue = _NUMBERED_LABEL.match(text) if rule.name == "date_banner" else None
    issued = find_date(text[issue.end() :]) if issue else None
    if (
        not dates
        and "://" not in text
        and (issued or (on_top and (_EDITION.search(text) or _stamp_line(line))))
    ):
        printed = issued or find_date(text)
        dates = [(_HEADER_DATE, printed)] if printed is not None else []
    return dates


def _labelled_date(line: str, *, under_byline: bool = False) -> list[tuple[int, date]]:
    """The date of a "Published ..." (priority 1) or "Updated ..." (2) line; none for a banner.

    A date with no label printed under the byline is the publication date too (priority 1).
    """
    updated = _UPDATED_LABEL.match(line) is not None
    # "Updated 4 May 2026, first published 3 May 2026": the part the Published label opens
    later = next(
        (part for part in _LABEL_PARTS.split(line)[1:] if _PUBLISHED_LABEL.match(part)), ""
    )
    # "Updated 2 May 2026, 5.14pm, first published at 11.02am": a published part with a time
    # alone was published the day the line prints
    published_that_day = False
    if updated and later:
        published_that_day = near_date(later) is None
        line, updated = (line if published_that_day else later), False
    if published_that_day or _PUBLISHED_LABEL.match(line) or (under_byline and not updated):
        priority: int | None = 1
    else:
        priority = 2 if updated else None
    found = near_date(line) if priority is not None else None  # a date line: a month misspelt
    return [(priority, found)] if priority is not None and found is not None else []


def _byline_shape(text: str) -> bool:
    """A byline by its shape, in any language: a label and a name, or a short word and a name.

    "Author: Jane Doe" (any script; a label of up to three words of letters ends in a colon:
    "Written by: Jane Doe") or "Vum Jane Doe" (one or two words of one to four letters, then two
    to four capitalised words, no function word, the last no common word): no digits, no
    sentence. A pictograph is no "by" word: "⚡ POWER CUTS" heads a widget. A town may follow
    after a comma ("…, Eastport"), and a social account in brackets ("… (@jdoe)"); the "by" word
    may be fused to the name with a hyphen ("Ngu-Jane Doe") or written onto it ("NguJane Doe": a
    capital after one to three lower-case letters).
    """
    text = _without_handle(text)
    if _DIGITS.search(text) or ends_sentence(text) or text.endswith(":"):
        return False
    head, comma, place = text.partition(", ")
    text = head if comma and " " not in place and "," not in place else text  # ", Eastport"
    by_word, hyphen, name = text.partition("-")
    if hyphen and " " not in by_word and _letters(by_word) <= _BY_WORD_LETTERS:
        text = f"{by_word} {name}"  # "Ngu-Jane Doe": the "by" word fused to the name
    label, colon, name = text.partition(":")
    if not colon and not hyphen and (unfused := _unfused(text)):
        text = unfused  # "NguJane Doe": the "by" word written onto the name
    if colon:
        names = _titled_name(name.split(), uncased=label[:1].islower())
        stripped = label.strip()
        return (
            0 < len(label.split()) <= _BYLINE_LABEL_WORDS
            and stripped.lower() not in _NOT_CREDIT_LABELS
            # "Published: Friday" is a date's label; "Posted by: Jane Doe" a byline's
            and not _PUBLISHED_LABEL.fullmatch(stripped)
            and not _UPDATED_LABEL.fullmatch(stripped)
            and all(_is_word(word.translate(_IN_WORD_SIGNS)) for word in label.split())
            and 0 < len(names) <= _SHAPED_NAME_WORDS
            and names[0][:1].isalpha()
            and not _opens_lower(names[0])
        )
    words = text.split()
    known = stopwords()
    for by in (1, 2, 3):
        names = words[by:]
        if (
            2 <= len(names) <= _SHAPED_NAME_WORDS
            and (
                (by < 3 and all(1 <= _letters(word) <= _BY_WORD_LETTERS for word in words[:by]))
                or (
                    by > 1
                    and _letters(words[by - 1]) <= _BY_WORD_LETTERS
                    and all(word.islower() for word in words[1:by])
                )
            )  # "Written by", "Scritto da": a participle and a short "by" word; "Live blog
            # by": a noun and its participle or word in lower case before it
            and all(
                word[:1].isupper()
                and word.replace("-", "").isalpha()
                and (
                    word.lower() not in known
                    or (words[by - 1].islower() and _name_particle(word, at, names))
                )
                for at, word in enumerate(names)
            )
            and names[-1].lower() not in common_words()  # a surname, not a headline's verb
        ):
            return True
    return False


def _name_particle(word: str, at: int, names: list[str]) -> bool:
    """A particle inside a name, capitalised: "Le" of "Jean Le Brocq", "Da" of "Ana Da Silva".

    A function word of two or three letters between a given name and a surname, which are
    longer; a headline's words in title case have theirs where a sentence does. Only after a
    "by" word in lower case ("Scritto da", "Êcrit par"): a capitalised first word may be a
    title-case phrase's article ("Il Ponte Di Pietra").
    """
    return (
        0 < at < len(names) - 1
        and len(word) <= _PARTICLE_LETTERS
        and len(names) > _BARE_NAME_MIN
        and all(len(other) > _PARTICLE_LETTERS for other in (names[0], names[-1]))
    )


def _without_handle(text: str) -> str:
    """`text` without a social account in brackets at its end: "Jane Doe (@jdoe)" → "Jane Doe"."""
    if text.endswith(")") and (handle := _HANDLE_AFTER.search(text)):
        return text[: handle.start()]
    return text


def _unfused(text: str) -> str | None:
    """A byline's "by" word written onto the name, set apart: "NguJane Doe" is "Ngu Jane Doe".

    The first word opens on a capital, then one to three lower-case letters, then the name's
    capital and a lower-case letter; None for any other text.
    """
    word = text.partition(" ")[0]
    for at in range(2, min(_BY_WORD_LETTERS, len(word) - 1) + 1):
        if word[at].isupper():
            fused = word[0].isupper() and word[1:at].isalpha() and word[1:at].islower()
            return f"{word[:at]} {text[at:]}" if fused and word[at + 1].islower() else None
    return None


def _letters(word: str) -> int:
    return sum(1 for char in word if char.isalpha())


def _shaped_bylines(
    lines: list[_Line], found: list[FurnitureRule | None], rules: FurnitureRules
) -> list[FurnitureRule | None]:
    """`found`, with the header's bylines and date lines no rule knew, told by where they stand.

    Above the story's first sentence, a line shaped as a byline (`_byline_shape`) right over a
    date line of its block credits its author, and so does a byline strip (`_dated_byline`); a
    short line under a byline that holds a full date (in words of any language the date parser
    knows) is the byline's date line. A name alone (`_bare_name`) under the headline, with a date
    line at most two lines below (a job title between), is a byline too. A headline is longer
    than a byline, a kicker names no one, and neither stands under a headline on a date line.
    """
    byline, dateline = rules.byline, rules.date_line
    if byline is None or dateline is None:
        return found
    shaped = list(found)
    boxes = set(_form_boxes(lines, found))  # a consent dialog over the page reads as prose
    # a site's name right over its menu is the masthead, no headline over a byline
    masthead = {
        index - 1
        for index, rule in enumerate(found)
        if rule is not None and rule.name in _MENU_RULES
    }
    headline_above = False  # a line no rule took stands above: the headline
    headline_words = 0  # the longest such line's words: a byline under it is no longer
    for index, line in enumerate(lines[:-1]):
        rule = shaped[index]
        if index in boxes or (
            rule is not None
            and not rule.is_credit
            and (line.words > _STRIP_MAX_WORDS or _looks_like_story(line))
        ):
            continue  # a furniture line (a ticker, a consent notice, a promo) is no story sentence
        if _looks_like_story(line) and not _strung(line.text) and not _pictograph_line(line):
            # a widget's items on separators ("Results · 04 · 11 · …") are no sentence, nor a
            # box's line led by a pictograph ("📅 THIS WEEK: …"), and a standfirst under the
            # headline stands over the byline
            if headline_above and _byline_follows(lines, shaped, index, dateline):
                continue
            break
        if rule is None and _stamp_line(line):
            shaped[index] = dateline  # "Account Name 01.12.2026 08:30 Region": a post's stamp
            continue
        if _is_strip(line, rule):
            shaped[index] = byline  # a byline strip: "Vum Jane Doe · 1 May 2026 · 4 min"
            continue
        if (rule is None or rule.name == "caption") and _credit_strip(line.text):
            shaped[index] = byline  # "Text: Jane Doe | Photos: John Roe", no photo's caption
            continue
        # a section's label or a masthead over a title-case headline is shorter than it (a
        # byline's desk after a separator is no part of its length: "Jane Doe · Harbour Desk")
        lead = _without_slashed_role(_CREDIT_PARTS.split(line.text, maxsplit=1)[0])
        under_headline = headline_above and word_count(lead) <= headline_words
        if rule is None and under_headline and _bare_name(_before_outlet(lead)):
            dated = _date_line_near(lines, shaped, index)
            if dated is not None:
                shaped[index], shaped[dated] = byline, shaped[dated] or dateline
                continue
        # A byline without a label stands under the headline; a short headline is no byline.
        taken = rule is not None and rule.is_credit
        if (taken or (rule is None and (under_headline or ":" in line.text))) and _over_date_line(
            lines, shaped, index, dateline
        ):
            shaped[index] = rule or byline
        if rule is None and index not in masthead:
            headline_above, headline_words = True, max(headline_words, line.words)
    return shaped


def _without_slashed_role(text: str) -> str:
    """A byline without the role it prints after a slash: "Jane Doe / Health Reporter".

    The role is cut (tests/gold/CONVENTIONS.md); an agency or a site after a slash is kept, as
    in a photo credit ("Photo: Jane Doe / Harbour News"), for it holds no role's word.
    """
    name, slash, tail = text.rpartition(" / ")
    return name.rstrip() if slash and _is_role(tail.strip()) else text


def _before_outlet(lead: str) -> str:
    """A byline's name without the outlet or desk after its comma: "Jane Doe, Harbour News".

    The part after a separator is cut already ("Jane Doe · Business Reporter"); a comma's tail
    is cut when it names an outlet (`_outlet_name`), a spaced dash's when it is capitalised
    words alone ("Jane Doe - Harbour Lantern"), else the line is kept whole.
    """
    name, comma, tail = lead.partition(", ")
    if comma and _outlet_name(tail):
        return name
    # after a spaced dash, a site's name of capitalised words alone: "Jane Doe - Harbour Voice"
    return _before_dashed_words(lead) or lead


def _credit_strip(text: str) -> bool:
    """Labelled credits strung on separators, each a label and a name by its shape.

    "Text: Jane Doe | Photos: John Roe" above the story credits both; a caption closes on one
    credit after its sentence.
    """
    parts = _CREDIT_PARTS.split(text)
    return len(parts) > 1 and all(":" in part and _byline_shape(part) for part in parts)


def _byline_follows(
    lines: list[_Line], shaped: list[FurnitureRule | None], index: int, dateline: FurnitureRule
) -> bool:
    """The next block opens on a byline strip, or a byline (known, or by shape) over its date line.

    The sentence at `index`, under the headline, is then its standfirst, not the story's first.
    """
    below = index + 1
    if below + 1 >= len(lines) or lines[below].block == lines[index].block:
        return False
    rule = shaped[below]
    return _is_strip(lines[below], rule) or (
        (rule is None or rule.is_credit) and _over_date_line(lines, shaped, below, dateline)
    )


def _strung(text: str) -> bool:
    """Items strung on separators, no sentence: a widget's or a ticker's line, however long.

    "Results · 04 · 11 · 19 · Jackpot: 42 000 · Next draw: 2 May" has more words than a
    sentence, but no story sentence runs on through three separators.
    """
    return len(_CREDIT_PARTS.findall(text)) >= _STRUNG_MIN_SEPARATORS and not ends_sentence(text)


def _over_date_line(
    lines: list[_Line], shaped: list[FurnitureRule | None], index: int, dateline: FurnitureRule
) -> bool:
    """A byline (known, or shaped as one) right over a date line of its block.

    A short line under it holding a full date, no rule knew or the menu rule took for its
    separators ("Tuesday, 1 May 2026 · 12:40 · 👁 1 087"), becomes the date line; so does one
    holding a year and a time of day under a name (`_stamped`), its month named in words no
    table knows. The byline may go on with a role after a separator ("Jane Doe · Staff writer")
    or a comma ("Jane Doe, Staff writer"). A follow button may stand between them.
    """
    under_at = _past_follow_button(lines, index + 1)
    line, below = lines[index], lines[under_at]
    if below.block != line.block:
        return False
    first = _CREDIT_PARTS.split(line.text, maxsplit=1)[0]  # "Jane Doe · Staff writer"
    if shaped[index] is None:
        # or a role after a comma: "Jane Doe, Local Democracy Reporter"
        first = next(
            (
                part
                for part in (first, first.partition(", ")[0])
                if len(part.split()) <= _SHAPED_BYLINE_WORDS
                and (_byline_shape(part) or _participle_byline(part))
            ),
            "",
        )
        if not first:
            return False
    under = shaped[under_at]
    if (
        (under is None or under.name in _MENU_RULES)
        and _lead_words(below) <= _DATE_LINE_MAX_WORDS
        and not _reads_as_prose(below)
        and (
            near_date(below.text) is not None  # under a byline: a month's name misspelt too
            or _stamped(below.text, first)
        )
    ):
        shaped[under_at] = under = dateline
    return under is not None and under.name == "date_banner"


def _before_dashed_words(text: str) -> str:
    """A line's head before a spaced dash and capitalised words: "Jane Doe - Harbour Voice"."""
    parts = _SPACED_DASH.split(text, maxsplit=1)
    return parts[0] if len(parts) == 2 and _capitalised(parts[1].split()) else ""


def _past_follow_button(lines: list[_Line], at: int) -> int:
    """`at`, or the line under it when `at` is a follow button alone: "[+ Follow Jane Doe]"."""
    if at + 1 < len(lines) and _FOLLOW_BUTTON_LINE.fullmatch(lines[at].text):
        return at + 1
    return at


def _participle_byline(text: str) -> bool:
    """A "by" word of any length before a name, right over a date line: "Napisała Jane Doe".

    A participle ("Written", "Escrito") needs no short "by" word after it there: one word
    opening on a capital, not in capitals and no function word, then a name alone (`_bare_name`)
    of two or three words (four title-case words in all, as a name alone may be).
    """
    word, _, name = text.partition(" ")
    return (
        name.count(" ") < _SHAPED_NAME_WORDS - 1
        and word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in stopwords()
        and _bare_name(name)
    )


def _stamped(text: str, byline: str) -> bool:
    """A year and a time of day under a name: a date line, though its month's name is unknown.

    The name after the byline's label (or after its "by" words: "Yandĩkwa nĩ Jane Doe") is words
    of letters alone ("Slug: RAIL/NORTH" over "Filed: 01-12-2026 11:42" names no one).
    """
    name = _without_place(byline).rpartition(":")[2].split()
    lower = [index for index, word in enumerate(name) if word[:1].islower()]
    return (
        _marked_name(" ".join(name[lower[-1] + 1 :] if lower else name))
        and _YEAR.search(text) is not None
        and _CLOCK.search(text) is not None
    )


def _lead_words(line: _Line) -> int:
    """The words of a strip's first part: "Tuesday, 1 May 2026 at 09:15 · 3 minutes to read"."""
    if line.words <= _DATE_LINE_MAX_WORDS or not _CREDIT_PARTS.search(line.text):
        return line.words
    return len(_CREDIT_PARTS.split(line.text, maxsplit=1)[0].split())


def _is_strip(line: _Line, rule: FurnitureRule | None) -> bool:
    """A byline strip no rule knew as one; its parts read as a menu's items to the menu rule."""
    return (
        (rule is None or rule.name == "menu")
        and line.words <= _STRIP_MAX_WORDS
        and _dated_byline(line.text) is not None
    )


def _bare_name(text: str) -> bool:
    """A person's name alone: two to four capitalised words, no function word, not in capitals.

    A surname is no common word: a section label in title case ("Local News") ends in one.
    """
    words = text.split()
    if not _BARE_NAME_MIN <= len(words) <= _SHAPED_NAME_WORDS or text.isupper():
        return False
    known = stopwords()
    return words[-1].lower() not in common_words() and all(
        word[:1].isupper()
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and word.lower() not in known
        for word in words
    )


def _role_signed_name(text: str) -> str | None:
    """The name a header's "Name, role" line signs with, or None for any other line.

    "Jane Roe, Tollwire correspondent" gives "Jane Roe": the role is no credit
    (tests/gold/CONVENTIONS.md).

    The role is a phrase of a few words ending on a role's word (`_ROLE_WORD`), the name alone
    before its comma (`_bare_name`).
    """
    name, comma, role = text.partition(", ")
    words = role.split()
    if (
        comma
        and 0 < len(words) <= _ROLE_MAX_WORDS
        and _ROLE_WORD.fullmatch(words[-1])
        and _bare_name(name)
        and not _listed_town(name.split())  # "Port Ellen, harbour staff"
    ):
        return name
    return None


def _date_line_near(
    lines: list[_Line], found: list[FurnitureRule | None], index: int
) -> int | None:
    """The date line at most two lines under `index` (a job title between), before any story."""
    for below in range(index + 1, min(index + 3, len(lines))):
        line, rule = lines[below], found[below]
        if rule is not None and rule.name == "date_banner":
            return below
        if rule is None and _looks_like_story(line):
            return None
        if (
            rule is None
            and line.words <= _DATE_LINE_MAX_WORDS
            and not _reads_as_prose(line)
            and find_date(line.text) is not None
        ):
            return below
    return None


def _stamp_line(line: _Line) -> bool:
    """A header line that stamps the post: a full date, a time of day, a few names around them.

    A headline that gives a date and a time has more words than the stamp's names. Words are
    counted at spaces: a name in an unspaced script is one.
    """
    words = line.text.split()
    if (
        len(words) > _DATE_LINE_MAX_WORDS
        or _CLOCK.search(line.text) is None  # most header lines: no words to sort out
        or ends_sentence(line.text)
    ):
        return False
    names = [word for word in words if not any(map(str.isdigit, word))]
    return len(names) <= _STAMP_MAX_NAMES and find_date(line.text) is not None


def _dated_byline(line: str) -> str | None:
    """The byline that opens a page's byline strip, by its shape: "Vum Jane Doe · 1 May 2026".

    The parts may be set apart by a spaced dash too ("Vum Jane Doe - 1 May 2026"), or by the
    next part's label alone ("Author: Jane Doe Published: 1 May 2026"). The strip's
    later part holds a date (a year, or a time of day). A byline whose shape holds
    only before its comma ("Vum Jane Doe, Harbour News · 1 May 2026") is cut there: a "by" word
    no rule knows leaves no name list to keep whole, and what runs on is its site or role.
    """
    # no separator: a later label may part them ("Author: Jane Doe Published: 1 May 2026")
    parts = (_STRIP_PARTS if _STRIP_PARTS.search(line) else _LATER_LABEL).split(line)
    if len(parts) < 2 or not any(_STRIP_DATE.search(part) for part in parts[1:]):
        return None
    head, _, tail = parts[0].partition(", ")  # "…, Harbour News": a site or a role, no date
    contribution = _CONTRIBUTION.match(tail)  # in lower case: "…, Con Harbour" is a name
    if contribution and contribution[0].islower() and _byline_shape(head):
        return parts[0]  # "Par Jean Dupont, avec l'AFP": a contribution, kept (CONVENTIONS.md)
    for first in (parts[0], head) if tail and not _DIGITS.search(tail) else (parts[0],):
        if first.count(" ") < _SHAPED_BYLINE_WORDS and _byline_shape(first):
            return first
    return None


def _inline_byline(line: str) -> str | None:
    """The byline a page prints run on into its date: "Jane Doe 27 May 2026, 06:00".

    The words before the first number are a name alone or a label and a name; what follows
    holds a date or a time of day. A word in lower case with a comma right before the number is
    the date's weekday ("Text: Jane Doe tuesday, 1 May 2026"), no part of the name; so is a
    word alone after a label ("Updated: Sunday, 16:20": a stamp, whatever its label's language).
    """
    words = line.split()
    first = next((i for i, word in enumerate(words) if any(map(str.isdigit, word))), None)
    if first is None or not 0 < first <= _SHAPED_BYLINE_WORDS:
        return None
    name, rest = " ".join(words[:first]), " ".join(words[first:])
    if name.endswith(",") and first > 1:  # "Jane Doe tuesday, 1 May": a weekday in lower case
        head, _, last = name[:-1].rpartition(" ")
        # a word alone after a label is no writer's name either: "Updated: Sunday, 16:20"
        weekday = (last.islower() or head.endswith(":")) and ":" not in last
        weekday = weekday and head[-1:] not in ",،፣"
        name = head if weekday else name[:-1]  # "Jane Doe, reporter, 1 May": a role
    label = _LEADING_SIGNS.sub("", name)  # "↻ Updated: Friday, …": a stamp's sign
    if (
        _PUBLISHED_LABEL.match(label)
        or _UPDATED_LABEL.match(label)
        or _RUNNING_TIME.fullmatch(rest)  # "Interview: Jane Doe (4:02)": a video's length
        or not (_bare_name(name) or (":" in name and _byline_shape(name)))
        or find_date(f"{words[first - 1]} {rest}") != find_date(rest)  # "March 14, 2025"
    ):
        return None
    return name if _CLOCK.search(rest) or find_date(rest) is not None else None


def _page_credits(
    lines: list[_Line], rules: FurnitureRules, bylines: set[str], captions: tuple[str, ...]
) -> tuple[list[str], set[str]]:
    """Credit lines anywhere in a page's visible text, in page order, each once.

    A caption's closing photo credit ("… at dawn. Photo: Jane Doe") counts as one (under a
    label of any language on a figure's caption, `captions`), and so does a name alone that the
    page marks as its byline (`bylines`), printed as it is. Also the lines over the page's first
    byline (all of them when there is none).
    """
    credits: list[str] = []
    writers: set[str] = set()  # the credits of bylines
    first_byline = len(lines)
    lines = _joined_by_words(lines, rules)
    for index, line in enumerate(lines):
        rule = rules.credit(line.text, line.folded, line.words, prose=_reads_as_prose(line))
        # a caption shortcode's residue ("[caption …] … Photo: Jane Doe[/caption]") is a caption
        caption, closed = _CLOSING_SHORTCODE.subn("", line.text)
        credit = (
            _credit_text(_without_marked_tail(line.text, bylines))
            if rule is not None and not _unnamed_caption(line.text)
            else _caption_credit(caption, shaped=bool(closed) or line.text in captions)
        )
        writer = rule is not None and rule.name == "byline"
        if credit is None and line.words <= _STRIP_MAX_WORDS:
            byline = _dated_byline(line.text) or _inline_byline(line.text)
            credit, writer = (_without_place(byline), True) if byline else (None, False)
        if credit is None and line.text in bylines:
            marked = (
                line.text
                if _marked_name(line.text) or _marked_label(line.text)
                else _marked_strip(line.text)
                or _marked_name_in_town(line.text)
                or _marked_name_and_role(line.text)
            )
            credit, writer = (marked, True) if marked else (None, False)
        if credit is None and line.words <= _SIGNOFF_MAX_WORDS:
            credit = _labelled_signoff(line.text, rules)
        reporter = _EAST_ASIAN_BYLINE.match(line.text) if credit is None else None
        if reporter is not None and reporter["chinese"]:  # "記者林小明/台北報導 12月1日"
            credit, writer = reporter["chinese"], True  # its date runs on after it
        new = [c for c in _credits(credit) if c not in credits]
        credits.extend(new)
        writers.update(new if writer else ())
        first_byline = index if writer and first_byline == len(lines) else first_byline
    return _byline_first(credits, writers), {line.text for line in lines[:first_byline]}


def _without_marked_tail(text: str, bylines: set[str]) -> str:
    """A byline element's text without the element of its own the page marks inside it.

    "By Jane Doe Health" is "By Jane Doe" and a topic or role in an element whose class marks it
    a byline's part too ("Health"): the extraction glued them. Cut only when what stays is a
    byline by its shape, so a name in its own element ("By" and "Jane Doe") stays whole. The
    longest part first: an element may hold another ("Kultur Tech", a desk over its topic), and
    cutting the inner one alone would leave the outer's word in the name.
    """
    for part in sorted(bylines, key=lambda part: (-len(part), part)):
        head = text.removesuffix(f" {part}")
        if head != text and (_byline_shape(head) or _bare_name(head)):
            return head
    return text


def _labelled_signoff(text: str, rules: FurnitureRules) -> str | None:
    """A wire's sign-off in brackets whose every part has a label or a "by", kept whole.

    "(Texto: Jane Doe em Recife; Edição: Ann Lee)" credits "Texto: Jane Doe em Recife; Edição:
    Ann Lee", its towns kept and its brackets removed (tests/gold/CONVENTIONS.md): two parts or
    more, a ";" between them, each a label of up to three words, a colon (ASCII or full-width) or
    "by" ("Reporting by Jane Doe"), and a name opening on a capital, no sentence. One part at least
    signs (`_signing_part`): a note of labelled parts ("(Source: …; Figures: …)", "(Correction:
    …; Update: …)") signs nothing.
    """
    if text[:1] != "(" or text[-1:] != ")":
        return None
    inner = text[1:-1].strip()
    parts = inner.split("; ")
    signed = len(parts) > 1 and all(
        (
            (label := part.replace("：", ":").partition(":"))[1]
            or (label := part.partition(" by "))[1]
        )
        and 0 < len(label[0].split()) <= _BYLINE_LABEL_WORDS
        and all(_is_word(word) for word in label[0].split())
        and label[2].strip()[:1].isupper()
        and not has_sentence_mark(label[2])
        for part in parts
    )
    return inner if signed and any(_signing_part(part, rules) for part in parts) else None


def _signing_part(part: str, rules: FurnitureRules) -> bool:
    """A sign-off's part that names a writer or an editor.

    A byline the byline rule knows ("Reporting by Jane Doe"), or a label no credit rule knows
    (a language the rules lack) before a name by its shape ("Redigeerija: Jane Doe"); a source's
    or a photo's credit names no writer, a note's title-case phrase is no name.
    """
    rule = rules.credit(part, part.lower(), word_count(part), prose=False)
    if rule is not None:
        return rule.name == "byline"
    label, colon, name = part.replace("：", ":").partition(":")
    return bool(colon) and _shaped_caption_credit(label.strip(), name.strip())


def _is_byline(text: str, rules: FurnitureRules) -> bool:
    """A credit the byline rule knows ("Author: Jane Doe", "Reporting by Jane Doe")."""
    rule = rules.credit(text, text.lower(), word_count(text), prose=False)
    return rule is not None and rule.name == "byline"


def _joined_by_words(lines: list[_Line], rules: FurnitureRules) -> list[_Line]:
    """A page's lines with a "by" word alone on its line joined to the name on the next.

    A theme may print "By" and the writer's name as elements of their own ("By" / "Jane Doe"
    / "-" / the date): joined, a byline rule knows them ("By Jane Doe"); nothing else is.
    """
    joined: list[_Line] = []
    skip = False
    for line, below in itertools.zip_longest(lines, lines[1:]):
        if skip:
            skip = False
            continue
        if below is not None and line.words == 1 and len(line.text) <= _BY_WORD_LETTERS:
            text = f"{line.text} {below.text}"
            folded = f"{line.folded} {below.folded}"
            rule = rules.credit(text, folded, line.words + below.words, prose=False)
            if rule is not None and rule.name == "byline":
                joined.append(
                    below._replace(text=text, folded=folded, words=line.words + below.words)
                )
                skip = True
                continue
        joined.append(line)
    return joined


def _marked_name_in_town(text: str) -> str | None:
    """The name of a marked byline that runs on into its town: "Jane Doe, Eastport".

    A town of one word after the comma is cut (tests/gold/CONVENTIONS.md); two names after a
    comma are two writers, and stay.
    """
    name, comma, town = text.partition(", ")
    alone = comma and len(town.split()) == 1 and not _DIGITS.search(town)
    return name if alone and _marked_name(name) else None


def _marked_strip(text: str) -> str | None:
    """The byline opening a strip the page marks as its byline, its later part dated.

    "Hakerek husi Joana da Costa · 2 Dezembru 2026": the page says what the element is, so its
    first part need only be words of letters (a particle in lower case inside a name, a script
    without case), the last no word in lower case, with no number or sentence in them.
    """
    parts = _CREDIT_PARTS.split(text)
    if len(parts) < 2 or not any(_STRIP_DATE.search(part) for part in parts[1:]):
        return None
    named = list(itertools.takewhile(lambda part: not _STRIP_DATE.search(part), parts))
    if len(named) > 1 and all(_LABELLED.match(part) and _marked_byline(part) for part in named):
        return " · ".join(named)  # "Text: Jane Doe · Photos: John Roe · 1 May 2026": each credits
    head = parts[0].partition(", ")[0]  # "Tessa Morvane, sports editor": a role in lower case
    return next((first for first in (parts[0], head) if _marked_byline(first)), None)


def _marked_byline(text: str) -> bool:
    """Words of letters alone, the last no word in lower case, no sentence: a marked byline."""
    words = text.replace(":", " ").replace("：", " ").split()  # a colon, or a full-width one
    return (
        _BARE_NAME_MIN <= len(words) <= _SHAPED_BYLINE_WORDS
        and not _opens_lower(words[-1])
        and not has_sentence_mark(text)
        and all(_is_word(word.replace("-", "").replace("'", "").replace("’", "")) for word in words)
    )


def _marked_name_and_role(text: str) -> str | None:
    """A marked byline's name before its comma and role: "Jane Doe, Property Correspondent".

    The role is cut (tests/gold/CONVENTIONS.md); a tail that is no role (`_is_role`) credits no one.
    A separator may set the role apart as a comma does: "Jane Doe | Reporter"; a comma first,
    the role may go on after a separator ("Jane Doe, Property Correspondent | Harbour").
    """
    name, comma, role = text.partition(", ")
    if not comma and len(parts := _CREDIT_PARTS.split(text, maxsplit=1)) > 1:
        name, comma, role = parts[0], ",", parts[1]
    return name if comma and _marked_name(name) and _is_role(role) else None


def _marked_name(text: str) -> bool:
    """A byline element's text that is a name alone: no number or sentence, words capitalised.

    Words of a script without case (Lao, Odia) have no capital to begin with.
    """
    words = text.split()
    return (
        0 < len(words) <= _SHAPED_NAME_WORDS
        and not _DIGITS.search(text)
        and not has_sentence_mark(text)  # a Lao name ends in a letter as a sentence does
        and all(not _opens_lower(word) and _is_word(word.replace("-", "")) for word in words)
    )


def _opens_lower(word: str) -> bool:
    """A word opening on a letter in lower case, of a script that capitalises a name's words.

    Georgian's letters are lower case to Unicode, but they have no title-case form: its
    capitals set whole headings in capitals, and a name in running text opens on none.
    """
    first = word[:1]
    return first.islower() and first.title() != first


def _marked_label(text: str) -> bool:
    """A byline element's text that is a label and a name by their shape: "Raeta: Mereani Tavoa".

    The page says the element is its byline, so a label of any language will do; the name is
    words of letters alone, none in lower case, no number or sentence in them, not all of them
    common words ("Warning: Heavy Rain Expected" is no credit).
    """
    _, colon, name = text.partition(":")
    return (
        bool(colon)
        and _byline_shape(text)
        and _marked_name(name.strip())
        and not all(word.lower() in common_words() for word in name.split())
    )


def _is_word(text: str) -> bool:
    """Letters alone, with the vowel signs and tone marks of the scripts that write them apart."""
    return bool(text) and all(
        char.isalpha() or unicodedata.category(char)[0] == "M" for char in text
    )


def _caption_credit(line: str, *, bracketed: bool = False, shaped: bool = False) -> str | None:
    """The photographer a caption names at its end, label kept and brackets removed.

    "… at dawn. (Photo: Jane Doe)" credits "Photo: Jane Doe"; "(Photo: file)" credits nobody.
    A page's figure caption may run its credit on after the sentence ("… at dawn. Photo: Jane
    Doe"); a text page's caption line is then told from the story by brackets alone. A line
    known to be a caption (`shaped`) credits a name under any label of a word or two
    (`_shaped_caption_credit`).
    """
    if worded := _courtesy_or_abbreviated_credit(line, bracketed=bracketed, shaped=shaped):
        return worded
    if not any(colon in line for colon in (":", "៖", "：", "՝", " / ")):
        # no labelled credit's colon (Armenian writes its label's as a comma, U+055D; a caption
        # may set its label apart with a slash: "Photo / Jane Doe")
        return _uncoloned_caption_credit(line) if shaped else None
    match = _CAPTION_CREDIT.search(line)
    if match is None and shaped:
        match = _SHAPED_CAPTION_CREDIT.search(line)
        uncased = next((char for char in line if char.isalpha()), "").islower()
        if match is not None and not _shaped_caption_credit(
            match["label"], _credited(match), uncased=uncased
        ):
            match = None
    if match is None or (
        _WORD_PHOTO_LABEL.fullmatch(match["label"]) and not (shaped or _photo_labelled(line))
    ):
        return None
    name = _credited(match)
    if _FILE_PHOTO.fullmatch(name) or (
        bracketed
        and match["open"] is None
        and line[:1] + line[-1:] not in ("[]", "()", "［］", "（）")
    ):
        return None
    name += match["agency"] or ""  # "Jane Doe / Harbour News": the agency, as printed
    if match["colon"] == "：":  # a full-width colon (U+FF1A) has its space in it
        return f"{match['label']}：{name}"
    return f"{match['label']}{match['colon']} {name}"  # "Photo : …" in French


def _courtesy_or_abbreviated_credit(line: str, *, bracketed: bool, shaped: bool) -> str | None:
    """A caption's closing credit under a courtesy or a label abbreviated with a dot.

    "… Photo courtesy of the Doe family", "Foto: cortesía de Ana Pérez", "… Fot. Jan Nowak".
    """
    courtesy = _courtesy_credit(line) if shaped or bracketed else None
    return courtesy or _abbreviated_caption_credit(line, bracketed=bracketed)


def _courtesy_credit(line: str) -> str | None:
    """A caption's closing courtesy credit, as printed: "… Photo courtesy of the Doe family".

    The holder names someone: a word of it opens on a capital ("Photo courtesy of the family"
    names nobody), and it is a few words, no sentence.
    """
    match = _COURTESY_CREDIT.search(line)
    if match is None:
        return None
    words = match["holder"].split()
    named = any(word[:1].isupper() for word in words)
    return match["credit"] if named and len(words) <= _COURTESY_HOLDER_WORDS else None


def _abbreviated_caption_credit(line: str, *, bracketed: bool) -> str | None:
    """A caption's closing credit under a label abbreviated with a dot: "… Fot. Jan Nowak".

    No colon follows such a label, so the name must have a name's shape (`_capitalised_name`);
    an agency or a site after a slash is kept as printed (tests/gold/CONVENTIONS.md).
    """
    match = _ABBREVIATED_CAPTION_CREDIT.search(line)
    if match is None or not _capitalised_name(match["name"].split()):
        return None
    if bracketed and match["open"] is None and line[:1] + line[-1:] not in ("[]", "()"):
        return None
    return f"{match['label']} {match['name']}{match['agency'] or ''}"


def _contents(lines: list[_Line]) -> list[int]:
    """The numbered items of a table of contents: each printed again, unnumbered, further down.

    "1. Where is the canal?" … "3. Who pays?" in a block over the story, then each question
    alone on its line over its answer: the list is the page's navigation, the crossheads are
    the story's. Two items or more of one block, every item of it found again.
    """
    later: dict[str, int] = {}
    for index, line in enumerate(lines):
        if not _NUMBERED.match(line.text):
            later.setdefault(line.folded, index)
    blocks: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if _NUMBERED.match(line.text):
            blocks.setdefault(line.block, []).append(index)
    found: list[int] = []
    for items in blocks.values():
        if len(items) >= _CONTENTS_MIN_ITEMS and all(
            later.get(_NUMBERED.sub("", lines[at].folded), -1) > at for at in items
        ):
            found.extend(items)
    return found


def _wrapped_captions(lines: list[_Line]) -> list[tuple[range, str]]:
    """Bracketed captions wrapped over lines of their block, closing on a photo credit.

    Each with the indices of its lines and the credit. Brackets around the lines make them a
    caption, so its label may be of any language (`_shaped_caption_credit`).
    """
    found: list[tuple[range, str]] = []
    for index, line in enumerate(lines):
        if line.text[:1] != "[" or "]" in line.text:
            continue
        texts = [line.text]
        for later in lines[index + 1 : index + 1 + _WRAPPED_CAPTION_LINES]:
            if later.block != line.block:
                break
            texts.append(later.text)
            if "[" in later.text or "]" in later.text[:-1]:
                break
            if later.text.endswith("]"):
                credit = _caption_credit(" ".join(texts), bracketed=True, shaped=True)
                if credit:
                    found.append((range(index, index + len(texts)), credit))
                break
    return found


def _credits_under_captions(lines: list[_Line], removed: set[str]) -> list[str]:
    """Photo credits printed on their own line right under a bracketed caption, in its block.

    "[The new sign by the road.]" over "Photo: Jane Doe": a label of a word or two and a name
    (`_shaped_caption_credit`), on a line cleaning removed. A line of the story under a caption
    is no label and a name.
    """
    found: list[str] = []
    for above, line in itertools.pairwise(lines):
        if (
            line.block != above.block
            or above.text[:1] + above.text[-1:] not in ("[]", "()")
            or line.words > _CREDIT_LINE_MAX_WORDS
            or line.text not in removed
        ):
            continue
        label, colon, name = line.text.partition(":")
        name = _CREDIT_PARTS.split(name.strip(), maxsplit=1)[0]
        if colon and label.count(" ") < 2 and _shaped_caption_credit(label, name):
            found.append(f"{label}: {name}")
    return found


def _caption_by_phrase(line: str) -> str | None:
    """A caption's closing credit under a by-phrase, no colon: "… at dawn. Photo by Jane Doe".

    In brackets too: "… at dawn. (Photo by Jane Doe)" credits "Photo by Jane Doe".

    After the caption's last sentence, a word, a short "by" word in lower case and a name
    (`_byline_shape`), all the rest of the caption: "Foto de Ana Pérez", "Picha na Juma Ali".
    A single word before the name ("With Jane Doe") credits no one.
    """
    match = _CAPTION_BY.search(line)
    if match is None or (match["aside"] and line[:1] not in "[("):  # a sentence's aside
        return None
    credit = _without_outlet(match["credit"], known=True)  # "Photo by Jane Doe for Harbour News"
    by = credit.split()[1]
    return credit if by.islower() and _byline_shape(credit) else None


def _uncoloned_caption_credit(line: str) -> str | None:
    """A caption's closing credit with no colon: "(Foto Jane Doe/AB)", "… Photo by Jane Doe".

    Under a by-phrase (`_caption_by_phrase`), for an outlet (`_name_for_outlet`), or in brackets
    under a photo's label.
    """
    if by_phrase := _caption_by_phrase(line) or _name_for_outlet(line):
        return by_phrase
    match = _UNCOLONED_CAPTION_CREDIT.search(line)
    if match is None or not _capitalised_name(match["name"].split()):
        return None
    return f"{match['label']} {match['name']}{match['agency'] or ''}"


def _name_for_outlet(line: str) -> str | None:
    """A caption's bracketed closing credit of a name working for an outlet: the name alone.

    "… on Thursday. (Jane Doe for Harbour News)" credits "Jane Doe": the outlet after a byline's
    name is cut (tests/gold/CONVENTIONS.md). Both sides capitalised: "(Votes for Women)" has no
    name of two words, "(Jane Doe for two years)" no outlet, "(Women Voters for Peace)" a name
    of common words only.
    """
    match = _NAME_FOR_OUTLET.search(line)
    if match is None:
        return None
    names = match["name"].split()
    named = _capitalised_name(names) and not all(name.lower() in common_words() for name in names)
    return match["name"] if named and _capitalised(match["outlet"].split()) else None


def _capitalised_name(words: list[str]) -> bool:
    """Two to four words of letters, each opening on a capital: a person's name by its shape."""
    return _BARE_NAME_MIN <= len(words) <= _SHAPED_NAME_WORDS and all(
        word[:1].isupper() and word.translate(_IN_WORD_SIGNS).isalpha() for word in words
    )


# Signs inside a name's word: a hyphen, apostrophes, Tibetan's syllable mark (tsheg).
_IN_WORD_SIGNS: Final = str.maketrans("", "", "-'’\u0f0b")


def _credited(match: re.Match[str]) -> str:
    """A caption credit's name, without what follows a separator: "Jane Doe · Harbour News".

    A gallery's pager the page prints after the caption ("Jane Doe Next »") is no part of it
    either; a guillemet closing a quoted body's name («Harbour Valley») is.
    """
    name = _CREDIT_PARTS.split(match["name"], maxsplit=1)[0]
    return name if "«" in name or "‹" in name else _PAGER_TAIL.sub("", name)


def _shaped_caption_credit(label: str, name: str, *, uncased: bool = False) -> bool:
    """A caption's closing label and name by their shape, in any language: "Kuva: Jane Doe".

    The label is one or two words, the first capitalised (or of a script without case); the name
    two to four such words of letters alone, not all of them common words (a caption's closing
    "Source: Annual Report" is no name; a surname may be one: "Ivy Fall"), or one word of a
    script written without spaces; or an agency's or an outlet's initials in capitals ("Foto:
    AFP"), a credit that is only an outlet (tests/gold/CONVENTIONS.md). A site's name after a
    separator ("Jane Doe · Harbour News") is no part of the name (`_caption_credit` cuts it). A
    caption that opens in lower case (`uncased`: its language writes sentences so) may write its
    label so too, and a word in lower case before the name ("jan Pensa Tuwi", `_titled_name`) is
    the name's own.
    """
    if not uncased and label[:1].islower():
        return False
    if name.isalpha() and name.isupper() and len(name) in _OUTLET_INITIALS:
        return True
    if (
        (body := _QUOTED_BODY.fullmatch(name))
        and not body["name"][:1].islower()
        and {(body["before"] or "").lower(), (body["after"] or "").lower()} & _QUOTED_BODY_KINDS
    ):
        return True  # a body's proper name in quotation marks, its kind beside it
    names = _titled_name(name.split(), uncased=uncased or label[:1].islower())
    known = stopwords()
    least = 1 if starts_unspaced(name) else _BARE_NAME_MIN
    return (
        least <= len(names) <= _SHAPED_NAME_WORDS
        and not name.isupper()
        and not all(word.lower() in common_words() for word in names)
        and all(
            (
                (not word[:1].islower() and word.lower() not in known)
                or _name_particle(word, at, names)  # "Jomar de Vera"
            )
            and _is_word(word.translate(_IN_WORD_SIGNS))
            for at, word in enumerate(names)
        )
    )


def _titled_name(names: list[str], *, uncased: bool = False) -> list[str]:
    """A name's words without the short word in lower case before them: a title or a particle.

    "dr. Anna Smit", "jan Sopi": one word of up to four letters (a dot may close it), no
    function word ("die Fähre" is a noun and its article), before a capitalised word; the
    name's other words as they are. A word without a dot only under a label in lower case
    (`uncased`: "toki tan: jan Sopi"); under a capitalised label a word in lower case is the
    line's own ("Tekst: zei Jan Smit", "Quelle: laut Anna Smit").
    """
    if (
        len(names) > 1
        and (uncased or names[0].endswith("."))
        and names[0][:1].islower()
        and _letters(names[0]) <= _BY_WORD_LETTERS
        and names[0].rstrip(".").isalpha()
        and names[0].lower() not in stopwords()
        and names[1][:1].isupper()
    ):
        return names[1:]
    return names


def _credit_text(line: str) -> str:
    """A credit line as the credit: no feed field name, date after it, or town after the name.

    "By Jane Doe | March 6, 2026, 9:15" credits "By Jane Doe": the date dates the article.
    "Text: Jane Doe, Eastport" credits "Text: Jane Doe", and "By Jane Doe · Staff writer" or
    "… | Harbour Gazette" "By Jane Doe" (a role or a site's name after a byline's shape), unless
    every part has its own label ("Text: Jane Doe | Photos: John Roe", `_credits`).
    """
    line = _without_slashed_role(_FIELD_NAME.sub("", line, count=1))  # "dc:creator: Jane Doe"
    labelled = _photo_labelled(line)  # a caption: any label credits a name
    if line[-1:] in ")]" and (
        photographer := _caption_credit(line, bracketed=True, shaped=labelled)
    ):
        return photographer  # "Photo: <the caption>. (Photo: Jane Doe)": the label heads a caption
    if _INNER_SENTENCE_END.search(line) and (photographer := _caption_credit(line)):
        return photographer  # "Image: <the caption>. Image: Jane Doe": only the closing credit
    if east_asian := _EAST_ASIAN_BYLINE.fullmatch(line):
        # a name in full-width brackets, or before the word for reporter: the name alone
        return str(east_asian["name"] or east_asian["korean"] or east_asian["chinese"])
    separators = list(_CREDIT_PARTS.finditer(line))
    ends = [separator.start() for separator in separators[1:]] + [len(line)]
    for separator, end in zip(separators, ends, strict=False):  # no separator: no part
        part = line[separator.end() : end]
        if find_date(part) is not None or _CLOCK.search(part) or _YEAR.search(part):
            line = line[: separator.start()]
            break
    line = _without_dashed_role(_before_comma_date(_CLOCK_AFTER_COMMA.sub("", line)))
    line = _without_outlet_and_town(line)
    parts = _CREDIT_PARTS.split(line)
    if len(parts) > 1 and not all(_LABELLED.match(part) for part in parts):
        first = _without_place(parts[0], known=True)
        # "By Jane Doe | Harbour News", "par Jean Dupont · Nantes"
        outlet = len(parts) == 2 and (_outlet_name(parts[1]) or _town_named(parts[1].split()))
        # "By JANE BELL | Staff Writer": a role after the bar, whatever the name's words are
        role = all(_is_role(part) or _lower_case_role(part) for part in parts[1:])
        if len(first.split()) <= _SHAPED_BYLINE_WORDS and (
            outlet or _byline_shape(first) or _bare_name(first) or (role and _by_worded(first))
        ):
            return _without_script_role(first)  # "(By) Jane Doe · Staff writer": no role
    return _without_script_role(_without_place(line, known=True))


def _by_worded(text: str) -> bool:
    """A label or a short "by" word, then two to four capitalised words: "By JANE BELL".

    Looser than `_byline_shape` (a surname may be a common word): only for a credit line whose
    tail a role's word tells.
    """
    words = text.split()
    return bool(_LABELLED.match(text)) or (
        2 < len(words) <= _SHAPED_NAME_WORDS + 1
        and 0 < _letters(words[0]) <= _BY_WORD_LETTERS
        and words[0].isalpha()
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words[1:])
    )


def _without_outlet_and_town(line: str) -> str:
    """A byline without the outlet and the town it prints after its comma (`_OUTLET_DASH_TOWN`).

    "Por Jane Doe, Harbour News — Eastport (NY)" credits "Por Jane Doe": the site and the town
    are no part of a credit (tests/gold/CONVENTIONS.md); a line of no byline's shape stays.
    """
    tail = _OUTLET_DASH_TOWN.search(line)
    if tail is None:
        return line
    head = line[: tail.start()]
    return head if _byline_shape(head) or _LABELLED.match(head) else line


def _without_script_role(credit: str) -> str:
    """A labelled credit without the word for reporter a name runs on into with no comma.

    Korean, Japanese and Chinese set the role right after the name ("글: 고은영 기자" style,
    "Text: <name> reporter"); the role is cut (tests/gold/CONVENTIONS.md), the name stays.
    """
    if ":" not in credit and "：" not in credit:
        return credit
    return _SCRIPT_ROLE_AFTER.sub("", credit, count=1)


def _without_dashed_role(line: str) -> str:
    """A byline without the role and the social account it prints after a spaced dash.

    "By: Jane Doe - Correspondent / @jdoe" and "Por Ana Pérez - redactora" credit "By: Jane Doe"
    and "Por Ana Pérez" (tests/gold/CONVENTIONS.md): every part after the dash, a slash or a
    bar between them, is a role or an account; anything else (a second writer, a town) stays.
    """
    dash = _SPACED_DASH.search(line)
    if dash is None:
        return line
    head, tail = line[: dash.start()], _TAIL_PARTS.split(line[dash.end() :])
    told = all(_HANDLE.fullmatch(part) or _is_role(part) or _lower_case_role(part) for part in tail)
    # "Haber: Jane Doe - Eastport": a town after the dash, as after a comma (CONVENTIONS.md)
    town = len(tail) == 1 and _town_named(tail[0].split())
    return head if (told or town) and (_byline_shape(head) or _LABELLED.match(head)) else line


def _before_comma_date(line: str) -> str:
    """A credit line without the date it runs on into after a comma, nor the role before it.

    "Text: Jane Doe, reporter, 1 December 2026" is cut at the last comma whose tail still holds
    the whole tail's date ("Text: Jane Doe, reporter"; `_without_place` drops the role), so
    "By Jane Doe, December 1, 2026" is cut before the month and a second writer stays.
    """
    commas = [index for index in range(len(line)) if line.startswith(_COMMAS, index)]
    if not commas:
        return line
    dated = [(index, find_date(line[index + 1 :])) for index in commas]
    first = next(((index, found) for index, found in dated if found is not None), None)
    if first is None:
        return line
    cut = max(index for index, found in dated if found == first[1])
    return line[:cut].rstrip()


def _without_place(credit: str, *, known: bool = False) -> str:
    """A byline without the town or the role it runs on into (after a comma, or in brackets).

    "Text: Jane Doe, Eastport" credits "Text: Jane Doe", and so do "Text: Jane Doe, Port Town"
    and "Text: Jane Doe (Eastport)" (under a label, what follows the name is none of it) and
    "Ngu-Jane Doe, Eastport" (a "by" word fused to the name). A role after the name is cut
    (tests/gold/CONVENTIONS.md): "By Jane Doe, Health Correspondent" and "Por Jane Doe,
    redactora" credit "By Jane Doe" and "Por Jane Doe", and so is a site's, an agency's or an
    employer's name after it, after a comma or "for" ("By Jane Doe, Harbour Gazette", "By Jane
    Doe, dpa", `_outlet_name`). A social account in
    brackets goes: "Jane Doe (@jdoe)". `known`: a credit rule knows the line.
    """
    if known:  # a town after a site's name, or a site's after a town's: both go
        credit = _without_town(_without_outlet(_without_town(credit), known=known))
    credit = _without_outlet(_without_handle(credit), known=known)
    comma = next((comma for comma in _COMMAS if comma in credit), None)
    if comma is None and credit[-1:] != ")":
        return credit
    if place := _PLACE_AFTER.fullmatch(credit):
        return place[1]
    if comma is None:
        return credit
    head, _, tail = credit.partition(comma)
    shaped = _byline_shape(head)
    # under a label, or a "by" word only its place over a date line tells (`_participle_byline`,
    # as in a byline strip, `_dated_byline`), what follows the name is its town or role
    labelled = ":" in head or (not shaped and _participle_byline(head))
    # a role in lower case ("chief reporter", "redactora") or one a role's or a desk's word
    # tells ("Court Reporter", "Lokalredaktion Hafenstadt") is no part of the credit; on a
    # line a credit rule knows ("By Jane Marsh", a surname that is a common word) the role
    # alone tells that the head is the byline
    parts = tail.split(comma)
    at = _role_at(parts)
    if at > 0 and (shaped or labelled or known) and not _DIGITS.search(tail):
        # "By Jane Doe, John Roe, Staff Writers": the second writer stays, their role goes
        return _without_place(comma.join([head, *parts[:at]]), known=known)
    role = at == 0
    placed = (" " not in tail or role) and not _DIGITS.search(tail)
    return head if placed and (shaped or labelled or (known and role)) else credit


def _without_town(credit: str) -> str:
    """A byline a credit rule knows, without the town where its writer filed, at its end.

    "By Jane Doe, Lagos", "By Jane Doe (Lae)", "By Jane Doe in Quito", "Por Ana Pérez, en
    Quito" and "By Jane Doe, Nairobi, Kenya" credit the name alone (tests/gold/CONVENTIONS.md).
    After a comma and no preposition, two or three words are a town only by their first word or
    the place tables (`_town_named`), else a second writer ("By Jane Doe, John Smith"); after a
    word that is "and" elsewhere too ("Door Jan de Vries en Piet Jansen"), so are they without a
    comma. A contribution or a wire's sign-off keeps its towns, and the byline keeps a "by" word
    and a name of two words at least.
    """
    if _CONTRIBUTION.search(credit):
        return credit
    words = credit.split()
    comma = next((comma for comma in _COMMAS if comma in credit), None)
    if credit.endswith(")") and "(" in credit:
        head, _, tail = credit[:-1].rpartition("(")  # "By Jane Doe (Lae)"
        # a town's region in brackets after what a dash set apart ("…, Serra Vidal — Corvelo
        # (MG)"), whose words no shape tells, stays with them
        town = (
            _capitalised(tail.split())
            and tail.split()[-1].lower() not in _NAME_SUFFIXES
            and not _DASHED.search(head)
        )
    elif comma is not None:
        head, _, tail = credit.rpartition(comma)
        after = tail.split()
        filed = (
            after[:1] != [] and after[0] in _FILED_IN and _capitalised(after[1:])
        )  # ", en Quito"
        town = filed or _town_named(after)
    else:
        at = next((at for at in range(len(words) - 2, 1, -1) if words[at] in _FILED_IN), 0)
        head = " ".join(words[:at])
        town = (
            at > 0
            and (
                _listed_town(words[at + 1 :])  # "Per Marta Puig i Soler": a double surname
                if words[at] in _AND_SOMEWHERE
                else _capitalised(words[at + 1 :])
            )
        )
    head = head.rstrip()
    if town and len(head.split()) >= _BARE_NAME_MIN:
        return _without_town(head)
    return credit


def _capitalised(words: list[str]) -> bool:
    """A town's shape: one to three words of letters, each opening on a capital ("Port Town")."""
    return 0 < len(words) <= _SPAN_WORDS and all(
        word[:1].isupper() and word.translate(_IN_WORD_SIGNS).rstrip(".").isalpha()
        for word in words
    )


def _town_named(words: list[str]) -> bool:
    """Words after a byline's comma that name a town by their shape alone, no preposition.

    One capitalised word ("Lagos"; no name's suffix, "Jr.", nor a role, "Editor"), or a town
    the place tables know (`_listed_town`): a second writer's name is two words or more.
    """
    return (
        _capitalised(words)
        and words[-1].lower() not in _NAME_SUFFIXES
        and ((len(words) == 1 and not _ROLE_WORD.fullmatch(words[0])) or _listed_town(words))
    )


def _listed_town(words: list[str]) -> bool:
    """Capitalised words that name a town, whatever stands before them.

    Two or three a place's first word opens ("Port Harcourt"), or any the place tables list
    ("Kuala Lumpur", "Quito"): "John Smith" and "Soler" are neither.
    """
    return _capitalised(words) and (
        (len(words) > 1 and words[0].lower() in _TOWN_STARTS)
        or " ".join(words).lower() in listed_place_names()
    )


def _without_outlet(credit: str, *, known: bool) -> str:
    """A byline without the site, agency or employer named after its last comma or its "for".

    "By Jane Doe, Harbour Gazette" and "By JANE DOE FOR THE DAILY FLARE" credit "By Jane Doe"
    and "By JANE DOE"; "By Jane Doe, John Roe, Harbour Gazette" keeps its second writer.
    """
    comma = next((comma for comma in _COMMAS if comma in credit), None)
    if comma is None:
        outlet = _FOR_OUTLET.fullmatch(credit)
        if outlet is None or not _outlet_name(outlet[2]):
            return credit
        # under a label, a photographer's credit ("Photograph: Jane Doe for Harbour Gazette")
        told = (known and ":" not in outlet[1]) or _byline_shape(outlet[1])
        return outlet[1] if told else credit
    head, _, tail = credit.rpartition(comma)
    first = head.partition(comma)[0]
    # a name ends the head: "Image source, Kestrel Press Agency" credits the agency alone
    told = (known or ":" in first or _byline_shape(first)) and not head.split()[-1].islower()
    return head if told and _outlet_name(tail) else credit


def _outlet_name(tail: str) -> bool:
    """Words after a byline's name that name a site, an outlet, an agency or an employer.

    "Harbour Gazette", "The Canadian Ledger", "NorthRidge 6 News", "University of Perth",
    "dpa": a word of an outlet's name, every other word capitalised or a number (or a small
    word between them). A second writer ("John Roe and Ana Lee"), a contribution ("with
    additional reporting by John Roe", "avec l'AFP", "mit dpa") or a role has words in lower
    case, so is none.
    """
    words = tail.split()
    if not 0 < len(words) <= _SHAPED_BYLINE_WORDS or not any(
        _OUTLET_WORD.fullmatch(word.strip("()")) for word in words
    ):
        return False
    return all(
        _OUTLET_WORD.fullmatch(word.strip("()"))
        or word[:1].isupper()
        or word[:1].isdigit()
        or (0 < at < len(words) - 1 and word.lower() in _OUTLET_LINKS)
        for at, word in enumerate(words)
    )


def _role_at(parts: list[str]) -> int:
    """Which of a byline's parts after its name's comma opens its role, or -1: none, or unsure.

    "Health Correspondent, Eastport": 0 (a role, then a town); "John Roe, Staff Writers": 1 (a
    second writer, then the role). What follows the role is roles or a town alone; a part that
    is neither ("Staff Writer, and John Roe") or a part without a role before one with a role
    ("Writer, and John Roe, Editor") may be a second writer, kept with the rest as printed.
    """
    told = [_is_role(part) or _lower_case_role(part) for part in parts]
    if True not in told:
        return -1
    at = told.index(True)
    roles = told[at:].index(False) + at if False in told[at:] else len(told)
    if True in told[roles:] or not all(_town_shape(part) for part in parts[roles:]):
        return -1
    return at


def _town_shape(part: str) -> bool:
    """A town's shape after a byline's role: a word or a few, none in lower case ("Port Town")."""
    words = part.split()
    return 0 < len(words) <= _SPAN_WORDS and not any(word[:1].islower() for word in words)


def _lower_case_role(part: str) -> bool:
    """A role in lower case after a byline's name: "chief reporter", "de notre correspondant".

    Every word in lower case and one a word longer than initials, no function word: an agency
    or a site printed in lower case is no role ("dpa", "mit dpa", "iNews", "e-Vesti").
    """
    words = part.split()
    known = stopwords()
    return all(word.islower() for word in words) and any(
        len(word) > _INITIALS_LETTERS and word not in known for word in words
    )


# What a labelled byline ran on into after its comma, two or three words each opening on no
# lower-case letter: a town ("Port Vila") or a second writer ("John Roe"), by the page's text.
# Matched right after the credit where the page prints it: one pattern for every page, not one
# compiled per credit (a compile per article cost more than the rest of the cleaning's credits).
_RUN_ON: Final = re.compile(
    r"[,،፣]\s+((?:[^\W\d_][^\s\d,،፣()|·•]*)(?: [^\W\d_][^\s\d,،፣()|·•]*){1,2})"
    r"(?=$|\s[(|·•]|[,،፣;]\s)",
    re.MULTILINE,
)


def _is_role(tail: str) -> bool:
    """Words after a byline's comma that hold a newsroom's role or desk: "Court Reporter".

    "Jane Doe, Chief Correspondent", "Jane Doe, Harbour Bureau", "Jane Doe, Lokalredaktion
    Hafenstadt": a town or a second writer holds no such word. After the role's word, a town
    or its beat ("Reporterin fir Gemengepolitik"), but no name of two words after a word in
    lower case: "Staff Writer with John Roe" names a second writer.
    """
    words = tail.split()
    roles = [index for index, word in enumerate(words) if _ROLE_WORD.fullmatch(word)]
    if not roles:
        return False
    after = words[roles[-1] + 1 :]
    return _town_shape(" ".join(after)) or not any(
        _name_cased(word) and _name_cased(later) for word, later in itertools.pairwise(after)
    )


def _name_cased(word: str) -> bool:
    """A word a name's may be by its case: no lower-case first letter, nor one of no case.

    In a script without letter case the words after a role's are its beat ("مراسل الشؤون
    المحلية", local affairs reporter), no second writer's name the case could tell.
    """
    first = word[:1]
    return not first.islower() and not (first.isalpha() and not first.isupper())


def _second_writers(credits: list[str], lines: list[_Line]) -> list[str]:
    """Labelled credits with the second writer `_without_place` took for a town given back.

    "Text: Jane Doe, John Roe" is cut to "Text: Jane Doe" as "Text: Jane Doe, Port Town" is:
    the words' shape cannot tell them apart. A town a byline names is where the story is from,
    printed again on the page (its dateline "PORT TOWN -", the weather, the story); a second
    writer is named once, in the byline. Words after the comma the page prints nowhere else
    are a writer's name (losing a credit is worse than keeping a town).
    """
    labelled = [c for c in credits if ":" in c or "៖" in c]
    if not labelled:
        return credits
    page = "\n".join(line.text for line in lines)
    given: dict[str, str] = {}
    for credit in labelled:
        at = page.find(credit)
        while at >= 0:
            match = _RUN_ON.match(page, at + len(credit))
            at = page.find(credit, at + 1)
            if (
                match is None
                or any(word[:1].islower() for word in match[1].split())
                or _is_role(match[1])  # "Jane Doe, Court Reporter": a role, no second writer
                or _outlet_name(match[1])  # "Jane Doe, Harbour News": a site, no second writer
                or _listed_town(match[1].split())  # "Jane Doe, Port Town": a town, no writer
            ):
                continue
            tail = match[1]
            bylines = page.count(credit + match[0])
            named = len(re.findall(rf"(?<!\w){re.escape(tail)}(?!\w)", page, re.IGNORECASE))
            if named <= bylines:
                given[credit] = credit + match[0]
                break
    return [given.get(credit, credit) for credit in credits] if given else credits


def _credits(credit: str | None) -> list[str]:
    """A credit line's credits: one, or one a label when every part has its own label.

    "Text: Jane Doe | Photos: John Roe" credits two people, each with the label printed.
    """
    if not credit:
        return []
    if reporter := _REPORTER_TOWN.fullmatch(credit):  # "记者 Name 发自Town": its date cut before
        return [reporter["credit"]]
    parts = _CREDIT_PARTS.split(credit)
    if len(parts) > 1 and all(_LABELLED.match(part) for part in parts):
        return parts
    return [credit]


def _masthead_lines(lines: list[_Line], title: str | None) -> list[_Line]:
    """The short lines over the page's headline: its masthead (none when no headline is found)."""
    above = next((index for index, line in enumerate(lines) if line.text == title), 0)
    return [line for line in lines[:above] if line.words <= _SHAPED_BYLINE_WORDS]


def _domain_stem(site: str) -> str:
    """The letters of a domain's own name, a country's second-level label ("co", "ac") skipped.

    "harbour-gazette.example" gives "harbourgazette", "gazette.co.uk" "gazette".
    """
    labels = site.split(".")
    labels = labels[:-1] if len(labels) > 1 else labels
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL_LABELS:
        labels = labels[:-1]
    return _NON_LETTERS.sub("", labels[-1])


def _told_credits(
    credits: list[str],
    site: str | None,
    masthead: list[_Line],
    sections: set[str],
    *,
    writers: set[str],
) -> list[str]:
    """The page's credits without the widgets a byline's element carries, each once.

    A follow button after the name goes ("Text: Jane Doe + Follow"), and so does the site's own
    name after a comma ("By Jane Doe, Harbour Gazette" on the Gazette's page, named by its
    `masthead` or its domain), or a desk of two words named after one of the menu's `sections`
    ("Text: Jane Doe, Harbour Desk" on a page whose menu lists "Harbour"); a type-size bar under
    a credit's label ("Text: A- A A+") is none. A column may print its writer's name over the
    headline: a byline the byline rule knows (`writers`) is the site's own by its domain only.
    """
    own = {line.folded for line in masthead}
    stem = _domain_stem(site) if site else ""
    told: list[str] = []
    for printed in credits:
        credit = _FOLLOW_BUTTON.sub("", printed)
        head, comma, tail = credit.rpartition(", ")
        if not comma and (dash := _SPACED_DASH.search(credit)):  # "Jane Doe - Harbour Voice"
            head, comma, tail = credit[: dash.start()], dash[0], credit[dash.end() :]
        if comma and head and _capitalised(tail.split()):
            own_site = (
                tail.casefold() in own
                or _NON_LETTERS.sub("", tail).casefold() == stem
                or _section_desk(tail, sections)
            )
            credit = head if own_site else credit
        if (
            credit not in told
            and not _SIZE_BUTTONS.fullmatch(credit)
            and not _own_site_credit(credit, set() if printed in writers else own, stem)
            and not _byline_repeated(credit, told)
        ):
            told.append(credit)
    return told


def _with_header_credits(
    credits: list[str],
    header: list[str | None],
    lines: list[_Line],
    rules: FurnitureRules,
    *,
    gone: set[str],
) -> list[str]:
    """The credits with those found after the furniture pass, all in page order if any was new.

    A credit is looked up among the lines that went (`gone`, the credits' own): a story's
    sentence naming a credited person places no credit.
    """
    added = [credit for credit in dict.fromkeys(header) if credit and credit not in credits]
    if not added:
        return credits
    return _in_page_order([*credits, *added], [line for line in lines if line.text in gone], rules)


def _in_page_order(credits: list[str], lines: list[_Line], rules: FurnitureRules) -> list[str]:
    """Credits as the page prints them, the first byline heading them (tests/gold/CONVENTIONS.md).

    Caption credits and sign-offs found after the furniture pass go where the page prints them:
    "Photo: Jane Doe" over a wire's sign-off at the foot comes before it. A credit is found in
    the page's text with its lines joined (a wrapped caption), or by what follows its label; one
    not found keeps its place after the credit before it.
    """
    page = " ".join(" ".join(line.text for line in lines).split())
    at: list[int] = []
    for credit in credits:
        found = page.find(credit)
        if found < 0:
            found = page.find(credit.partition(":")[2].strip() or credit)
        at.append(found if found >= 0 else (at[-1] if at else 0))
    ordered = [credit for _, credit in sorted(zip(at, credits, strict=True), key=lambda p: p[0])]
    byline = next((c for c in ordered if _is_byline(c, rules) or _bare_name(c)), None)
    return ordered if byline is None else [byline, *(c for c in ordered if c != byline)]


def _bylines_of(credits: list[str], rules: FurnitureRules) -> set[str]:
    """The credits the byline rule knows ("Author: Jane Doe"), not a photo's or a video's."""
    return {credit for credit in credits if _is_byline(credit, rules)}


def _own_site_credit(credit: str, own: set[str], stem: str) -> bool:
    """A labelled credit naming the site itself ("Credit: Harbour TV" on Harbour TV's page).

    A video or a photo the site made credits nobody a reader does not know from the masthead or
    the domain: no credit.
    """
    label, colon, name = credit.rpartition(":")
    name = name.strip()
    if not (colon and label and name):
        return False
    return name.casefold() in own or (bool(stem) and _NON_LETTERS.sub("", name).casefold() == stem)


def _byline_repeated(credit: str, told: list[str]) -> bool:
    """A "by" word's byline repeating the name the first credit, a labelled byline, gave.

    "Author: Jane Doe" over "By Jane Doe": the writer printed twice is listed once, as first
    printed. A photo credit naming the writer is no byline: it heads no credits.
    """
    if not told or ":" in credit or not _byline_shape(credit):
        return False
    _, colon, name = told[0].rpartition(":")
    return bool(colon) and credit.split(maxsplit=1)[-1] == name.strip()


def _menu_sections(lines: list[_Line]) -> set[str]:
    """The one-word items of the page's menus: lines of items strung on separators (`_strung`)."""
    return {
        item.casefold()
        for line in lines
        if _strung(line.text)
        for part in _CREDIT_PARTS.split(line.text)
        if len(item := part.strip()) > 0 and " " not in item
    }


def _section_desk(tail: str, sections: set[str]) -> bool:
    """A desk of two words opening on a section the menu lists: "Harbour Desk" under "Harbour"."""
    words = tail.split()
    return len(words) == _BARE_NAME_MIN and words[0].casefold() in sections


def _site_in(credits: list[str]) -> str | None:
    """The first web domain a credit line names, without `www.`."""
    for line in credits:
        match = _DOMAIN.search(line)
        if match:
            return match.group(1).lower()
    return None


def _linked_site(lines: list[_Line]) -> str | None:
    """The host of the first page address a label on its line points at, without `www.`.

    "Link: https://…/story", "Share this episode: https://…/212": the page names its own
    address. A bare address, a site's front page or a social network's page does not count. A
    label ending its line points at an address alone on the next ("Read it online:" + link). A
    search engine's cache banner names the page it copied, and a browser's print footer the
    page it printed. A feed's address is no page's. Failing those, an address printed alone on
    its line among the page's furniture (a tag line, a comment count over it) is the page's own;
    one under a label is a page the label points at, and one under a sentence a page the story
    points at, unless its host spells the name the page prints on a line (`_spells_masthead`).
    """
    bare = [
        (match[1].lower(), above)
        for line, above in zip(lines, ["", *(line.text for line in lines)], strict=False)
        if "://" in line.text
        and (match := _BARE_LINK.fullmatch(_archived_link(line.text)))
        and _own_page_link(line.text, match[1])
    ]
    return (
        _labelled_link(lines)
        or next(
            (
                host
                for host, above in bare
                if not ends_sentence(above) and not above.endswith((":", "："))
            ),
            None,
        )
        or next(
            (
                host
                for host, above in bare
                if not above.endswith((":", "：")) and _spells_masthead(host, lines)
            ),
            None,
        )
    )


def _spells_masthead(host: str, lines: list[_Line]) -> bool:
    """The host's name spells a line of the page in its letters: its masthead or its rights line.

    "https://www.harbourpost.example/…" under "HARBOUR POST" or "© 2026 Harbour Post": the page
    names its own address, wherever the address stands.
    """
    name = "".join(filter(str.isalpha, host.removeprefix("www.").split(".", 1)[0]))
    return len(name) >= _MASTHEAD_MIN_LETTERS and any(
        "".join(filter(str.isalpha, line.folded)) == name for line in lines
    )


def _archived_link(link: str) -> str:
    """The page a web archive's address holds: "https://archive…/2026…/https://site/x"."""
    return link[link.rfind("http") :] if link.count("://") > 1 else link


def _own_page_link(link: str, host: str) -> bool:
    """A link that may be the page's own: not a feed's or a file's, not a social network's page."""
    return not _NO_PAGE_LINK.search(link) and not _SOCIAL_HOST.search(host)


def _labelled_link(lines: list[_Line]) -> str | None:
    """The host of the first page address a label on its line points at (see `_linked_site`)."""
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        if "cache" in line.folded and (cached := _CACHED_PAGE.search(line.text)):
            return cached[1].lower()
        text = line.text
        if following is not None and text.endswith(":") and " " not in following.text:
            text = f"{text} {following.text}"
        match = (  # every link holds "://"
            _ARTICLE_LINK.match(text) or _PRINT_FOOTER.fullmatch(text) or _print_header_link(line)
            if "://" in text
            else None
        )
        if match and _own_page_link(match[0], match[1]):
            return match[1].lower()
    return None


def _print_header_link(line: _Line) -> re.Match[str] | None:
    """The page's address closing a print header's strip: "<Site> · Printed: <date> · https://…".

    A short line of parts between separators, a year or a time among them, its last part a
    link alone: the browser's or the site's print header names the page it printed.
    """
    if line.words > _STRIP_MAX_WORDS:
        return None
    *parts, last = _CREDIT_PARTS.split(line.text)
    dated = any(_STRIP_DATE.search(part) for part in parts)
    return _BARE_LINK.fullmatch(last) if parts and dated else None


def _drop_author_notes(
    paragraphs: list[str], credits: list[str], removed: list[RemovedLine]
) -> list[str]:
    """Drop the notes about the article's author that close the page: a bio, a contact line.

    In the second half of the body, a paragraph that opens with a name the byline carries
    ("Jane Doe is a reporter ...", "Jane Doe can be reached at ...") and that no other paragraph
    mentions speaks about the author, not the story: a story about a person names them again.
    So does one that names them after a few words and a comma or a label ("The writer of this
    story, Jane Doe, covers ...", "About the author: Jane Doe is ...").
    The byline is a credit, or a short line of the header above the story.
    """
    header = [r.text for r in removed if r.rule == "header"]
    bylines = [*credits, *(part for line in header for part in _bylines(line))]
    if not bylines:
        return paragraphs
    joined = " | ".join(bylines)
    notes: set[int] = set()
    for index in range(len(paragraphs) // 2 + 1, len(paragraphs)):
        name = _OPENING_NAME.match(paragraphs[index]) or _LED_NAME.match(paragraphs[index])
        if name is None or _apposed(paragraphs[index], name):
            continue
        person = name[name.lastindex or 1]
        if not _holds_word(joined, person):
            continue
        surname = person.rsplit(" ", 1)[-1]
        if not any(_holds_word(p, surname) for i, p in enumerate(paragraphs) if i != index):
            notes.add(index)
    notes |= {  # the note's own heading right over it: "About the author"
        index - 1
        for index in notes
        if index - 1 not in notes
        and word_count(paragraphs[index - 1]) <= _BAR_MAX_WORDS
        and not has_sentence_mark(paragraphs[index - 1].rstrip(":"))
    }
    removed.extend(RemovedLine(text=paragraphs[i], rule="author_note") for i in sorted(notes))
    return [paragraph for i, paragraph in enumerate(paragraphs) if i not in notes]


def _apposed(paragraph: str, name: re.Match[str]) -> bool:
    """A name between commas that a second apposition follows: a person the story introduces.

    "Among the passengers, Jane Doe, a nurse from Eastport, said …", "On the first crossing,
    Jane Doe, this paper's reporter, counted …": a note about the writer names them as its
    subject and goes on ("The writer of this story, Jane Doe, covers …").
    """
    if name.re is not _LED_NAME or name.lastindex != 1:
        return False
    apposition, comma, _ = paragraph[name.end() :].partition(",")
    return bool(comma) and word_count(apposition.strip()) <= _APPOSITION_MAX_WORDS


def _holds_word(text: str, word: str) -> bool:
    """`word` stands in `text` between word boundaries, as re's word boundary assertion finds them.

    A search for `word` between two such assertions, without a pattern compiled per word (each
    name a page credits is another). A boundary stands where one side is a word character (a
    letter, a digit or "_", as re has it) and the other is not, or is the text's end.
    """
    start = 0
    while (at := text.find(word, start)) >= 0:
        if _word_boundary(text, at) and _word_boundary(text, at + len(word)):
            return True
        start = at + 1
    return False


def _word_boundary(text: str, at: int) -> bool:
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _bylines(line: str) -> list[str]:
    """The parts of a header line short enough to be a byline ("From Jane Doe, Enugu")."""
    parts = _SEPARATOR.split(line)  # a byline strip: "By Jane Doe | Published ..."
    return [p for p in parts if p.count(" ") < _BYLINE_MAX_WORDS and not ends_sentence(p)]


def _drop_tail_links(
    kept: list[_Line], removed: list[RemovedLine]
) -> tuple[list[_Line], str | None]:
    """After the last story paragraph, short lines with no sentence end are links, not story.

    The last story paragraph is a sentence of some length: a short one at the very end is as
    often a notice ("Comments are closed."). A short line right over a sentence stays: it is the
    crosshead of the story's last paragraphs; so does a crosshead of a few words over a short
    closing sentence or a list of sentences ("What happens next" over "1. Work starts in May.",
    `linemodel.opens_section`). Also the line a letter or a column may be signed with: a line
    alone in its block right under the last paragraph (`_signature` tells its name), or None.
    """
    last_story = max(
        (
            i
            for i, line in enumerate(kept)
            if _looks_like_story(line) and line.words >= _TAIL_ANCHOR_MIN_WORDS
        ),
        default=-1,
    )
    if last_story < 0:
        return kept, None
    tail = kept[last_story + 1 :]
    rows = _rows_between_sentences(kept[last_story : last_story + 1] + tail)
    links = {
        i
        for i, line in enumerate(tail)
        if _is_link_line(line)
        and i + 1 not in rows
        and (
            _LINK_ARROW.match(line.text) or not (i + 1 < len(tail) and _reads_as_prose(tail[i + 1]))
        )
        and not opens_section([below.text for below in tail[i:]])
    }
    # A short heading ending in a colon over those links is the list's ("Read also:"); a story's
    # own list, introduced by a sentence, has items that read as more than links.
    links |= {
        i
        for i, line in enumerate(tail)
        if i + 1 in links
        and line.text.endswith(":")
        and line.words <= _BAR_MAX_WORDS
        and tail[i + 1].block == line.block
        and all(j in links for j in range(i + 1, len(tail)) if tail[j].block == line.block)
    }
    links |= _linked_list(tail)
    links -= _told_list_headings(tail)
    removed.extend(RemovedLine(text=tail[i].text, rule="tail_link") for i in sorted(links))
    # the first link, in a block of its own, under the story's sign-off if any ("Thanks."); its
    # block may go on with the writer's settlement ("Ashby Vale, Corrin") on a line of its own
    first = min(links, default=-1)
    above = tail[first - 1] if first > 0 else kept[last_story]
    # or the one line left under the story, whatever its block: a text without blank lines
    # signs its story on the last line ("Jane Doe" under the last paragraph)
    signed = (
        tail[first].text
        if first >= 0
        and (
            len(tail) == 1
            or (
                tail[first].block != above.block
                and all(
                    i in links and _settlement(line.text)
                    for i, line in enumerate(tail[first + 1 :], first + 1)
                    if line.block == tail[first].block
                )
            )
        )
        else None
    )
    return kept[: last_story + 1] + [line for i, line in enumerate(tail) if i not in links], signed


def _with_signature(
    credits: list[str], signed: str | None, removed: list[RemovedLine], *, page: bool
) -> list[str]:
    """`credits` with the name a letter is signed with first, when no byline credits a writer.

    The line under the letter (`signed`) names it alone on a text page; on any page (an HTML
    `page` too) after the dash a signature opens on ("— Jane Doe") or in capitals, as a letters
    page sets its writers ("JANE DOE, Eastport"). A credit that names it already ("By Jane Doe",
    "Photo: Jane Doe") leaves it out.
    """
    if signed is not None and (
        not page or _SIGNING_DASH.match(signed) or signed.partition(",")[0].isupper()
    ):
        signed = _signature(signed)
    else:
        signed = None
    if (
        signed is None
        or any(signed in credit for credit in credits)
        or any(line.rule == "byline" for line in removed)
    ):
        return credits
    return [signed, *credits]


def _signed_credits(
    story: list[_Line],
    title: str | None,
    signed: str | None,
    credits: list[str],
    removed: list[RemovedLine],
    *,
    page: bool,
) -> tuple[list[_Line], list[str]]:
    """The story and its credits with its signature's name, each letter's on a letters page.

    The name the story is signed with leads the credits as `_with_signature` tells. A page
    whose headline or intro names it a letters page (`letters.py`) signs each letter on a short
    line of its own under the letter's last sentence: "Jane Doe, Eastport", "— Jane Doe", "JANE
    DOE, Eastport", "Jane Doe / Lae". The names follow the page's byline in page order, the last
    letter's (`signed`, under the story) last; a letter's heading and text stay. On any other
    page a line under a quote ("— Jane Doe") stays the story's.
    """
    credits = _with_signature(credits, signed, removed, page=page)
    if not story or not is_letters_page([title or "", story[0].text]):
        return story, credits
    names: list[str] = []
    kept = story[:1]
    for line in story[1:]:
        name = _letter_signature(line.text) if ends_sentence(kept[-1].text) else None
        if name is None:
            kept.append(line)
            continue
        names.append(name)
        removed.append(RemovedLine(text=line.text, rule="letter_signature"))
    last = _letter_signature(signed) if signed else None
    names += [last] if last else []
    return kept, [c for c in credits if c not in names] + list(dict.fromkeys(names))


def _letter_signature(text: str) -> str | None:
    """The name a letters page's signature line signs with, when shaped as one, or None.

    A dash opens it ("— Jane Doe") or a town follows the name after a comma or a slash ("Jane
    Doe, Eastport", "Jane Doe / Lae"); a name alone could be a crosshead's.
    """
    name, slash, town = text.partition(" / ")
    if slash and "/" not in town:
        text = f"{name}, {town}"
    if len(text.split()) > _SIGNATURE_MAX_WORDS or not (_SIGNING_DASH.match(text) or ", " in text):
        return None
    return _signature(text)


def _signature(text: str) -> str | None:
    """The name a letter is signed with, without its town: "Jane Doe, Eastport" is "Jane Doe".

    A name alone (`_bare_name`), perhaps a town of one to three capitalised words after a comma,
    perhaps after the dash a signature opens on ("— Jane Doe"), perhaps in capitals ("JANE DOE").
    Without a town, its first word is no common word either: a place's kind opens a story's
    place line ("Port Moresby", "Mount Kenya", "Saint Petersburg").
    """
    name, comma, place = _SIGNING_DASH.sub("", text).partition(", ")
    places = place.split()
    if (
        comma
        and not (  # a town's words may be joined by hyphens: "Wick-on-Sea"
            0 < len(places) <= _SPAN_WORDS
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in places)
        )
    ):
        return None
    if not comma and name.partition(" ")[0].lower() in common_words():
        return None
    return name if _bare_name(name.title() if name.isupper() else name) else None


def _settlement(text: str) -> bool:
    """A letter writer's settlement under the signature: capitalised places, by commas."""
    return all(_capitalised(part.split()) for part in text.split(", "))


def _rows_between_sentences(lines: list[_Line]) -> set[int]:
    """Runs of data rows right between two sentences: the story's figures, no links.

    A story whose last sentences are short still gives its table ("Turku 412 000 t") between
    them, or under a heading that introduces it ("Scores:") with a sentence below; a site's box
    of rows comes under its own heading (`widgets.py`), which no colon ends.
    """
    words = stopwords()
    found: set[int] = set()
    start = 1
    while start < len(lines):
        end = start
        while end < len(lines) and is_data_row(lines[end].text, words):
            end += 1
        if (
            end - start >= MIN_ROWS
            and end < len(lines)
            and (_reads_as_prose(lines[start - 1]) or _introduces_rows(lines[start - 1]))
            and _reads_as_prose(lines[end])
        ):
            found.update(range(start, end))
        start = end + 1
    return found


def _introduces_rows(line: _Line) -> bool:
    """A heading of a few words that a colon ends: it announces what follows ("Scores:")."""
    return line.text.endswith(":") and line.words <= _BAR_MAX_WORDS


def _linked_list(tail: list[_Line]) -> set[int]:
    """A bulleted list of links closing the page under a heading of a word or two ("Read also:").

    A story's own list is introduced by a sentence, or story text follows it; headlines after
    a short heading, with nothing but links below them, are the site's.
    """
    for index, line in enumerate(tail):
        if not (line.text.endswith(":") and line.words <= _LIST_HEADING_MAX_WORDS):
            continue
        items = [i for i in range(index + 1, len(tail)) if tail[i].block == line.block]
        rest = range(items[-1] + 1 if items else index + 1, len(tail))
        if (
            items
            and all(
                _BULLET.match(tail[i].text) is not None
                and tail[i].words <= _LIST_ITEM_MAX_WORDS
                and not ends_sentence(tail[i].text)
                for i in items
            )
            and not any(_looks_like_story(tail[i]) for i in rest)
        ):
            return {index, *items}
    return set()


def _told_list_headings(tail: list[_Line]) -> set[int]:
    """Short headings over a bulleted list of sentences after the story: the story's own list.

    "Tips for visitors" over "- Bring cash." and "- Come early.": items that each end on a full
    stop tell the reader something; a site's list of links under a heading ("Most read") gives
    headlines, which end on no full stop.
    """
    found: set[int] = set()
    for index, line in enumerate(tail):
        if line.text.endswith(":") or _BULLET.match(line.text) or ends_sentence(line.text):
            continue
        items = [i for i in range(index + 1, len(tail)) if tail[i].block == line.block]
        if len(items) >= TOLD_LIST_MIN_ITEMS and all(
            _BULLET.match(tail[i].text) and tail[i].text.rstrip()[-1:] in FULL_STOPS for i in items
        ):
            found.add(index)
    return found


def _is_link_line(line: _Line) -> bool:
    """Short and ends like no sentence: a link title, a label, a menu entry.

    Bullets and lines ending in a colon are a story's own list and its introduction. A headline
    after a link arrow may ask or exclaim ("» What if your name is missing?").
    """
    return (
        line.words <= _LIST_ITEM_MAX_WORDS
        and (not ends_sentence(line.text) or _LINKED_HEADLINE.match(line.text) is not None)
        and not line.text.endswith(":")
        and _BULLET.match(line.text) is None
    )


def _take_title(
    kept: list[_Line],
    removed: list[RemovedLine],
    title_hint: str | None,
    page_keys: str,
    furniture: _Sorted,
    *,
    above_byline: set[str],
    list_headings: frozenset[str],
) -> tuple[str | None, list[_Line]]:
    """Pick the headline among the short lines above the story; the others are page labels.

    `page_keys` is the page's folded lines, each between newlines, to find lines it repeats;
    `furniture` holds the blocks of the bylines, date lines and menus removed as furniture;
    `above_byline` an HTML page's lines over its byline, to find its standfirst by;
    `list_headings` its headings right over a list, to find a summary box's heading by.
    A line of the masthead (the blocks down to the page's first menu, with header lines in
    later blocks) is the site's name or slogan, not the headline, however long it is.
    """
    first_story = next(  # the page's own headline (its <title>) is no sentence of the story
        (
            i
            for i, line in enumerate(kept)
            if _looks_like_story(line, first=i == 0) and line.text != title_hint
        ),
        len(kept),
    )
    first_story = _past_prompt(kept, first_story, furniture.byline_blocks)
    first_story = _past_standfirst(kept, first_story, furniture.writer_blocks)
    first_story = _back_to_crosshead(kept, first_story, furniture.writer_blocks)
    first_story = _back_to_summary_heading(kept, first_story, list_headings)
    first_story = _back_to_salutation(kept, first_story, titled=title_hint is not None)
    header, story = kept[:first_story], kept[first_story:]
    if not story:  # no line reads as story text: keep everything rather than lose a sentence
        return title_hint, kept
    if title_hint is not None:
        # The page's <title> may be cut short ("..., officials say" dropped): its <h1> wins.
        hint_key = paragraph_key(title_hint)
        fuller = [line for line in header if paragraph_key(line.text).startswith(hint_key)]
        title_text = max((line.text for line in fuller), key=len, default=title_hint)
    elif header:
        # A headline the page quotes inside another line ("Re: <headline>") outranks the rest;
        # a line repeated whole (a share bar at top and bottom) proves nothing.
        quoted = [
            line
            for line in header
            if line.words >= _BODY_MIN_WORDS_SENTENCE
            and page_keys.count(line.folded) > page_keys.count(f"\n{line.folded}\n")
        ]
        last_block = max(line.block for line in header)
        menu = min(furniture.menu_blocks, default=last_block)
        masthead = menu if menu < last_block else -1  # the last block of the masthead
        best = max(  # the first of equals
            quoted or header,
            key=lambda line: _headline_score(line) * (_MENU_SCORE if line.block <= masthead else 1),
        )
        title_text = (best if quoted else _over_deck(header, best, masthead)).text
    else:
        return None, story
    title = _TITLE_FIELD.sub("", title_text, count=1)  # "Title: …" of a feed item or a form
    title_key = paragraph_key(title)
    headline_seen = title_hint is not None  # a page's <title> is not one of its lines
    for line in header:
        if not headline_seen and line.text == title_text:
            headline_seen = True
            continue
        same = paragraph_key(line.text) == title_key
        removed.append(RemovedLine(text=line.text, rule="repeated_title" if same else "header"))
    return title, _drop_page_standfirst(story, removed, above_byline) if above_byline else story


def _over_deck(header: list[_Line], best: _Line, masthead: int) -> _Line:
    """The headline over `best` when `best` is the deck printed right under it.

    A deck (standfirst) without a sentence's end under the headline is longer than it, so it
    scores higher; the line right above (in the block above, or in its own block with the label
    on a page printed without blank lines), itself shaped as a headline (no kicker in
    capitals, no menu, no sentence: `_headline_score` counts its every word), of a headline's
    length and with a word in lower case (a site's name or a label is in title case), is the
    headline; not the page's first line (its site's name), nor over a headline the page quotes.
    A section's label in capitals (not the page's first line, nor its menu or any line over
    it) opens the pair ("OPINION" over the headline): without one, the line above may be a
    site's tagline or a kicker as long as a headline ("Het eilandblad voor de hele kust" over
    the headline), and the best line stays.
    """
    at = header.index(best)
    if at < 3:  # the page's first line is its site's name, whatever its shape
        return best
    above, label = header[at - 1], header[at - 2]
    if (
        not label.text.isupper()
        or label.block <= masthead  # a site's name in capitals over its tagline
        or label.block < above.block - 1
        or not _deck_under(label, above, best)
        or above.block <= masthead
        or above.words < _DECK_HEADLINE_MIN_WORDS
        or _headline_score(above) != float(above.words)
        or ends_sentence(above.text)
        or not any(word[:1].islower() for word in above.text.split())
    ):
        return best
    return above


def _deck_under(label: _Line, headline: _Line, deck: _Line) -> bool:
    """Whether `deck` is printed right under `headline`.

    In the next block, or, on a page printed without blank lines, in the same block as the
    headline and its label.
    """
    return headline.block == deck.block - 1 or label.block == headline.block == deck.block


def _past_prompt(kept: list[_Line], first_story: int, byline_blocks: list[int]) -> int:
    """Where the story starts when its first sentence-shaped line is a prompt above the headline.

    A promo ("Get our news on WhatsApp. Click here.") or a weather strip on top of the page
    reads as a sentence. When a line that reads more like a headline than anything above the
    prompt follows it, and then a byline or date line, the story starts after that byline (and
    after a label of a few words under it: "For immediate release"); a standfirst under the
    headline is never skipped, since the headline stands above it.
    """
    if first_story >= len(kept):
        return first_story
    block = kept[first_story].block
    boundary = min((b for b in byline_blocks if b > block), default=None)
    if boundary is None:
        return first_story
    start = next((i for i in range(first_story + 1, len(kept)) if kept[i].block > boundary), None)
    while start is not None and start + 1 < len(kept) and _header_label(kept[start]):
        start += 1  # "FOR IMMEDIATE RELEASE" between the date line and the story: the header's
    between = kept[first_story + 1 : start]
    if (
        start is None
        or not between
        or not _looks_like_story(kept[start])
        or any(_looks_like_story(line) for line in between)
    ):
        return first_story
    above = max(map(_headline_score, kept[:first_story]), default=0.0)
    return start if max(map(_headline_score, between)) > above else first_story


def _back_to_crosshead(kept: list[_Line], first_story: int, writer_blocks: list[int]) -> int:
    """Where the story starts when a crosshead stands over its first paragraph.

    A label of a few words right over the story's first line and under the page's byline or
    date line (`writer_blocks`) is the story's first crosshead when the story sets another line
    of that shape between two of its paragraphs ("The final" … "Earlier innings" over a live
    page's entries).
    """
    if not 1 < first_story < len(kept) - 2:
        return first_story
    line = kept[first_story - 1]
    if not _crosshead_shaped(line) or (
        writer_blocks and not any(kept[0].block < block < line.block for block in writer_blocks)
    ):
        return first_story
    story = kept[first_story:]
    if any(
        _crosshead_shaped(middle)
        and ends_sentence(above.text)
        and ends_sentence(below.text)
        and (_looks_like_story(above) or _looks_like_story(below))
        for above, middle, below in zip(story, story[1:], story[2:], strict=False)
    ):
        return first_story - 1
    return first_story


def _back_to_summary_heading(kept: list[_Line], first_story: int, headings: frozenset[str]) -> int:
    """Where the story starts when it opens on a summary box: on the box's heading.

    A live page or an explainer opens on "What we know so far" over a list of short sentences:
    the points are story, and so is the heading the page sets right over their list (`headings`:
    an HTML page's <h2> before a <ul>), however short. A heading over a paragraph (a section's
    label over the lead) stays in the header.
    """
    if not 1 < first_story < len(kept):
        return first_story
    line = kept[first_story - 1]
    if (
        line.text in headings
        and _crosshead_shaped(line)
        and opens_summary(
            [point.text for point in kept[first_story : first_story + SUMMARY_MIN_POINTS]]
        )
    ):
        return first_story - 1
    return first_story


def _back_to_salutation(kept: list[_Line], first_story: int, *, titled: bool) -> int:
    """Where a letter starts: on its salutation right over its first sentence (`is_salutation`).

    A headline stays above it, unless
    the page names its headline apart (`titled`: an HTML page's <title> or <h1>).
    """
    if not (0 if titled else 1) < first_story < len(kept):
        return first_story
    return first_story - 1 if is_salutation(kept[first_story - 1].text) else first_story


def _crosshead_shaped(line: _Line) -> bool:
    """A label of a few words, no sentence, no list's heading or item: "The final", "Costs".

    Nor a line of fields or of a list's items ("Weather: rain, 29°C", "Sport · Culture").
    """
    return (
        _header_label(line)
        and _CROSSHEAD_MARKS.search(line.text) is None
        and not _NUMBERED.match(line.text)
        and not _BULLET.match(line.text)
    )


def _header_label(line: _Line) -> bool:
    """A label of a few words, no sentence: "EMBARGOED", "For immediate release"."""
    return (
        line.words <= _BAR_MAX_WORDS
        and not ends_sentence(line.text)
        and not _looks_like_story(line)
    )


def _past_standfirst(kept: list[_Line], first_story: int, writer_blocks: list[int]) -> int:
    """Where the story starts when its first sentence-shaped line stands over the byline.

    A sentence under the headline, then the page's first byline or date line (`writer_blocks`,
    no photo credit), then the story opening on its dateline ("EASTPORT - …"): the sentence is
    the standfirst (a summary the story tells again), a line of the header. A byline or date
    line between two paragraphs that open on no dateline is furniture inside the story.
    """
    if not 0 < first_story < len(kept) - 1:
        return first_story
    block, below = kept[first_story].block, kept[first_story + 1]
    if (
        any(block < b < below.block for b in writer_blocks)
        and not any(b < block for b in writer_blocks)
        and _stands_over_lead(kept[first_story], below)
    ):
        return first_story + 1
    return first_story


def _drop_page_standfirst(
    story: list[_Line], removed: list[RemovedLine], above_byline: set[str]
) -> list[_Line]:
    """`story` without the standfirst an HTML page prints between its headline and its byline.

    The page's byline is no line of the extracted article: its place among the page's lines
    tells (`above_byline`). The story's first line over it, the next under it and opening on its
    dateline, is the standfirst (`_past_standfirst` says the same of a text page).
    """
    if (
        len(story) > 1
        and story[0].text in above_byline
        and story[1].text not in above_byline
        and _stands_over_lead(story[0], story[1])
    ):
        removed.append(RemovedLine(text=story[0].text, rule="header"))
        return story[1:]
    return story


def _stands_over_lead(line: _Line, below: _Line) -> bool:
    """The story's lead, opening on its dateline, is `below`; `line`, on none, is over it.

    A line that opens on its own dateline is the lead itself, story, not a standfirst.
    """
    return (
        _looks_like_story(below)
        and _opens_on_dateline(below.text)
        and not _opens_on_dateline(line.text)
    )


def _dateline_date(text: str) -> date | None:
    """The date a paragraph's dateline prints: "EASTPORT, May 2, 2026 - …".

    The dateline's head before its dash is a known date line: a month's name misspelt by a
    letter is read there too ("LAOAG CITY, Disiembre 3, 2026 -"), never in the story after it.
    """
    found = find_date(text[:80])
    if found is None:
        head = _dateline_head(text, (" – ", " — ", " - "))
        found = near_date(head) if 0 < len(head) <= _DATELINE_MAX else None
    return found


def _dateline_head(text: str, dashes: tuple[str, ...]) -> str:
    """What stands before the first of `dashes` the text holds ("EASTPORT" of "EASTPORT - …")."""
    return next((text.partition(dash)[0] for dash in dashes if dash in text), "")


def _opens_on_dateline(text: str) -> bool:
    """A wire dateline opens the paragraph: a place in capitals and a dash, or a comma.

    "EASTPORT - …" (an en or em dash), "Eastport, May 2 …" (`_DATELINE`). After the comma a
    dateline goes on in no lower-case word: "However, the …" or "In March, the …" opens a
    sentence of the story.
    """
    place = _dateline_head(text, (" – ", " — "))
    if 0 < len(place) <= _DATELINE_MAX and place.isupper():
        return True
    dateline = _DATELINE.match(text)
    return dateline is not None and not text[dateline.end() :][:1].islower()


def _headline_score(line: _Line) -> float:
    """How much a header line reads like a headline: its words, discounted for menus.

    A line with (nearly) every word capitalised and few function words reads like a menu or a
    site name; a line in capitals like a kicker; a bullet like a highlight; a line of items
    strung on separators ("|", "▲", bullets) like a menu or a ticker.
    """
    words = [word for word in line.text.split() if word[:1].isalpha()]
    if _BULLET.match(line.text) or _strung(line.text):
        return 0.0  # a highlight or a widget's items, not the headline
    if (
        _in_capitals(line.text)
        or _SEPARATOR.search(line.text)
        or not words
        or _looks_like_story(line, first=True)
    ):
        return line.words * _MENU_SCORE  # a kicker, or items on separators (menu, ticker)
    if _INNER_SENTENCE.search(line.text):
        return line.words * 0.5  # two sentences: more often a standfirst than a headline
    capitalised = sum(word[:1].isupper() for word in words) >= 0.8 * len(words)
    known = stopwords()
    function_words = sum(word.lower() in known for word in words)
    if capitalised and function_words < _MENU_MAX_FUNCTION_SHARE * len(words):
        return line.words * _MENU_SCORE
    return float(line.words)


def _is_sentence(paragraph: str) -> bool:
    """A paragraph of story text, not a label, a counter or a separator."""
    return word_count(paragraph) >= _BODY_MIN_WORDS_SENTENCE and has_sentence_mark(paragraph)


def _in_capitals(text: str) -> bool:
    """A kicker in capitals; not a line of a script without case that holds an acronym ("PM2.5")."""
    if not text.isupper():
        return False
    letters = [char for char in text if char.isalpha()]
    return 2 * sum(char.isupper() for char in letters) >= len(letters)


def _drop_repeats(
    paragraphs: list[str],
    title: str | None,
    removed: list[RemovedLine],
    headings: frozenset[str] = frozenset(),
) -> list[str]:
    """Drop paragraphs that repeat the title or an earlier paragraph; keep first occurrences.

    A pull quote or highlight repeats part of a story paragraph without ending like a sentence
    of its own: it goes too, wherever the paragraph it quotes stands. A crosshead that quotes
    the story ("'We will appeal'") is no pull quote: an HTML page marks it as one of its
    `headings` (<h2>), where a pull quote stands in a box of its own.
    """
    title_key = paragraph_key(title) if title else None
    seen = {title_key} if title_key else set()
    kept: list[tuple[str, str]] = []
    keys = [paragraph_key(paragraph) for paragraph in paragraphs]
    opening = next((k for p, k in zip(paragraphs, keys, strict=True) if _is_sentence(p)), None)
    for position, (paragraph, key) in enumerate(zip(paragraphs, keys, strict=True)):
        if key in seen:
            if key == opening:  # the story again: the short lines over it head its second copy
                # (a short sentence the second copy prints again is the story's, its last line;
                # a label printed after each copy, "Kisiwa na Bandari", ends as no sentence)
                while (
                    kept
                    and not _is_sentence(kept[-1][0])
                    and kept[-1][1] != title_key
                    and not (ends_sentence(kept[-1][0]) and kept[-1][1] in keys[position + 1 :])
                ):
                    removed.append(RemovedLine(text=kept.pop()[0], rule="repeated_header"))
            rule = "repeated_title" if key == title_key else "repeated_paragraph"
            removed.append(RemovedLine(text=paragraph, rule=rule))
            continue
        seen.add(key)
        kept.append((paragraph, key))
    story = f" {' | '.join(key for _, key in kept)} "  # keys hold no "|": one text to search
    quotes = [
        paragraph
        for paragraph, key in kept
        if not ends_sentence(paragraph)
        and paragraph not in headings
        and key.count(" ") + 1 >= _BODY_MIN_WORDS_SENTENCE
        and story.count(f" {key} ") > 1
    ]  # a list, not a set: the removed lines keep page order in every process
    quotes += [
        kept[index + 1][0]
        for index, (paragraph, _) in enumerate(kept[:-1])
        if paragraph in quotes and _ATTRIBUTION.fullmatch(kept[index + 1][0])
    ]  # the pull quote's "— Jane Doe" under it goes with it
    removed.extend(RemovedLine(text=quote, rule="pull_quote") for quote in quotes)
    return [paragraph for paragraph, _ in kept if paragraph not in quotes]
