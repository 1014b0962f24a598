"""newsstream: streaming ingest for news articles on Kafka."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsstream")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
