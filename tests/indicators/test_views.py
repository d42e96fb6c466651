import pytest
from django.urls import reverse

from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db


def make_catalogue(count, owner=None):
    year = FinancialYearFactory(start_year=2023)
    for _ in range(count):
        TargetFactory(indicator=IndicatorFactory(owners=[owner] if owner else []), year=year)
    return year


def test_every_role_can_read_the_catalogue_but_no_role_cannot(client, alice, rita, charlie):
    make_catalogue(3)
    for user in (alice, rita):
        client.force_login(user)
        assert client.get(reverse("indicators-list")).status_code == 200
    client.force_login(charlie)
    assert client.get(reverse("indicators-list")).status_code == 403


def test_the_catalogue_costs_the_same_queries_for_10_and_100_indicators(
    client, rita, django_assert_num_queries, django_assert_max_num_queries
):
    client.force_login(rita)
    make_catalogue(10)
    client.get(reverse("indicators-list"))  # warm the session
    with django_assert_max_num_queries(14) as small:
        client.get(reverse("indicators-list"))
    make_catalogue(90)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(reverse("indicators-list"))
    assert response.content.decode().count('class="ref"') == 100


def test_the_catalogue_filters_by_owner_and_text(client, alice):
    IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    IndicatorFactory(ref="FN01", title="Invoices paid")
    client.force_login(alice)
    mine = client.get(reverse("indicators-list"), {"mine": "1"}).content.decode()
    assert "Calls answered" in mine and "Invoices paid" not in mine
    found = client.get(reverse("indicators-list"), {"q": "invoice"}).content.decode()
    assert "Invoices paid" in found and "Calls answered" not in found


def test_an_indicator_page_shows_its_targets_by_year(client, rita):
    target = TargetFactory(note="New indicator for 2023/24")
    client.force_login(rita)
    page = client.get(reverse("indicators-detail", args=[target.indicator.ref.lower()]))
    assert page.status_code == 200
    assert "New indicator for 2023/24" in page.content.decode()
    assert "95.0%" in page.content.decode()


def test_an_unknown_indicator_is_a_plain_404(client, rita):
    client.force_login(rita)
    response = client.get(reverse("indicators-detail", args=["NOPE"]))
    assert response.status_code == 404


def test_the_admin_shows_and_edits_a_profiled_target(client, db):
    from datetime import date
    from decimal import Decimal as D

    from django.urls import reverse

    from core.roles import Role
    from indicators.models import Target
    from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory, UserFactory

    admin = UserFactory(username="sam", roles=[Role.ADMIN], is_staff=True)
    indicator = IndicatorFactory(ref="PC01", frequency="quarterly")
    year = FinancialYearFactory(start_year=2023)
    TargetFactory(indicator=indicator, year=year, target=D("97.5"), floor=None)
    TargetFactory(indicator=indicator, year=year, period=date(2023, 9, 1), target=D(57), floor=None)
    client.force_login(admin)
    listing = client.get(reverse("admin:indicators_target_changelist")).content.decode()
    assert "Sep-23" in listing and "Whole year" in listing
    page = client.get(reverse("admin:indicators_indicator_change", args=[indicator.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="targets-1-period" value="2023-09"' in html
    add = reverse("admin:indicators_target_add")
    refused = client.post(
        add,
        {"indicator": indicator.pk, "year": year.pk, "period": "2023-10", "target": "70",
         "note": "", "change_reason": "Profile"},
    )  # fmt: skip
    assert "PC01 is reported quarterly: give the quarter&#x27;s last month" in (
        refused.content.decode()
    )
    client.post(
        add,
        {"indicator": indicator.pk, "year": year.pk, "period": "2023-12", "target": "85",
         "note": "", "change_reason": "Profile"},
    )  # fmt: skip
    assert Target.objects.get(indicator=indicator, period=date(2023, 12, 1)).target == 85


def test_an_administrator_sees_what_they_manage_and_figures_as_typed(client, db):
    from decimal import Decimal as D

    from django.urls import reverse

    from core.roles import Role
    from tests.factories import IndicatorFactory, TargetFactory, UserFactory

    admin = UserFactory(username="sam", roles=[Role.ADMIN], is_staff=True)
    TargetFactory(indicator=IndicatorFactory(ref="FN01"), target=D("96"), floor=D("92.5"))
    client.force_login(admin)
    index = client.get(reverse("admin:index")).content.decode()
    assert "Indicators" in index and "Targets" in index
    for internal in ("Crontabs", "Clocked", "Intervals", "Solar events", "Periodic tasks"):
        assert internal not in index
    listing = client.get(reverse("admin:indicators_target_changelist")).content.decode()
    assert '<td class="field-shown_target">96</td>' in listing
    assert '<td class="field-shown_floor">92.5</td>' in listing
    assert "96.000000" not in listing and "96.00000" not in listing
