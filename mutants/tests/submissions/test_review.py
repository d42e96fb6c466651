from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return, ReturnPeriod
from tests.factories import IndicatorFactory, ServiceAreaFactory

pytestmark = pytest.mark.django_db


def review_url(period):
    return reverse("submissions-review-month", args=[period.key])


def test_the_review_lists_every_return_with_counts(client, priya, submitted, period, bob):
    Return.objects.create(indicator=IndicatorFactory(ref="FN01", owners=[bob]), period=period)
    client.force_login(priya)
    response = client.get(review_url(period), {"state": "all"})
    page = response.content.decode()
    assert "CS01" in page and "FN01" in page
    counts = response.context["counts"]
    assert (counts.due, counts.submitted, counts.draft, counts.overdue) == (2, 1, 1, 1)


def test_the_review_shows_what_awaits_review_first_with_every_state_counted(
    client, priya, submitted, period, bob
):
    Return.objects.create(indicator=IndicatorFactory(ref="FN01", owners=[bob]), period=period)
    client.force_login(priya)
    response = client.get(review_url(period))
    page = response.content.decode()
    assert [row.indicator.ref for row in response.context["rows"]] == ["CS01"]
    assert (
        "1 return awaiting review." in page and '<a href="?state=all">Show every state</a>' in page
    )
    # Every state's count is on the page, each a link to its list; the one shown says so.
    for label, count, link in [
        ("Due", 2, "?state=all"),
        ("Not submitted", 1, "?state=draft"),
        ("Awaiting review", 1, "?state=submitted"),
        ("Approved", 0, "?state=approved"),
        ("Returned", 0, "?state=returned"),
        ("Overdue", 1, "?state=all&amp;overdue=1"),
    ]:
        assert f'href="{link}"' in page and f"{label} <strong>{count}</strong>" in page
    assert 'href="?state=submitted" aria-current="page"' in page
    assert [
        r.indicator.ref for r in client.get(review_url(period), {"state": "all"}).context["rows"]
    ] == ["CS01", "FN01"]


def test_nothing_awaiting_review_says_so(client, priya, ret):
    client.force_login(priya)
    page = client.get(review_url(ret.period)).content.decode()
    assert "No returns are awaiting review." in page


def test_the_review_shows_the_change_since_last_month_and_outliers(client, priya, ret, alice):
    services.return_submit(
        ret=ret,
        user=alice,
        expected_version=ret.version,
        data=ReturnData(value=D(40), commentary="Flood", outlier_confirmed=True),
    )
    client.force_login(priya)
    page = client.get(review_url(ret.period)).content.decode()
    assert "-54.0 pts" in page  # 94.0% in September to 40.0% in October
    assert "Outlier, checked by owner" in page


def test_the_review_filters_by_state_area_rag_and_overdue(client, priya, submitted, period, bob):
    other_area = ServiceAreaFactory(name="Finance")
    Return.objects.create(
        indicator=IndicatorFactory(ref="FN01", owners=[bob], service_area=other_area), period=period
    )
    client.force_login(priya)

    def refs(**params):
        rows = client.get(review_url(period), params).context["rows"]
        return [row.indicator.ref for row in rows]

    assert refs(state="submitted") == ["CS01"]
    assert refs(area=other_area.pk) == ["FN01"]
    assert refs(rag="GREEN") == []  # 94.5% is AMBER against 95 and 90
    assert refs(rag="AMBER") == ["CS01"]
    assert refs(overdue="1") == ["FN01"]


