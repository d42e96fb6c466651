"""Service accounts sign their requests with `Authorization: Bearer <token>`."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from .models import ApiUse, ServiceAccount, token_hash

KEYWORD = b"bearer"


class ServiceAccountAuthentication(BaseAuthentication):
    """A known, unrevoked token is its service account (request.auth), acting as the
    account's own user (request.user), which has no role and cannot sign in."""

    def authenticate(self, request: Request) -> tuple[Any, ServiceAccount] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                "Send the token as “Authorization: Bearer <token>”, with nothing else after it."
            )
        token = parts[1].decode("utf-8", "replace")
        account = (
            ServiceAccount.objects.select_related("user")
            .filter(token_hash=token_hash(token))
            .first()
        )
        if account is None:
            raise exceptions.AuthenticationFailed(
                "That token is not one the portal issued, or it has been replaced: ask an "
                "Administrator for the current one."
            )
        if account.is_revoked:
            message = (
                f"This service account’s token was revoked on "
                f"{timezone.localtime(account.revoked_at):%-d %B %Y}: ask an Administrator "
                "for a new one."
            )
            ApiUse.objects.create(
                account=account,
                method=request.method or "",
                path=request.path[:255],
                status=401,
                outcome=f"Refused: revoked token. {message}"[:500],
            )
            raise exceptions.AuthenticationFailed(message)
        ServiceAccount.objects.filter(pk=account.pk).update(last_used_at=timezone.now())
        return account.user, account

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="kpiportal"'
