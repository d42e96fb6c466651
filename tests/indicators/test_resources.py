"""Catalogue and target spreadsheets: export, import back unchanged, and plain errors."""

from decimal import Decimal as D

import pytest
import tablib

from indicators.models import Directorate, FinancialYear, Indicator, ServiceArea, Target
from indicators.resources import IndicatorResource, TargetResource
from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory, UserFactory

pytestmark = pytest.mark.django_db
TARGET_COLUMNS = ["year", "ref", "target", "floor", "lower", "upper", "note"]
# What an export writes: the columns above and, since profiled targets, a period (optional).
EXPORTED_TARGET_COLUMNS = [*TARGET_COLUMNS, "period"]
ADMIN = {"user": "the admin"}  # what the admin passes: invalid rows listed, not made errors


def errors_by_line(result):
    """{spreadsheet line: {column: [message]}} from a django-import-export result."""
    return {row.number + 1: row.error_dict for row in result.invalid_rows}


def targets(*rows):
    return tablib.Dataset(*rows, headers=TARGET_COLUMNS)


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
    data = TargetResource().export().export(file_format)
    dataset = tablib.Dataset().load(data, format=file_format)
    assert dataset.headers == EXPORTED_TARGET_COLUMNS
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
        "minimum", "maximum", "amber_tolerance", "lof_id", "oflog_id", "lginform_id",
    ]  # fmt: skip
    result = IndicatorResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert list(Indicator.objects.values(*fields).order_by("ref")) == before
    assert {i.ref: set(i.owners.all()) for i in Indicator.objects.all()} == owners_before


def test_a_target_import_creates_the_year_and_confirms_provisional_targets(catalogue):
    kpi, _ = catalogue
    result = TargetResource().import_data(targets(["2030/31", "fn01", "98", "96", "", "", "New"]))
    assert not result.has_errors()
    target = Target.objects.get(indicator=kpi, year__start_year=2030)
    assert (target.target, target.floor, target.provisional) == (D(98), D(96), False)
    assert FinancialYear.objects.filter(start_year=2030).exists()


def test_a_checked_file_then_saved_by_the_same_import_makes_its_new_year_again(catalogue):
    """The check's new year went with its rollback: the save must not reuse it."""
    kpi, _ = catalogue
    resource = TargetResource()
    file = targets(["2031/32", "FN01", "98", "96", "", "", ""])
    assert not resource.import_data(file, dry_run=True).has_errors()
    assert not FinancialYear.objects.filter(start_year=2031).exists()
    assert not resource.import_data(file).has_errors()
    assert Target.objects.get(indicator=kpi, year__start_year=2031).target == D(98)


def test_confirmed_targets_lose_the_provisional_flag(catalogue):
    kpi, _ = catalogue
    year = FinancialYearFactory(start_year=2024)
    TargetFactory(indicator=kpi, year=year, target=D("97.5"), floor=D(95), provisional=True)
    TargetResource().import_data(targets(["2024/25", "FN01", "98", "95", "", "", ""]))
    assert Target.objects.get(indicator=kpi, year=year).provisional is False


def test_bad_target_rows_are_listed_by_line_and_column_in_plain_words(catalogue):
    dataset = targets(
        ["2023/24", "NOPE", "95", "90", "", "", ""],
        ["2023/24", "FN01", "ninety", "90", "", "", ""],
        ["2024/25", "FN01", "90", "95", "", "", ""],
        ["2024/25", "FN01a", "95", "", "20", "10", ""],
        ["2023/25", "FN01", "95", "90", "", "", ""],
        ["2023/24", "FN01", "97", "95", "1", "2", ""],
    )
    result = TargetResource().import_data(dataset, dry_run=True, **ADMIN)
    found = errors_by_line(result)
    assert found[2]["ref"] == ["There is no indicator with the reference “NOPE”."]
    assert found[3]["target"] == ["“ninety” is not a number."]
    assert "floor must not be better than the target" in found[4]["floor"][0]
    assert "not a target" in found[5]["target"][0]
    assert found[5]["lower"] == ["The lower threshold (20) is above the upper threshold (10)."]
    assert "financial year" in found[6]["year"][0]
    assert "not an expected range" in found[7]["lower"][0]
    assert "A second row for 2023/24, FN01: line 3 has it already." in found[7]["ref"]


def test_a_percentage_typed_as_a_fraction_is_a_warning_not_an_error(catalogue):
    result = TargetResource().import_data(
        targets(["2024/25", "FN01", "0.9", "0.8", "", "", ""]), dry_run=True, **ADMIN
    )
    assert not result.has_validation_errors()
    assert result.warnings == [
        "Line 2: FN01's target 0.9 looks like a fraction: its other targets are near 97.5. "
        "Did you mean 90?",
        "Line 2: FN01's floor 0.8 looks like a fraction: its other floors are near 95. "
        "Did you mean 80?",
    ]


