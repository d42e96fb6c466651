"""Model permissions for each role's group, kept in step after every migrate.

Roles are checked in views through `core.roles`; these permissions are what the
Django admin (catalogue, targets, imports) needs on top.
"""

from typing import Any

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from .roles import Role

# app label -> roles with full (add, change, delete, view) rights in the admin
FULL_RIGHTS: dict[str, set[Role]] = {
    "indicators": {Role.ADMIN},
    "submissions": {Role.ADMIN},
    "reports": {Role.ADMIN},
    "api": {Role.ADMIN},  # service accounts for source systems, and the trail of their use
}
# The scheduler's tables (crontabs, intervals, clocked and solar schedules, periodic tasks)
# are the portal's own workings: superusers only, never shown to Administrators.
NOT_FOR_ROLES = ("django_celery_beat",)
VIEW_RIGHTS: dict[str, set[Role]] = {
    "indicators": {Role.PERFORMANCE},
    "submissions": {Role.PERFORMANCE},
    "reports": {Role.PERFORMANCE},
}
# Administrators manage who is who, but cannot make superusers through group rights.
EXTRA: dict[Role, list[tuple[str, str]]] = {
    Role.ADMIN: [
        ("auth", "view_user"),
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "view_group"),
    ],
}


def grant_role_permissions(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = Group.objects.using(using).get_or_create(name=role.value)
        wanted = Permission.objects.none()
        for label, roles in FULL_RIGHTS.items():
            if role in roles:
                wanted |= Permission.objects.filter(content_type__app_label=label)
        for label, roles in VIEW_RIGHTS.items():
            if role in roles:
                wanted |= Permission.objects.filter(
                    content_type__app_label=label, codename__startswith="view_"
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )
