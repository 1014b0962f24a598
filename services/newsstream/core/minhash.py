"""MinHash signatures of article bodies, their LSH band keys and compact sketches, in numpy.

- **Shingles.** Every run of `shingle_words` consecutive words of the folded body (case,
  punctuation and spacing folded as for the exact fingerprint). All word hashes come from one
  prefix sum over the text's bytes: a polynomial hash modulo 2^64, which is what uint64
  arithmetic wraps to, made independent of the word's position by the inverse power of the base.
  Consecutive word hashes are then mixed into shingle hashes. No Python loop runs per word.
- **Signature.** For each of `num_perm` hash functions h_j(x) = a_j·x + b_j (mod 2^64) the
  minimum over the shingles: one (shingles by num_perm) product per chunk of shingles.
- **Band keys.** The first `bands * rows` values, cut into bands of `rows` and hashed with the
  band's index to 6 bytes. Articles with Jaccard similarity J share a band key with probability
  1 - (1 - J^rows)^bands.
- **Sketch.** What is remembered of an article to estimate its similarity to a later one:
  b-bit minwise hashing (Li and König, 2010) keeps 2 bits of each value, 32 bytes for 128. Two
  codes are equal with probability J + (1 - J)/4, so J ≈ (equal/num_perm - 1/4) / (3/4).

The hash constants come from a fixed SplitMix64 sequence, not from numpy's random generators, so
signatures stay comparable across numpy versions and processes: remembered band keys outlive
deployments.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Final

import numpy as np
import numpy.typing as npt

from newsstream.core.text import paragraph_key

U64 = npt.NDArray[np.uint64]

_MASK64: Final = (1 << 64) - 1
BAND_KEY_BYTES: Final = 6
_WORD_BASE: Final = 0x100000001B3  # odd, hence invertible modulo 2^64
_SPACE: Final = 0x20
_SKETCH_BITS: Final = 2
_CODES_PER_BYTE: Final = 8 // _SKETCH_BITS
_CHANCE_EQUAL: Final = 1.0 / (1 << _SKETCH_BITS)
# Rows of the (shingles by num_perm) product computed at once: bounds memory on huge articles.
_CHUNK_ROWS: Final = 4096


def splitmix64(seed: int, count: int) -> list[int]:
    """`count` 64-bit values of the SplitMix64 sequence that starts at `seed`."""
    values = []
    state = seed & _MASK64
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & _MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
        values.append(z ^ (z >> 31))
    return values


def mix(values: U64) -> U64:
    """SplitMix64's finaliser over an array: spreads every input bit over every output bit."""
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    result: U64 = values ^ (values >> np.uint64(31))
    return result


class _Powers:
    """Powers of the word-hash base and of its inverse modulo 2^64, grown on demand."""

    def __init__(self) -> None:
        self.forward: U64 = np.ones(1, dtype=np.uint64)
        self.inverse: U64 = np.ones(1, dtype=np.uint64)

    def up_to(self, n: int) -> tuple[U64, U64]:
        if len(self.forward) <= n:
            size = max(n + 1, 2 * len(self.forward))
            self.forward = _power_table(_WORD_BASE, size)
            self.inverse = _power_table(pow(_WORD_BASE, -1, 1 << 64), size)
        return self.forward, self.inverse


def _power_table(base: int, size: int) -> U64:
    """base^0 .. base^(size-1) modulo 2^64 (cumprod wraps like the modulus)."""
    table = np.full(size, base, dtype=np.uint64)
    table[0] = 1
    return np.cumprod(table, dtype=np.uint64)


_POWERS = _Powers()


def word_hashes(folded: str) -> U64:
    """64-bit hash of every word of a folded text (words separated by single spaces)."""
    data = np.frombuffer(folded.encode("utf-8"), dtype=np.uint8)
    n = len(data)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    forward, inverse = _POWERS.up_to(n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * forward[:n], out=prefix[1:])
    spaces = np.flatnonzero(data == _SPACE)
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [n]))
    return mix((prefix[ends] - prefix[starts]) * inverse[starts])


