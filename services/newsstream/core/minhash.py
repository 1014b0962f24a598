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
_SKETCH_BITS: Final = 2  # `_equal_codes` counts 2-bit groups
_CODES_PER_BYTE: Final = 8 // _SKETCH_BITS
_CHANCE_EQUAL: Final = 1.0 / (1 << _SKETCH_BITS)
# Rows of the (shingles by num_perm) product computed at once: bounds memory on huge articles.
_CHUNK_ROWS: Final = 4096
# Rows of a·x + b computed by one pass over a tile of a (and of b) that many rows long: 64 KB
# each, which stay in cache (see `MinHasher._tiles`). 32 rows took a fifth longer, 128 or 256
# the same as 64.
_TILE_ROWS: Final = 64
# numpy scalars made once: `np.uint64(30)` in an expression costs about as much as the shift of
# a few hundred values.
_SHIFT_27: Final = np.uint64(27)
_SHIFT_30: Final = np.uint64(30)
_SHIFT_31: Final = np.uint64(31)
_SHIFT_CODE: Final = np.uint64(64 - _SKETCH_BITS)
_MIX_1: Final = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2: Final = np.uint64(0x94D049BB133111EB)


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
    return _mix_tail(_mix_head(values))


def _mix_head(values: U64) -> U64:
    """`mix` but for its last step, in a new array: the same top 31 bits as `mix`.

    The last step XORs in the value shifted right by 31, which leaves the top 31 bits alone, so
    the sketch's 2-bit codes can be read before it. Every step after the first is in place: on a
    few hundred values numpy's cost is per call, and a temporary less is a call less.
    """
    mixed: U64 = values >> _SHIFT_30
    mixed ^= values
    mixed *= _MIX_1
    mixed ^= mixed >> _SHIFT_27
    mixed *= _MIX_2
    return mixed


def _mix_tail(mixed: U64) -> U64:
    """The last step of `mix`, in place."""
    mixed ^= mixed >> _SHIFT_31
    return mixed


class _Powers:
    """Powers of the word-hash base and of its inverse modulo 2^64, grown on demand.

    `up_to(n)` gives both tables with at least n + 1 entries: the powers one place late
    (entry i is base^(i-1), entry 0 unused), for a text read with a space put in front of it,
    and the inverse powers.
    """

    def __init__(self) -> None:
        one = np.ones(1, dtype=np.uint64)
        self.tables: tuple[U64, U64] = (one, one)  # replaced whole: never half grown

    def up_to(self, n: int) -> tuple[U64, U64]:
        late, inverse = self.tables
        if len(inverse) <= n:
            size = max(n + 1, 2 * len(inverse))
            late = np.empty(size, dtype=np.uint64)
            late[0] = 0
            late[1:] = _power_table(_WORD_BASE, size - 1)
            inverse = _power_table(pow(_WORD_BASE, -1, 1 << 64), size)
            self.tables = (late, inverse)
        return late, inverse


def _power_table(base: int, size: int) -> U64:
    """base^0 .. base^(size-1) modulo 2^64 (cumprod wraps like the modulus)."""
    table = np.full(size, base, dtype=np.uint64)
    table[0] = 1
    return np.cumprod(table, dtype=np.uint64)


_POWERS = _Powers()
# What a byte adds to a word's hash, times base^position: the byte + 1 (so a zero byte counts),
# but nothing for a space, so that a sum running from a space to the next is one word's.
_BYTE_TERMS: Final = np.arange(1, 257, dtype=np.uint64)
_BYTE_TERMS[_SPACE] = 0


