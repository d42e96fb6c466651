import logging
from datetime import date
from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.freeze import CannotFreeze, freeze_month
from reports.models import FrozenError, Snapshot, SnapshotRow
from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, period_for
from tests.reports.conftest import OCTOBER, TODAY, approve

pytestmark = pytest.mark.django_db


def test_it_writes_a_row_for_every_active_indicator(snapshot, rows):
    assert snapshot.row_count == 3
    assert set(rows) == {"CS01", "FN06", "CS05"}
    assert (snapshot.month, snapshot.version, snapshot.year.start_year) == (OCTOBER, 1, 2023)


def test_a_kpi_row_holds_what_the_report_needs(rows):
    calls = rows["CS01"]
    assert calls.latest_month == OCTOBER and calls.latest_value == D(85)
    assert (calls.latest_rag, calls.current_missing) == ("RED", False)
    # Ratio of sums: (6 × 930 + 850) / (7 × 1000) = 91.857%: AMBER.
    assert calls.ytd_value == D("91.857143") and calls.ytd_rag == "AMBER"
    assert (calls.target, calls.floor, calls.lower, calls.upper) == (D(95), D(90), None, None)
    assert calls.previous_year_value == D(90)  # last year's outturn
    assert calls.direction == "worsened"
    assert calls.commentary == "Phones down for two days."
    assert [p["label"] for p in calls.recent] == ["Jul-23", "Aug-23", "Sep-23", "Oct-23"]
    assert [p["value"] for p in calls.recent] == ["93", "93", "93", "85"]
    assert len(calls.trend) == 13 and calls.trend[-1] == {
        "month": "2023-10",
        "label": "Oct-23",
        "value": "85",
    }


def test_a_figure_not_approved_by_the_freeze_is_not_available(rows):
    debt = rows["FN06"]
    assert debt.current_missing is True
    assert debt.recent[-1]["value"] is None
    # The latest RAG is that of the latest figure available: September's 32% is AMBER.
    assert (debt.latest_month, debt.latest_value, debt.latest_rag) == (
        date(2023, 9, 1),
        D(32),
        "AMBER",
    )
    assert (debt.ytd_value, debt.ytd_rag) == (None, "N/A")
    assert debt.previous_year_value == D(33)  # point in time: last year's final figure
    assert debt.notes == "Point in time"


def test_an_activity_row_has_its_range_alert_and_last_years_same_period(rows):
    volume = rows["CS05"]
    assert volume.ytd_value == D(288000)  # 6 × 41,000 + 42,000
    assert volume.alert == "Yes"
    assert volume.previous_year_value == D(280000)  # April–October 2022
    assert volume.latest_rag == "" and volume.direction == ""


def test_a_frozen_month_does_not_change_when_later_returns_change(snapshot, council, alice):
    october = Return.objects.get(indicator=council["calls"], period__month=OCTOBER)
    Return.objects.filter(pk=october.pk).update(value=D(99), status=Return.Status.SUBMITTED)
    Return.objects.filter(indicator=council["debt"], period__month=OCTOBER).update(
        status=Return.Status.APPROVED
    )
    again = freeze_month(OCTOBER, today=TODAY)
    assert again.created is False and again.snapshot == snapshot
    row = SnapshotRow.objects.get(snapshot=snapshot, ref="CS01")
    assert (row.latest_value, row.latest_rag) == (D(85), "RED")


def test_freezing_again_with_a_reason_makes_version_2_and_keeps_version_1(snapshot, council):
    Return.objects.filter(indicator=council["debt"], period__month=OCTOBER).update(
        status=Return.Status.APPROVED
    )
    second = freeze_month(OCTOBER, reason="Late debt figure approved", today=TODAY)
    assert second.created and second.snapshot.version == 2
    assert second.snapshot.reason == "Late debt figure approved"
    old = SnapshotRow.objects.get(snapshot=snapshot, ref="FN06")
    new = SnapshotRow.objects.get(snapshot=second.snapshot, ref="FN06")
    assert (old.latest_value, old.current_missing) == (D(32), True)
    assert (new.latest_value, new.latest_rag, new.current_missing) == (D(29), "GREEN", False)


def test_a_frozen_row_refuses_save_and_delete(rows, snapshot):
    row = rows["CS01"]
    row.latest_value = D(1)
    with pytest.raises(FrozenError):
        row.save()
    with pytest.raises(FrozenError):
        row.delete()
    with pytest.raises(FrozenError):
        SnapshotRow.objects.filter(pk=row.pk).update(latest_value=D(1))
    with pytest.raises(FrozenError):
        SnapshotRow.objects.filter(pk=row.pk).delete()
    with pytest.raises(FrozenError):
        snapshot.delete()
    assert SnapshotRow.objects.get(pk=row.pk).latest_value == D(85)


