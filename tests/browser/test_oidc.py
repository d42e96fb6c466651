"""Sign-in with the council's accounts, against a real OpenID Connect provider on loopback
(the `oidc-provider` npm package, tests/oidc/provider.mjs): sign-in, roles from the
provider's groups, a person the portal does not know refused, sign-out of both."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.roles import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def provider(live_server, settings, alice):
    if not (ROOT / "node_modules" / "oidc-provider").exists() or not shutil.which("node"):
        message = "the OIDC tests need node and oidc-provider (make test installs them)"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    accounts = {
        "alice.smith": {"email": alice.email.upper(), "given_name": "Alice", "groups": ["g-perf"]},
        "stranger": {"email": "stranger@example.gov.uk", "groups": ["g-perf"]},
    }
    env = os.environ | {
        "OIDC_PORT": str(port),
        "PORTAL_URL": live_server.url,
        "OIDC_ACCOUNTS": json.dumps(accounts),
    }
    process = subprocess.Popen(
        ["node", "tests/oidc/provider.mjs"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        said = []
        while (line := process.stdout.readline()) and line != "ready\n":  # warnings first
            said.append(line)
        assert line == "ready\n", f"the provider did not start: {said}"
        issuer = f"http://127.0.0.1:{port}"
        settings.OIDC_RP_CLIENT_ID = "kpiportal"
        settings.OIDC_RP_CLIENT_SECRET = "kpiportal-test-secret"
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{issuer}/auth"
        settings.OIDC_OP_TOKEN_ENDPOINT = f"{issuer}/token"
        settings.OIDC_OP_USER_ENDPOINT = f"{issuer}/me"
        settings.OIDC_OP_JWKS_ENDPOINT = f"{issuer}/jwks"
        settings.OIDC_OP_LOGOUT_ENDPOINT = f"{issuer}/session/end"
        settings.OIDC_RP_SCOPES = "openid email profile groups"
        settings.OIDC_GROUP_ROLES = [f"g-perf={Role.PERFORMANCE.value}"]
        settings.SITE_URL = live_server.url
        settings.AUTHENTICATION_BACKENDS = [
            *settings.AUTHENTICATION_BACKENDS,
            "kpiportal.oidc.CouncilAccounts",
        ]
        yield issuer
    finally:
        process.terminate()
        process.wait(timeout=10)


def sign_in_at_the_provider(page, login):
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.locator("button[type=submit]").click()  # the consent page: Continue


@pytest.fixture
def plain_page(context):
    """A plain page: the provider's own pages ask for web fonts this machine cannot reach,
    which the suite's page would count as errors (the portal's pages are checked there)."""
    return context.new_page()


def test_a_known_person_signs_in_gets_roles_from_groups_and_signs_out_of_both(
    plain_page, live_server, provider, alice, axe
):
    plain_page.goto(f"{live_server.url}/accounts/login/")
    axe.check(plain_page)
    plain_page.get_by_role("link", name="Sign in with your council account").click()
    expect(plain_page).to_have_url(
        f"{provider}/interaction/" + plain_page.url.split("/interaction/")[-1]
    )
    sign_in_at_the_provider(plain_page, "alice.smith")

    expect(plain_page).to_have_url(f"{live_server.url}/")
    expect(plain_page.get_by_role("heading", level=1)).to_be_visible()
    alice.refresh_from_db()
    assert {g.name for g in alice.groups.all()} == {Role.PERFORMANCE.value}  # from g-perf
    assert alice.last_login is not None

    plain_page.get_by_role("button", name="Sign out").first.click()
    expect(
        plain_page.get_by_role("heading", name="You are signed out of the portal")
    ).to_be_visible()
    axe.check(plain_page)
    plain_page.get_by_role("link", name="Sign out of your council account too").click()
    plain_page.get_by_role("button", name="Yes, sign me out").click()  # the provider asks
    expect(plain_page).to_have_url(f"{live_server.url}/accounts/login/")
    plain_page.goto(f"{live_server.url}/review/")
    expect(plain_page).to_have_url(f"{live_server.url}/accounts/login/?next=/review/")


def test_someone_the_portal_does_not_know_is_refused_plainly(plain_page, live_server, provider):
    plain_page.goto(f"{live_server.url}/accounts/login/")
    plain_page.get_by_role("link", name="Sign in with your council account").click()
    sign_in_at_the_provider(plain_page, "stranger")
    expect(plain_page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(
        plain_page.get_by_text("Your council account is not set up in the portal yet")
    ).to_be_visible()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="stranger@example.gov.uk").exists()


def test_password_sign_in_can_be_switched_off(plain_page, live_server, provider, settings):
    settings.PASSWORD_SIGN_IN = False
    plain_page.goto(f"{live_server.url}/accounts/login/")
    expect(plain_page.get_by_role("link", name="Sign in with your council account")).to_be_visible()
    expect(plain_page.get_by_label("Password")).to_have_count(0)
