"""JSON Schema files of the event contract, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsstream.core.models import DeadLetter, EnrichedArticle, RawArticle

EVENT_MODELS: dict[str, type[BaseModel]] = {
    "raw_article.json": RawArticle,
    "enriched_article.json": EnrichedArticle,
    "dead_letter.json": DeadLetter,
}
_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_documents() -> dict[str, dict[str, Any]]:
    """File name → JSON Schema document, for every event on a topic."""
    documents = {}
    for name, model in EVENT_MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        documents[name] = {"$schema": _SCHEMA_DIALECT, "$id": name, **schema}
    return documents


def render(document: dict[str, Any]) -> str:
    """The exact text a schema file holds."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema file into `folder`; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in schema_documents().items():
        path = folder / name
        path.write_text(render(document), encoding="utf-8")
        written.append(path)
    return written


def drifted_schemas(folder: Path) -> list[str]:
    """Names of schema files in `folder` that are missing or differ from the models."""
    return [
        name
        for name, document in schema_documents().items()
        if not (folder / name).is_file()
        or (folder / name).read_text(encoding="utf-8") != render(document)
    ]
