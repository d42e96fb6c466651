"""Who may use which part of the API: people read under their portal role; service
accounts post figures (and read only the indicators they feed)."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from core.roles import roles_of

from .models import ServiceAccount


def service_account_of(request: Request) -> ServiceAccount | None:
    return request.auth if isinstance(request.auth, ServiceAccount) else None


class PersonWithARole(BasePermission):
    """A person signed in to the portal with any role: the portal's pages show them the
    catalogue, targets and every dashboard."""

    message = "Your role does not give access to this: ask the performance team."

    def has_permission(self, request: Request, view: Any) -> bool:
        return service_account_of(request) is None and bool(roles_of(request.user))


class PersonOrServiceAccount(BasePermission):
    """A person with a role, or a service account (whose reads are limited by the view to
    the indicators it may feed)."""

    message = PersonWithARole.message

    def has_permission(self, request: Request, view: Any) -> bool:
        if service_account_of(request) is not None:
            return True
        return PersonWithARole().has_permission(request, view)


class ServiceAccountOnly(BasePermission):
    message = (
        "Only a source system's service account posts figures here: people enter theirs "
        "on My returns."
    )

    def has_permission(self, request: Request, view: Any) -> bool:
        return service_account_of(request) is not None
