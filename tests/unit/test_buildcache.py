"""The build cache (services/newsstream/core/buildcache.py): read back only what its inputs made."""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import astuple
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, _load_model_file

from newsstream import __version__
from newsstream.core import buildcache
from newsstream.core.buildcache import cached, code_of, parsed_toml
from newsstream.core.furniture import FurnitureRules, default_rules
from newsstream.core.gazetteer import _keyed_places, index_key
from newsstream.core.language import _model
from newsstream.core.places import place_entries


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(buildcache.CACHE_DIR_ENV, str(tmp_path))
    return tmp_path


class Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_an_entry_is_read_back_while_its_inputs_are_unchanged(folder: Path) -> None:
    value = ([(1, 2.5, None, True)], {"key": ["a", "b"]}, frozenset({"x"}))
    build = Builder(value)
    assert cached("table", [b"data", b"code"], build) == value
    assert cached("table", [b"data", b"code"], build) == value
    assert build.calls == 1
    assert cached("table", [b"data", b"code v2"], build) == value
    assert cached("table", [b"datac", b"ode"], build) == value  # inputs are not just joined
    assert build.calls == 3


def test_a_damaged_entry_is_derived_again(folder: Path) -> None:
    build = Builder([1, 2, 3])
    cached("table", [b"data"], build)
    (entry,) = folder.glob("table-*.marshal")
    entry.write_bytes(entry.read_bytes()[:3])
    assert cached("table", [b"data"], build) == [1, 2, 3]
    assert build.calls == 2


def test_only_the_newest_entries_of_a_name_are_kept(folder: Path) -> None:
    for version in range(6):
        cached("table", [str(version).encode()], Builder(version))
        cached("other", [b"data"], Builder(version))
    assert len(list(folder.glob("table-*.marshal"))) == 4
    assert len(list(folder.glob("other-*.marshal"))) == 1


def test_no_cache_when_turned_off_or_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(buildcache.CACHE_DIR_ENV, "")
    build = Builder("value")
    assert cached("table", [b"data"], build) == cached("table", [b"data"], build) == "value"
    assert build.calls == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(buildcache.CACHE_DIR_ENV, os.fspath(blocked / "cache"))
    assert cached("table", [b"data"], build) == "value"


def test_objects_are_refused(folder: Path) -> None:
    with pytest.raises(ValueError, match="unmarshallable"):
        cached("table", [b"data"], Builder(Builder(1)))


def test_places_read_back_equal_places_derived(folder: Path) -> None:
    _keyed_places()  # derived and written
    assert _keyed_places() == [(index_key(entry.surface), entry) for entry in place_entries()]


def test_furniture_rules_read_back_equal_rules_derived(folder: Path) -> None:
    derived = _plain(default_rules.__wrapped__())  # derived and written
    assert _plain(default_rules.__wrapped__()) == derived  # read back
    assert len(list(folder.glob("furniture-*.marshal"))) == 1


def _plain(rules: FurnitureRules) -> list[tuple[object, ...]]:
    """Each rule's fields, its patterns as source and flags (they compare by identity)."""
    return [
        tuple((v.source, v.flags) if hasattr(v, "source") else v for v in astuple(rule))
        for rule in rules.rules
    ]


def test_language_model_read_back_equals_model_unpacked(folder: Path) -> None:
    unpacked = _load_model_file(MODEL_DIR / MODEL_FILE)
    for _ in range(2):  # written, then read back
        model = _model()
        assert [np.array_equal(a, b) for a, b in zip(model[:2], unpacked[:2], strict=True)] == [
            True,
            True,
        ]
        assert model[2:] == unpacked[2:]


def test_toml_read_back_equals_toml_parsed(folder: Path) -> None:
    text = 'a = 1\nb = ["x", 2.5, true]\n[c]\nd = { e = "f" }\n'
    assert parsed_toml("doc.toml", text) == parsed_toml("doc.toml", text) == tomllib.loads(text)
    assert len(list(folder.glob("toml-doc.toml-*.marshal"))) == 1
    dated = "when = 2026-01-01\n"
    assert parsed_toml("dated.toml", dated) == tomllib.loads(dated)  # dates: parsed each time


def test_code_of_a_function_is_its_module_file() -> None:
    assert code_of(Builder.__init__) == [Path(__file__).read_bytes()]
    frozen = type(sys)("frozen_module")  # a module without a file
    exec("def f(): pass", frozen.__dict__)  # noqa: S102
    sys.modules["frozen_module"] = frozen
    try:
        assert code_of(frozen.f) == [f"frozen_module {__version__}".encode()]
    finally:
        del sys.modules["frozen_module"]
