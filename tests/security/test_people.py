"""Issue 11, item 1: an Administrator manages people but cannot make anyone more than they
are, nor set anyone's password (so nobody can sign in as another to approve their own)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from core.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def change(client, person, **data):
    url = reverse("admin:auth_user_change", args=[person.pk])
    page = client.get(url).content.decode()
    fields = {
        "username": person.username, "first_name": person.first_name,
        "last_name": person.last_name, "email": person.email, "is_active": "on",
        "last_login_0": "", "last_login_1": "", "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }  # fmt: skip
    return page, client.post(url, fields | data)


def test_an_administrator_cannot_make_anyone_a_superuser_or_staff(client, sam, alice):
    client.force_login(sam)
    page, response = change(client, alice, is_superuser="on", is_staff="on")
    assert 'name="is_superuser"' not in page and 'name="is_staff"' not in page
    assert 'name="user_permissions"' not in page
    alice.refresh_from_db()
    assert not alice.is_superuser and not alice.is_staff
    assert response.status_code == 302  # the rest of the change is saved


def test_an_administrator_gives_roles_below_their_own_only(client, sam, alice):
    client.force_login(sam)
    owners = Group.objects.get(name=Role.OWNER.value)
    administrators = Group.objects.get(name=Role.ADMIN.value)
    page, _ = change(client, alice, groups=[owners.pk, administrators.pk])
    assert f'value="{administrators.pk}"' not in page
    assert set(alice.groups.values_list("name", flat=True)) == {Role.OWNER.value}


def test_nobody_sets_another_person_s_password_they_are_sent_a_link(client, sam, alice):
    client.force_login(sam)
    page, _ = change(client, alice)
    assert "password" not in re.sub(r"<script.*?</script>", "", page).lower().split("<form")[1]
    url = reverse("admin:auth_user_password_change", args=[alice.pk])
    assert client.get(url).status_code == 403
    assert (
        client.post(url, {"password1": "x9!Lk2pq77", "password2": "x9!Lk2pq77"}).status_code == 403
    )
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "send_password_reset", "_selected_action": [alice.pk]},
        follow=True,
    )
    assert "Sent 1 link to set a password." in response.content.decode()
    (sent,) = mail.outbox
    assert sent.to == [alice.email]
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", sent.body).group(1)
    set_page = client.get(link, follow=True)
    assert set_page.status_code == 200 and "New password" in set_page.content.decode()


def test_a_new_person_is_made_with_no_password_and_sent_a_link(client, sam):
    client.force_login(sam)
    response = client.post(
        reverse("admin:auth_user_add"),
        {"username": "dana", "first_name": "Dana", "last_name": "Lewis",
         "email": "dana@example.gov.uk"},
    )  # fmt: skip
    assert response.status_code == 302
    from django.contrib.auth import get_user_model

    dana = get_user_model().objects.get(username="dana")
    assert not dana.has_usable_password()
    assert mail.outbox[0].to == ["dana@example.gov.uk"]


def test_a_superuser_s_account_is_not_an_administrators_to_change(client, sam):
    boss = UserFactory(username="boss", is_superuser=True, is_staff=True)
    client.force_login(sam)
    page, response = change(client, boss, first_name="Changed")
    boss.refresh_from_db()
    assert boss.first_name != "Changed"
    assert response.status_code == 403
