from datetime import UTC, datetime

import pytest

from newsstream.core.codec import decode, encode
from newsstream.core.models import RawArticle
from newsstream.errors import DecodeError

ARTICLE = RawArticle(
    article_id="a1",
    source="wire.txt",
    received_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    text="Headline\n\nBody text.",
)


def test_round_trip() -> None:
    assert decode(encode(ARTICLE), RawArticle) == ARTICLE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "no value"),
        (b"\xff\xfe not utf-8", "not a valid RawArticle"),
        (b"{not json", "not a valid RawArticle"),
        (b'{"article_id": "a1"}', "source: Field required"),
        (
            b'{"article_id": "a1", "source": "s", "text": "t", '
            b'"received_at": "2026-01-01T00:00:00"}',
            "received_at: Input should have timezone info",
        ),
        (
            b'{"article_id": "", "source": "s", "text": "t", '
            b'"received_at": "2026-01-01T00:00:00Z"}',
            "article_id: String should have at least 1 character",
        ),
    ],
)
def test_bad_input_raises_decode_error_that_says_why(data: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data, RawArticle)


def test_oversized_message_is_refused_before_parsing() -> None:
    with pytest.raises(DecodeError, match="exceeds the limit of 10"):
        decode(encode(ARTICLE), RawArticle, max_bytes=10)
