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
    # My returns reads the open months once, for the page's month and the month picker;
    # an owner of every return on it covers for no one there, so no cover is read; the
    # owner's indicators are listed first (one query), not built into each of its queries.
    assert at_100 == {"alice": 15, "priya": 9}[user]


def test_my_returns_and_submit_all_cost_the_same_queries_for_2_returns_as_for_12(
    client, alice, period
):
    """Issue 14: My returns and "Submit all" read and write their returns in batches: the
    returns claimed in one UPDATE, what they are judged against read once, their values
    and history written in one go. Not a query a return (7 a return before)."""
    client.force_login(alice)
    url = reverse("submissions-mine")

    def submit_all():
        returns = list(Return.objects.filter(period=period, status="draft"))
        data = {"action": "submit_all"}
        for ret in returns:
            data |= {f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "91"}
        with CaptureQueriesContext(connection) as captured:
            assert client.post(url, data).status_code == 302
        assert not Return.objects.filter(period=period, status="draft").exists()
        return len(captured.captured_queries)

    add_indicators(2, alice, period)
    client.get(url)  # warm the session
    page_for_2 = queries(client, url)
    submit_2 = submit_all()
    Return.objects.filter(period=period).update(status="draft")
    add_indicators(10, alice, period)
    assert Return.objects.filter(period=period, status="draft").count() == 12
    assert queries(client, url) == page_for_2
    assert submit_all() == submit_2


def test_my_returns_reads_the_history_of_the_owners_indicators_by_their_ids(client, alice, period):
    """Given as a subquery, PostgreSQL guessed hundreds of indicators for an owner's twelve
    and read every return of every month for their history: 5.5 ms of a 40 ms page at the
    deadline (issue 14). The ids read with the returns go in as they are."""
    client.force_login(alice)
    add_indicators(3, alice, period)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("submissions-mine")).status_code == 200
    history = [
        query["sql"]
        for query in captured.captured_queries
        if '"submissions_return"."status" = ' in query["sql"] and "period__month" in query["sql"]
    ]
    assert history, "the history query was not found"
    assert all("SELECT" not in sql.split("WHERE", 1)[1] for sql in history)


def test_my_returns_costs_no_query_a_card_for_a_profiled_target(client, alice, period):
    """A profile's target says which period it is for ("for Oct-26"), which needs its
    indicator's frequency: each card read its indicator again until the targets were given
    the indicators already read."""
    from decimal import Decimal

    from indicators import periods

    def add_profiled(count):
        for _ in range(count):
            indicator = IndicatorFactory(owners=[alice])
            TargetFactory(indicator=indicator, year=period.year)
            TargetFactory(
                indicator=indicator, year=period.year, period=period.month, target=Decimal(95)
            )
            Return.objects.create(indicator=indicator, period=period)

    client.force_login(alice)
    url = reverse("submissions-mine")
    add_profiled(2)
    client.get(url)  # warm the session
    at_2 = queries(client, url)
    add_profiled(10)
    assert queries(client, url) == at_2
    label = periods.period_label(period.month)
    assert client.get(url).content.decode().count(f"for {label}</span>") == 12


def test_submit_all_reads_what_the_returns_are_judged_against_once(client, alice, period):
    """The page's own read of targets, figures before and open actions serves the
    submission too: read again after the returns are claimed, they were no truer (the
    claim locks the returns, not those) and Submit all cost a sixth more."""
    client.force_login(alice)
    add_indicators(3, alice, period)
    data = {"action": "submit_all"}
    for ret in Return.objects.filter(period=period):
        data |= {f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "91"}
    with CaptureQueriesContext(connection) as captured:
        assert client.post(reverse("submissions-mine"), data).status_code == 302
    assert Return.objects.filter(period=period, status="submitted").count() == 3
    reads = [q["sql"] for q in captured.captured_queries]
    for table in ("indicators_target", "submissions_action", "indicators_indicator_owners"):
        assert len([sql for sql in reads if sql.startswith(f'SELECT "{table}".')]) == 1, table
