"""What each role's group may do in the Django admin, as `grant_role_permissions` sets it
after every migrate: exactly these rights, no more."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission

from core.permissions import grant_role_permissions
from core.roles import Role

pytestmark = pytest.mark.django_db

APPS = ("indicators", "submissions", "reports", "api")


def rights(role: Role) -> set[tuple[str, str]]:
    group = Group.objects.get(name=role.value)
    return set(group.permissions.values_list("content_type__app_label", "codename"))


def every(*labels: str, view_only: bool = False) -> set[tuple[str, str]]:
    found = Permission.objects.filter(content_type__app_label__in=labels)
    if view_only:
        found = found.filter(codename__startswith="view_")
    return set(found.values_list("content_type__app_label", "codename"))


@pytest.fixture
def granted_afresh() -> None:
    """Every group gone, as on a new database, then granted as after a migrate."""
    Group.objects.all().delete()
    grant_role_permissions()


@pytest.mark.usefixtures("granted_afresh")
def test_administrators_have_the_apps_and_may_manage_people_but_not_groups():
    people = {("auth", "view_user"), ("auth", "add_user"), ("auth", "change_user")}
    expected = every(*APPS) | people | {("auth", "view_group")}
    assert rights(Role.ADMIN) == expected
    assert every("indicators") and every("api")  # the apps do have permissions to give


@pytest.mark.usefixtures("granted_afresh")
def test_the_performance_team_may_only_view_the_apps_in_the_admin():
    assert rights(Role.PERFORMANCE) == every("indicators", "submissions", "reports",
                                             view_only=True)  # fmt: skip
    assert not any(label == "api" for label, _ in rights(Role.PERFORMANCE))


@pytest.mark.usefixtures("granted_afresh")
def test_owners_and_readers_have_no_admin_rights():
    assert rights(Role.OWNER) == set()
    assert rights(Role.READER) == set()


def test_the_schedulers_tables_are_taken_away_from_any_role_that_was_given_them():
    grant_role_permissions()
    admins = Group.objects.get(name=Role.ADMIN.value)
    beat = Permission.objects.filter(content_type__app_label="django_celery_beat")
    assert beat.exists()
    admins.permissions.add(*beat)
    grant_role_permissions()
    assert not rights(Role.ADMIN) & every("django_celery_beat")
    assert set(Group.objects.values_list("name", flat=True)) >= {r.value for r in Role}
