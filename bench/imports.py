"""Time to check and to save a results spreadsheet of thousands of rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/imports.py

A council of `--indicators` (5,000) is built (bench/dataset.py), then files of results
(``submissions.resources.ResultResource``: period, ref, value, numerator, denominator,
commentary) are imported as ``manage.py import`` does: read by the portal's reader, then
checked (``dry_run=True``, the preview) and saved, each timed, for three kinds of month:

- history: a month the portal never opened (two, before its first), up to `--rows` rows,
  saved as approved history;
- correction: the latest frozen month, every figure changed, saved as approved
  corrections for the next snapshot;
- live: the month open for returns, its drafts' figures where the page's checks let them
  through as they stand (each the month before's figure again, where that is no outlier
  and no second red month without an action), submitted for review on the owners' behalf.

And two targets files (``indicators.resources.TargetResource``: year, ref, target, floor,
lower, upper, note), as the May round brings them:

- targets, next year: next year's target for each indicator, up to `--rows` (new);
- targets, revised: this year's targets again, each a little changed (changed).

And two catalogue files (``indicators.resources.IndicatorResource``, as its export writes
them), up to `--rows` indicators:

- catalogue, as exported: the catalogue exported and imported back, every row unchanged
  (skipped), as when a file with a few edits is loaded;
- catalogue, retitled: every title changed (changed);
- catalogue, new: every reference changed, as a council loading its catalogue for the
  first time brings it (new). Saved last: its indicators stay.

Each import must take every row (no errors) and save it: the database is checked after.
Goal (issue 14): 5,000 rows checked in 3 s and saved in 3 s.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, dataset  # noqa: E402

INDICATORS = 5000
ROWS = 5000
KINDS = (
    "history",
    "correction",
    "live",
    "targets, next year",
    "targets, revised",
    "catalogue, as exported",
    "catalogue, retitled",
    "catalogue, new",
)
GOAL_SECONDS = 3.0
COLUMNS = ["period", "ref", "value", "numerator", "denominator", "commentary"]
TARGET_COLUMNS = ["year", "ref", "target", "floor", "lower", "upper", "note"]
RESULTS = "submissions.resources.ResultResource"
TARGETS = "indicators.resources.TargetResource"
CATALOGUE = "indicators.resources.IndicatorResource"


def _text(value: Any) -> str:
    return "" if value is None else f"{value.normalize():f}"


def history_rows(first_month: date, limit: int) -> list[list[str]]:
    """Figures for the two months before the portal's first, copied from its first month's
    (so each is valid for its indicator), monthly indicators only, up to `limit` rows."""
    from indicators import periods
    from submissions.models import Return

    source = [
        (ref, value, numerator, denominator, parts)
        for ref, value, numerator, denominator, parts in Return.objects.filter(
            period__month=first_month, indicator__frequency="monthly", value__isnull=False
        )
        .order_by("indicator__ref")
        .values_list(
            "indicator__ref", "value", "numerator", "denominator", "indicator__takes_fraction"
        )
        if not parts or (numerator is not None and denominator is not None)
    ]
    rows = []
    for back in (1, 2):
        month = periods.month_key(periods.add_months(first_month, -back))
        for ref, value, numerator, denominator, parts in source:
            rows.append(
                [month, ref, "" if parts else _text(value), _text(numerator), _text(denominator),
                 "Loaded from the old spreadsheets."]
            )  # fmt: skip
    return rows[:limit]


def correction_rows(month: date, limit: int) -> list[list[str]]:
    """Every approved figure of a frozen month, changed a little (one less in the numerator,
    or the value down by one in its last place shown; up from nothing)."""
    from indicators import periods
    from submissions.models import Return

    rows = []
    for ref, decimals, value, numerator, denominator, parts in (
        Return.objects.filter(period__month=month, status=Return.Status.APPROVED)
        .exclude(value__isnull=True)
        .order_by("indicator__ref")
        .values_list(
            "indicator__ref",
            "indicator__decimals",
            "value",
            "numerator",
            "denominator",
            "indicator__takes_fraction",
        )
    ):
        if parts and (numerator is None or denominator is None):
            continue
        if parts:
            numerator = numerator - 1 if numerator >= 1 else numerator + 1
            cells = ["", _text(numerator), _text(denominator)]
        else:
            step = type(value)(1).scaleb(-decimals)
            cells = [_text(value - step if value - step >= 0 else value + step), "", ""]
        rows.append([periods.month_key(month), ref, *cells, "Corrected from the source system."])
    return rows[:limit]


def live_rows(month: date, limit: int) -> list[list[str]]:
    """The due figures of an open month that submit as they stand: each indicator's figure
    of the month before again, with commentary (so a red passes), leaving out those that
    would be a second red month without an action (the page asks why; a file cannot say)."""
    from indicators import periods
    from submissions.figures import ReturnData, outlier_of
    from submissions.models import Return, ReturnPeriod
    from submissions.selectors import build_rows

    period = ReturnPeriod.objects.get(month=month)
    rows = []
    for row in build_rows(Return.objects.filter(period=period, status=Return.Status.DRAFT), period):
        before = periods.add_months(month, -1)
        figure = row.figures.get(before)
        if not row.indicator.is_due(before) or figure is None or figure.value is None:
            continue
        parts = row.indicator.takes_fraction
        if parts and (figure.numerator is None or figure.denominator is None):
            continue
        data = (
            ReturnData(numerator=figure.numerator, denominator=figure.denominator)
            if parts
            else ReturnData(value=figure.value)
        )
        if outlier_of(row.indicator, data, row.history):
            continue
        again_red = row.indicator.rate(figure.value, row.target) == "RED" and row.previous_red
        if again_red and not row.actions:
            continue
        rows.append(
            [periods.month_key(month), row.indicator.ref, "" if parts else _text(figure.value),
             _text(figure.numerator) if parts else "", _text(figure.denominator) if parts else "",
             "As last month, from the source."]
        )  # fmt: skip
        if len(rows) >= limit:
            break
    return rows


def target_rows(year: int, limit: int, *, revise: bool) -> list[list[str]]:
    """The whole-year targets of `year` (its start), up to `limit`: as they are for next
    year's (revise=False), or each figure one less (one more from nothing) for this year's
    revised."""
    from indicators import periods
    from indicators.models import Target

    def changed(value: Any) -> str:
        if value is None or not revise:
            return _text(value)
        return _text(value - 1 if value >= 1 else value + 1)

    rows = []
    for ref, *figures in (
        Target.objects.filter(year__start_year=year, period__isnull=True)
        .order_by("indicator__ref")
        .values_list("indicator__ref", "target", "floor", "lower", "upper")[:limit]
    ):
        target, floor, lower, upper = (changed(v) for v in figures)
        if revise and lower and upper and lower == upper:
            upper = _text(figures[3])  # keep the range a range
        label = periods.year_label(year if revise else year + 1)
        rows.append([label, ref, target, floor, lower, upper, "Agreed by Cabinet in May."])
    return rows


def catalogue_file(limit: int, *, retitle: bool = False, new: bool = False) -> bytes:
    """The first `limit` indicators as the catalogue's export writes them; every title
    changed where `retitle`, every reference (so every indicator is new) where `new`."""
    import tablib

    from indicators.models import Indicator
    from indicators.resources import IndicatorResource

    exported = IndicatorResource().export(queryset=Indicator.objects.order_by("ref")[:limit])
    changes = {"title": "{} (revised)"} if retitle else {"ref": "N{}"} if new else {}
    if changes:
        exported = tablib.Dataset(
            *(
                [changes[name].format(value) if name in changes else value
                 for name, value in zip(exported.headers, row, strict=True)]
                for row in exported
            ),
            headers=exported.headers,
        )  # fmt: skip
    return exported.csv.encode("utf-8")


def as_file(rows: Sequence[Sequence[str]], columns: Sequence[str] = COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def import_file(content: bytes, *, dry_run: bool, resource: str = RESULTS) -> Any:
    """As `manage.py import RESOURCE FILE` does it."""
    from django.utils.module_loading import import_string

    from indicators.formats import CSV

    data = CSV().create_dataset(content)
    return import_string(resource)().import_data(
        data, dry_run=dry_run, file_name="bench.csv", user=None
    )


def problems_of(result: Any) -> list[str]:
    found = [str(e.error) for e in result.base_errors]
    found += [f"line {line}: {e.error}" for line, errors in result.row_errors() for e in errors]
    return found


def measure(kind: str, rows: list[list[str]] | bytes) -> dict[str, Any]:
    """Seconds to check, then to save, one file (its rows, or the file itself); its rows
    must all be taken: each written, or for a row that changes nothing, skipped."""
    from indicators.models import Indicator, Target
    from submissions.models import Return

    if isinstance(rows, bytes):
        content, resource, model = rows, CATALOGUE, Indicator
    elif kind.startswith("targets"):
        content, resource, model = as_file(rows, TARGET_COLUMNS), TARGETS, Target
    else:
        content, resource, model = as_file(rows), RESULTS, Return
    before = model.history.count()
    found: dict[str, Any] = {}
    for step, dry_run in (("check", True), ("save", False)):
        seconds = common.timed(
            lambda d=dry_run, s=step: found.update(
                {s: import_file(content, dry_run=d, resource=resource)}
            )
        )
        if problems := problems_of(found[step]):
            raise RuntimeError(f"{kind}: the {step} refused the file: {problems[:5]}")
        found[f"{step} seconds"] = seconds
    totals = found["save"].totals
    return {
        "kind": kind,
        "rows": found["save"].total_rows,
        "check": found["check seconds"],
        "save": found["save seconds"],
        "written": model.history.count() - before,
        "new": totals.get("new", 0),
        "update": totals.get("update", 0),
        "skip": totals.get("skip", 0),
    }


def run(
    n: int = INDICATORS,
    *,
    rows: int = ROWS,
    kinds: Sequence[str] = KINDS,
    seed: int = 1,
    today: date,
) -> list[dict[str, Any]]:
    from indicators import periods

    built = dataset.build(n, seed=seed, today=today)
    first = periods.add_months(built["open_month"], 1 - built["months"])
    frozen = built["frozen_months"][-1]
    live = built["open_month"]
    year = periods.financial_year_of(live)
    makers = {
        "history": lambda: history_rows(first, rows),
        "correction": lambda: correction_rows(frozen, rows),
        "live": lambda: live_rows(live, rows),
        "targets, next year": lambda: target_rows(year, rows, revise=False),
        "targets, revised": lambda: target_rows(year, rows, revise=True),
        "catalogue, as exported": lambda: catalogue_file(rows, retitle=False),
        "catalogue, retitled": lambda: catalogue_file(rows, retitle=True),
        "catalogue, new": lambda: catalogue_file(rows, new=True),
    }
    return [{"n": n, **measure(kind, makers[kind]())} for kind in kinds]


def check(results: list[dict[str, Any]]) -> list[str]:
    problems = []
    for r in results:
        if r["written"] + r.get("skip", 0) < r["rows"]:
            problems.append(f"{r['kind']}: {r['rows']} rows, but {r['written']} written")
        for step in ("check", "save"):
            if r["rows"] >= 1000 and r[step] / r["rows"] * 5000 > GOAL_SECONDS:
                problems.append(
                    f"{r['kind']}: {step} at {r[step] / r['rows'] * 5000:.1f} s for 5,000 rows, "
                    f"over the goal of {GOAL_SECONDS:.0f} s"
                )
    return problems


def report(results: list[dict[str, Any]]) -> str:
    table = common.table(
        [
            "file",
            "N",
            "rows",
            "check s",
            "save s",
            "check ms/row",
            "save ms/row",
            "new",
            "changed",
            "unchanged",
        ],
        [
            [
                r["kind"],
                f"{r['n']:,}",
                f"{r['rows']:,}",
                f"{r['check']:.2f}",
                f"{r['save']:.2f}",
                f"{r['check'] / r['rows'] * 1000:.2f}",
                f"{r['save'] / r['rows'] * 1000:.2f}",
                r["new"],
                r["update"],
                r.get("skip", 0),
            ]
            for r in results
        ],
    )
    problems = check(results)
    return table + "\n\n" + ("\n".join(f"MISSED: {p}" for p in problems) or "All import goals met.")


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=INDICATORS)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    args = common.parse(parser, argv)
    results = run(
        args.indicators, rows=args.rows, kinds=args.kinds, seed=args.seed, today=args.today
    )
    print(common.heading("Imports") + report(results))
    return results


if __name__ == "__main__":
    main()
