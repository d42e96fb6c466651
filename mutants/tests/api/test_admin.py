"""Administrators issue service accounts in the Django admin: the token shown once."""

import pytest
from django.urls import reverse

from api.models import ServiceAccount, token_hash

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:api_serviceaccount_changelist")


def token_on(page):
    import re

    return re.search(r'id="token" type="text" readonly value="(kps_[^"]+)"', page).group(1)


def test_an_administrator_issues_a_service_account_and_sees_its_token_once(client, sam, catalogue):
    client.force_login(sam)
    response = client.post(
        reverse("admin:api_serviceaccount_add"),
        {"name": "Contact centre telephony", "indicators": [catalogue["calls"].pk]},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    token = token_on(page)
    account = ServiceAccount.objects.get(name="Contact centre telephony")
    assert account.token_hash == token_hash(token) and account.created_by == sam
    assert list(account.indicators.all()) == [catalogue["calls"]]
    assert "it is not shown again" in page
    change = client.get(reverse("admin:api_serviceaccount_change", args=[account.pk]))
    assert token not in change.content.decode()


def test_the_admin_revokes_and_reissues(client, sam, telephony):
    client.force_login(sam)
    client.post(CHANGELIST, {"action": "revoke_tokens", "_selected_action": [telephony.pk]})
    telephony.refresh_from_db()
    assert telephony.is_revoked and telephony.revoked_by == sam
    response = client.post(
        CHANGELIST, {"action": "issue_new_token", "_selected_action": [telephony.pk]}
    )
    token = token_on(response.content.decode())
    telephony.refresh_from_db()
    assert not telephony.is_revoked and telephony.token_hash == token_hash(token)


def test_the_trail_of_use_is_read_only(client, sam, system, telephony):
    system.get(reverse("api-indicator-list"))
    client.force_login(sam)
    page = client.get(reverse("admin:api_apiuse_changelist")).content.decode()
    assert "/api/v1/indicators/" in page
    assert client.get(reverse("admin:api_apiuse_add")).status_code == 403


def test_only_administrators_manage_service_accounts(client, priya, telephony):
    priya.is_staff = True
    priya.save()
    client.force_login(priya)
    assert client.get(CHANGELIST).status_code == 403
