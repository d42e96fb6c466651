"""The demo shows the whole month: `make run` starts web, worker and beat with no Redis,
its clock can be moved, and the performance team can chase now."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone

from kpiportal import clock
from submissions.models import Reminder, Return
from tests.factories import IndicatorFactory, period_for

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_make_run_serves_the_demo_with_a_worker_and_beat_and_no_redis(tmp_path):
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CELERY_", "DATABASE_URL", "REQUIRE_SERVICES", "DEMO_"))
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "CELERY_FILESYSTEM_FOLDER": str(tmp_path / "queue"),
        "PORT": str(port),
    }
    log = tmp_path / "run.log"
    with log.open("w") as out:
        run = subprocess.Popen(
            ["make", "--no-print-directory", "run", f"PORT={port}"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        wanted = {
            "web": f"Serving the demo on http://127.0.0.1:{port}/",
            "worker": "worker | .* ready.",
            "beat": "beat   | .*DatabaseScheduler",
            "broker": r"broker -> filesystem://",
        }
        deadline = time.monotonic() + 240
        text = ""
        while time.monotonic() < deadline:
            text = log.read_text()
            if all(re.search(p.replace("|", r"\|"), text) for p in wanted.values()):
                break
            assert run.poll() is None, f"make run stopped:\n{text[-3000:]}"
            time.sleep(1)
        missing = [k for k, p in wanted.items() if not re.search(p.replace("|", r"\|"), text)]
        assert not missing, f"not started: {missing}\n{text[-3000:]}"
        body = ""
        for _ in range(30):  # runserver answers a moment after saying so
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as page:
                    body = page.read().decode()  # the sign-in page, redirected to
                break
            except OSError:
                time.sleep(1)
        assert "Sign in" in body
    finally:
        os.killpg(run.pid, signal.SIGTERM)
        run.wait(timeout=30)
    assert "Traceback" not in log.read_text()


def test_site_url_follows_host_and_port():
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"} | {
        "HOST": "0.0.0.0", "PORT": "8765", "DJANGO_SETTINGS_MODULE": "kpiportal.settings",
    }  # fmt: skip
    said = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SITE_URL)"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert said == "http://0.0.0.0:8765"


class TestTheDemoClock:
    @pytest.fixture(autouse=True)
    def real_time_after(self):
        yield
        timezone.now = clock._real_now

    def test_it_moves_the_portal_to_the_day_given(self, settings):
        settings.DEBUG, settings.DEMO_TODAY = True, "2026-11-20"
        clock.install()
        assert timezone.localdate() == date(2026, 11, 20)
        assert timezone.now().date() == date(2026, 11, 20)

    def test_deadline_is_last_months_deadline_day(self, settings):
        assert clock.deadline_day(date(2026, 11, 25)) == date(2026, 11, 13)
        settings.DEBUG, settings.DEMO_TODAY = True, "deadline"
        clock.install()
        assert timezone.localdate().day in range(10, 20)

    def test_it_is_refused_outside_debug(self, settings):
        settings.DEBUG, settings.DEMO_TODAY = False, "2026-11-20"
        with pytest.raises(ImproperlyConfigured, match="for the demo"):
            clock.install()

    def test_a_bad_date_is_refused_plainly(self, settings):
        settings.DEBUG, settings.DEMO_TODAY = True, "20/11/2026"
        with pytest.raises(ImproperlyConfigured, match="a date like 2026-11-20"):
            clock.install()


@pytest.mark.django_db
class TestChaseNow:
    @pytest.fixture
    def late(self, alice):
        period = period_for(date(2023, 10, 1))  # deadline 14 November 2023
        return Return.objects.create(
            indicator=IndicatorFactory(ref="CS01", owners=[alice]), period=period
        )

    def test_chase_now_reminds_once_a_day(self, client, priya, alice, late, monkeypatch):
        monkeypatch.setattr(timezone, "localdate", lambda *a: date(2023, 11, 16))
        client.force_login(priya)
        review = client.get(reverse("submissions-review-month", args=["2023-10"]))
        assert "Chase now" in review.content.decode()
        page = client.post(reverse("submissions-chase"), follow=True).content.decode()
        assert "Chased 1 return due soon or overdue (1 e-mail)." in page
        assert [m.to for m in mail.outbox] == [[alice.email]]
        assert "overdue since 14 November" in mail.outbox[0].body
        again = client.post(reverse("submissions-chase"), follow=True).content.decode()
        assert "Chased 0 returns" in again and "1 already reminded today was not chased" in again
        assert len(mail.outbox) == 1 and Reminder.objects.count() == 1

    def test_not_on_a_weekend(self, client, priya, late, monkeypatch):
        monkeypatch.setattr(timezone, "localdate", lambda *a: date(2023, 11, 18))  # Saturday
        client.force_login(priya)
        page = client.post(reverse("submissions-chase"), follow=True).content.decode()
        assert "Reminders go on working days only" in page and mail.outbox == []
