"""The pure core: event models and the clean, deduplicate and tag stages.

Nothing here imports faust or aiokafka: the stream processor and the batch command call the same
functions, so they cannot drift apart.
"""
