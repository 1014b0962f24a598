"""Kafka plumbing shared by the producer, the processor and the tools."""