def word_hashes(folded: str) -> U64:
    """64-bit hash of every word of a folded text (words separated by single spaces).

    The hash of the word at bytes [s, e) is sum((byte_i + 1) * base^i for s <= i < e), times
    base^-s so that it does not depend on where the word is, then `mix`ed. With a space put in
    front of the text, every word starts right after a space, and the index of that space in
    the longer text is the word's start in the text: one sum per space (`reduceat`) gives them
    all, and with the powers one place late (`_Powers`) every byte has its own position's.
    """
    encoded = folded.encode("utf-8")
    n = len(encoded)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    late, inverse = _POWERS.up_to(n)
    data = np.frombuffer(b" " + encoded, dtype=np.uint8)
    terms = _BYTE_TERMS.take(data)  # take: half the time of indexing on a few thousand bytes
    terms *= late[: n + 1]
    starts = (data == _SPACE).nonzero()[0]
    words: U64 = np.add.reduceat(terms, starts)
    words *= inverse.take(starts)
    return mix(words)


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

    @cached_property
    def _tiles(self) -> tuple[U64, U64]:
        """The a and b of `_constants` repeated `_TILE_ROWS` times, each one long row.

        numpy runs an operation on a row of 128 broadcast down the shingles' table with one
        short inner loop per shingle: two or three times as long as over contiguous arrays of
        one shape. A whole tile of rows as the row broadcast makes the inner loop that long.
        Tiles as large as the table (2 MB) were a little faster in a loop of signatures alone,
        and slower within `dedup.sketch_article`, read from memory after the rest of its work.
        """
        a, b, _, _ = self._constants
        return np.tile(a, _TILE_ROWS), np.tile(b, _TILE_ROWS)

    @cached_property
    def _shingle_weights(self) -> tuple[np.uint64, ...]:
        _, _, weights, _ = self._constants
        return tuple(np.uint64(w) for w in weights.tolist())

    @cached_property
    def _band_salts(self) -> U64:
        """What each band's index adds to its key: mix(1), mix(2), ..."""
        return mix(np.arange(1, self.bands + 1, dtype=np.uint64))

    @cached_property
    def _code_low_bits(self) -> int:
        """0b0101...01 over a sketch: the low bit of every 2-bit code."""
        return (1 << (8 * self.sketch_bytes)) // 3

    @cached_property
    def _code_weights(self) -> U64:
        """1, 4, 16, 64: where each of a byte's four codes goes."""
        shifts = range(0, 8, _SKETCH_BITS)
        return np.array([1 << s for s in shifts], dtype=np.uint64)

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
        weights = self._shingle_weights
        k = min(self.shingle_words, len(words))
        if k == 0:
            return np.zeros(1, dtype=np.uint64)
        count = len(words) - k + 1
        combined: U64 = words[:count] * weights[0]
        term = np.empty(count, dtype=np.uint64)
        for i in range(1, k):  # k is a handful: the loop is over shingle positions, not words
            np.multiply(words[i : i + count], weights[i], out=term)
            combined += term
        return mix(combined)

    def signature_of(self, shingles: U64) -> U64:
        """MinHash signature of a set of shingle hashes.

        Per chunk of shingles the (shingles by num_perm) table of a·x + b: the shingles copied
        into every column, then multiplied and added in place, `_TILE_ROWS` rows at a time by
        `_tiles` (see there) and the last rows by part of a tile, then the minimum of every
        column.
        """
        a_tile, b_tile = self._tiles
        tile = len(a_tile)
        signature: U64 | None = None
        for start in range(0, len(shingles), _CHUNK_ROWS):
            chunk = shingles[start : start + _CHUNK_ROWS]
            rows = len(chunk)
            hashed = np.empty((rows, self.num_perm), dtype=np.uint64)
            hashed[...] = chunk[:, None]
            flat = hashed.reshape(-1)
            whole = rows // (tile // self.num_perm) * tile
            if whole:
                tiles = flat[:whole].reshape(-1, tile)
                tiles *= a_tile
                tiles += b_tile
            if whole < len(flat):
                rest = flat[whole:]
                rest *= a_tile[: len(rest)]
                rest += b_tile[: len(rest)]
            least: U64 = hashed.min(axis=0)
            if signature is None:
                signature = least
            else:
                np.minimum(signature, least, out=signature)
        if signature is None:
            return np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        return signature

    def signature(self, body: str) -> U64:
        """MinHash signature of a cleaned body."""
        return self.signature_of(self.shingles(body))

    def band_keys(self, signature: U64) -> list[bytes]:
        """One 6-byte key per band; equal keys in one band make two articles candidates.

        48 bits are plenty: two different bands colliding only adds a candidate, which the
        similarity check then rejects, and every byte is kept once per band of every root.
        """
        return _key_bytes(mix(self._band_values(signature)))

    def sketch(self, signature: U64) -> bytes:
        """The 2-bit codes of a signature, packed four to a byte."""
        return self._packed_codes(_mix_head(signature))

    def band_keys_and_sketch(self, signature: U64) -> tuple[list[bytes], bytes]:
        """`band_keys` and `sketch` of a signature at once: one `mix` over both's values."""
        values = np.concatenate((signature, self._band_values(signature)))
        mixed = _mix_head(values)
        keys = _mix_tail(mixed[self.num_perm :])
        return _key_bytes(keys), self._packed_codes(mixed[: self.num_perm])

    def _band_values(self, signature: U64) -> U64:
        """What `band_keys` mixes: per band, the sum of its rows by their weights, and salt."""
        _, _, _, row_weights = self._constants
        bands = signature[: self.bands * self.rows].reshape(self.bands, self.rows)
        values: U64 = np.matmul(bands, row_weights)  # integer matmul wraps like uint64 sums
        values ^= self._band_salts
        return values

    def _packed_codes(self, mixed: U64) -> bytes:
        """The sketch from the signature's `mix` (or `_mix_head`: the top bits are the same)."""
        codes = (mixed >> _SHIFT_CODE).reshape(-1, _CODES_PER_BYTE)
        packed_bytes: bytes = np.matmul(codes, self._code_weights).astype(np.uint8).tobytes()
        return packed_bytes

    def similarity(self, sketch: bytes, other: bytes) -> float:
        """Estimated Jaccard similarity of the articles two sketches come from, in [0, 1]."""
        if len(sketch) != self.sketch_bytes or len(other) != self.sketch_bytes:
            message = f"sketches must have {self.sketch_bytes} bytes"
            raise ValueError(message)
        equal = _equal_codes(sketch, other, self._code_low_bits)
        estimate = (equal / self.num_perm - _CHANCE_EQUAL) / (1.0 - _CHANCE_EQUAL)
        return min(1.0, max(0.0, estimate))


def _key_bytes(keys: U64) -> list[bytes]:
    """The first `BAND_KEY_BYTES` bytes of every key, big-endian."""
    raw = keys.astype(">u8").tobytes()
    return [raw[i : i + BAND_KEY_BYTES] for i in range(0, len(raw), 8)]


def _equal_codes(sketch: bytes, other: bytes, low_bits: int) -> int:
    """How many 2-bit codes two sketches of one length have equal, with Python's integers.

    Codes are equal where the XOR of the sketches has a zero 2-bit group; a group is nonzero
    where its low bit or its high bit shifted onto it is set. Ten times faster than numpy on
    32 bytes.
    """
    xor = int.from_bytes(sketch, "little") ^ int.from_bytes(other, "little")
    differ = ((xor | (xor >> 1)) & low_bits).bit_count()
    return len(sketch) * _CODES_PER_BYTE - differ


def jaccard(shingles: U64, other: U64) -> float:
    """Exact Jaccard similarity of two shingle sets (for measurements, not the stream)."""
    a, b = np.unique(shingles), np.unique(other)
    union = len(np.union1d(a, b))
    return len(np.intersect1d(a, b, assume_unique=True)) / union if union else 1.0
