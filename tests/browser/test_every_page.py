"""Every page, as each role, through axe-core at 1280 and 320 px wide (WCAG 2.2 AA).

On the demo council, so pages are as full as a real month makes them: every state of a
return, a month's alert for another month, 30 frozen months, the Targets inline. Each
page also has its place in the navigation marked with aria-current, the accessibility
statement in its footer and a title that says where you are. A page added to the portal
fails `test_the_sweep_covers_every_page` until it is visited here.
"""

from datetime import date

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from indicators.models import Indicator
from kpiportal.demo.catalogue import DEMO_PASSWORD
from submissions.models import Return
from tests.browser.a11y import url_name
from tests.browser.conftest import demo_on
from tests.security.test_every_url import EXPECTED, PUBLIC

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TODAY = date(2026, 11, 24)
WIDTHS = (1280, 320)
# The committee dashboard pages fail at 320 px, both on issue 12's item 9: the list of
# frozen months makes the whole page scroll sideways (by 312 px), and the dashboard's table
# boxes scroll but cannot be reached with Tab (axe: scrollable-region-focusable). The
# lead's issue-10 rewrite of the dashboard fixes them; then this set should be emptied.
NOT_YET_AT_320: set[str] = set()  # every page reflows at 320 px
# Not pages: a file download, JSON, a redirect, a form's target.
NOT_PAGES = {
    "healthz", "session-keepalive", "reports-export", "reports-cover-docx", "logout",
    "submissions-spreadsheet",  # an XLSX; its preview is checked in test_forms
    "oidc_authentication_init", "oidc_authentication_callback",  # to and from the provider
    "open-download", "open-all", "open-schema", "api-schema", "api-indicator-list",
    "api-indicator-detail", "api-target-list", "api-target-detail", "api-snapshot-list",
    "api-snapshot-detail", "api-snapshot-rows",
}  # fmt: skip

# What each role visits: (path, the nav link marked as current or None, its aria-current).
PAGES = {
    "owner": [
        ("/", "Home", "page"),
        ("/returns/", "My returns", "page"),
        ("/returns/2026-09/", "My returns", "page"),
        ("/returns/cover/", "My returns", "true"),
        ("{detail}", "My returns", "true"),
        ("/indicators/", "Indicators", "page"),
        ("/indicators/CS01/", "Indicators", "true"),
        ("/dashboard/", "Dashboards", "page"),
        ("/dashboard/2026-09/", "Dashboards", "true"),
        ("/accessibility/", None, None),
        ("/review/", None, None),  # 403: not for their role
        ("/no-such-page/", None, None),  # 404
    ],
    "perf": [
        ("/", "Home", "page"),
        ("/review/", "Review", "page"),
        ("/review/2026-10/?state=submitted&rag=RED", "Review", "page"),
        ("/review/2026-10/?state=all&page=2", "Review", "page"),  # with its pages' links
        ("{detail}", "Review", "true"),
        ("/audit/", "Audit", "page"),
        ("/audit/?since=not-a-date", "Audit", "page"),
        ("/dashboard/", "Dashboards", "page"),
        ("/dashboard/2026-09/", "Dashboards", "true"),
        ("/dashboard/freeze/check/?month=2026-10", "Dashboards", "true"),
        ("/dashboard/2026-09/publish/", "Dashboards", "true"),
        ("/actions/", "Actions", "page"),
        ("/lockouts/", "Lockouts", "page"),
        ("/actions/?overdue=1", "Actions", "page"),
        ("/indicators/?kind=kpi", "Indicators", "page"),
    ],
    "admin": [
        ("/", "Home", "page"),
        ("/audit/", "Audit", "page"),
        ("/admin/", None, None),
        ("/admin/indicators/indicator/", None, None),
        ("/admin/indicators/indicator/?kind__exact=kpi", None, None),
        ("/admin/indicators/indicator/{cs01}/change/", None, None),
        ("/admin/indicators/indicator/add/", None, None),
        ("/admin/indicators/target/", None, None),
        ("/admin/indicators/target/import/", None, None),
        ("/admin/indicators/indicator/handover/", None, None),
        ("/admin/indicators/financialyear/", None, None),
        ("/admin/indicators/financialyear/open-next/", None, None),
        ("/admin/submissions/return/", None, None),
        ("/admin/auth/user/", None, None),
    ],
    "reader": [
        ("/", "Home", "page"),
        ("/dashboard/", "Dashboards", "page"),
        ("/dashboard/2026-09/", "Dashboards", "true"),
        ("/indicators/", "Indicators", "page"),
    ],
}