def test_any_bad_row_means_nothing_is_saved(catalogue):
    kpi, _ = catalogue
    dataset = targets(
        ["2025/26", "FN01", "98", "96", "", "", ""],
        ["2025/26", "NOPE", "98", "96", "", "", ""],
    )
    result = TargetResource().import_data(dataset, dry_run=False)
    assert result.has_errors()
    assert not Target.objects.filter(year__start_year=2025).exists()
    assert not FinancialYear.objects.filter(start_year=2025).exists()


def test_blank_rows_are_skipped_and_line_numbers_kept(catalogue):
    dataset = targets(
        ["2025/26", "FN01", "98", "96", "", "", ""],
        [None, None, None, None, None, None, None],
        ["", "", "", "", "", "", ""],
        ["2025/26", "NOPE", "98", "96", "", "", ""],
    )
    result = TargetResource().import_data(dataset, dry_run=True, **ADMIN)
    assert list(errors_by_line(result)) == [5]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (["year", "ref", "target", "flor", "lower", "upper", "note"],
         "the column “floor” is missing (is “flor” a misspelling of it?)"),
        (["year", "ref", "target", "floor", "lower", "upper"], "the column “note” is missing"),
        (["year", "ref", "target", "floor", "lower", "upper", "note", "colour"],
         "“colour” is not a column we know"),
    ],
)  # fmt: skip
def test_missing_or_misspelt_headers_are_named(catalogue, headers, message):
    dataset = tablib.Dataset(headers=headers)
    dataset.append(["2025/26", "FN01", "98", "96", "", "", "", ""][: len(headers)])
    result = TargetResource().import_data(dataset, dry_run=True, **ADMIN)
    assert result.has_errors()
    text = str(result.base_errors[0].error)
    assert message in text
    assert "The first row must name these columns: year, ref, target, floor" in text


def test_headers_are_forgiven_their_case_and_spaces(catalogue):
    dataset = tablib.Dataset(headers=[" Year", "REF", "Target ", "floor", "lower", "upper", "Note"])
    dataset.append(["2025/26", "FN01", "98", "96", "", "", ""])
    assert not TargetResource().import_data(dataset).has_errors()


def test_an_empty_file_and_too_many_rows_are_refused(catalogue, settings):
    empty = TargetResource().import_data(targets(), dry_run=True, **ADMIN)
    assert "no rows to import" in str(empty.base_errors[0].error)
    settings.IMPORT_MAX_ROWS = 2
    long = targets(*[["2025/26", "FN01", "98", "96", "", "", ""]] * 3)
    result = TargetResource().import_data(long, dry_run=True, **ADMIN)
    assert "The file has 3 rows; the most one import takes is 2" in str(result.base_errors[0].error)


def test_an_unknown_owner_or_kind_is_refused_by_name(catalogue):
    dataset = IndicatorResource().export()
    row = ["NEW1", "New", "Finance", "Payments", "kpi", "percent", "1", "higher", "monthly", "mean"]
    dataset.append([*row, "nobody;alice", "", "", "", "", "", ""])
    dataset.append(["NEW2", "New", "Finance", "Payments", "target", *row[5:], *[""] * 7])
    result = IndicatorResource().import_data(dataset, dry_run=True, **ADMIN)
    found = errors_by_line(result)
    assert found[4]["owners"] == ["No such user: nobody."]
    assert found[5]["kind"] == ["“target” is not a kind: use kpi, activity."]


def test_directorates_and_service_areas_named_in_the_file_are_created(db):
    UserFactory(username="bob")
    # The columns councils had before the optional minimum, maximum and amber_tolerance.
    dataset = tablib.Dataset(
        headers=[
            "ref", "title", "directorate", "service_area", "kind", "unit", "decimals",
            "polarity", "frequency", "ytd_method", "owners",
        ]
    )  # fmt: skip
    dataset.append(
        [
            "HR01",
            "Sickness",
            "People",
            "HR",
            "kpi",
            "days",
            "1",
            "lower",
            "monthly",
            "latest",
            "bob",
        ]
    )
    result = IndicatorResource().import_data(dataset)
    assert not result.has_errors()
    indicator = Indicator.objects.get(ref="HR01")
    assert (indicator.service_area.name, indicator.service_area.directorate.name) == (
        "HR",
        "People",
    )
    assert [o.username for o in indicator.owners.all()] == ["bob"]
    assert Directorate.objects.count() == ServiceArea.objects.count() == 1


