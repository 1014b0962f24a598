"""The processor's template memory: one raw partition's counts at a time, in one table."""

from datetime import UTC, datetime, timedelta

from newsstream.core.templates import TemplateLearner
from newsstream.processor.app import _PartitionTemplates


def test_each_partition_sees_and_expires_only_its_own_lines() -> None:
    table: dict[bytes, bytes] = {}
    memory = _PartitionTemplates(table)
    memory.partition = 0
    memory["site|a"] = [5.0, 0.0]
    memory.partition = 1
    memory["site|a"] = [1.0, 1000.0]
    memory["site|b"] = [2.0, 1000.0]

    assert sorted(memory) == ["site|a", "site|b"]
    assert memory["site|a"] == [1.0, 1000.0]
    memory.partition = 0
    assert list(memory) == ["site|a"]
    assert len(memory) == 1

    learner = TemplateLearner(memory, retention=timedelta(seconds=10))
    assert learner.expire(datetime.fromtimestamp(500, UTC)) == 1
    assert set(table) == {b"1|site|a", b"1|site|b"}
