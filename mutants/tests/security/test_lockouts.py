"""Issue 11, item 4: login throttling keys on the client the trusted proxy reports, and the
performance team or an Administrator lifts a lockout from a page of their own."""

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db
WRONG = {"username": "alice", "password": "not her password"}


def sign_in(client, forwarded, password="not her password"):
    return client.post(
        reverse("login"),
        {"username": "alice", "password": password},
        HTTP_X_FORWARDED_FOR=forwarded,
        REMOTE_ADDR="10.0.0.2",  # the proxy
    )


@override_settings(PROXY_COUNT=1, AXES_FAILURE_LIMIT=3)
def test_behind_a_proxy_one_client_s_failures_do_not_lock_out_another(client, alice):
    for _ in range(3):
        sign_in(client, "203.0.113.7")  # someone guessing from one address
    assert sign_in(client, "203.0.113.7").status_code == 429  # paused, there only
    # Alice herself, from elsewhere, behind the same proxy: signs in.
    assert sign_in(client, "198.51.100.4", "correct horse battery").status_code == 302
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.7"]


@override_settings(PROXY_COUNT=1, AXES_FAILURE_LIMIT=3)
def test_a_forged_forwarded_address_does_not_move_the_lockout(client, alice):
    # The client sends its own X-Forwarded-For: the proxy appends the real address.
    for forged in ("1.1.1.1", "2.2.2.2", "3.3.3.3"):
        sign_in(client, f"{forged}, 203.0.113.7")
    assert sign_in(client, "4.4.4.4, 203.0.113.7").status_code == 429


@override_settings(AXES_FAILURE_LIMIT=3)
def test_the_team_sees_and_lifts_a_lockout(client, alice, priya, rita):
    for _ in range(3):
        client.post(reverse("login"), WRONG)
    assert client.post(reverse("login"), WRONG).status_code == 429
    client.force_login(rita)
    assert client.get(reverse("kpiportal-lockouts")).status_code == 403
    client.force_login(priya)
    page = client.get(reverse("kpiportal-lockouts")).content.decode()
    assert '<th scope="row" class="fw-normal">alice</th>' in page
    attempt = AccessAttempt.objects.get(username="alice")
    done = client.post(reverse("kpiportal-lockout-lift", args=[attempt.pk]), follow=True)
    assert "alice can sign in again from that address." in done.content.decode()
    client.logout()
    signed_in = client.post(
        reverse("login"), {"username": "alice", "password": "correct horse battery"}
    )
    assert signed_in.status_code == 302
