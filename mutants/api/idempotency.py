"""A post sent again with the same Idempotency-Key gets the answer the first one got, and
changes nothing: a source system may retry after a timeout without posting twice."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction

from .models import IdempotentRequest, ServiceAccount

MAX_KEY = 255
Answer = tuple[int, Any]

REUSED = (
    "This Idempotency-Key was sent before with a different request: use a new key for "
    "each new figure."
)


def key_problem(key: str) -> str:
    if len(key) > MAX_KEY or not key.isprintable() or not key.strip():
        return f"An Idempotency-Key is up to {MAX_KEY} printable characters."
    return ""


def fingerprint(path: str, data: Any) -> str:
    text = json.dumps([path, data], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def once(
    account: ServiceAccount, key: str, print_: str, run: Callable[[], Answer]
) -> tuple[int, Any, bool]:
    """(status, body, replayed). The key is claimed first, in the same transaction as the
    work: a second request with it waits for the first to commit, then gets its answer.
    An error the portal did not expect rolls everything back, key included, so a retry
    runs afresh."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                claim = IdempotentRequest.objects.create(
                    account=account, key=key, fingerprint=print_
                )
        except IntegrityError:
            earlier = IdempotentRequest.objects.select_for_update().get(account=account, key=key)
            if earlier.fingerprint != print_:
                return 422, {"detail": REUSED}, True
            return earlier.status, earlier.response, True
        status, body = run()
        claim.status, claim.response = status, body
        claim.save(update_fields=["status", "response"])
        return status, body, False
