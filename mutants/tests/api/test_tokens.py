"""Service accounts' tokens: kept hashed, revocable, replaceable; every use recorded."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from api.models import ApiUse, ServiceAccount
from api.services import service_account_new_token, service_account_revoke

pytestmark = pytest.mark.django_db
URL = reverse("api-figures")
FIGURE = {"ref": "CS02", "month": "2023-10", "value": 55}


def client_with(token):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def test_the_token_is_kept_only_as_a_hash(telephony):
    stored = ServiceAccount.objects.filter(pk=telephony.pk).values().get()
    assert telephony.token.startswith("kps_") and len(telephony.token) > 40
    assert telephony.token not in str(stored)
    assert stored["token_hint"] == telephony.token[:10]


def test_the_account_cannot_sign_in_to_the_portal(client, telephony):
    user = telephony.user
    assert not user.is_active and not user.has_usable_password()
    assert user.get_full_name() == "Contact centre telephony (source system)"


def test_a_revoked_token_is_refused_and_the_attempt_recorded(telephony, sam):
    service_account_revoke(account=telephony, by=sam)
    response = client_with(telephony.token).post(URL, FIGURE, format="json")
    assert response.status_code == 401
    assert "revoked on" in response.json()["detail"]
    use = ApiUse.objects.get(account=telephony)
    assert use.status == 401 and use.outcome.startswith("Refused: revoked token")
    assert telephony.history.latest().history_change_reason == "Token revoked"


def test_an_unknown_token_is_refused(catalogue):
    response = client_with("kps_not-a-token").post(URL, FIGURE, format="json")
    assert response.status_code == 401
    assert "not one the portal issued" in response.json()["detail"]


def test_a_malformed_authorization_header_is_refused(catalogue):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer two words")
    assert client.post(URL, FIGURE, format="json").status_code == 401


def test_a_new_token_replaces_the_old_and_lifts_a_revocation(telephony, sam):
    service_account_revoke(account=telephony, by=sam)
    token = service_account_new_token(account=telephony, by=sam)
    assert client_with(telephony.token).post(URL, FIGURE, format="json").status_code == 401
    assert client_with(token).post(URL, FIGURE, format="json").status_code == 200


def test_a_use_records_when_the_account_was_last_used(system, telephony):
    assert telephony.last_used_at is None
    system.get(reverse("api-indicator-list"))
    telephony.refresh_from_db()
    assert telephony.last_used_at is not None