@pytest.fixture
def demo():
    demo_on(TODAY)
    # A return sent back in September, so My returns shows the alert for another month.
    Return.objects.filter(indicator__ref="CS02", period__month=date(2026, 9, 1)).update(
        status=Return.Status.RETURNED
    )
    october = Return.objects.filter(period__month=date(2026, 10, 1))
    return {
        "detail": reverse("submissions-detail", args=[october.get(indicator__ref="CS05").pk]),
        "cs01": Indicator.objects.get(ref="CS01").pk,
    }


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/")


def check_page(page, axe, width, current, state, visited):
    name = url_name(page)
    visited.add(name)
    if width == 320 and name in NOT_YET_AT_320:
        return
    axe.check(page)
    if width == 320:  # reflow (1.4.10): wide tables scroll in their own box, not the page
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at 320px"
    title = page.title()
    assert title.endswith(" – kpiportal") or title.endswith(" | kpiportal"), title
    footer = page.locator("footer").get_by_role("link", name="Accessibility statement")
    expect(footer).to_have_attribute("href", "/accessibility/")
    if page.locator("nav[aria-label=Main]").count() == 0:
        return  # the admin has its own navigation
    marked = page.locator("nav[aria-label=Main] [aria-current]")
    if current is None:
        expect(marked).to_have_count(0)
    else:
        expect(marked).to_have_count(1)
        expect(marked).to_have_text(current)
        expect(marked).to_have_attribute("aria-current", state)


@pytest.mark.parametrize("role", sorted(PAGES))
def test_every_page_passes_axe_at_1280_and_320_px(page, live_server, axe, demo, role):
    visited: set[str] = set()
    sign_in(page, live_server, role)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path, current, state in PAGES[role]:
            page.goto(live_server.url + path.format(**demo))
            check_page(page, axe, width, current, state, visited)
    assert visited >= {url_name_of(path.format(**demo)) for path, *_ in PAGES[role]} - {""}


def test_signed_out_pages_pass_axe(page, live_server, axe):
    visited: set[str] = set()
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/accounts/login/")
        check_page(page, axe, width, None, None, visited)
        page.get_by_role("button", name="Sign in").click()  # with errors
        expect(page).to_have_title("Error: Sign in – kpiportal")
        check_page(page, axe, width, None, None, visited)
        page.goto(f"{live_server.url}/accessibility/")
        check_page(page, axe, width, None, None, visited)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Accessibility statement for kpiportal"
        )
        # The set-your-own-password link, as a person is sent it (here: expired).
        page.goto(f"{live_server.url}/accounts/reset/MQ/set-password/")
        check_page(page, axe, width, None, None, visited)
        page.goto(f"{live_server.url}/accounts/reset/done/")
        check_page(page, axe, width, None, None, visited)


def url_name_of(path):
    from django.urls import Resolver404, resolve

    try:
        return resolve(path.split("?")[0]).url_name or ""
    except Resolver404:
        return ""


def test_the_sweep_covers_every_page():
    """Every page of the URLconf that answers some role with HTML is visited above."""
    sample = {"detail": "/return/1/", "cs01": 1}
    swept = {url_name_of(path.format(**sample)) for pages in PAGES.values() for path, *_ in pages}
    swept |= {  # test_signed_out_pages_pass_axe
        "login", "accessibility", "password_reset_confirm", "password_reset_complete",
    }  # fmt: skip
    # test_open_data.py: /open/ through axe; /api/docs/ (Swagger UI, not ours) under the
    # CSP but not axe: its known problems are in the accessibility statement.
    swept |= {"open-index", "open-month", "api-docs"}
    pages = {
        name for name, (method, answers) in EXPECTED.items() if method == "get" and 200 in answers
    }
    pages |= set(PUBLIC) - {"favicon"}
    assert pages - NOT_PAGES - swept == set()