@dataclass(frozen=True)
class MinHasher:
    """One MinHash scheme: shingle size, permutations and banding.

    Changing any field changes every band key and sketch, so remembered articles stop matching:
    the scheme is fixed in code, not a setting.
    """

    shingle_words: int = 3
    num_perm: int = 128
    bands: int = 12
    rows: int = 4
    seed: int = 0x6E657773  # "news"

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            message = f"{self.bands} bands of {self.rows} rows need more than {self.num_perm}"
            raise ValueError(message)
        if self.num_perm % _CODES_PER_BYTE:
            message = f"num_perm must be a multiple of {_CODES_PER_BYTE}"
            raise ValueError(message)

    @cached_property
    def _constants(self) -> tuple[U64, U64, U64, U64]:
        values = splitmix64(self.seed, 2 * self.num_perm + self.shingle_words + self.rows)
        a = np.array(values[: self.num_perm], dtype=np.uint64) | np.uint64(1)
        b = np.array(values[self.num_perm : 2 * self.num_perm], dtype=np.uint64)
        rest = values[2 * self.num_perm :]
        shingle = np.array(rest[: self.shingle_words], dtype=np.uint64) | np.uint64(1)
        row = np.array(rest[self.shingle_words :], dtype=np.uint64) | np.uint64(1)
        return a, b, shingle, row

    @property
    def sketch_bytes(self) -> int:
        """Size of one sketch."""
        return self.num_perm // _CODES_PER_BYTE

    def shingles(self, body: str) -> U64:
        """Hashes of the body's word shingles (one shingle of all words when it is shorter)."""
        return self.folded_shingles(paragraph_key(body))

    def folded_shingles(self, folded: str) -> U64:
        """`shingles` of a body already folded by `paragraph_key`."""
        words = word_hashes(folded)
        _, _, weights, _ = self._constants
        k = min(self.shingle_words, len(words))
        if k == 0:
            return np.zeros(1, dtype=np.uint64)
        count = len(words) - k + 1
        combined = np.zeros(count, dtype=np.uint64)
        for i in range(k):  # k is a handful: the loop is over shingle positions, not words
            combined += words[i : i + count] * weights[i]
        return mix(combined)

    def signature_of(self, shingles: U64) -> U64:
        """MinHash signature of a set of shingle hashes."""
        a, b, _, _ = self._constants
        signature = np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        for start in range(0, len(shingles), _CHUNK_ROWS):
            hashed = shingles[start : start + _CHUNK_ROWS, None] * a
            hashed += b  # in place: `x * a + b` in one expression runs several times slower
            np.minimum(signature, hashed.min(axis=0), out=signature)
        return signature

    def signature(self, body: str) -> U64:
        """MinHash signature of a cleaned body."""
        return self.signature_of(self.shingles(body))

    def band_keys(self, signature: U64) -> list[bytes]:
        """One 6-byte key per band; equal keys in one band make two articles candidates.

        48 bits are plenty: two different bands colliding only adds a candidate, which the
        similarity check then rejects, and every byte is kept once per band of every root.
        """
        _, _, _, row_weights = self._constants
        bands = signature[: self.bands * self.rows].reshape(self.bands, self.rows)
        index = np.arange(self.bands, dtype=np.uint64) + np.uint64(1)
        keys = mix((bands * row_weights).sum(axis=1, dtype=np.uint64) ^ mix(index))
        raw = keys.astype(">u8").tobytes()
        return [raw[i : i + BAND_KEY_BYTES] for i in range(0, len(raw), 8)]

    def sketch(self, signature: U64) -> bytes:
        """The 2-bit codes of a signature, packed four to a byte."""
        codes = (mix(signature) >> np.uint64(64 - _SKETCH_BITS)).astype(np.uint8)
        packed = codes.reshape(-1, _CODES_PER_BYTE)
        shifts = np.arange(_CODES_PER_BYTE, dtype=np.uint8) * np.uint8(_SKETCH_BITS)
        packed_bytes: bytes = (packed << shifts).sum(axis=1, dtype=np.uint8).tobytes()
        return packed_bytes

    def similarity(self, sketch: bytes, other: bytes) -> float:
        """Estimated Jaccard similarity of the articles two sketches come from, in [0, 1]."""
        if len(sketch) != self.sketch_bytes or len(other) != self.sketch_bytes:
            message = f"sketches must have {self.sketch_bytes} bytes"
            raise ValueError(message)
        equal = _equal_codes(sketch, other)
        estimate = (equal / self.num_perm - _CHANCE_EQUAL) / (1.0 - _CHANCE_EQUAL)
        return min(1.0, max(0.0, estimate))


_EQUAL_CODES_TABLE: Final = np.array(
    [
        sum(((x >> s) & 3) == 0 for s in range(0, 8, _SKETCH_BITS))
        for x in range(256)  # codes equal where the XOR of two bytes has a zero 2-bit group
    ],
    dtype=np.uint8,
)


def _equal_codes(sketch: bytes, other: bytes) -> int:
    xor = np.frombuffer(sketch, dtype=np.uint8) ^ np.frombuffer(other, dtype=np.uint8)
    return int(_EQUAL_CODES_TABLE[xor].sum(dtype=np.int64))


def jaccard(shingles: U64, other: U64) -> float:
    """Exact Jaccard similarity of two shingle sets (for measurements, not the stream)."""
    a, b = np.unique(shingles), np.unique(other)
    union = len(np.union1d(a, b))
    return len(np.intersect1d(a, b, assume_unique=True)) / union if union else 1.0
