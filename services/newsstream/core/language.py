"""Language identification (ISO 639-1) with py3langid, which ships its model in the package."""

from __future__ import annotations

from array import array
from functools import cache
from importlib import metadata
from typing import Any, Final

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, _load_model_file

from newsstream.core.buildcache import cached

# Below this many letters a guess is noise: report no language rather than a wrong one.
_MIN_LETTERS: Final = 20
# Normalised probability below which the identifier is guessing.
_MIN_CONFIDENCE: Final = 0.5
# The identifier's cost grows with the text; a story's first sentences settle its language.
# On the 63 gold articles (8 languages) the first 150, 200, 300 and 500 characters all gave
# the language of the whole text, with at least 0.80, 0.91, 0.99 and 0.99 confidence; 200
# characters cost 60% of 500.
_SAMPLE_CHARS: Final = 200
# Float32 rows of the model kept at first (`_Float32Rows`), doubled as texts need more.
_FIRST_ROWS: Final = 4096


@cache
def _identifier() -> LanguageIdentifier:
    # What `LanguageIdentifier.from_model_file` does, the model read from the build cache.
    ptc, pc, classes, nextmove, row, output = _model()
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    # The feature walk reads two per-state tables at every byte. As lists they hold a pointer
    # to an int object per state, two memory loads that miss the cache once the rest of the
    # tagger has run; flat arrays of the same numbers hold the values themselves.
    identifier._rowbase = array("i", identifier._rowbase)
    identifier.tk_output = array("i", identifier.tk_output)
    if identifier.nb_ptc.dtype == np.float16:
        identifier.nb_ptc = _Float32Rows(identifier.nb_ptc)
    return identifier


class _Float32Rows:
    """The model's float16 table, read as float32 rows converted once each, on first use.

    The identifier multiplies the rows of a text's features (`table[features]`) by their
    counts, in float32: numpy converted the float16 rows for every text first, which cost
    more than the product itself. A row converted once and kept gives the same float32 values
    (every float16 is exact in float32), so the same scores. The rows read are kept packed, in
    the order first read, so memory grows with the features texts have (a few MB), not with
    the table's 100,000 rows scattered over 57 MB of float32.
    """

    def __init__(self, table: Any) -> None:
        self._table = table
        self._slots = np.full(table.shape[0], -1, np.intp)  # row → its place in `_rows`
        self._rows = np.empty((_FIRST_ROWS, table.shape[1]), np.float32)
        self._used = 0

    def __getitem__(self, rows: Any) -> Any:
        slots = self._slots[rows]
        new = rows[slots < 0]  # a text's features are distinct (a repeat would only take 2 places)
        if new.size:
            used = self._used + new.size
            if used > len(self._rows):
                grown = np.empty((max(used, 2 * len(self._rows)), self._rows.shape[1]), np.float32)
                grown[: self._used] = self._rows[: self._used]
                self._rows = grown
            self._rows[self._used : used] = self._table[new]
            self._slots[new] = np.arange(self._used, used)
            self._used = used
            slots = self._slots[rows]
        return self._rows[slots]


def _model() -> tuple[Any, Any, list[str], array[int], array[int], list[int]]:
    """py3langid's model: its file is xz-compressed, 0.8 s of CPU to unpack at every start.

    The build cache keeps its tables unpacked, as bytes: 67 MB read back in milliseconds.
    """
    version = f"py3langid {metadata.version('py3langid')} {MODEL_FILE}".encode()
    plain = cached("langid", [version], _plain_model)
    (ptc, ptc_type, ptc_shape), (pc, pc_type), classes, nextmove, row, output = plain
    return (
        np.frombuffer(ptc, ptc_type).reshape(ptc_shape),  # read only: the model is never changed
        np.frombuffer(pc, pc_type),
        classes,
        array(nextmove[0], nextmove[1]),
        array(row[0], row[1]),
        output,
    )


def _plain_model() -> tuple[Any, ...]:
    ptc, pc, classes, nextmove, row, output = _load_model_file(MODEL_DIR / MODEL_FILE)
    return (
        (ptc.tobytes(), ptc.dtype.str, ptc.shape),
        (pc.tobytes(), pc.dtype.str),
        classes,
        (nextmove.typecode, nextmove.tobytes()),
        (row.typecode, row.tobytes()),
        output,
    )


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= _MIN_CONFIDENCE else None
