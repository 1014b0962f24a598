"""The compiled core (services/newsstream/core/native.py): used when built from these sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import newsstream.core
from newsstream.core import buildcache, names
from newsstream.core.buildcache import code_of
from newsstream.core.native import COMPILED, compiled_folder, native_path, sources_key

PACKAGE = Path(newsstream.core.__file__).parent


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(buildcache.CACHE_DIR_ENV, str(tmp_path))
    return tmp_path


def test_a_build_of_the_present_sources_goes_first_on_the_path(folder: Path) -> None:
    assert native_path(PACKAGE) == []
    build = compiled_folder(PACKAGE)
    assert build is not None
    assert build.parent == folder
    build.mkdir()
    assert native_path(PACKAGE) == [str(build)]


def test_an_edited_source_makes_another_key(tmp_path: Path) -> None:
    copy = tmp_path / "newsstream" / "core"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PACKAGE.parent / "errors.py", copy.parent / "errors.py")
    assert sources_key(copy) == sources_key(PACKAGE)
    (copy / "names.py").write_text((copy / "names.py").read_text() + "\n")
    assert sources_key(copy) != sources_key(PACKAGE)


def test_the_cache_turned_off_means_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(buildcache.CACHE_DIR_ENV, "")
    assert compiled_folder(PACKAGE) is None
    assert native_path(PACKAGE) == []


def test_every_compiled_module_is_a_core_source() -> None:
    assert all((PACKAGE / f"{name}.py").is_file() for name in COMPILED)
    assert not {"models", "buildcache", "native", "minhash", "lazyregex"} & set(COMPILED)


def test_code_of_keys_a_module_by_its_source_compiled_or_not() -> None:
    assert code_of(names.name_key) == [(PACKAGE / "names.py").read_bytes()]
