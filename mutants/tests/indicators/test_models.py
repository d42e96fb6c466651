from decimal import Decimal as D

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from indicators.models import Indicator, Target
from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Indicator owners", "Performance team", "Administrators", "Readers"} <= names


def test_administrators_may_change_the_catalogue_and_the_team_may_only_view_it():
    admin = Group.objects.get(name="Administrators").permissions.values_list("codename", flat=True)
    team = Group.objects.get(name="Performance team").permissions.values_list("codename", flat=True)
    assert {"change_indicator", "add_target", "change_target"} <= set(admin)
    assert "view_indicator" in team
    assert "change_indicator" not in team


def test_a_duplicate_ref_is_refused_whatever_its_case():
    IndicatorFactory(ref="CS04a")
    duplicate = IndicatorFactory.build(
        ref="cs04A", service_area=Indicator.objects.get().service_area
    )
    with pytest.raises(ValidationError) as caught:
        duplicate.full_clean()
    assert "An indicator with this reference already exists." in str(caught.value)


def test_a_ref_is_trimmed_and_must_be_plain():
    indicator = IndicatorFactory.build(ref=" FN06 ", service_area=IndicatorFactory().service_area)
    indicator.full_clean()
    assert indicator.ref == "FN06"
    indicator.ref = "FN 06!"
    with pytest.raises(ValidationError, match="letters, digits"):
        indicator.full_clean()


def test_a_ratio_of_sums_needs_a_numerator_and_denominator():
    indicator = IndicatorFactory(ytd_method="ratio", takes_fraction=False)
    with pytest.raises(ValidationError) as caught:
        indicator.full_clean()
    assert "numerator and denominator" in caught.value.message_dict["takes_fraction"][0]


def test_only_an_activity_indicator_gives_context_to_a_kpi():
    kpi = IndicatorFactory()
    other_kpi = IndicatorFactory(context_for=kpi)
    with pytest.raises(ValidationError, match="Only an activity indicator"):
        other_kpi.full_clean()
    activity = IndicatorFactory(kind="activity", unit="count", decimals=0, context_for=kpi)
    activity.full_clean()


def test_a_count_has_no_decimal_places():
    with pytest.raises(ValidationError, match="A count has no decimal places"):
        IndicatorFactory(unit="count", decimals=1).full_clean()


def test_target_validation_speaks_plainly_by_field():
    target = TargetFactory.build(
        indicator=IndicatorFactory(), year=FinancialYearFactory(), target=D(90), floor=D(95)
    )
    with pytest.raises(ValidationError) as caught:
        target.full_clean()
    assert list(caught.value.message_dict) == ["floor"]


def test_one_target_row_per_indicator_and_year():
    existing = TargetFactory()
    again = Target(indicator=existing.indicator, year=existing.year, target=D(95), floor=D(90))
    with pytest.raises(ValidationError, match="already has targets for that year"):
        again.full_clean()


def test_a_target_rates_a_figure_with_its_indicator_rules():
    target = TargetFactory(indicator=IndicatorFactory(decimals=0), target=D(95), floor=D(90))
    assert target.rag(D("94.5")) == "GREEN"
    assert target.rag(D("89.4")) == "RED"


def test_the_year_knows_its_label_and_dates():
    year = FinancialYearFactory(start_year=2023)
    assert str(year) == "2023/24"
    assert (year.starts_on.isoformat(), year.ends_on.isoformat()) == ("2023-04-01", "2024-03-31")


def test_changes_to_indicators_and_targets_are_kept_in_history():
    target = TargetFactory()
    target.target = D(96)
    target.save()
    assert target.history.count() == 2
    assert target.history.first().target == D(96)
