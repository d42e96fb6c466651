"""Logs carry no personal data: e-mail addresses and secrets are masked before writing."""

from __future__ import annotations

import logging
import re
from typing import Any

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
SECRET = re.compile(
    r"(?i)(password|passwd|secret|token|api[_-]?key|sessionid|csrftoken)=([^&\s'\"]+)"
)


def redact(text: str) -> str:
    return SECRET.sub(r"\1=[redacted]", EMAIL.sub("[e-mail]", text))


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def anonymous_client(*client: Any) -> str:
    """What django-axes writes about a client (username, address...): nothing personal."""
    return "a client"
