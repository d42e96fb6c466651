from typing import Any

from django.http import HttpRequest

from core.roles import Role, roles_of


def roles(request: HttpRequest) -> dict[str, Any]:
    held = roles_of(getattr(request, "user", None))
    return {
        "is_owner": Role.OWNER in held,
        "is_performance": Role.PERFORMANCE in held,
        "is_admin": Role.ADMIN in held,
        "is_reader": Role.READER in held,
    }
