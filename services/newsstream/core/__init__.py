"""The pure core: event models and the clean, deduplicate and tag stages.

Nothing here imports faust or aiokafka: the stream processor and the batch command call the same
functions, so they cannot drift apart.
"""

from pathlib import Path

from newsstream.core.native import native_path

# The stages compiled to C, when built from these sources, load first (native.py).
__path__[:0] = native_path(Path(__file__).parent)