def test_bulk_approve_approves_each_and_lists_refusals(client, priya, richard, period, alice):
    mine = Return.objects.create(
        indicator=IndicatorFactory(ref="GL03", owners=[richard]), period=period
    )
    mine = services.return_submit(
        ret=mine, user=richard, expected_version=mine.version, data=ReturnData(value=D(90))
    )
    theirs = Return.objects.create(
        indicator=IndicatorFactory(ref="FN01", owners=[alice]), period=period
    )
    theirs = services.return_submit(
        ret=theirs, user=alice, expected_version=theirs.version, data=ReturnData(value=D(90))
    )
    client.force_login(richard)
    response = client.post(
        reverse("submissions-approve-many", args=[period.key]),
        {"approve": [f"{mine.pk}:{mine.version}", f"{theirs.pk}:{theirs.version}"]},
        follow=True,
    )
    page = response.content.decode()
    assert "Approved 1 return." in page
    assert "someone else on the performance team must approve it" in page
    assert Return.objects.get(pk=theirs.pk).status == "approved"
    assert Return.objects.get(pk=mine.pk).status == "submitted"


def test_returning_needs_a_reason_shown_beside_the_field(client, priya, submitted):
    client.force_login(priya)
    url = reverse("submissions-send-back", args=[submitted.pk])
    response = client.post(url, {"reason": "", "version": submitted.version})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    client.post(url, {"reason": "Please check", "version": submitted.version})
    back = Return.objects.get(pk=submitted.pk)
    assert (back.status, back.reason) == ("returned", "Please check")


def test_the_return_page_shows_its_audit_trail(client, priya, submitted):
    client.force_login(priya)
    page = client.get(reverse("submissions-detail", args=[submitted.pk])).content.decode()
    assert "Audit trail" in page
    assert "Submitted" in page and "94.5%" in page
    assert "Alice" in page


def test_reopening_an_approved_return(client, priya, tom, submitted):
    services.return_approve(ret=submitted, user=priya)
    client.force_login(tom)
    client.post(
        reverse("submissions-reopen", args=[submitted.pk]),
        {"reason": "Corrected source", "version": submitted.version + 1},
    )
    assert Return.objects.get(pk=submitted.pk).status == "returned"


def test_the_team_opens_a_month_by_hand_once_it_has_ended(client, priya, kpi):
    client.force_login(priya)
    url = reverse("submissions-open-period")
    response = client.post(url, {"month": "2023-11"}, follow=True)
    assert "Returns for November 2023 are open" in response.content.decode()
    period = ReturnPeriod.objects.get(month=date(2023, 11, 1))
    assert period.is_open and period.returns.filter(indicator=kpi).exists()
    future = client.post(url, {"month": "2099-01"}, follow=True).content.decode()
    assert "has not ended yet" in future
    bad = client.post(url, {"month": "Nov"}, follow=True).content.decode()
    assert "is not a month" in bad


def test_the_month_picker_goes_to_the_month_chosen_with_its_button(client, priya, period):
    client.force_login(priya)
    response = client.get(reverse("submissions-review"), {"month": "2023-10"})
    assert (response.status_code, response["Location"]) == (302, "/review/2023-10/")
    page = client.get(review_url(period)).content.decode()
    assert 'id="review-month" name="month">' in page
    assert "<title>Review: October 2023 – kpiportal</title>" in page


def test_the_outlier_explanation_is_on_the_page_not_only_in_a_tooltip(client, priya, ret, alice):
    services.return_submit(
        ret=ret,
        user=alice,
        expected_version=ret.version,
        data=ReturnData(value=D(40), commentary="Flood", outlier_confirmed=True),
    )
    client.force_login(priya)
    page = client.get(review_url(ret.period)).content.decode()
    assert '<div class="outlier-note">Far from the last 12 figures: usually between' in page
    assert 'title="This is far' not in page
    detail = client.get(reverse("submissions-detail", args=[ret.pk])).content.decode()
    assert "Far from the last 12 figures: usually between" in detail


def test_a_reason_left_out_is_listed_at_the_top_and_tied_to_its_field(client, priya, submitted):
    client.force_login(priya)
    response = client.post(reverse("submissions-send-back", args=[submitted.pk]), {"version": 2})
    page = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: CS01 Calls answered: October 2023 – kpiportal</title>" in page
    assert '<a href="#id_reason">This field is required.</a>' in page
    assert 'aria-invalid="true"' in page
