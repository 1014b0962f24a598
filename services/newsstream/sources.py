"""Reading article files from disk into raw-article events (shared by replay and batch mode)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from newsstream.core.models import ContentType, RawArticle
from newsstream.errors import InputError

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")


class SourceError(InputError):
    """A path given as input that is not a readable article file or folder."""

    kind = "source"


def article_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, each folder's visible files sorted by name.

    Raises:
        SourceError: a path does not exist.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            )
        elif path.is_file():
            files.append(path)
        else:
            message = f"no such file or folder: {path}"
            raise SourceError(message)
    return files


def content_type_of(path: Path, data: bytes) -> ContentType:
    """HTML by file suffix or by its first bytes, plain text otherwise."""
    if path.suffix.lower() in _HTML_SUFFIXES:
        return ContentType.HTML
    head = data[:512].lstrip().lower()
    return ContentType.HTML if head.startswith(_HTML_SNIFF) else ContentType.PLAIN


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), else Windows-1252, which never fails here.

    The five bytes Windows-1252 leaves undefined are read as Latin-1, so no byte is lost.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="surrogateescape")
        return _ESCAPED_BYTE.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)


def read_article(path: Path, received_at: datetime | None = None) -> RawArticle:
    """Wrap one file in a raw-article event with a fresh id."""
    data = path.read_bytes()
    return RawArticle(
        article_id=uuid.uuid4().hex,
        source=path.name,
        received_at=received_at or datetime.now(UTC),
        content_type=content_type_of(path, data),
        text=decode_text(data),
    )
