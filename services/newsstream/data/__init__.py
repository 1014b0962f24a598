"""Data files shipped with newsstream: furniture rules, gazetteers, knowledge, topics."""
