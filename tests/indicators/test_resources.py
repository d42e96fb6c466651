"""Catalogue and target spreadsheets: export, import back unchanged, and plain errors."""

from decimal import Decimal as D

import pytest
import tablib

from indicators.models import FinancialYear, Indicator, Target
from indicators.resources import IndicatorResource, TargetResource
from tests.factories import IndicatorFactory, TargetFactory, UserFactory

pytestmark = pytest.mark.django_db


def errors_by_row(result):
    """{row number: {column: [message]}} from a django-import-export result."""
    return {row.number: row.error_dict for row in result.invalid_rows}


@pytest.fixture
def catalogue():
    owner = UserFactory(username="alice")
    kpi = IndicatorFactory(ref="FN01", title="Invoices paid within 30 days", owners=[owner])
    activity = IndicatorFactory(
        ref="FN01a", kind="activity", unit="count", decimals=0, ytd_method="sum", context_for=kpi
    )
    TargetFactory(indicator=kpi, target=D("97.5"), floor=D(95), note="Revised indicator")
    TargetFactory(indicator=activity, target=None, floor=None, lower=D(9000), upper=D(11000))
    return kpi, activity


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_targets_round_trip_unchanged(catalogue, file_format):
    before = list(Target.objects.values().order_by("pk"))
    exported = TargetResource().export()
    data = exported.export(file_format)
    dataset = tablib.Dataset().load(data, format=file_format)
    assert dataset.headers == ["year", "ref", "target", "floor", "lower", "upper", "note"]
    result = TargetResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert list(Target.objects.values().order_by("pk")) == before


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_catalogue_round_trips_unchanged(catalogue, file_format):
    fields = ["ref", "title", "service_area_id", "kind", "unit", "decimals", "polarity"]
    before = list(Indicator.objects.values(*fields).order_by("ref"))
    owners_before = {i.ref: set(i.owners.all()) for i in Indicator.objects.all()}
    data = IndicatorResource().export().export(file_format)
    dataset = tablib.Dataset().load(data, format=file_format)
    assert dataset.headers == [
        "ref", "title", "directorate", "service_area", "kind", "unit",
        "decimals", "polarity", "frequency", "ytd_method", "owners",
    ]  # fmt: skip
    result = IndicatorResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert list(Indicator.objects.values(*fields).order_by("ref")) == before
    assert {i.ref: set(i.owners.all()) for i in Indicator.objects.all()} == owners_before


def test_a_target_import_creates_the_year_and_confirms_provisional_targets(catalogue):
    kpi, _ = catalogue
    dataset = tablib.Dataset(headers=["year", "ref", "target", "floor", "lower", "upper", "note"])
    dataset.append(["2030/31", "fn01", "98", "96", "", "", "New target"])
    result = TargetResource().import_data(dataset, dry_run=False)
    assert not result.has_validation_errors()
    target = Target.objects.get(indicator=kpi, year__start_year=2030)
    assert (target.target, target.floor, target.provisional) == (D(98), D(96), False)
    assert FinancialYear.objects.filter(start_year=2030).exists()


def test_bad_target_rows_are_listed_by_row_and_column_in_plain_words(catalogue):
    dataset = tablib.Dataset(headers=["year", "ref", "target", "floor", "lower", "upper", "note"])
    dataset.append(["2023/24", "NOPE", "95", "90", "", "", ""])
    dataset.append(["2023/24", "FN01", "ninety", "90", "", "", ""])
    dataset.append(["2023/24", "FN01", "90", "95", "", "", ""])
    dataset.append(["2023/24", "FN01a", "95", "", "20", "10", ""])
    dataset.append(["2023/25", "FN01", "95", "90", "", "", ""])
    result = TargetResource().import_data(dataset, dry_run=True)
    found = errors_by_row(result)
    assert found[1]["indicator"] == ["There is no indicator with the reference “NOPE”."]
    assert found[2]["target"] == ["“ninety” is not a number."]
    assert "floor must not be better than the target" in found[3]["floor"][0]
    assert "not a target" in found[4]["target"][0]
    assert found[4]["lower"] == ["The lower threshold (20) is above the upper threshold (10)."]
    assert "financial year" in found[5]["year"][0]


def test_an_unknown_owner_or_kind_is_refused_by_name(catalogue):
    dataset = IndicatorResource().export()
    dataset.append(
        [
            "NEW1",
            "New",
            "Finance",
            "Payments",
            "kpi",
            "percent",
            "1",
            "higher",
            "monthly",
            "mean",
            "nobody;alice",
        ]
    )
    dataset.append(
        [
            "NEW2",
            "New",
            "Finance",
            "Payments",
            "target",
            "percent",
            "1",
            "higher",
            "monthly",
            "mean",
            "",
        ]
    )
    result = IndicatorResource().import_data(dataset, dry_run=True)
    found = errors_by_row(result)
    assert found[3]["owners"] == ["No such user: nobody."]
    assert found[4]["kind"] == ["“target” is not a kind: use kpi, activity."]
