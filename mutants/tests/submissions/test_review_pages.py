"""Issue 14: Review at thousands of returns comes a page at a time, keeping its filters, in
the same number of queries whatever the month holds."""

from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from submissions.models import Return
from submissions.selectors import REVIEW_PAGE
from tests.factories import IndicatorFactory, ServiceAreaFactory, TargetFactory

pytestmark = pytest.mark.django_db


def review_url(period):
    return reverse("submissions-review-month", args=[period.key])


def add_returns(period, owner, count, *, status="submitted", area=None, value=D(96), start=0):
    """`count` returns of new KPIs (target 95, floor 90), named KP0000 onwards."""
    made = []
    for i in range(start, start + count):
        extra = {"service_area": area} if area else {}
        indicator = IndicatorFactory(ref=f"KP{i:04d}", owners=[owner], **extra)
        TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
        made.append(
            Return.objects.create(
                indicator=indicator, period=period, status=status, value=value, version=2
            )
        )
    return made


def refs(response):
    return [row.indicator.ref for row in response.context["rows"]]


def test_review_comes_a_page_at_a_time_in_order(client, priya, alice, period):
    add_returns(period, alice, REVIEW_PAGE + 7)
    client.force_login(priya)

    first = client.get(review_url(period))
    second = client.get(review_url(period), {"state": "submitted", "page": "2"})

    assert refs(first) == [f"KP{i:04d}" for i in range(REVIEW_PAGE)]
    assert refs(second) == [f"KP{i:04d}" for i in range(REVIEW_PAGE, REVIEW_PAGE + 7)]
    page = first.content.decode()
    assert f"Returns 1 to {REVIEW_PAGE} of {REVIEW_PAGE + 7} awaiting review." in page
    assert "Approve selected" in page


def test_the_page_links_keep_the_filters_and_say_which_page_is_shown(client, priya, alice, period):
    area = ServiceAreaFactory(name="Libraries")
    add_returns(period, alice, REVIEW_PAGE * 2 + 1, area=area)
    client.force_login(priya)

    page = client.get(
        review_url(period), {"area": area.pk, "state": "submitted", "rag": "GREEN", "page": 2}
    ).content.decode()

    kept = f"?area={area.pk}&amp;state=submitted&amp;rag=GREEN&amp;page="
    assert '<nav aria-label="Pages of returns"' in page
    assert f'href="{kept}1" rel="prev">Previous<span class="visually-hidden"> page</span>' in page
    assert f'href="{kept}3" rel="next">Next' in page
    assert (
        '<li class="page-item active" aria-current="page"><span class="page-link">'
        '<span class="visually-hidden">Page </span>2<span class="visually-hidden"> of 3</span>'
    ) in page
    # Approving from this page comes back to it, filters and all.
    assert (
        f'name="query" value="area={area.pk}&amp;state=submitted&amp;rag=GREEN&amp;page=2"' in page
    )


def test_a_rag_filter_is_applied_before_paging(client, priya, alice, period):
    add_returns(period, alice, REVIEW_PAGE, value=D(96))  # GREEN
    add_returns(period, alice, 3, value=D(80), start=REVIEW_PAGE)  # RED, after them all
    client.force_login(priya)

    response = client.get(review_url(period), {"rag": "RED"})

    assert refs(response) == [f"KP{i:04d}" for i in range(REVIEW_PAGE, REVIEW_PAGE + 3)]
    assert response.context["page"].paginator.num_pages == 1
    assert len(refs(client.get(review_url(period), {"state": "all", "rag": "GREEN"}))) == (
        REVIEW_PAGE
    )


def test_a_page_past_the_end_shows_the_last(client, priya, alice, period):
    add_returns(period, alice, 3)
    client.force_login(priya)
    response = client.get(review_url(period), {"page": "99"})
    assert response.status_code == 200 and len(refs(response)) == 3
    assert client.get(review_url(period), {"page": "two"}).status_code == 200


def test_unknown_filters_are_ignored_not_refused(client, priya, alice, period):
    add_returns(period, alice, 2)
    client.force_login(priya)
    response = client.get(review_url(period), {"state": "nonsense", "rag": "PURPLE", "area": "x"})
    assert response.status_code == 200 and len(refs(response)) == 2


def queries(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("params", [{}, {"state": "all"}, {"rag": "GREEN"}, {"page": "2"}])
def test_a_page_of_review_costs_the_same_queries_at_any_size(client, priya, alice, period, params):
    client.force_login(priya)
    add_returns(period, alice, REVIEW_PAGE + 1)
    client.get(review_url(period))  # warm the session
    small = queries(client, review_url(period), params)
    add_returns(period, alice, REVIEW_PAGE * 3, start=REVIEW_PAGE + 1)
    assert queries(client, review_url(period), params) == small
