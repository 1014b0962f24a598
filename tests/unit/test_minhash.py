import random

import numpy as np
import pytest

from newsstream.core.minhash import MinHasher, jaccard, splitmix64, word_hashes

HASHER = MinHasher()
VOCABULARY = [f"word{i}" for i in range(3000)]


def text(rng: random.Random, words: int = 600) -> list[str]:
    return [rng.choice(VOCABULARY) for _ in range(words)]


def test_word_hash_depends_on_the_word_not_its_position() -> None:
    hashes = word_hashes("the cat saw the dog")
    assert hashes[0] == hashes[3]
    assert len(set(hashes.tolist())) == 4


def test_word_hashes_follow_their_definition_whatever_the_spacing() -> None:
    mask = (1 << 64) - 1

    def reference(word: str) -> int:
        z = sum((b + 1) * pow(0x100000001B3, i, mask + 1) for i, b in enumerate(word.encode()))
        z &= mask
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)

    for text_ in ("the cat", " the  cat ", "a", " ", "  ", "x\x00y é 日本 "):
        assert word_hashes(text_).tolist() == [reference(w) for w in text_.split(" ")]
    assert word_hashes("").tolist() == []


def test_band_keys_and_sketch_at_once_are_the_same_as_apart() -> None:
    rng = random.Random(8)
    for words in (0, 1, 2, 3, 50, 600):
        signature = HASHER.signature(" ".join(text(rng, words)))
        both = HASHER.band_keys_and_sketch(signature)
        assert both == (HASHER.band_keys(signature), HASHER.sketch(signature))


def test_shingles_fold_case_and_punctuation_like_the_fingerprint() -> None:
    a = HASHER.shingles("Flood waters rose, overnight!")
    b = HASHER.shingles("flood   WATERS rose overnight")
    assert np.array_equal(a, b)


def test_short_and_empty_bodies_have_a_signature() -> None:
    assert len(HASHER.signature("two words")) == HASHER.num_perm
    assert len(HASHER.signature("")) == HASHER.num_perm


def test_constants_never_change_between_versions() -> None:
    # Remembered band keys outlive deployments: these values are a contract.
    assert splitmix64(0, 2) == [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4]
    assert HASHER.band_keys(HASHER.signature("a b c d e"))[0].hex() == (
        HASHER.band_keys(MinHasher().signature("a b c d e"))[0].hex()
    )


def test_band_keys_are_six_bytes_and_distinct_per_band() -> None:
    keys = HASHER.band_keys(HASHER.signature("the same words " * 20))
    assert len(keys) == HASHER.bands
    assert all(len(k) == 6 for k in keys)
    assert len(set(keys)) == HASHER.bands


def test_sketch_estimate_is_unbiased_and_close_to_the_true_jaccard() -> None:
    rng = random.Random(3)
    errors = []
    for _ in range(150):
        a = text(rng)
        b = list(a)
        for _ in range(rng.randint(0, 120)):
            b[rng.randrange(len(b))] = rng.choice(VOCABULARY)
        sa, sb = HASHER.shingles(" ".join(a)), HASHER.shingles(" ".join(b))
        estimate = HASHER.similarity(
            HASHER.sketch(HASHER.signature_of(sa)), HASHER.sketch(HASHER.signature_of(sb))
        )
        errors.append(estimate - jaccard(sa, sb))
    assert abs(float(np.mean(errors))) < 0.01
    assert float(np.std(errors)) < 0.07


def test_identical_texts_are_fully_similar_and_unrelated_ones_not() -> None:
    rng = random.Random(4)
    a, b = " ".join(text(rng)), " ".join(text(rng))
    sketch_a = HASHER.sketch(HASHER.signature(a))
    assert HASHER.similarity(sketch_a, sketch_a) == 1.0
    assert HASHER.similarity(sketch_a, HASHER.sketch(HASHER.signature(b))) < 0.2
    assert HASHER.sketch_bytes == 32


def test_similar_texts_share_a_band_key_and_unrelated_ones_do_not() -> None:
    rng = random.Random(5)
    a = text(rng)
    b = a[:570] + text(rng, 30)
    keys = [set(HASHER.band_keys(HASHER.signature(" ".join(t)))) for t in (a, b, text(rng))]
    assert keys[0] & keys[1]
    assert not keys[0] & keys[2]


def test_a_huge_article_is_hashed_in_chunks_with_the_same_result() -> None:
    rng = random.Random(6)
    shingles = HASHER.shingles(" ".join(text(rng, 20_000)))
    whole = (shingles[:, None] * HASHER._constants[0] + HASHER._constants[1]).min(axis=0)
    assert np.array_equal(HASHER.signature_of(shingles), whole)


def test_an_inconsistent_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="bands"):
        MinHasher(num_perm=16, bands=8, rows=4)
