"""Source systems that post figures through the API, and the trail of everything they do.

A service account is issued by an Administrator in the Django admin. Its token is shown
once and kept only as a hash; it feeds only the indicators it is given, and it can be
revoked. Every request it makes is recorded (ApiUse), and a post sent again with the same
Idempotency-Key is answered from IdempotentRequest without doing anything twice.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from indicators.models import Indicator

TOKEN_PREFIX = "kps_"


def token_hash(token: str) -> str:
    """Tokens are long and random, so one SHA-256 is enough to keep them unreadable at rest
    (a slow password hash would only slow every request)."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


class ServiceAccount(models.Model):
    name = models.CharField(
        max_length=120,
        unique=True,
        help_text="The source system, as people know it: “Contact centre telephony”.",
    )
    # Who the portal's trail names for what the account posts: an account that cannot sign in.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="service_account",
        editable=False,
    )
    indicators = models.ManyToManyField(
        Indicator,
        related_name="service_accounts",
        blank=True,
        help_text="The indicators whose figures this system may post; no others.",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_hint = models.CharField(
        max_length=16, editable=False, help_text="The token's first characters, to recognise it."
    )
    token_issued_at = models.DateTimeField(editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    history = HistoricalRecords(m2m_fields=[indicators], excluded_fields=["last_used_at"])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class ApiUse(models.Model):
    """One request by a service account: when, what for, and how it ended."""

    account = models.ForeignKey(ServiceAccount, on_delete=models.PROTECT, related_name="uses")
    at = models.DateTimeField(auto_now_add=True)
    method = models.CharField(max_length=8)
    path = models.CharField(max_length=255)
    ref = models.CharField("indicator", max_length=40, blank=True)
    month = models.CharField(max_length=20, blank=True)
    status = models.PositiveSmallIntegerField("HTTP status")
    outcome = models.CharField(max_length=500)
    idempotency_key = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["account", "at"], name="apiuse_account_at_idx")]

    def __str__(self) -> str:
        return f"{self.account} {self.method} {self.path} {self.status}"


class IdempotentRequest(models.Model):
    """A post made with an Idempotency-Key, and the answer it was given: the same key from
    the same account gets the same answer, and nothing is done again."""

    account = models.ForeignKey(ServiceAccount, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text="A hash of the request it answered.")
    status = models.PositiveSmallIntegerField(null=True)
    response = models.JSONField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "key"], name="idempotent_request_once")
        ]

    def __str__(self) -> str:
        return f"{self.account}: {self.key}"
