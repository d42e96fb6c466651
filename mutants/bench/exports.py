"""Time to export the whole-council dashboard as XLSX and PDF, at N = 500 indicators.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/exports.py

The dataset is built (bench/dataset.py), then the latest frozen month's downloads are
requested in process with django.test.Client as ``perf1`` (DEBUG off), as the buttons on
the dashboard do: /dashboard/<YYYY-MM>/export.xlsx and export.pdf (CSV for comparison).
Each is timed `--runs` times after a warm-up; the median is reported, with the file size.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, dataset  # noqa: E402

INDICATORS = 500
FORMATS = ("xlsx", "pdf", "csv")
RUNS = {"xlsx": 5, "pdf": 3, "csv": 5}


def measure(built: dict[str, Any], formats: Sequence[str], *, runs: int | None) -> list[dict]:
    """Median seconds of rendering each export of the latest frozen month's dashboard, and
    of downloading it once rendered (the PDF and XLSX are rendered once and kept)."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from indicators import periods
    from reports.models import Snapshot
    from reports.rendering import RENDERERS
    from reports.selectors import dashboard

    client = Client()
    client.force_login(get_user_model().objects.get(username=built["performance"][0]))
    month = built["frozen_months"][-1]
    key = periods.month_key(month)
    snapshot = Snapshot.objects.filter(month=month).order_by("-version").first()
    results = []
    for file_format in formats:
        url = f"/dashboard/{key}/export.{file_format}"
        size = 0

        def download(url: str = url) -> None:
            nonlocal size
            response = client.get(url, secure=True)
            if response.status_code != 200:
                raise RuntimeError(f"GET {url}: {response.status_code}")
            size = len(response.content)

        render = None
        if file_format in RENDERERS:
            renderer = RENDERERS[file_format]
            render = common.median_time(
                lambda r=renderer: r(dashboard(snapshot)), runs=runs or RUNS[file_format], warmup=0
            )
        seconds = common.median_time(download, runs=runs or RUNS[file_format], warmup=1)
        results.append(
            {
                "format": file_format,
                "n": built["indicators"],
                "render": render,
                "seconds": seconds,
                "bytes": size,
            }
        )
    return results


def run(
    n: int = INDICATORS,
    formats: Sequence[str] = FORMATS,
    *,
    runs: int | None = None,
    seed: int = 1,
    today: date,
) -> list[dict[str, Any]]:
    built = dataset.build(n, seed=seed, today=today)
    return measure(built, formats, runs=runs)


def report(results: list[dict[str, Any]]) -> str:
    rows = [
        [
            r["format"].upper(),
            f"{r['n']:,}",
            common.ms(r["render"]) if r.get("render") is not None else "(each time)",
            common.ms(r["seconds"]),
            f"{r['bytes'] / 1024:,.0f}",
        ]
        for r in results
    ]
    return common.table(["export", "N", "render ms", "download ms", "KiB"], rows)


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=INDICATORS)
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    parser.add_argument("--runs", type=int, default=None, help="timed runs (default 5, PDF 3)")
    args = common.parse(parser, argv)
    results = run(
        args.indicators,
        args.formats,
        runs=args.runs,
        seed=args.seed,
        today=args.today,
    )
    print(common.heading("Exports") + report(results))
    return results


if __name__ == "__main__":
    main()
