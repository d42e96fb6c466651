"""The export's "Preparing…" page asks the server until the file is ready instead of
reloading itself (WCAG F41, 2.2.1), and says so in a role=status line."""

import pytest
from playwright.sync_api import expect

from reports import rendering
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def frozen(council):
    from reports.freeze import freeze_month

    return freeze_month(OCTOBER, today=TODAY).snapshot


def test_the_preparing_page_polls_and_the_download_starts_when_ready(
    page, live_server, sign_in, axe, rita, frozen, monkeypatch
):
    ready = {"now": False}
    real_stored = rendering.stored

    def stored(snapshot, directorate, file_format):
        if not ready["now"]:
            return None
        return real_stored(snapshot, directorate, file_format) or rendering.render_and_store(
            snapshot, directorate, file_format
        )

    # A worker is rendering it: the page waits until the file is kept.
    monkeypatch.setattr(rendering, "worker_available", lambda: True)
    monkeypatch.setattr(rendering, "queue_render", lambda *args: True)
    monkeypatch.setattr(rendering, "stored", stored)
    asked = []
    page.on(
        "request", lambda request: asked.append(request.method) if "export" in request.url else None
    )

    sign_in(page, "rita")
    page.goto(f"{live_server.url}/dashboard/{frozen.key}/export.xlsx?version=1")
    expect(page.get_by_role("heading", name="Preparing the XLSX of October 2023")).to_be_visible()
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    status = page.get_by_role("status")
    expect(status).to_contain_text("The download starts when it is ready")
    axe.check(page)
    page.wait_for_timeout(3500)
    assert "HEAD" in asked  # it asked again, without reloading
    expect(page.get_by_role("heading", name="Preparing the XLSX of October 2023")).to_be_visible()

    with page.expect_download(timeout=10000) as info:
        ready["now"] = True
    assert info.value.suggested_filename == "kpi-dashboard-2023-10-v1.xlsx"
    expect(status).to_contain_text("Ready: your download has started.")
