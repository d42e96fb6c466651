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


def test_filters_not_understood_are_said_plainly_and_the_others_still_apply(
    client, priya, alice, period
):
    """Issue 13: Review's filters are a form; a value it does not know is named in plain
    words and dropped, never a 500, and the filters it does know still apply."""
    add_returns(period, alice, 2, value=D(96))  # GREEN
    add_returns(period, alice, 1, value=D(80), start=2)  # RED
    client.force_login(priya)

    response = client.get(review_url(period), {"area": "x", "state": "nonsense", "rag": "RED"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "There is no such service area: showing every area." in page
    assert "A return cannot be in that state: showing every state." in page
    assert refs(response) == ["KP0002"]
    purple = client.get(review_url(period), {"rag": "PURPLE", "area": "99999"}).content.decode()
    assert "That is not a RAG rating: showing every rating." in purple
    assert "There is no such service area" in purple


def test_a_rag_filter_rates_only_the_returns_that_can_rate(
    client, priya, alice, period, monkeypatch
):
    """Issue 14: a RAG filter works out the rating of a KPI's figure only; returns with no
    figure (or not available) and activity indicators are left out by the database."""
    from submissions import selectors

    add_returns(period, alice, 3, value=D(92))  # AMBER: target 95, floor 90
    add_returns(period, alice, 4, status="draft", value=None, start=3)  # nothing typed yet
    for ret in add_returns(period, alice, 2, value=D(50), start=7):
        ret.indicator.kind = ret.indicator.Kind.ACTIVITY
        ret.indicator.save()
    rated = []

    def spy(indicator, target, figure):
        rated.append(indicator.ref)
        return rag_of(indicator, target, figure)

    rag_of = selectors.rag_of
    monkeypatch.setattr(selectors, "rag_of", spy)
    client.force_login(priya)

    assert refs(client.get(review_url(period), {"rag": "GREEN"})) == []
    assert sorted(rated) == ["KP0000", "KP0001", "KP0002"]
    rated.clear()
    nothing = client.get(review_url(period), {"rag": "none", "state": "all"})
    assert refs(nothing) == [f"KP{i:04d}" for i in range(3, 9)]


def test_a_page_of_review_costs_few_queries(client, priya, alice, period):
    """Issue 14: the counts and the number shown in one query, the page's returns in one
    more (its ids sorted and cut in a subquery), their people with the owners: 15 in all
    (19 before). One query more than joining the returns' areas and people into the sort,
    and less time: see docs/performance.md. A RAG filter reads its rated ids first."""
    client.force_login(priya)
    add_returns(period, alice, REVIEW_PAGE + 1, area=ServiceAreaFactory(name="Libraries"))
    page = client.get(review_url(period)).content.decode()  # and it warms the session
    assert queries(client, review_url(period), {}) <= 15
    assert queries(client, review_url(period), {"rag": "GREEN"}) <= 17
    # Each row still names its service area, shared from the areas the filter lists.
    assert page.count('<div class="text-body-secondary">Libraries</div>') == REVIEW_PAGE
