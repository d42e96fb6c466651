"""A small run of each benchmark's main path (N=50): that the scripts work, not how fast.

The timings themselves are in docs/performance.md; CI checks only that the benchmarks
still run, build what they say, and that what they count (queries) stays put.
"""

from collections import Counter
from datetime import date

import pytest

from bench import common, dataset, deadline, exports, freeze, imports, journey, one_page, pages
from reports.models import Snapshot
from submissions.models import Return

pytestmark = pytest.mark.bench  # make test runs them; `-m "not bench"` leaves them out
TODAY = date(2026, 11, 24)  # the open month is October 2026, September and August frozen
N = 50


def test_the_scripts_refuse_a_database_they_must_not_wipe(monkeypatch):
    with pytest.raises(common.BenchRefused, match="PostgreSQL"):
        common.check_database("sqlite3", "/tmp/kpiportal_bench.sqlite3", allow_sqlite=False)
    with pytest.raises(common.BenchRefused, match="bench"):
        common.check_database("postgresql", "kpiportal", allow_sqlite=False)
    with pytest.raises(common.BenchRefused, match="bench"):
        common.check_database("sqlite3", "/work/main/db.sqlite3", allow_sqlite=True)
    common.check_database("postgresql", "kpiportal_bench", allow_sqlite=False)
    common.check_database("sqlite3", "/tmp/kpiportal_bench.sqlite3", allow_sqlite=True)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(common.BenchRefused, match="DATABASE_URL"):
        pages.main(["--sizes", "50"])


def test_the_generated_council_has_every_kind_of_indicator():
    council = dataset.specs(500, owners=40, seed=1)
    profiles = [s.profile for s in council]
    assert {p.unit for p in profiles} == {"percent", "count", "gbp_thousands", "seconds",
                                          "days", "number"}  # fmt: skip
    assert {p.ytd for p in profiles} == {"ratio", "sum", "mean", "latest", "none"}
    assert {p.polarity for p in profiles} == {"higher", "lower"}
    assert {s.frequency for s in council} == {"monthly", "quarterly", "annual"}
    assert 0.6 < sum(p.kind == "kpi" for p in profiles) / 500 < 0.74
    assert Counter(s.owner for s in council)[0] == dataset.BENCH_OWNER_INDICATORS
    assert len({s.owner for s in council}) == 40


def test_the_dataset_builds_a_council_with_work_to_do(db):
    built = dataset.build(N, today=TODAY)
    assert built["indicators"] == N and len(built["owners"]) == dataset.OWNERS
    assert built["open_month"] == date(2026, 10, 1)
    assert built["months"] == 55  # April 2022 to October 2026: five financial years
    open_states = Counter(
        Return.objects.filter(period__month=built["open_month"]).values_list("status", flat=True)
    )
    assert set(open_states) == {"draft", "submitted", "approved"}
    history = Return.objects.exclude(period__month=built["open_month"])
    assert set(history.values_list("status", flat=True)) == {"approved"}
    assert history.filter(numerator__isnull=False).exists()  # ratio indicators' parts
    frozen = Snapshot.objects.values_list("month", flat=True)
    assert sorted(frozen) == [date(2026, 8, 1), date(2026, 9, 1)] == built["frozen_months"]
    owned = Return.objects.filter(
        indicator__owners__username=built["bench_owner"], period__month=built["open_month"]
    )
    assert owned.count() == dataset.BENCH_OWNER_INDICATORS
    # A second build starts again from nothing.
    again = dataset.build(N, today=TODAY)
    assert again["returns"] == built["returns"] == Return.objects.count()


def test_pages_count_queries_and_time_the_pages_beside_the_floor(db):
    results = pages.run([N], runs=1, warmup=1, today=TODAY)
    assert [r["page"] for r in results] == [
        "Floor",
        "My returns",
        "Review",
        "Review, every state",
        "Dashboard",
        "Dashboard, reader",
        "Dashboard, a directorate",
        "Dashboard, a service area",
        # Measured again, each request after a change (with a floor of their own).
        "Review, after a change",
        "Review, every state, after a change",
    ]
    assert all(r["queries"] > 0 and r["seconds"] > 0 and r["bytes"] > 0 for r in results)
    floor = results[0]
    assert floor["ratio"] == 1 and all(r["floor"] == floor["seconds"] for r in results[:8])
    assert all(r["ratio"] == r["seconds"] / r["floor"] for r in results[8:])
    assert pages.check(results, timings=False) == []
    assert "x floor" in pages.report(results)