def test_on_postgresql_the_database_refuses_too(rows, postgres):
    from django.db import DatabaseError, transaction

    with (
        pytest.raises(DatabaseError, match="frozen month cannot be changed: UPDATE on reports_"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE reports_snapshotrow SET latest_value = 1")


@pytest.mark.django_db(transaction=True)  # committed rows: TRUNCATE meets no pending events
@pytest.mark.parametrize("table", ["reports_snapshotrow", "reports_snapshot"])
def test_on_postgresql_truncate_is_refused_too(rows, postgres, table):
    from django.db import DatabaseError, transaction

    with connection.cursor() as cursor:
        cursor.execute("SET kpiportal.allow_truncate = 'off'")  # as the portal runs
    try:
        with (
            pytest.raises(DatabaseError, match=f"cannot be changed: TRUNCATE on {table}"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(f"TRUNCATE {table} CASCADE")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET kpiportal.allow_truncate = 'on'")
    assert SnapshotRow.objects.count() == 3


def test_a_month_that_has_not_ended_cannot_be_frozen(council):
    with pytest.raises(CannotFreeze, match="has not ended yet"):
        freeze_month(date(2023, 11, 1), today=TODAY)
    with pytest.raises(CannotFreeze, match="October 2023 has not ended yet"):
        freeze_month(OCTOBER, today=date(2023, 10, 31))  # its last day: figures still coming
    assert freeze_month(OCTOBER, today=date(2023, 11, 1)).created


def test_a_month_of_a_year_that_does_not_exist_cannot_be_frozen(db):
    with pytest.raises(CannotFreeze) as refused:
        freeze_month(date(2019, 10, 1), today=TODAY)
    assert str(refused.value) == (
        "There is no financial year 2019/20: load its targets or open it first."
    )


def test_freezing_again_without_a_reason_gives_that_months_latest_version(snapshot, council):
    september = freeze_month(date(2023, 9, 1), today=TODAY).snapshot
    second = freeze_month(OCTOBER, today=TODAY, reason="A late correction").snapshot
    again = freeze_month(OCTOBER, today=TODAY)
    assert again.created is False and again.snapshot == second and second.version == 2
    assert freeze_month(date(2023, 9, 1), today=TODAY).snapshot == september


def test_a_revised_indicator_is_not_compared_with_earlier_years(council):
    target = council["calls"].targets.get(year__start_year=2023)
    target.revised = True
    target.save()
    april = freeze_month(date(2023, 4, 1), today=TODAY).snapshot.rows.get(ref="CS01")
    assert april.previous_year_value is None
    assert april.direction == ""  # March was last year, under the old definition
    assert "Revised indicator" in april.notes


def test_freezing_costs_the_same_queries_for_10_and_60_indicators(council):
    """Apart from the bulk insert's batches (1,000 rows each on PostgreSQL, fewer on SQLite)."""

    def freeze_queries(month):
        with CaptureQueriesContext(connection) as captured:
            freeze_month(month, today=TODAY)
        inserts = 'INSERT INTO "reports_snapshotrow"'
        return len([q for q in captured.captured_queries if not q["sql"].startswith(inserts)])

    year = period_for(OCTOBER).year
    for _ in range(7):
        indicator = IndicatorFactory()
        TargetFactory(indicator=indicator, year=year)
        approve(indicator, date(2023, 8, 1), 91)
    small = freeze_queries(date(2023, 8, 1))
    for _ in range(50):
        indicator = IndicatorFactory()
        TargetFactory(indicator=indicator, year=year)
        approve(indicator, date(2023, 9, 1), 91)
    assert freeze_queries(date(2023, 9, 1)) == small


def test_the_command_freezes_in_process(council, capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    call_command("freeze", "2023-10")
    call_command("freeze", "2023-10")
    call_command("freeze", "2023-10", "--reason", "Correction to FN06")
    out = capsys.readouterr().out
    assert "Froze October 2023 as version 1: 3 indicators." in out
    assert "already frozen (version 1); nothing done" in out
    assert "Froze October 2023 as version 2" in out
    assert Snapshot.objects.filter(month=OCTOBER).count() == 2
    with pytest.raises(CommandError, match="YYYY-MM"):
        call_command("freeze", "October")


def test_without_copy_the_freeze_writes_the_same_rows(snapshot, monkeypatch):
    """The demo's SQLite has no COPY: the other branch of the one write path, run here."""
    import reports.freeze

    monkeypatch.setattr(reports.freeze, "_has_copy", lambda: False)
    again = freeze_month(OCTOBER, reason="Written without COPY", today=TODAY).snapshot
    skip = {"id", "snapshot"}
    fields = [f.name for f in SnapshotRow._meta.concrete_fields if f.name not in skip]

    def values(s):
        return list(s.rows.order_by("ref").values_list(*fields))

    assert again.row_count == snapshot.row_count == 3
    assert values(again) == values(snapshot)


def test_a_freeze_records_who_and_marks_only_its_own_month_frozen_once(council, priya):
    from submissions.models import ReturnPeriod
    from tests.factories import period_for

    november = period_for(date(2023, 11, 1))  # open, not frozen
    first = freeze_month(OCTOBER, user=priya, today=TODAY).snapshot
    assert first.frozen_by == priya
    october = ReturnPeriod.objects.get(month=OCTOBER)
    assert october.frozen_at == first.frozen_at
    november.refresh_from_db()
    assert november.frozen_at is None
    freeze_month(OCTOBER, reason="Correction", today=TODAY)
    october.refresh_from_db()
    assert october.frozen_at == first.frozen_at  # the first freeze, kept


def test_a_history_month_with_no_period_gets_one_when_frozen(council):
    from submissions.models import ReturnPeriod

    assert not ReturnPeriod.objects.filter(month=date(2023, 2, 1)).exists()
    snapshot = freeze_month(date(2023, 2, 1), today=TODAY).snapshot
    made = ReturnPeriod.objects.get(month=date(2023, 2, 1))
    assert made.year.start_year == 2022 and made.frozen_at == snapshot.frozen_at
    assert made.deadline > date(2023, 2, 28)


def test_a_refreeze_drops_its_months_earlier_kept_pages_and_no_others(council):
    from reports.models import RenderedPage

    september = freeze_month(date(2023, 9, 1), today=TODAY).snapshot
    october = freeze_month(OCTOBER, today=TODAY).snapshot
    for snap in (september, october):
        RenderedPage.objects.create(
            snapshot=snap, audience="everyone", latest_version=1, code="x", title="t",
            content="<p>kept</p>",
        )  # fmt: skip
    freeze_month(OCTOBER, reason="Correction", today=TODAY)
    kept = set(RenderedPage.objects.values_list("snapshot__month", flat=True))
    assert kept == {date(2023, 9, 1)}


def test_a_snapshot_records_how_it_was_frozen(council):
    frozen = freeze_month(OCTOBER, today=TODAY, source=Snapshot.Source.SCHEDULE).snapshot
    assert Snapshot.objects.get(pk=frozen.pk).source == "schedule"


def test_a_later_months_approved_figure_is_not_in_an_earlier_months_snapshot(council):
    """Freezing October late, after November's figure was approved: October's paper shows
    October as it was, not November."""
    approve(council["calls"], date(2023, 11, 1), 99, 990, 1000, commentary="A good November.")
    row = freeze_month(OCTOBER, today=date(2023, 12, 20)).snapshot.rows.get(ref="CS01")
    assert (row.latest_month, row.latest_value, row.latest_rag) == (OCTOBER, D(85), "RED")
    assert row.ytd_value == D("91.857143")  # April to October only
    assert row.commentary == "Phones down for two days."
    assert [p["label"] for p in row.recent][-1] == "Oct-23" and row.trend[-1]["month"] == "2023-10"


def test_an_annual_indicators_snapshot_has_its_last_four_years(council):
    """Four years back, not only since April last year as for monthly indicators."""
    tenants = IndicatorFactory(ref="HS09", title="Tenant satisfaction", frequency="annual")
    for start_year, value in [(2018, 60), (2019, 70), (2020, 71), (2021, 72), (2022, 73)]:
        approve(tenants, date(start_year + 1, 3, 1), value)
    row = freeze_month(OCTOBER, today=TODAY).snapshot.rows.get(ref="HS09")
    assert [p["value"] for p in row.recent] == ["70", "71", "72", "73"]


def test_a_snapshot_keeps_the_actions_of_its_month_soonest_due_first(council):
    """Open then, or closed since the month began, and recorded by its return or before:
    not one closed earlier, nor one recorded on a later month's return."""
    from submissions.models import Action

    september, november = period_for(date(2023, 9, 1)), period_for(date(2023, 11, 1))

    def action(description, due, opened_for, status="planned", closed_on=None):
        Action.objects.create(
            indicator=council["calls"], opened_for=opened_for, description=description,
            lead="Ann Lee", due=due, status=status, closed_on=closed_on,
        )  # fmt: skip

    action("Later due, recorded first", date(2024, 1, 31), september)
    action("Sooner due, recorded second", date(2023, 12, 15), period_for(OCTOBER))
    action("Done in October", date(2023, 10, 20), september, "done", date(2023, 10, 18))
    action("Done in September", date(2023, 9, 20), september, "done", date(2023, 9, 25))
    action("Recorded in November", date(2023, 12, 1), november)
    row = freeze_month(OCTOBER, today=TODAY).snapshot.rows.get(ref="CS01")
    assert [a["description"] for a in row.actions] == [
        "Done in October",
        "Sooner due, recorded second",
        "Later due, recorded first",
    ]


def test_a_freeze_has_its_papers_rendered_by_a_worker_once_it_commits(
    council, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    """The committee's PDF and workbook are ready before anyone asks for them."""
    from core.celery import app
    from reports import rendering

    caplog.set_level(logging.INFO, logger="reports.freeze")
    queued = []
    monkeypatch.setattr(rendering, "queue", lambda *args: queued.append(args))
    app.conf.task_always_eager = False  # as if a worker were running (put back after the test)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        snapshot = freeze_month(OCTOBER, today=TODAY).snapshot
        assert queued == []  # not before the freeze is committed
    for callback in callbacks:
        callback()
    assert queued == [
        ("reports.render_export", snapshot.pk, "", "pdf"),
        ("reports.render_export", snapshot.pk, "", "xlsx"),
    ]
    said = [r.getMessage() for r in caplog.records if r.name == "reports.freeze"]
    assert said == ["Froze 2023-10-01 version 1: 3 rows"]


@pytest.mark.django_db(transaction=True)
def test_two_freezes_of_a_month_at_once_make_one_snapshot_and_the_second_says_so(
    council, postgres, monkeypatch, caplog
):
    """The scheduled freeze and someone pressing "Freeze now" at the same moment: both
    work out version 1; the database lets one write it, and the other hands that one back
    as not made by it (so it announces nothing)."""
    import threading

    from reports import freeze

    caplog.set_level(logging.INFO, logger="reports.freeze")
    first_wrote, second_started = threading.Event(), threading.Event()
    real_write = freeze._write
    results: dict[str, object] = {}

    def write_then_wait(*args, **kwargs):
        written = real_write(*args, **kwargs)
        if threading.current_thread().name == "first":
            first_wrote.set()  # its snapshot is inserted, not yet committed
            assert second_started.wait(30), "the second freeze never started"
            waiting_on_the_key(timeout=30)
        return written

    def waiting_on_the_key(timeout: float) -> None:
        """Until the second freeze's insert waits for this one's transaction."""
        import time

        from django.db import connection as own

        end = time.monotonic() + timeout
        with own.cursor() as cursor:
            while time.monotonic() < end:
                cursor.execute("SELECT pg_stat_clear_snapshot()")  # read afresh in a transaction
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid() AND wait_event = 'transactionid'"
                )
                if cursor.fetchone()[0]:
                    return
                time.sleep(0.02)
        raise AssertionError("the second freeze never waited for the first")

    def run(name: str) -> None:
        from django.db import connection as own

        try:
            if name == "second":
                assert first_wrote.wait(30), "the first freeze never wrote"
                second_started.set()
            results[name] = freeze_month(OCTOBER, today=TODAY)
        except BaseException as error:  # raised in the test below, not lost in the thread
            results[name] = error
            second_started.set()  # nobody waits for a thread that has failed
        finally:
            own.close()

    monkeypatch.setattr(freeze, "_write", write_then_wait)
    threads = [threading.Thread(target=run, args=(n,), name=n) for n in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), "a freeze hung"
    for outcome in results.values():
        if isinstance(outcome, BaseException):
            raise outcome
    first, second = results["first"], results["second"]
    assert first.created is True and second.created is False
    assert second.snapshot.pk == first.snapshot.pk and second.snapshot.version == 1
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1
    said = sorted(r.getMessage() for r in caplog.records if r.name == "reports.freeze")
    assert said == [  # sorted: the two threads log as they finish, in either order
        "Freeze of 2023-10-01 v1 lost a race; keeping the other worker's",
        "Froze 2023-10-01 version 1: 3 rows",
    ]
