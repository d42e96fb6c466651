from datetime import date
from decimal import Decimal as D

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.roles import Role, roles_of
from indicators.models import Target
from indicators.services import year_rollover
from submissions.handover import ownership_handover
from submissions.models import Return
from tests.factories import (
    FinancialYearFactory,
    IndicatorFactory,
    TargetFactory,
    UserFactory,
    period_for,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def last_year():
    year = FinancialYearFactory(start_year=2023)
    kpi = IndicatorFactory(ref="FN01")
    activity = IndicatorFactory(ref="FN01a", kind="activity", unit="count", decimals=0)
    TargetFactory(indicator=kpi, year=year, target=D(97), floor=D(95))
    TargetFactory(indicator=activity, year=year, target=None, floor=None, lower=D(10), upper=D(20))
    IndicatorFactory(ref="NEW1")  # no target last year
    IndicatorFactory(ref="GONE", is_active=False)
    return year


def test_rollover_carries_last_years_targets_over_as_provisional(last_year, sam):
    done = year_rollover(start_year=2024, user=sam)
    assert (done.year.label, done.carried, done.without) == ("2024/25", 2, ["NEW1"])
    kpi = Target.objects.get(indicator__ref="FN01", year__start_year=2024)
    assert (kpi.target, kpi.floor, kpi.provisional) == (D(97), D(95), True)
    assert "Provisional: 2023/24's target" in kpi.note
    activity = Target.objects.get(indicator__ref="FN01a", year__start_year=2024)
    assert (activity.lower, activity.upper, activity.provisional) == (D(10), D(20), True)
    assert kpi.history.first().history_change_reason == "Carried over from 2023/24"
    again = year_rollover(start_year=2024, user=sam)
    assert (again.carried, again.already) == (0, 2)


def test_the_command_and_the_admin_open_a_year(last_year, client, sam, capsys):
    call_command("open_year", "2024/25")
    assert "2024/25: 2 targets carried over as provisional" in capsys.readouterr().out
    client.force_login(sam)
    url = reverse("admin:indicators_financialyear_open_next")
    assert "Open 2025/26" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "Opened 2025/26: 2 indicators carry last year" in response.content.decode()


def test_opening_april_of_a_new_year_carries_targets_over(last_year):
    from submissions.services import period_open

    period_open(month=date(2024, 4, 1), today=date(2024, 5, 2))
    assert Target.objects.filter(year__start_year=2024, provisional=True).count() == 2


def test_provisional_targets_show_as_such_on_the_dashboard(last_year):
    from reports.freeze import freeze_month

    year_rollover(start_year=2024)
    period_for(date(2024, 4, 1))
    row = freeze_month(date(2024, 4, 1), today=date(2024, 6, 1)).snapshot.rows.get(ref="FN01")
    assert row.provisional is True
    assert "Provisional" in row.notes


def test_a_leaving_owners_indicators_and_returns_in_flight_move_in_one_step(alice, sam):
    bob = UserFactory(username="bob", first_name="Bob")  # not yet an owner
    mine = [IndicatorFactory(ref=f"CS0{i}", owners=[alice]) for i in range(3)]
    shared = IndicatorFactory(ref="CS09", owners=[alice, UserFactory(username="carol")])
    period = period_for(date(2023, 10, 1))
    draft = Return.objects.create(indicator=mine[0], period=period)
    Return.objects.create(indicator=mine[1], period=period, status=Return.Status.APPROVED)
    done = ownership_handover(leaving=alice, successor=bob, user=sam)
    assert done.indicators == ["CS00", "CS01", "CS02", "CS09"]
    assert done.returns_in_flight == 1
    assert not alice.owned_indicators.exists()
    assert {i.ref for i in bob.owned_indicators.all()} == {"CS00", "CS01", "CS02", "CS09"}
    assert {o.username for o in shared.owners.all()} == {"bob", "carol"}
    assert Role.OWNER in roles_of(type(bob).objects.get(pk=bob.pk))
    record = mine[0].history.first()
    assert (record.history_change_reason, record.history_user) == (
        "Handed over from Alice to Bob",
        sam,
    )
    assert draft.history.first().history_change_reason == "Handed over from Alice to Bob"


def test_the_admin_hands_over_after_showing_what_will_move(alice, sam, client):
    bob = UserFactory(username="bob")
    IndicatorFactory(ref="CS01", owners=[alice])
    client.force_login(sam)
    url = reverse("admin:indicators_indicator_handover")
    same = client.post(url, {"leaving": alice.pk, "successor": alice.pk}).content.decode()
    assert "Choose a different person." in same
    preview = client.post(url, {"leaving": alice.pk, "successor": bob.pk}).content.decode()
    assert "What will happen" in preview and "CS01" in preview
    assert "Bob is not an indicator owner." in preview  # and says what it will do about it
    assert bob.owned_indicators.count() == 0
    done = client.post(
        url,
        {"leaving": alice.pk, "successor": bob.pk, "confirm": "True", "make_owner": "on"},
        follow=True,
    )
    assert "Handed 1 indicator (CS01) and 0 returns in flight to Bob." in done.content.decode()
    assert bob.owned_indicators.count() == 1


def test_a_handover_to_a_councillor_says_so_and_asks_first(alice, sam, rita, client):
    IndicatorFactory(ref="CS01", owners=[alice])
    client.force_login(sam)
    url = reverse("admin:indicators_indicator_handover")
    form = client.get(url).content.decode()
    assert ">Rita (rita)</option>" in form  # people by name
    preview = client.post(url, {"leaving": alice.pk, "successor": rita.pk}).content.decode()
    assert "Rita is not an indicator owner." in preview and "They are: Readers." in preview
    refused = client.post(url, {"leaving": alice.pk, "successor": rita.pk, "confirm": "True"})
    assert "tick the box to make them one" in refused.content.decode()
    assert rita.owned_indicators.count() == 0 and not rita.groups.filter(name="Indicator owners")