def test_the_floor_is_a_small_page_for_the_signed_in_only(client, priya):
    pages.install_floor()
    assert client.get(pages.FLOOR_URL, secure=True).status_code == 302  # to sign in
    client.force_login(priya)
    response = client.get(pages.FLOOR_URL, secure=True)
    assert response.status_code == 200 and len(response.content) < 1024
    assert b"months open" in response.content


def test_page_queries_do_not_grow_with_the_council(db):
    """The property the benchmark checks at 50, 500 and 5,000, here at 20 and 60."""
    small = pages.run([20], runs=1, warmup=1, today=TODAY)
    large = pages.run([60], runs=1, warmup=1, today=TODAY)
    assert [r["queries"] for r in small] == [r["queries"] for r in large]


def test_freeze_times_a_new_version(db):
    (result,) = freeze.run([N], runs=2, today=TODAY)
    assert result["rows"] == Snapshot.objects.latest("version").row_count > 0
    assert Snapshot.objects.filter(month=date(2026, 9, 1)).count() == 3  # the build's and 2
    assert result["freeze"] > 0
    assert "freeze ms" in freeze.report([result])


def test_freeze_compares_with_the_copy_floor_on_postgresql(postgres, db):
    (result,) = freeze.run([N], runs=1, today=TODAY)
    assert result["copy_table"] > 0 and result["copy_temp"] > 0
    # The floor's rows were rolled back: only the freezes' rows remain.
    assert Snapshot.objects.filter(version__gt=100).count() == 0


def test_exports_time_each_download(db):
    results = exports.run(N, runs=1, today=TODAY)
    assert [r["format"] for r in results] == ["xlsx", "pdf", "csv"]
    assert all(r["bytes"] > 0 for r in results)
    assert "PDF" in exports.report(results)


def test_deadline_submits_every_figure_once_through_gunicorn(postgres, transactional_db):
    from django.utils import timezone

    result = deadline.run(owners=5, indicators=N, today=timezone.localdate())
    assert result["errors"] == [] and result["problems"] == []
    assert result["sent"] == Return.objects.filter(status="submitted").count() > 0
    assert len(result["journeys"]) == 5 and all(j.submitted for j in result["journeys"])
    assert "exactly once" in deadline.report(result)
    # The CPU each side used during the journeys: gunicorn's and PostgreSQL's did work.
    assert result["cpu"]["gunicorn"] > 0 and result["cpu"]["PostgreSQL"] > 0
    assert "ms an owner" in deadline.report(result)


def test_deadline_can_send_the_sign_in_form_to_a_pool_of_its_own(postgres, transactional_db):
    """--sign-in-pool: the password posted to a second gunicorn, everything else as before."""
    from django.utils import timezone

    result = deadline.run(owners=3, indicators=N, today=timezone.localdate(), sign_in_pool=(1, 1))
    assert result["errors"] == [] and result["problems"] == [] and result["pool"] == (1, 1)
    assert all(j.submitted for j in result["journeys"])
    assert "(sign-in: 1 x 1)" in deadline.report(result)
    with pytest.raises(SystemExit):  # a size it cannot read is refused, not guessed
        deadline.main(["--sign-in-pool", "two"])


def test_journey_runs_owners_deadlines_in_process_and_leaves_the_council_as_built(db, settings):
    from kpiportal import settings as portal_settings

    settings.PASSWORD_HASHERS = portal_settings.PASSWORD_HASHERS  # the council's hashes verify
    dataset.build(N, today=TODAY, owners=5, frozen=0, open_mix={"empty": 1.0})
    drafts = Return.objects.filter(status="draft").count()
    result = journey.run(2, freeze=False)
    assert result["owners"] == 2 and result["submitted"] > 0
    assert all(len(result["times"][step]) == 2 for step in deadline.STEPS)
    assert Return.objects.filter(status="draft").count() == drafts  # each rolled back
    assert "an owner in all" in journey.report(result)


def test_imports_check_and_save_every_kind_of_month(db):
    results = imports.run(N, rows=40, today=TODAY)
    assert [r["kind"] for r in results] == list(imports.KINDS)
    assert all(r["rows"] > 0 and r["written"] + r["skip"] >= r["rows"] for r in results)
    assert imports.check(results) == []  # every row written (no time goal under 1,000 rows)
    assert "check s" in imports.report(results)


def test_one_page_is_asked_for_again_and_again(db):
    built = dataset.build(N, today=TODAY, owners=5, frozen=0)
    assert len(one_page.run("/returns/", built["bench_owner"], 2)) == 2
    with pytest.raises(RuntimeError, match="403"):  # an owner may not review
        one_page.run("/review/", built["bench_owner"], 1)
