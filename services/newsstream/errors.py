"""The exceptions newsstream raises, rooted at one class.

    NewsstreamError
    ├── ConfigurationError      settings that cannot work together
    ├── InputError              input that cannot become an article
    │   ├── DecodeError         bytes that are not a valid raw-article event
    │   └── EmptyArticleError   nothing of the story is left after cleaning
    └── LocalKafkaError         the bundled local broker could not be fetched, started or stopped

A duplicate article is an outcome, not an error: it never raises.
"""


class NewsstreamError(Exception):
    """Base class of every error newsstream raises on purpose."""


class ConfigurationError(NewsstreamError):
    """Settings that cannot work together."""


class InputError(NewsstreamError):
    """Input that cannot become an article; it belongs on the dead-letter topic."""

    kind = "input"


class DecodeError(InputError):
    """Bytes that are not a valid raw-article event."""

    kind = "decode"


class EmptyArticleError(InputError):
    """Nothing of the story is left after cleaning."""

    kind = "empty"


class LocalKafkaError(NewsstreamError):
    """The bundled local Kafka broker could not be fetched, started or stopped."""
