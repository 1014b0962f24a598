"""The pipeline: clean → deduplicate → tag, as functions the stream and batch modes share."""

from __future__ import annotations

from datetime import datetime

from newsstream import __version__
from newsstream.core.cleaning import clean
from newsstream.core.dedup import DedupDecision
from newsstream.core.furniture import FurnitureRules, default_rules
from newsstream.core.models import CleanedArticle, EnrichedArticle, RawArticle
from newsstream.core.tagging import Tagger, Tags, default_tagger
from newsstream.core.templates import TemplateLearner

PIPELINE_VERSION = __version__


class Enricher:
    """The per-article stages, with rules and gazetteers loaded once.

    With a `TemplateLearner`, cleaning also learns each source's template lines; its memory is
    the only state here (a dict in batch mode, a faust table in the stream).
    """

    def __init__(
        self,
        rules: FurnitureRules | None = None,
        tagger: Tagger | None = None,
        templates: TemplateLearner | None = None,
    ) -> None:
        self._rules = rules or default_rules()
        self._tagger = tagger or default_tagger()
        self.templates = templates

    def clean(self, raw: RawArticle) -> CleanedArticle:
        """Clean a raw article (raises `EmptyArticleError` when no story is left)."""
        cleaned = clean(raw, self._rules, self.templates)
        if self.templates is not None:
            self.templates.observe(cleaned)
        return cleaned

    def tag(self, cleaned: CleanedArticle) -> Tags:
        """The tags of a cleaned article (they do not depend on its dedup decision)."""
        return self._tagger.tag(cleaned.title, cleaned.body)

    def enrich(
        self,
        cleaned: CleanedArticle,
        decision: DedupDecision,
        processed_at: datetime,
        tags: Tags | None = None,
    ) -> EnrichedArticle:
        """Build a cleaned article's event, duplicate or not; tag it unless `tags` are given."""
        tags = self.tag(cleaned) if tags is None else tags
        return EnrichedArticle(
            article_id=cleaned.article_id,
            source=cleaned.source,
            received_at=cleaned.received_at,
            processed_at=processed_at,
            title=cleaned.title,
            body=cleaned.body,
            content_hash=decision.fingerprint,
            duplicate_of=decision.duplicate_of,
            similarity=decision.similarity,
            duplicate_method=decision.method,
            language=tags.language,
            entities=tags.entities,
            countries=tags.countries,
            places=tags.places,
            topics=tags.topics,
            key_facts=tags.key_facts,
            dates=tags.dates,
            credits=cleaned.credits,
            published=cleaned.published,
            source_site=cleaned.source_site,
            removed=cleaned.removed,
            pipeline_version=PIPELINE_VERSION,
        )
