"""The owner's page and the review cost the same number of queries at 10 and 100 indicators."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, approved_history

pytestmark = pytest.mark.django_db


def add_indicators(count, owner, period):
    for _ in range(count):
        indicator = IndicatorFactory(owners=[owner])
        TargetFactory(indicator=indicator, year=period.year)
        approved_history(indicator, [90, 91, 92, 93], before=period.month)
        Return.objects.create(indicator=indicator, period=period)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    ("user", "url"),
    [("alice", reverse("submissions-mine")), ("priya", reverse("submissions-review"))],
)
def test_pages_do_not_cost_more_queries_with_more_indicators(
    client, alice, priya, period, user, url
):
    client.force_login({"alice": alice, "priya": priya}[user])
    add_indicators(10, alice, period)
    client.get(url)  # warm the session
    at_10 = queries(client, url)
    add_indicators(90, alice, period)
    at_100 = queries(client, url)
    assert at_10 == at_100
    assert at_100 <= 17  # with each indicator's open actions since action plans


def test_submit_all_judges_every_return_in_one_read(client, alice, period):
    """Issue 14: each return submitted costs its own writes only; what they are judged
    against (targets, history, actions) is read once for the page, not once a return."""
    client.force_login(alice)

    def submit_all():
        returns = list(Return.objects.filter(period=period, status="draft"))
        data = {"action": "submit_all"}
        for ret in returns:
            data |= {f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "91"}
        with CaptureQueriesContext(connection) as captured:
            assert client.post(reverse("submissions-mine"), data).status_code == 302
        return len(captured.captured_queries), len(returns)

    add_indicators(2, alice, period)
    client.get(reverse("submissions-mine"))  # warm the session
    few, two = submit_all()
    add_indicators(6, alice, period)
    many, six = submit_all()
    per_return = (many - few) / (six - two)
    assert per_return <= 7  # its claim, save, history and savepoint: 13 before issue 14
