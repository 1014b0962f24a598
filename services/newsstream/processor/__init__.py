"""The stream processor: a faust-streaming app that cleans, deduplicates and tags articles."""
