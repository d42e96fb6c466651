"""Results from before the portal: imported, approved, and said so in the audit trail."""

from datetime import date
from decimal import Decimal as D

import pytest
import tablib

from indicators.models import FinancialYear
from submissions.models import Return, ReturnPeriod
from submissions.resources import ResultResource
from tests.factories import IndicatorFactory

pytestmark = pytest.mark.django_db
COLUMNS = ["period", "ref", "value", "numerator", "denominator", "commentary"]


def results(*rows):
    return tablib.Dataset(*rows, headers=COLUMNS)


def errors_by_line(result):
    return {row.number + 1: row.error_dict for row in result.invalid_rows}


@pytest.fixture
def catalogue():
    return {
        "calls": IndicatorFactory(ref="CS01", takes_fraction=True, ytd_method="ratio"),
        "speed": IndicatorFactory(ref="CS02", unit="seconds", decimals=0, polarity="lower"),
        "survey": IndicatorFactory(ref="CS03", frequency="quarterly", decimals=0),
    }


def test_results_are_imported_approved_and_the_history_says_so(catalogue, sam):
    dataset = results(
        ["2019-05", "CS01", "", "930", "1000", "Busy month"],
        ["2019-05", "cs02", "45", "", "", ""],
        ["2019-06", "CS03", "91", "", "", ""],
    )
    result = ResultResource().import_data(dataset, file_name="history.xlsx", user=sam)
    assert not result.has_errors() and not result.has_validation_errors()
    calls = Return.objects.get(indicator=catalogue["calls"])
    assert (calls.value, calls.numerator, calls.denominator) == (D(93), D(930), D(1000))
    assert (calls.status, calls.source, calls.commentary) == ("approved", "import", "Busy month")
    # No owner or reviewer is pretended: the history says who imported it and from where.
    assert (calls.submitted_by, calls.decided_by, calls.figure_by) == (None, None, sam)
    record = calls.history.first()
    assert record.history_change_reason == (
        "Signed off before the portal: imported from history.xlsx by Sam"
    )
    assert record.history_user == sam
    assert FinancialYear.objects.filter(start_year=2019).exists()
    period = ReturnPeriod.objects.get(month=date(2019, 5, 1))
    assert not period.is_open  # history, not a month open for returns


def test_an_export_imports_back_unchanged(catalogue, sam):
    ResultResource().import_data(
        results(["2019-05", "CS01", "", "931", "1000", ""], ["2019-05", "CS02", "45", "", "", "x"]),
        user=sam,
    )
    before = list(Return.objects.values().order_by("pk"))
    for file_format in ("csv", "xlsx"):
        data = ResultResource().export().export(file_format)
        dataset = tablib.Dataset().load(data, format=file_format)
        assert dataset.headers == COLUMNS
        result = ResultResource().import_data(dataset, user=sam)
        assert not result.has_errors() and not result.has_validation_errors()
        assert result.totals["skip"] == 2
    assert list(Return.objects.values().order_by("pk")) == before


def test_bad_result_rows_are_refused_by_line_and_column(catalogue, sam):
    dataset = results(
        ["2019-05", "CS03", "91", "", "", ""],
        ["May 2019", "CS02", "45", "", "", ""],
        ["2019-05", "CS01", "95", "930", "1000", ""],
        ["2019-05", "CS01", "", "1200", "1000", ""],
        ["2019-05", "CS02", "forty", "", "", ""],
        ["2019-05", "CS02", "1e2", "", "", ""],
        ["2019-05", "XX9", "1", "", "", ""],
        ["2019-06", "CS02", "", "", "", ""],
        ["2019-07", "CS02", "40", "", "", ""],
        ["2019-07", "CS02", "41", "", "", ""],
    )
    result = ResultResource().import_data(dataset, dry_run=True, user=sam)
    found = errors_by_line(result)
    assert "put its figure in the quarter's last month" in found[2]["period"][0]
    assert "write it as YYYY-MM" in found[3]["period"][0]
    assert "95 does not match 930 ÷ 1000" in found[4]["value"][0]
    assert "cannot be more than the denominator" in found[5]["numerator"][0]
    assert found[6]["value"] == ["“forty” is not a number."]
    assert "written with an exponent" in found[7]["value"][0]
    assert found[8]["ref"] == ["There is no indicator with the reference “XX9”."]
    assert found[9]["value"] == ["The figure is missing."]
    assert "A second row for 2019-07, CS02: line 10 has it already." in found[11]["ref"]
    assert not Return.objects.exists()


