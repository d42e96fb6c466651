"""Errors in the words the portal's pages use."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

NOT_SIGNED_IN = (
    "Sign in to the portal, or send a service account's token as “Authorization: Bearer <token>”."
)


def handler(error: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(error, context)
    if response is None:
        return None
    if isinstance(error, exceptions.Throttled):
        wait = f"{error.wait} second{'' if error.wait == 1 else 's'}" if error.wait else "a moment"
        response.data = {"detail": f"Too many requests: try again in {wait}."}
    elif isinstance(error, exceptions.NotAuthenticated):
        response.data = {"detail": NOT_SIGNED_IN}
    return response
