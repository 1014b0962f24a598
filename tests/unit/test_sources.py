from pathlib import Path

import pytest

from newsstream.core.models import ContentType
from newsstream.sources import SourceError, article_files, content_type_of, decode_text


def test_utf8_with_or_without_bom() -> None:
    assert decode_text("café".encode()) == "café"
    assert decode_text("\ufeffcafé".encode()) == "café"


def test_windows_1252_is_read_and_no_byte_is_lost() -> None:
    assert decode_text(b"caf\xe9 \x93quoted\x94 \x81") == "café “quoted” \x81"


def test_html_is_known_by_suffix_or_first_bytes() -> None:
    assert content_type_of(Path("a.html"), b"text") is ContentType.HTML
    assert content_type_of(Path("a.txt"), b"  <!DOCTYPE html><html>") is ContentType.HTML
    assert content_type_of(Path("a.txt"), b"Headline") is ContentType.PLAIN


def test_folders_are_read_in_name_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in article_files([tmp_path])] == ["a.txt", "b.txt"]
    with pytest.raises(SourceError, match="no such file or folder"):
        article_files([tmp_path / "missing"])
