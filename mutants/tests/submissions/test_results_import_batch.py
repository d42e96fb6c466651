"""Issue 14: a results file is checked row by row, then recorded through the services in
one batch for each kind of month: the same outcome as one row at a time, every refusal at
its line, and the same number of queries for a file of ten rows or of a hundred."""

from datetime import date
from decimal import Decimal as D

import pytest
import tablib
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators import periods
from reports.freeze import freeze_month
from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from submissions.resources import ResultResource
from tests.factories import IndicatorFactory, approved_history, period_for

pytestmark = pytest.mark.django_db
COLUMNS = ["period", "ref", "value", "numerator", "denominator", "commentary"]
MAY = date(2019, 5, 1)


def results(*rows):
    return tablib.Dataset(*rows, headers=COLUMNS)


def errors_by_line(result):
    return {row.number + 1: row.error_dict for row in result.invalid_rows}


def queries(rows, **kwargs):
    with CaptureQueriesContext(connection) as captured:
        result = ResultResource().import_data(results(*rows), **kwargs)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    return len(captured.captured_queries)


def test_a_live_month_s_refusals_are_all_listed_at_their_lines_and_nothing_is_saved(sam, alice):
    flows = []
    for ref in ("CS02", "CS07"):
        indicator = IndicatorFactory(ref=ref, unit="seconds", decimals=0, owners=[alice])
        approved_history(indicator, [40, 41, 42, 40, 41, 42, 40, 41, 42, 40, 41, 42], before=MAY)
        flows.append(Return.objects.create(indicator=indicator, period=period_for(MAY)))
    ok = IndicatorFactory(ref="CS03", unit="seconds", decimals=0, owners=[alice])
    Return.objects.create(indicator=ok, period=period_for(MAY))

    result = ResultResource().import_data(
        results(
            ["2019-05", "CS02", "400", "", "", ""],  # far from its last 12 figures
            ["2019-05", "CS03", "45", "", "", ""],
            ["2019-05", "CS07", "900", "", "", ""],
        ),
        user=sam,
    )

    found = errors_by_line(result)
    assert sorted(found) == [2, 4]
    assert all("far from the last 12 figures" in found[n]["value"][0] for n in (2, 4))
    assert result.totals["invalid"] == 2
    assert set(Return.objects.filter(period__month=MAY).values_list("status", "value")) == {
        ("draft", None)
    }


def test_a_batch_records_what_one_at_a_time_records(sam, alice):
    """The import's batch and the one-return service give the same return and history."""
    one = IndicatorFactory(ref="CS01", unit="seconds", decimals=0, owners=[alice])
    two = IndicatorFactory(ref="CS02", unit="seconds", decimals=0, owners=[alice])
    data = ReturnData(value=D(45), commentary="From the phone system")
    draft = Return(indicator=one, period=period_for(MAY))
    draft._history_user = sam  # as the admin's request makes it (the batch says who too)
    draft.save()
    singly = services.return_record_from_source(
        ret=draft,
        user=sam, data=data, submit=True, source=Return.Source.IMPORT, reason="Imported",
    )  # fmt: skip
    (batched,) = services.returns_record_from_source(
        items=[services.Recorded(Return(indicator=two, period=period_for(MAY)), data)],
        user=sam, submit=True, source=Return.Source.IMPORT, reason="Imported",
    )  # fmt: skip
    ignore = {"id", "indicator_id", "submitted_at", "updated_at"}

    def fields(ret):
        ret.refresh_from_db()
        return {
            f.attname: getattr(ret, f.attname)
            for f in Return._meta.concrete_fields
            if f.attname not in ignore
        }

    def trail(ret):
        return list(
            ret.history.order_by("history_id").values_list(
                "history_type", "history_change_reason", "history_user", "status", "version"
            )
        )

    assert dict(fields(singly)) == dict(fields(batched))
    assert (
        trail(singly)
        == trail(batched)
        == [
            ("+", None, sam.pk, "draft", 1),
            ("~", "Submitted: Imported, on behalf of Alice", sam.pk, "submitted", 2),
        ]
    )


def test_history_corrections_and_a_live_month_cost_the_same_queries_for_ten_rows_or_a_hundred(
    sam, alice
):
    live = periods.add_months(MAY, 1)

    period_for(MAY, opened=False)  # made by the first file otherwise: not a cost of its size

    def council(count, start):
        made = [
            IndicatorFactory(ref=f"HX{i:03d}", decimals=0, owners=[alice])
            for i in range(start, start + count)
        ]
        for indicator in made:
            Return.objects.create(indicator=indicator, period=period_for(live))
        return [i.ref for i in made]

    def rows(refs, month, value):
        return [[periods.month_key(month), ref, str(value), "", "", "Note"] for ref in refs]

    cost = {}
    for count, start in ((10, 0), (100, 10)):
        refs = council(count, start)
        history = queries(rows(refs, MAY, 50), user=sam)  # never opened: history
        freeze_month(MAY, reason=f"for {count}" if count == 100 else "", today=date(2019, 8, 1))
        corrections = queries(rows(refs, MAY, 51), user=sam)  # frozen: corrections
        submitted = queries(rows(refs, live, 52), user=sam)  # open: submitted for review
        cost[count] = (history, corrections, submitted)
    assert cost[10] == cost[100]
    assert Return.objects.filter(period__month=live, status="submitted").count() == 110
