from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from core.roles import Role, roles_of
from indicators.models import Indicator, Target
from kpiportal.demo.build import build_demo
from submissions.models import Return
from tests.once import built_once

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """Built once for the class; what a test changes is rolled back after it, and the demo
    itself when the class ends (the command's test below starts from an empty database)."""
    yield from built_once(django_db_blocker, lambda: build_demo(TODAY))


class TestTheDemoCouncil:
    """One demo built for the class: its tests read it (and a second run adds nothing)."""

    def test_it_builds_a_realistic_council(self, demo):
        indicators = Indicator.objects.all()
        assert indicators.count() >= 40
        assert indicators.values("service_area__directorate").distinct().count() == 2
        assert indicators.values("service_area").distinct().count() >= 4
        kpis = indicators.filter(kind="kpi").count()
        assert 0.55 <= kpis / indicators.count() <= 0.75
        assert set(indicators.values_list("unit", flat=True)) == set(Indicator.Unit.values)
        assert set(indicators.values_list("ytd_method", flat=True)) == set(
            Indicator.YtdMethod.values
        )
        assert set(indicators.values_list("polarity", flat=True)) == {"higher", "lower"}
        assert {"monthly", "quarterly"} <= set(indicators.values_list("frequency", flat=True))

    def test_it_has_two_full_years_of_history_and_this_year_to_date(self, demo):
        months = sorted(set(Return.objects.values_list("period__month", flat=True)))
        assert months[0] == date(2024, 4, 1)
        assert months[-1] == date(2026, 10, 1)
        assert Target.objects.values("year").distinct().count() == 3

    def test_it_has_reds_with_commentary_and_missing_figures(self, demo):
        assert Return.objects.filter(commentary__icontains="below the floor standard").exists()
        assert Return.objects.filter(not_available=True).exists()
        latest = Return.objects.filter(period__month=date(2026, 10, 1))
        assert set(latest.values_list("status", flat=True)) == set(Return.Status.values)

    def test_it_has_a_user_for_each_role(self, demo):
        users = get_user_model().objects.all()
        held = set().union(*(roles_of(u) for u in users))
        assert held == set(Role)
        assert users.get(username="owner").check_password("kpiportal-demo")

    def test_a_second_run_adds_nothing(self, demo):
        counts = (Indicator.objects.count(), Return.objects.count(), Target.objects.count())
        again = build_demo(TODAY)
        assert (again.created_indicators, again.created_returns, again.created_users) == (0, 0, 0)
        assert (Indicator.objects.count(), Return.objects.count(), Target.objects.count()) == counts


def test_the_command_prints_the_demo_logins(capsys):
    assert not Indicator.objects.exists()  # it builds the demo, not the class's
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "kpiportal-demo" in out
    assert "owner" in out and "perf" in out and "admin" in out and "reader" in out
