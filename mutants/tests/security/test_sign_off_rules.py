"""Issue 11: a figure is seen by a second pair of eyes, and bad input gets a plain answer."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from indicators import periods
from indicators.numbers import NotAFigure, parse_figure
from submissions import services, workflow
from submissions.figures import ReturnData
from submissions.models import Return, ReturnPeriod
from tests.factories import IndicatorFactory, TargetFactory, period_for

pytestmark = pytest.mark.django_db
OCTOBER = date(2023, 10, 1)


@pytest.fixture
def shared(alice, bob):
    """CS01, owned by Alice and Bob together."""
    indicator = IndicatorFactory(ref="CS01", owners=[alice, bob])
    TargetFactory(indicator=indicator, year=period_for(OCTOBER).year)
    return Return.objects.create(indicator=indicator, period=period_for(OCTOBER))


def test_a_co_owner_who_typed_the_figure_cannot_approve_what_another_submitted(
    client, shared, alice, bob, richard
):
    shared.indicator.owners.add(richard)  # Richard is on the performance team and an owner
    ret = services.return_save(
        ret=shared, user=richard, expected_version=1, data=ReturnData(value=D(96))
    )
    ret = services.return_submit(ret=ret, user=alice, expected_version=ret.version)
    with pytest.raises(workflow.TransitionNotAllowed, match="You last changed the figure"):
        services.return_approve(ret=ret, user=richard)
    client.force_login(richard)
    page = client.get(reverse("submissions-detail", args=[ret.pk])).content.decode()
    assert "You last changed the figure of CS01 for October 2023" in page
    response = client.post(reverse("submissions-approve", args=[ret.pk]), follow=True)
    assert "someone else on the performance team must approve it" in response.content.decode()
    assert Return.objects.get(pk=ret.pk).status == "submitted"


def test_submitting_unchanged_figures_does_not_make_the_submitter_their_author(
    shared, alice, bob, priya
):
    ret = services.return_save(
        ret=shared, user=bob, expected_version=1, data=ReturnData(value=D(96))
    )
    ret = services.return_submit(ret=ret, user=alice, expected_version=ret.version)
    assert (ret.figure_by, ret.submitted_by) == (bob, alice)
    assert services.return_approve(ret=ret, user=priya).status == "approved"


@pytest.mark.parametrize(
    ("typed", "unit", "read"),
    [
        ("1,234", "count", D(1234)),
        ("1,234,567.5", "number", D("1234567.5")),
        ("95%", "percent", D(95)),
        ("-16", "percent", D(-16)),
        ("\u221216", "number", D(-16)),  # the minus sign a spreadsheet copies
        ("£14,969", "gbp_thousands", D(14969)),
        ("12 345", "count", D(12345)),
        ("  ", "count", None),
    ],
)
def test_figures_are_read_as_people_write_them(typed, unit, read):
    assert parse_figure(typed, unit=unit) == read


@pytest.mark.parametrize(
    ("typed", "unit", "says"),
    [
        ("1,5", "number", "could be read more than one way"),
        ("1,2,3", "number", "could be read more than one way"),
        ("12,34", "count", "could be read more than one way"),
        ("1e2", "number", "with an exponent"),
        ("95%", "count", "not a percentage"),
        ("£5", "count", "not money"),
        ("ninety", "count", "is not a number"),
        ("1.2.3", "count", "is not a number"),
    ],
)
def test_figures_that_could_be_misread_are_refused_in_words(typed, unit, says):
    with pytest.raises(NotAFigure, match=says):
        parse_figure(typed, unit=unit)


def test_the_return_page_refuses_an_ambiguous_figure_beside_the_field(client, alice, shared):
    client.force_login(alice)
    page = client.post(
        reverse("submissions-mine"),
        {"action": "save", f"r{shared.pk}-version": 1, f"r{shared.pk}-value": "1,5"},
    ).content.decode()
    assert "“1,5” could be read more than one way" in page
    assert 'value="1,5"' in page  # kept as typed
    assert Return.objects.get(pk=shared.pk).value is None


@pytest.mark.parametrize("text", ["2023-1", "2023-10\n", " 2023-10", "2023-10-01", "10-2023"])
def test_a_month_is_written_exactly_as_2023_10(text):
    with pytest.raises(ValueError, match="write it as YYYY-MM"):
        periods.parse_month(text)
    assert periods.parse_month("2023-10") == OCTOBER


def test_returns_cannot_be_opened_for_a_year_the_portal_does_not_hold(client, priya, shared):
    client.force_login(priya)
    response = client.post(reverse("submissions-open-period"), {"month": "1901-01"}, follow=True)
    assert "1900/01 is outside the financial years the portal holds" in response.content.decode()
    assert not ReturnPeriod.objects.filter(month=date(1901, 1, 1)).exists()
    # The years held (2023/24) and the next are fine.
    done = client.post(reverse("submissions-open-period"), {"month": "2024-04"}, follow=True)
    assert "Returns for April 2024 are open" in done.content.decode()
