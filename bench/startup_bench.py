"""Start-up cost: importing the pipeline, `Enricher()`, and the first article, in fresh processes.

    .venv/bin/python bench/startup_bench.py [--runs 3] [--cold]

Each run is a new interpreter (what a processor start, a restart after a crash, a CLI call or a
test that starts a processor pays), timed in wall-clock and CPU seconds; the best of `--runs`
is printed, CPU time being what other processes on a shared machine inflate least. The build
cache (`core/buildcache.py`) is the user's, warm after the first run; `--cold` gives every run
an empty one of its own, as a first start after a change to the data or the code.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from newsstream.core.buildcache import CACHE_DIR_ENV

_RUN = """
import json, time
from pathlib import Path
def now():
    return time.perf_counter(), time.process_time()
t0 = now()
from newsstream.core.pipeline import Enricher
t1 = now()
enricher = Enricher()
t2 = now()
from newsstream.evaluation.cleaning import load_gold
case = load_gold(Path({gold!r}))[0]
t3 = now()
enricher.tag(enricher.clean(case.raw))
t4 = now()
spans = {{"import": (t0, t1), "Enricher()": (t1, t2), "first article": (t3, t4)}}
print(json.dumps({{k: (b[0] - a[0], b[1] - a[1]) for k, (a, b) in spans.items()}}))
"""


def run_once(cache: str | None) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds of each step in a fresh interpreter."""
    gold = Path(__file__).resolve().parents[1] / "tests" / "gold" / "cleaning"
    env = dict(os.environ)
    if cache is not None:
        env[CACHE_DIR_ENV] = cache
    script = _RUN.format(gold=str(gold))
    # This interpreter running our own script: no untrusted input.
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, tuple[float, float]] = json.loads(output.splitlines()[-1])
    return found


def main() -> None:
    """Print the best wall and CPU time of each step over the runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="an empty build cache every run")
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        if args.cold:
            with tempfile.TemporaryDirectory() as cache:
                runs.append(run_once(cache))
        else:
            runs.append(run_once(None))
    print(f"build cache {'cold' if args.cold else 'warm'}, best of {args.runs} fresh processes")
    for step in runs[0]:
        wall = min(run[step][0] for run in runs)
        cpu = min(run[step][1] for run in runs)
        print(f"{step:<14} wall {wall:5.2f} s   CPU {cpu:5.2f} s")


if __name__ == "__main__":
    main()
