"""Time to freeze a month at N = 50, 500 and 5,000 indicators, beside PostgreSQL's COPY floor.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/freeze.py

For each N the dataset is rebuilt (bench/dataset.py), then the latest frozen month is
frozen again `--runs` times with `reports.freeze.freeze_month(month, reason=...)`, each
run writing a new version; the median is reported.

The floor is the time PostgreSQL takes to load the same rows (those the last run wrote)
with a single COPY: into reports_snapshotrow itself, with its indexes, foreign keys and
trigger, inside a transaction that is rolled back ("COPY table"), and into a temporary
table LIKE it, with none of those ("COPY temp"). The ratio is freeze / COPY table.
Goal (issue 13): 5,000 indicators frozen well under 2 s, by plain code; and within 20x the
floor, so a slower machine does not hide a slower freeze (12.9x measured, docs/performance.md).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, dataset  # noqa: E402

RUNS = 5
GOAL_SECONDS = 2.0
GOAL_RATIO = 20.0


class _Rollback(Exception):
    pass


def _columns() -> list[str]:
    from reports.models import SnapshotRow

    return [f.column for f in SnapshotRow._meta.concrete_fields if f.column not in ("id",)]


def copy_floor(snapshot: Any, *, runs: int = RUNS) -> dict[str, float]:
    """Median seconds of one COPY of `snapshot`'s rows: into the real table, and a temp one."""
    from django.db import connection, transaction

    from reports.models import Snapshot, SnapshotRow

    quote = connection.ops.quote_name
    table = quote(SnapshotRow._meta.db_table)
    columns = _columns()
    names = ", ".join(quote(c) for c in columns)
    real, temp = [], []
    for _ in range(runs):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                other = Snapshot.objects.create(
                    month=snapshot.month,
                    version=32000,
                    year_id=snapshot.year_id,
                    frozen_at=snapshot.frozen_at,
                    source=snapshot.source,
                    reason="COPY floor (rolled back)",
                    row_count=snapshot.row_count,
                )
                chosen = ", ".join(
                    "%s" if c == "snapshot_id" else f"src.{quote(c)}" for c in columns
                )
                data = io.BytesIO()
                with cursor.copy(
                    f"COPY (SELECT {chosen} FROM {table} src WHERE src.snapshot_id = %s) TO STDOUT",
                    [other.pk, snapshot.pk],
                ) as copy:
                    for chunk in copy:
                        data.write(chunk)
                payload = data.getvalue()
                real.append(_copy_in(cursor, f"COPY {table} ({names}) FROM STDIN", payload))
                cursor.execute(
                    f"CREATE TEMP TABLE bench_snapshotrow (LIKE {table} INCLUDING DEFAULTS"
                    " INCLUDING IDENTITY) ON COMMIT DROP"
                )
                temp.append(
                    _copy_in(cursor, f"COPY bench_snapshotrow ({names}) FROM STDIN", payload)
                )
                raise _Rollback
        except _Rollback:
            pass
    return {"copy_table": statistics.median(real), "copy_temp": statistics.median(temp)}


def _copy_in(cursor: Any, statement: str, payload: bytes) -> float:
    def load() -> None:
        with cursor.copy(statement) as copy:
            copy.write(payload)

    return common.timed(load)


def measure(built: dict[str, Any], *, runs: int, today: date) -> dict[str, Any]:
    """Median freeze time of the latest frozen month, and the COPY floor for its rows."""
    from django.db import connection

    from reports.freeze import freeze_month

    month = built["frozen_months"][-1]
    times, snapshot = [], None
    for run in range(runs):

        def freeze(run: int = run) -> None:
            nonlocal snapshot
            result = freeze_month(month, reason=f"Benchmark run {run + 1}", today=today)
            assert result.created, "freezing again with a reason makes a new version"
            snapshot = result.snapshot

        times.append(common.timed(freeze))
    assert snapshot is not None
    floor: dict[str, float | None] = {"copy_table": None, "copy_temp": None}
    if connection.vendor == "postgresql":  # COPY is PostgreSQL's: no floor elsewhere
        floor = {**copy_floor(snapshot, runs=runs)}
    return {
        "n": built["indicators"],
        "rows": snapshot.row_count,
        "freeze": statistics.median(times),
        **floor,
    }


def run(
    sizes: Sequence[int] = common.SIZES, *, runs: int = RUNS, seed: int = 1, today: date
) -> list[dict[str, Any]]:
    results = []
    for n in sizes:
        built = dataset.build(n, seed=seed, today=today, frozen=1)
        results.append(measure(built, runs=runs, today=today))
    return results


def check(results: list[dict[str, Any]]) -> list[str]:
    problems = []
    for r in results:
        ratio = r["freeze"] / r["copy_table"] if r["copy_table"] else 0.0
        if r["n"] >= 5000 and r["freeze"] > GOAL_SECONDS:
            problems.append(
                f"N={r['n']:,}: freeze takes {r['freeze']:.2f} s, over {GOAL_SECONDS} s"
            )
        if r["n"] >= 5000 and ratio > GOAL_RATIO:
            problems.append(
                f"N={r['n']:,}: freeze is {ratio:.1f}x the COPY floor, over {GOAL_RATIO:g}x"
            )
    return problems


def _floor(r: dict[str, Any]) -> list[str]:
    if not r["copy_table"]:
        return ["-", "-", "-", "-"]
    return [
        common.ms(r["copy_table"]),
        common.ms(r["copy_temp"]),
        f"{r['freeze'] / r['copy_table']:.1f}x",
        f"{r['freeze'] / r['copy_temp']:.1f}x",
    ]


def report(results: list[dict[str, Any]]) -> str:
    rows = [
        [
            f"{r['n']:,}",
            f"{r['rows']:,}",
            common.ms(r["freeze"]),
            *_floor(r),
        ]
        for r in results
    ]
    text = common.table(
        ["N", "rows", "freeze ms", "COPY table ms", "COPY temp ms", "vs table", "vs temp"], rows
    )
    problems = check(results)
    text += "\n\n" + ("\n".join(f"MISSED: {p}" for p in problems) or "All freeze goals met.")
    return text


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(common.SIZES))
    parser.add_argument("--runs", type=int, default=RUNS)
    args = common.parse(parser, argv)
    results = run(args.sizes, runs=args.runs, seed=args.seed, today=args.today)
    print(common.heading("Freeze") + report(results))
    return results


if __name__ == "__main__":
    main()
