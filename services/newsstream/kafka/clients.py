"""Connection settings for aiokafka clients, from `Settings` (security included)."""

from __future__ import annotations

import ssl
from typing import Any

from newsstream.settings import Settings


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments every aiokafka client needs: brokers, security protocol, credentials."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.require_bootstrap_servers(),
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_security_protocol in {"SSL", "SASL_SSL"}:
        options["ssl_context"] = ssl.create_default_context()
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        password = settings.kafka_sasl_password
        options["sasl_plain_password"] = password.get_secret_value() if password else None
    return options
