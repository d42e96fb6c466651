"""The four roles, held as Django groups (made by a data migration).

One person may hold several; a superuser counts as an administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import cache, wraps
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import HttpRequest, HttpResponse


class Role(StrEnum):
    OWNER = "Indicator owners"
    PERFORMANCE = "Performance team"
    ADMIN = "Administrators"
    READER = "Readers"


def roles_of(user: Any) -> frozenset[Role]:
    """The roles a user holds, read once per request and kept on the user object."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_kpiportal_roles", None)
    if cached is None:
        names = _group_names(user.pk)
        cached = frozenset(r for r in Role if r.value in names)
        if user.is_superuser:
            cached |= {Role.ADMIN}
        user._kpiportal_roles = cached
    return cached


def _group_names(user_id: int) -> set[str]:
    """The names of the user's groups, in one plain query: every request asks, and building
    the ORM's query (`user.groups.values_list`) cost more than PostgreSQL's answer."""
    with connection.cursor() as cursor:
        cursor.execute(_group_names_sql(), [user_id])
        return {name for (name,) in cursor.fetchall()}


@cache
def _group_names_sql() -> str:
    through = get_user_model().groups.through
    link = through._meta.get_field("group")
    member = next(f for f in through._meta.get_fields() if f.is_relation and f is not link)
    group = link.related_model._meta
    q = connection.ops.quote_name
    return (
        f"SELECT g.{q(group.get_field('name').column)} FROM {q(group.db_table)} g "
        f"JOIN {q(through._meta.db_table)} m ON m.{q(link.column)} = g.{q(group.pk.column)} "
        f"WHERE m.{q(member.column)} = %s"
    )


def has_role(user: Any, *roles: Role) -> bool:
    return bool(roles_of(user) & set(roles))


def role_required(*roles: Role) -> Callable:
    """Sign-in first (anonymous users go to the login page, whatever the method), then
    one of `roles` or 403. Put it outermost, above `require_POST`."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        @login_required
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not has_role(request.user, *roles):
                raise PermissionDenied("Your role does not give access to this page.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
