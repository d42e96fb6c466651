"""Browser tests: Playwright driving Debian's chromium, with axe-core on every page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _browser_available() -> None:
    missing = [str(p) for p in (Path("/usr/bin/chromium"), AXE) if not p.exists()]
    if missing:
        message = f"browser tests need {', '.join(missing)} (make test installs them)"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)


class Axe:
    """Runs axe-core on the page and fails on serious or critical violations."""

    def __init__(self) -> None:
        self.checked: list[str] = []

    def check(self, page: object) -> None:
        # Evaluated through the DevTools protocol: the page's CSP forbids injected scripts.
        if not page.evaluate("typeof axe !== 'undefined'"):
            page.evaluate(AXE.read_text())
        # No preload: axe would copy stylesheets into <style> elements, which the CSP refuses
        # (on the admin, whose CSS uses @import); it only feeds css-orientation-lock.
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations'], preload: false}))
                .violations
                .filter(v => ['serious', 'critical'].includes(v.impact))
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
        )
        self.checked.append(page.url)
        assert violations == [], f"Accessibility problems on {page.url}: {violations}"


@pytest.fixture
def axe() -> Axe:
    return Axe()


@pytest.fixture
def page(page: object):  # noqa: ANN201
    """Every browser test fails on a Content Security Policy violation or a script error."""
    problems: list[str] = []

    def on_console(message: object) -> None:
        if message.type != "error" or "favicon" in message.text:
            return
        # A 403 or 404 page visited on purpose: its status is the test's to check.
        if message.text.startswith("Failed to load resource") and (
            message.location.get("url") == page.url
        ):
            return
        problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    assert problems == [], f"Errors in the browser console: {problems}"


@pytest.fixture
def sign_in(live_server: object, axe: Axe):  # noqa: ANN201
    def sign_in(page: object, username: str) -> None:
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/accounts/login/")
        axe.check(page)
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live_server.url}/")

    return sign_in


def demo_on(today: object) -> None:
    """The demo council as of `today`, committed for the live server: built by the first
    test in this process that asks, its rows copied back for the others (tests/once.py)."""
    from kpiportal.demo.build import build_demo
    from tests.once import committed_once

    committed_once(("demo", today), lambda: build_demo(today))


@pytest.fixture
def alices_october(alice):
    """Alice's CS01 for October 2023: target 95, floor 90, usually 84–93 (40 is an outlier)."""
    from datetime import date
    from decimal import Decimal as D

    from submissions.models import Return
    from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

    october = date(2023, 10, 1)
    period = period_for(october)
    indicator = IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
    approved_history(indicator, [88, 85, 91, 84, 90, 87, 93, 86, 89, 92, 85, 88], before=october)
    return Return.objects.create(indicator=indicator, period=period)


from tests.reports.conftest import council  # noqa: E402, F401 - the small frozen council
