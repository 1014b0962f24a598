from pathlib import Path

import pytest

from newsstream.errors import ConfigurationError
from newsstream.settings import Settings, get_settings


def test_reads_prefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSTREAM_RAW_TOPIC", "wire.raw")
    monkeypatch.setenv("NEWSSTREAM_PARTITIONS", "8")
    settings = get_settings()
    assert settings.raw_topic == "wire.raw"
    assert settings.partitions == 8


def test_conventional_kafka_bootstrap_servers_variable_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker:9092")
    assert Settings().require_bootstrap_servers() == "broker:9092"


def test_missing_broker_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.delenv("NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS", raising=False)
    with pytest.raises(ConfigurationError, match="KAFKA_BOOTSTRAP_SERVERS"):
        Settings().require_bootstrap_servers()


def test_invalid_value_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSTREAM_PARTITIONS", "0")
    with pytest.raises(ValueError, match="partitions"):
        Settings()


def test_password_is_secret_but_reaches_child_processes() -> None:
    settings = Settings(kafka_sasl_mechanism="PLAIN", kafka_sasl_password="hunter2")
    assert "hunter2" not in repr(settings)
    assert settings.to_env()["NEWSSTREAM_KAFKA_SASL_PASSWORD"] == "hunter2"


def test_to_env_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Settings(kafka_bootstrap_servers="b:1", raw_topic="r", processor_metrics_port=1234)
    for name, value in original.to_env().items():
        monkeypatch.setenv(name, value)
    assert Settings() == original


def test_readme_documents_every_setting() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"`NEWSSTREAM_{name.upper()}`" in readme, name
