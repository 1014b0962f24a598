"""Compile the core's pure modules to C with mypyc, into the build cache.

Run: .venv/bin/python scripts/compile_core.py

`make venv`, the targets that run newsstream and the Dockerfile run it. The build goes to the
build cache, in a folder keyed by the core's sources, which `import newsstream.core` uses when
it is there (services/newsstream/core/native.py): with a build of the present sources this
does nothing; after an edit it compiles anew (minutes: one C file of the whole core). Without a
C compiler, Python's headers or mypyc it says so and ends without error: the core runs as pure
Python, the same, slower.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from newsstream.core.native import COMPILED, LIBRARY, compiled_folder

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "services" / "newsstream" / "core"
_KEPT = 3  # builds kept: checkouts of other versions on one machine keep theirs


def missing_tool() -> str | None:
    """What compiling needs and this machine lacks, if anything."""
    compiler = str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python.h (the Python headers)"
    if importlib.util.find_spec("mypyc") is None:
        return "no mypyc (it comes with mypy)"
    return None


def build(into: Path, work: Path) -> None:
    """Compile the modules of `COMPILED` into `into`: the library and one module file each."""
    # Imported only here: a machine without mypy or setuptools still runs the core, uncompiled.
    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import setup  # noqa: PLC0415

    sources = [str((PACKAGE / f"{name}.py").relative_to(REPO)) for name in COMPILED]
    config = ["--config-file", str(REPO / "pyproject.toml")]
    os.chdir(REPO)  # the config's mypy_path is relative to it
    extensions = mypycify(
        [*config, *sources],
        only_compile_paths=sources,
        group_name=LIBRARY,
        target_dir=str(work / "c"),
    )
    os.chdir(work)  # not the project's pyproject.toml: setuptools would read it as its own
    steps = ["build_ext", "--build-lib", "lib", "--build-temp", "temp"]
    setup(name="newsstream-core", ext_modules=extensions, script_args=["--quiet", *steps])
    shutil.copytree(work / "lib" / "newsstream" / "core", into)


def main() -> int:
    """Build unless a build of the present sources is there or a tool is missing."""
    folder = compiled_folder(PACKAGE)
    if folder is None:
        print("compile_core: the build cache is off: the core runs as pure Python")
        return 0
    if folder.is_dir():
        print(f"compile_core: up to date ({folder})")
        return 0
    missing = missing_tool()
    if missing is not None:
        print(f"compile_core: {missing}: the core runs as pure Python")
        return 0
    print(f"compile_core: compiling {len(COMPILED)} modules with mypyc into {folder}", flush=True)
    started = time.monotonic()
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="building-", dir=folder.parent) as work:
        build(Path(work) / "out", Path(work))
        # Whole or not at all: a process sees the folder only once every file is in it.
        os.replace(Path(work) / "out", folder)
    builds = sorted(folder.parent.glob("compiled-*"), key=lambda p: p.stat().st_mtime)
    for old in builds[:-_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
    print(f"compile_core: compiled in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
