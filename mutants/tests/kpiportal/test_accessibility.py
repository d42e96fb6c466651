"""The accessibility statement, the session's keep-alive, and what every page carries:
its place in the navigation, the statement in its footer, a title that says where you are."""

import pytest
from django.urls import reverse

from tests.factories import IndicatorFactory

pytestmark = pytest.mark.django_db


def test_the_statement_is_open_to_anyone_and_says_how_to_report_a_problem(client, settings):
    settings.ACCESSIBILITY_CONTACT_EMAIL = "performance@council.example.gov.uk"
    response = client.get(reverse("accessibility"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Accessibility statement – kpiportal</title>" in page
    assert 'href="mailto:performance@council.example.gov.uk"' in page
    for heading in ("How accessible this portal is", "Feedback and reporting a problem",
                    "Enforcement procedure", "How we tested it"):  # fmt: skip
        assert heading in page
    assert "signed out after 30 minutes without activity" in page


@pytest.mark.parametrize("path", ["/accounts/login/", "/", "/indicators/"])
def test_every_page_links_the_statement_from_its_footer(client, rita, path):
    client.force_login(rita)
    page = client.get(path).content.decode()
    footer = page[page.index("<footer") :]
    assert 'href="/accessibility/"' in footer and "Accessibility statement" in footer


def test_the_admin_links_the_statement_and_warns_before_the_session_ends(client, sam):
    client.force_login(sam)
    page = client.get("/admin/").content.decode()
    assert 'href="/accessibility/">Accessibility statement</a>' in page
    assert 'id="session-dialog"' in page and "/static/js/portal.js" in page


def test_keepalive_says_whether_there_is_a_session_and_is_never_cached(client, alice, settings):
    settings.SESSION_COOKIE_AGE = 1800
    url = reverse("session-keepalive")
    assert client.get(url).json() == {"signed_in": False}
    client.force_login(alice)
    response = client.get(url)
    assert response.json() == {"signed_in": True, "seconds": 1800}
    assert "no-store" in response["Cache-Control"]


def test_signed_in_pages_carry_the_session_timing_for_the_warning(client, alice, settings):
    settings.SESSION_COOKIE_AGE = 600
    settings.SESSION_WARNING_SECONDS = 90
    assert "data-session-seconds" not in client.get("/accounts/login/").content.decode()
    client.force_login(alice)
    page = client.get("/").content.decode()
    assert 'data-session-seconds="600" data-session-warning-seconds="90"' in page
    assert "You were signed out after 10 minutes without activity" in page


def test_the_navigation_marks_the_page_and_the_section_you_are_in(client, richard, submitted):
    client.force_login(richard)  # on the performance team and an owner
    page = client.get("/returns/2023-10/").content.decode()
    assert 'href="/returns/" aria-current="page">My returns</a>' in page
    assert page.count("aria-current") == 1
    page = client.get(reverse("submissions-detail", args=[submitted.pk])).content.decode()
    assert 'href="/review/" aria-current="true">Review</a>' in page
    assert 'href="/returns/">My returns</a>' in page  # one section marked, not both
    page = client.get(reverse("indicators-detail", args=["CS01"])).content.decode()
    assert 'href="/indicators/" aria-current="true">Indicators</a>' in page


def test_the_sign_in_page_ties_its_errors_to_its_fields(client, alice):
    page = client.post(reverse("login"), {"username": "", "password": ""}).content.decode()
    assert "<title>Error: Sign in – kpiportal</title>" in page
    assert '<a href="#id_username">Enter your username.</a>' in page
    assert '<a href="#id_password">Enter your password.</a>' in page
    assert 'aria-invalid="true" aria-describedby="id_username_error"' in page
    assert 'aria-invalid="true" aria-describedby="id_password_error"' in page
    page = client.post(reverse("login"), {"username": "alice", "password": "no"}).content.decode()
    assert '<a href="#id_username">The username or password is not right.' in page
    assert "<title>Sign in – kpiportal</title>" in client.get(reverse("login")).content.decode()


@pytest.fixture
def submitted(alice, richard):
    from datetime import date
    from decimal import Decimal as D

    from submissions import services
    from submissions.figures import ReturnData
    from submissions.models import Return
    from tests.factories import TargetFactory, period_for

    period = period_for(date(2023, 10, 1))
    indicator = IndicatorFactory(ref="CS01", owners=[alice, richard])
    TargetFactory(indicator=indicator, year=period.year)
    ret = Return.objects.create(indicator=indicator, period=period)
    return services.return_submit(
        ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(96))
    )
