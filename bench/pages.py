"""SQL queries and median time of the three busiest pages, at N = 50, 500 and 5,000 indicators.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/pages.py

For each N the dataset is rebuilt (bench/dataset.py), then each page is requested in
process with django.test.Client (signed in with force_login, DEBUG off): warm-up runs,
one run counting queries, then `--runs` timed runs of which the median is reported.

- My returns (/returns/) as ``owner01``, who owns 12 indicators at every N;
- Review (/review/) as ``perf1``: every return of the open month, so it grows with N;
- the whole-council dashboard (/dashboard/<YYYY-MM>/) of the latest frozen month, as
  ``perf1`` (who also sees the drafted cover summary).

Query counts must not grow with N, and time no worse than linearly.
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

RUNS = 15
WARMUP = 2


def pages(built: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(page, username, url) for the three pages of a built dataset."""
    from indicators import periods

    snapshot_month = periods.month_key(built["frozen_months"][-1])
    return [
        ("My returns", built["bench_owner"], "/returns/"),
        ("Review", built["performance"][0], "/review/"),
        ("Dashboard", built["performance"][0], f"/dashboard/{snapshot_month}/"),
    ]


def measure_page(username: str, url: str, *, runs: int, warmup: int) -> dict[str, Any]:
    """Queries, median seconds and size of GET `url` signed in as `username`."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))

    def get() -> Any:
        response = client.get(url, secure=True)  # as behind the TLS proxy: no redirect
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} as {username}: {response.status_code}")
        return response

    for _ in range(warmup):
        get()
    with CaptureQueriesContext(connection) as captured:
        size = len(get().content)
    queries = len(captured.captured_queries)  # now: the next request clears the log
    seconds = common.median_time(get, runs=runs, warmup=0)
    return {"queries": queries, "seconds": seconds, "bytes": size}


def run(
    sizes: Sequence[int] = common.SIZES,
    *,
    runs: int = RUNS,
    warmup: int = WARMUP,
    seed: int = 1,
    today: date,
) -> list[dict[str, Any]]:
    """Build each size in turn and measure the three pages; one result per page and size."""
    results = []
    for n in sizes:
        built = dataset.build(n, seed=seed, today=today)
        for page, username, url in pages(built):
            found = measure_page(username, url, runs=runs, warmup=warmup)
            results.append({"page": page, "n": n, "url": url, **found})
    return results


def check(results: list[dict[str, Any]]) -> list[str]:
    """What misses the goals: queries growing with N, or time growing faster than N."""
    problems = []
    by_page: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_page.setdefault(result["page"], []).append(result)
    for page, found in by_page.items():
        found = sorted(found, key=lambda r: r["n"])
        if len({r["queries"] for r in found}) > 1:
            counts = ", ".join(f"{r['queries']} at N={r['n']}" for r in found)
            problems.append(f"{page}: query count grows with N ({counts})")
        for small, big in zip(found, found[1:], strict=False):
            growth = big["seconds"] / small["seconds"]
            # Linear, with slack for the fixed cost of a request dominating small N.
            if growth > 1.25 * big["n"] / small["n"]:
                problems.append(
                    f"{page}: {growth:.1f}x slower from N={small['n']} to N={big['n']}, "
                    "worse than linear"
                )
        dashboard = [r for r in found if page == "Dashboard" and r["n"] == 500]
        if dashboard and dashboard[0]["seconds"] > 0.3:
            problems.append(
                f"Dashboard at N=500: median {common.ms(dashboard[0]['seconds'])} ms, "
                "over the 300 ms goal"
            )
    return problems


def report(results: list[dict[str, Any]]) -> str:
    rows = [
        [
            r["page"],
            f"{r['n']:,}",
            r["queries"],
            common.ms(r["seconds"]),
            f"{r['bytes'] / 1024:,.0f}",
        ]
        for r in results
    ]
    text = common.table(["page", "N", "queries", "median ms", "KiB"], rows)
    problems = check(results)
    text += "\n\n" + ("\n".join(f"MISSED: {p}" for p in problems) or "All page goals met.")
    return text


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(common.SIZES))
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--warmup", type=int, default=WARMUP)
    args = common.parse(parser, argv)
    results = run(
        args.sizes,
        runs=args.runs,
        warmup=args.warmup,
        seed=args.seed,
        today=args.today,
    )
    print(common.heading("Pages") + report(results))
    return results


if __name__ == "__main__":
    main()
