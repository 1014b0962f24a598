"""The replay producer: article files onto the raw topic."""
