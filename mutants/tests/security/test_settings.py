"""Production settings: `check --deploy` is clean; headers, cookies and sessions are strict."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

SECRET = "k" * 20 + "Q9#x" * 8


def manage(*args, **env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE is a test setting, not production's.
    skip = {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in skip} | env
    return subprocess.run(
        [sys.executable, "manage.py", *args], env=environment, capture_output=True, text=True
    )


def test_check_deploy_reports_nothing_in_production():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DEBUG="0", SECRET_KEY=SECRET, ALLOWED_HOSTS="kpi.example.gov.uk",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_settings_are_strict():
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.X_FRAME_OPTIONS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_AGE, "
        "s.SESSION_SAVE_EVERY_REQUEST)"
    )
    result = manage("shell", "-c", code, DEBUG="0", SECRET_KEY=SECRET, ALLOWED_HOSTS="x")
    assert result.stdout.split()[-7:] == [
        "31536000",
        "True",
        "True",
        "DENY",
        "True",
        "1800",
        "True",
    ]


@pytest.mark.django_db
def test_every_page_carries_a_csp_without_inline_script_and_denies_framing(client, rita):
    client.force_login(rita)
    response = client.get(reverse("home"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert "<script>" not in response.content.decode()  # no inline script


@pytest.mark.django_db
def test_repeated_failures_lock_the_sign_in_out_with_a_plain_message(client, alice, settings):
    url = reverse("login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "alice", "password": "wrong"})
    locked = client.post(url, {"username": "alice", "password": "correct horse battery"})
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Too many attempts to sign in" in text and "15 minutes" in text
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_correct_password_signs_in_and_clears_earlier_failures(client, alice):
    url = reverse("login")
    client.post(url, {"username": "alice", "password": "wrong"})
    response = client.post(url, {"username": "alice", "password": "correct horse battery"})
    assert response.status_code == 302
    from axes.models import AccessAttempt

    assert not AccessAttempt.objects.exists()


def test_passwords_are_validated():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("password")
    with pytest.raises(ValidationError):
        validate_password("12345678901")