def test_importing_into_an_open_month_submits_for_review_on_the_owner_s_behalf(
    catalogue, sam, alice
):
    from submissions import services, workflow
    from tests.factories import period_for

    catalogue["speed"].owners.add(alice)
    draft = Return.objects.create(
        indicator=catalogue["speed"], period=period_for(date(2019, 5, 1)), value=D(50)
    )
    result = ResultResource().import_data(
        results(["2019-05", "CS02", "45", "", "", ""]), user=sam, file_name="may.csv"
    )
    assert result.plan == [
        "May 2019: 1 figure, open for returns: submitted for review on the owners' behalf "
        "(the importer cannot approve them)."
    ]
    draft.refresh_from_db()
    assert (draft.value, draft.status, draft.submitted_by) == (D(45), "submitted", sam)
    assert [h.value for h in draft.history.order_by("history_date")] == [D(50), D(45)]
    assert draft.history.first().history_change_reason == (
        "Submitted: Imported from may.csv by Sam, on behalf of Alice"
    )
    from django.contrib.auth.models import Group

    sam.groups.add(Group.objects.get(name="Performance team"))  # even one who reviews
    sam = type(sam).objects.get(pk=sam.pk)  # roles are read once per user object
    with pytest.raises(workflow.TransitionNotAllowed, match="someone else"):
        services.return_approve(ret=draft, user=sam)  # four eyes: not by the importer


def test_rows_cost_their_writes_and_lookups_are_made_once(
    catalogue, sam, django_assert_max_num_queries
):
    """Refs, periods and existing returns are looked up once per file, and the rows are
    recorded together: 300 rows of 20 indicators over 15 months cost the months' periods
    (made as they are met) and a few statements, not a write per row."""
    from indicators import periods

    refs = [IndicatorFactory(ref=f"HX{i:02d}", decimals=0).ref for i in range(20)]
    months = [periods.add_months(date(2000, 4, 1), i) for i in range(15)]
    rows = [[periods.month_key(m), ref, "50", "", "", ""] for m in months for ref in refs]
    with django_assert_max_num_queries(15 * 6 + 20):
        result = ResultResource().import_data(results(*rows), user=sam)
    assert not result.has_errors() and Return.objects.count() == 300


def test_a_correction_to_a_frozen_month_shows_in_the_next_snapshot_not_the_frozen_one(
    catalogue, sam, priya, client
):
    from django.urls import reverse

    from reports.freeze import freeze_month
    from tests.factories import FinancialYearFactory, TargetFactory

    speed = catalogue["speed"]
    TargetFactory(indicator=speed, year=FinancialYearFactory(start_year=2019))
    # History: months the portal never opened returns for, then frozen.
    ResultResource().import_data(
        results(["2019-05", "CS02", "45", "", "", ""], ["2019-06", "CS02", "44", "", "", ""]),
        user=sam,
    )
    may = freeze_month(date(2019, 5, 1), today=date(2019, 7, 1)).snapshot
    result = ResultResource().import_data(
        results(["2019-05", "CS02", "50", "", "", ""]), user=sam, file_name="fix.csv"
    )
    assert result.plan == [
        "May 2019: 1 figure, already frozen: saved as corrections, shown in the next snapshot "
        "(the frozen one never changes)."
    ]
    corrected = Return.objects.get(indicator=speed, period__month=date(2019, 5, 1))
    assert (corrected.value, corrected.status) == (D(50), "approved")
    june = freeze_month(date(2019, 6, 1), today=date(2019, 7, 1)).snapshot
    assert may.rows.get(ref="CS02").latest_value == D(45)  # the frozen month never changes
    assert june.rows.get(ref="CS02").recent[-2]["value"] == "50"  # the next one has it
    client.force_login(priya)
    page = client.get(reverse("audit-search"), {"ref": "CS02"}).content.decode()
    assert "Correction to a frozen month: imported from fix.csv by Sam" in page
    assert "45 s → <strong>50 s</strong>" in page


def test_the_admin_preview_says_what_happens_month_by_month(catalogue, client, sam):
    from django.urls import reverse

    client.force_login(sam)
    upload = b"period,ref,value,numerator,denominator,commentary\n2019-05,CS02,45,,,\n"
    from django.core.files.uploadedfile import SimpleUploadedFile

    page = client.post(
        reverse("admin:submissions_return_import"),
        {
            "resource": 0,
            "format": 0,
            "import_file": SimpleUploadedFile("may.csv", upload, content_type="text/csv"),
        },
    ).content.decode()
    assert "What will happen, month by month" in page
    assert "May 2019: 1 figure, never opened for returns: saved as approved history" in page