def test_a_refused_fraction_says_what_was_probably_meant(catalogue):
    result = TargetResource().import_data(
        targets(["2024/25", "FN01", "0.97", "0.95", "", "", ""]), dry_run=True, **ADMIN
    )
    found = errors_by_line(result)
    assert found[2]["target"] == [
        "0.97 has more decimal places than the indicator shows (1 decimal place). Did you mean 97?"
    ]


def test_national_references_are_imported_where_given(db):
    UserFactory(username="bob")
    dataset = tablib.Dataset(
        headers=[
            "ref", "title", "directorate", "service_area", "kind", "unit", "decimals",
            "polarity", "frequency", "ytd_method", "owners", "lof_id", "oflog_id", "lginform_id",
        ]
    )  # fmt: skip
    dataset.append(
        ["HR01", "Sickness", "People", "HR", "kpi", "days", "1", "lower", "monthly", "latest",
         "bob", "LOF-12", "", "6420"]
    )  # fmt: skip
    result = IndicatorResource().import_data(dataset)
    assert not result.has_errors() and not result.has_validation_errors()
    indicator = Indicator.objects.get(ref="HR01")
    assert (indicator.lof_id, indicator.oflog_id, indicator.lginform_id) == ("LOF-12", "", "6420")


def catalogue_file(indicators):
    """The catalogue's spreadsheet for these indicators, as an export writes it."""
    from indicators.models import Indicator as Model

    queryset = Model.objects.filter(pk__in=[i.pk for i in indicators]).order_by("ref")
    return tablib.Dataset().load(IndicatorResource().export(queryset=queryset).csv, format="csv")


def test_an_owner_changed_in_the_catalogue_is_previewed_old_and_new_then_saved(catalogue):
    kpi, activity = catalogue
    UserFactory(username="bob")
    file = catalogue_file([kpi, activity])
    file[file["ref"].index("FN01")] = [
        "bob" if header == "owners" else value
        for header, value in zip(file.headers, file[file["ref"].index("FN01")], strict=True)
    ]
    checked = IndicatorResource().import_data(file, dry_run=True)
    rows = {row.object_repr: row for row in checked.rows}
    changed = rows[str(kpi)]
    assert changed.import_type == "update"
    owners = changed.diff[file.headers.index("owners")]
    assert "<del>alice</del>" in owners and "<ins>bob</ins>" in owners
    assert [o.username for o in kpi.owners.all()] == ["alice"]  # only checked
    IndicatorResource().import_data(file)
    assert [o.username for o in kpi.owners.all()] == ["bob"]
    assert kpi.history.first().owners.count() == 1  # the owners kept in its history too


def test_a_save_reads_no_cells_for_a_preview_that_was_the_checks(catalogue):
    """Issue 14: the preview is the check's; a save neither reads each row's cells again
    nor renders them (up to a quarter of saving thousands of rows), and saves the same."""
    kpi, activity = catalogue
    file = catalogue_file([kpi, activity])
    file[file["ref"].index("FN01")] = [
        "Invoices paid on time" if header == "title" else value
        for header, value in zip(file.headers, file[file["ref"].index("FN01")], strict=True)
    ]
    checked = IndicatorResource().import_data(file, dry_run=True)
    saved = IndicatorResource().import_data(file)

    assert [row.import_type for row in saved.rows] == [row.import_type for row in checked.rows]
    fn01 = checked.rows[file["ref"].index("FN01")]
    assert any("<ins>Invoices paid on time</ins>" in cell for cell in fn01.diff)
    assert all(row.diff == [] for row in saved.rows)
    kpi.refresh_from_db()
    assert kpi.title == "Invoices paid on time"


def test_rows_are_imported_with_the_cycle_collector_paused_and_it_is_back_after(
    catalogue, monkeypatch
):
    """Each pass of Python's cycle collector walks every object alive, and a file's rows
    are tens of thousands of them: a quarter of a large import's time. It is off while the
    rows are read and written, and on again afterwards, even when the import fails."""
    import gc

    seen = []
    original = TargetResource.import_row

    def import_row(self, row, instance_loader, **kwargs):
        seen.append(gc.isenabled())
        return original(self, row, instance_loader, **kwargs)

    monkeypatch.setattr(TargetResource, "import_row", import_row)
    result = TargetResource().import_data(targets(["2024/25", "FN01", "98", "96", "", "", ""]))
    assert not result.has_errors() and seen == [False]
    assert gc.isenabled()

    def fails(self, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(TargetResource, "before_import", fails)
    failed = TargetResource().import_data(targets(["2024/25", "FN01", "98", "96", "", "", ""]))
    assert failed.has_errors() and gc.isenabled()
