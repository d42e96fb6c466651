import pytest
from django.urls import reverse

from tests.factories import IndicatorFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_login_page_shows_a_plain_message_for_a_wrong_password(client, alice):
    response = client.post(reverse("login"), {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "The username or password is not right." in response.content.decode()


def test_an_owner_sees_the_indicators_they_own(client, alice):
    IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    IndicatorFactory(ref="FN01", title="Invoices paid")
    client.force_login(alice)
    page = client.get(reverse("home")).content.decode()
    assert "Your indicators" in page
    assert "Calls answered" in page
    assert "Invoices paid" not in page
    assert "Administration" not in page


def test_each_role_sees_its_own_section(client, priya, sam, rita):
    sections = {
        priya: "Performance team",
        sam: "Import targets from a spreadsheet",
        rita: "Read the committee",
    }
    for user, text in sections.items():
        client.force_login(user)
        page = client.get(reverse("home")).content.decode()
        assert text in page
        assert "Your indicators" not in page


def test_someone_without_a_role_is_told_to_ask_for_one(client, charlie):
    client.force_login(charlie)
    assert "has no role yet" in client.get(reverse("home")).content.decode()


def test_the_health_check_answers_without_signing_in(client):
    assert client.get(reverse("healthz")).json() == {"status": "ok"}


def test_an_owner_past_the_deadline_is_told_by_how_many_working_days(client, alice, settings):
    import re
    from datetime import date
    from unittest import mock

    from submissions.models import Return
    from tests.factories import period_for

    indicator = IndicatorFactory(ref="CS01", owners=[alice])
    period = period_for(date(2023, 10, 1))  # deadline Tuesday 14 November 2023
    Return.objects.create(indicator=indicator, period=period)
    client.force_login(alice)
    with mock.patch("django.utils.timezone.localdate", return_value=date(2023, 11, 23)):
        page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(reverse("home")).text))
    assert "overdue the deadline was Tuesday 14 November: overdue by 7 working days" in page
    with mock.patch("django.utils.timezone.localdate", return_value=date(2023, 11, 14)):
        on_time = client.get(reverse("home")).text
    assert "overdue" not in on_time and "deadline Tuesday 14 November" in on_time


def test_a_superuser_is_an_administrator_without_the_group(client):
    from tests.factories import UserFactory

    boss = UserFactory(username="boss", is_superuser=True, is_staff=True)
    assert not boss.groups.exists()
    client.force_login(boss)
    page = client.get(reverse("home")).content.decode()
    assert "Import targets from a spreadsheet" in page
    assert "has no role yet" not in page
