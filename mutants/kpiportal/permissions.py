"""Model permissions for each role's group, kept in step after every migrate.

Roles are checked in views through `kpiportal.roles`; these permissions are what the
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_grant_role_permissions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_grant_role_permissions__mutmut)
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


def x_grant_role_permissions__mutmut_orig(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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


def x_grant_role_permissions__mutmut_1(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = None
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


def x_grant_role_permissions__mutmut_2(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model(None, "Group")
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


def x_grant_role_permissions__mutmut_3(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", None)
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


def x_grant_role_permissions__mutmut_4(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("Group")
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


def x_grant_role_permissions__mutmut_5(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", )
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


def x_grant_role_permissions__mutmut_6(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("XXauthXX", "Group")
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


def x_grant_role_permissions__mutmut_7(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("AUTH", "Group")
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


def x_grant_role_permissions__mutmut_8(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "XXGroupXX")
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


def x_grant_role_permissions__mutmut_9(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "group")
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


def x_grant_role_permissions__mutmut_10(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "GROUP")
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


def x_grant_role_permissions__mutmut_11(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = None
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


def x_grant_role_permissions__mutmut_12(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model(None, "Permission")
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


def x_grant_role_permissions__mutmut_13(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", None)
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


def x_grant_role_permissions__mutmut_14(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("Permission")
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


def x_grant_role_permissions__mutmut_15(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", )
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


def x_grant_role_permissions__mutmut_16(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("XXauthXX", "Permission")
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


def x_grant_role_permissions__mutmut_17(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("AUTH", "Permission")
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


def x_grant_role_permissions__mutmut_18(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "XXPermissionXX")
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


def x_grant_role_permissions__mutmut_19(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "permission")
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


def x_grant_role_permissions__mutmut_20(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "PERMISSION")
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


def x_grant_role_permissions__mutmut_21(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = None
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


def x_grant_role_permissions__mutmut_22(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get(None, "default")
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


def x_grant_role_permissions__mutmut_23(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", None)
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


def x_grant_role_permissions__mutmut_24(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("default")
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


def x_grant_role_permissions__mutmut_25(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", )
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


def x_grant_role_permissions__mutmut_26(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("XXusingXX", "default")
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


def x_grant_role_permissions__mutmut_27(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("USING", "default")
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


def x_grant_role_permissions__mutmut_28(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "XXdefaultXX")
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


def x_grant_role_permissions__mutmut_29(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "DEFAULT")
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


def x_grant_role_permissions__mutmut_30(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(None, verbosity=0, using=using, apps=global_apps)
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


def x_grant_role_permissions__mutmut_31(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=None, using=using, apps=global_apps)
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


def x_grant_role_permissions__mutmut_32(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=None, apps=global_apps)
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


def x_grant_role_permissions__mutmut_33(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=None)
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


def x_grant_role_permissions__mutmut_34(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(verbosity=0, using=using, apps=global_apps)
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


def x_grant_role_permissions__mutmut_35(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, using=using, apps=global_apps)
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


def x_grant_role_permissions__mutmut_36(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, apps=global_apps)
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


def x_grant_role_permissions__mutmut_37(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, )
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


def x_grant_role_permissions__mutmut_38(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=1, using=using, apps=global_apps)
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


def x_grant_role_permissions__mutmut_39(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = None
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


def x_grant_role_permissions__mutmut_40(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = Group.objects.using(using).get_or_create(name=None)
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


def x_grant_role_permissions__mutmut_41(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = Group.objects.using(None).get_or_create(name=role.value)
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


def x_grant_role_permissions__mutmut_42(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = Group.objects.using(using).get_or_create(name=role.value)
        wanted = None
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


def x_grant_role_permissions__mutmut_43(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = kwargs.get("using", "default")
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=global_apps)
    for role in Role:
        group, _ = Group.objects.using(using).get_or_create(name=role.value)
        wanted = Permission.objects.none()
        for label, roles in FULL_RIGHTS.items():
            if role not in roles:
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


def x_grant_role_permissions__mutmut_44(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                wanted = Permission.objects.filter(content_type__app_label=label)
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


def x_grant_role_permissions__mutmut_45(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                wanted &= Permission.objects.filter(content_type__app_label=label)
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


def x_grant_role_permissions__mutmut_46(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                wanted |= Permission.objects.filter(content_type__app_label=None)
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


def x_grant_role_permissions__mutmut_47(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
            if role not in roles:
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


def x_grant_role_permissions__mutmut_48(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                wanted = Permission.objects.filter(
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


def x_grant_role_permissions__mutmut_49(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                wanted &= Permission.objects.filter(
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


def x_grant_role_permissions__mutmut_50(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    content_type__app_label=None, codename__startswith="view_"
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_51(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    content_type__app_label=label, codename__startswith=None
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_52(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    codename__startswith="view_"
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_53(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    content_type__app_label=label, )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_54(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    content_type__app_label=label, codename__startswith="XXview_XX"
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_55(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                    content_type__app_label=label, codename__startswith="VIEW_"
                )
        for app_label, codename in EXTRA.get(role, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_56(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
        for app_label, codename in EXTRA.get(None, []):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_57(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
        for app_label, codename in EXTRA.get(role, None):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_58(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
        for app_label, codename in EXTRA.get([]):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_59(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
        for app_label, codename in EXTRA.get(role, ):
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_60(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
            wanted = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_61(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
            wanted &= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_62(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                content_type__app_label=None, codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_63(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                content_type__app_label=app_label, codename=None
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_64(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                codename=codename
            )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_65(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
                content_type__app_label=app_label, )
        group.permissions.add(*wanted.using(using))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_66(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
        group.permissions.add(*wanted.using(None))
        group.permissions.remove(
            *Permission.objects.using(using).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )


def x_grant_role_permissions__mutmut_67(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
            *Permission.objects.using(using).filter(content_type__app_label__in=None)
        )


def x_grant_role_permissions__mutmut_68(sender: Any = None, apps: Any = global_apps, **kwargs: Any) -> None:
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
            *Permission.objects.using(None).filter(content_type__app_label__in=NOT_FOR_ROLES)
        )

mutants_x_grant_role_permissions__mutmut['_mutmut_orig'] = x_grant_role_permissions__mutmut_orig # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_1'] = x_grant_role_permissions__mutmut_1 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_2'] = x_grant_role_permissions__mutmut_2 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_3'] = x_grant_role_permissions__mutmut_3 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_4'] = x_grant_role_permissions__mutmut_4 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_5'] = x_grant_role_permissions__mutmut_5 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_6'] = x_grant_role_permissions__mutmut_6 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_7'] = x_grant_role_permissions__mutmut_7 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_8'] = x_grant_role_permissions__mutmut_8 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_9'] = x_grant_role_permissions__mutmut_9 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_10'] = x_grant_role_permissions__mutmut_10 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_11'] = x_grant_role_permissions__mutmut_11 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_12'] = x_grant_role_permissions__mutmut_12 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_13'] = x_grant_role_permissions__mutmut_13 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_14'] = x_grant_role_permissions__mutmut_14 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_15'] = x_grant_role_permissions__mutmut_15 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_16'] = x_grant_role_permissions__mutmut_16 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_17'] = x_grant_role_permissions__mutmut_17 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_18'] = x_grant_role_permissions__mutmut_18 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_19'] = x_grant_role_permissions__mutmut_19 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_20'] = x_grant_role_permissions__mutmut_20 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_21'] = x_grant_role_permissions__mutmut_21 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_22'] = x_grant_role_permissions__mutmut_22 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_23'] = x_grant_role_permissions__mutmut_23 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_24'] = x_grant_role_permissions__mutmut_24 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_25'] = x_grant_role_permissions__mutmut_25 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_26'] = x_grant_role_permissions__mutmut_26 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_27'] = x_grant_role_permissions__mutmut_27 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_28'] = x_grant_role_permissions__mutmut_28 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_29'] = x_grant_role_permissions__mutmut_29 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_30'] = x_grant_role_permissions__mutmut_30 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_31'] = x_grant_role_permissions__mutmut_31 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_32'] = x_grant_role_permissions__mutmut_32 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_33'] = x_grant_role_permissions__mutmut_33 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_34'] = x_grant_role_permissions__mutmut_34 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_35'] = x_grant_role_permissions__mutmut_35 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_36'] = x_grant_role_permissions__mutmut_36 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_37'] = x_grant_role_permissions__mutmut_37 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_38'] = x_grant_role_permissions__mutmut_38 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_39'] = x_grant_role_permissions__mutmut_39 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_40'] = x_grant_role_permissions__mutmut_40 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_41'] = x_grant_role_permissions__mutmut_41 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_42'] = x_grant_role_permissions__mutmut_42 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_43'] = x_grant_role_permissions__mutmut_43 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_44'] = x_grant_role_permissions__mutmut_44 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_45'] = x_grant_role_permissions__mutmut_45 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_46'] = x_grant_role_permissions__mutmut_46 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_47'] = x_grant_role_permissions__mutmut_47 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_48'] = x_grant_role_permissions__mutmut_48 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_49'] = x_grant_role_permissions__mutmut_49 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_50'] = x_grant_role_permissions__mutmut_50 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_51'] = x_grant_role_permissions__mutmut_51 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_52'] = x_grant_role_permissions__mutmut_52 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_53'] = x_grant_role_permissions__mutmut_53 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_54'] = x_grant_role_permissions__mutmut_54 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_55'] = x_grant_role_permissions__mutmut_55 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_56'] = x_grant_role_permissions__mutmut_56 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_57'] = x_grant_role_permissions__mutmut_57 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_58'] = x_grant_role_permissions__mutmut_58 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_59'] = x_grant_role_permissions__mutmut_59 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_60'] = x_grant_role_permissions__mutmut_60 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_61'] = x_grant_role_permissions__mutmut_61 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_62'] = x_grant_role_permissions__mutmut_62 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_63'] = x_grant_role_permissions__mutmut_63 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_64'] = x_grant_role_permissions__mutmut_64 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_65'] = x_grant_role_permissions__mutmut_65 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_66'] = x_grant_role_permissions__mutmut_66 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_67'] = x_grant_role_permissions__mutmut_67 # type: ignore # mutmut generated
mutants_x_grant_role_permissions__mutmut['x_grant_role_permissions__mutmut_68'] = x_grant_role_permissions__mutmut_68 # type: ignore # mutmut generated
