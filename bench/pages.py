"""SQL queries and median time of the three busiest pages, at N = 50, 500 and 5,000 indicators.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/pages.py

For each N the dataset is rebuilt (bench/dataset.py), then each page is requested in
process with django.test.Client (signed in with force_login, DEBUG off): warm-up runs,
one run counting queries, then `--runs` timed runs of which the median is reported.

- My returns (/returns/) as ``owner01``, who owns 12 indicators at every N;
- Review (/review/) as ``perf1``: the first page of the returns awaiting review;
- Review with every state (``?state=all``), the first page;
- the whole-council dashboard (/dashboard/<YYYY-MM>/) of the latest frozen month, as
  ``perf1`` (who also sees the drafted cover summary) and as ``reader``, then its first
  directorate and that directorate's first service area as ``perf1``. A dashboard page is
  rendered once and kept: "first ms" is the first request, which renders it.

Review's listing is kept until something it was read from changes (core/changes.py), so
the timed runs above show a kept page. Both Review pages are then measured again, each
request after a change (a directorate given its own name again, not timed: the database
counts it as any edit), beside a floor of their own: "Review, after a change" is what a
page costs when it is read and rendered anew.

Each N also measures the floor: a page through the same middleware and signed-in session
that runs one query and renders a small template (``/bench/floor/``, added by this script
only). Every page's median is reported as a multiple of the floor measured in the same run,
so that a busy machine moves both: the goals are ratios (see ``GOALS``).

Query counts must not grow with N, and time no worse than linearly.
"""

from __future__ import annotations

import argparse
import statistics
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
FLOOR = "Floor"
# The most each page may take, as a multiple of the floor measured in the same run.
GOALS = {
    "Dashboard": 3,
    "Dashboard, reader": 3,
    "Dashboard, a directorate": 3,
    "Dashboard, a service area": 3,
    "Review": 5,
}
MAX_BYTES = 1024 * 1024  # no page over 1 MiB
FLOOR_URL = "/bench/floor/"
FLOOR_TEMPLATE = (
    '<!doctype html><html lang="en"><head><title>Floor</title></head>'
    "<body><main><h1>Floor</h1><p>{{ periods }} months open.</p></main></body></html>"
)


def floor_view(request: Any) -> Any:
    """The least a signed-in page can do: one query, a small template, the same middleware
    and session (loaded, and saved as every request saves it) as every other page."""
    from django.http import HttpResponse
    from django.template import engines

    from submissions.models import ReturnPeriod

    periods_open = ReturnPeriod.objects.filter(opened_at__isnull=False).count()
    template = engines["django"].from_string(FLOOR_TEMPLATE)
    return HttpResponse(template.render({"periods": periods_open}, request))


def install_floor() -> None:
    """Serve the floor page at FLOOR_URL, in this process only (never in the portal)."""
    from django.contrib.auth.decorators import login_required
    from django.urls import clear_url_caches, path

    from kpiportal import urls

    if not any(getattr(p, "name", None) == "bench-floor" for p in urls.urlpatterns):
        urls.urlpatterns.insert(0, path(FLOOR_URL.strip("/") + "/", login_required(floor_view),
                                        name="bench-floor"))  # fmt: skip
        clear_url_caches()


def pages(built: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(page, username, url) of the floor and each page measured, for a built dataset."""
    from django.utils.http import urlencode

    from indicators import periods
    from reports.models import SnapshotRow

    month = built["frozen_months"][-1]
    dashboard = f"/dashboard/{periods.month_key(month)}/"
    first = (
        SnapshotRow.objects.filter(snapshot__month=month)
        .order_by("directorate", "service_area")
        .values("directorate", "service_area")
        .first()
    )
    directorate = {"directorate": first["directorate"]}
    area = directorate | {"area": first["service_area"]}
    team, reader = built["performance"][0], built["reader"]
    return [
        (FLOOR, team, FLOOR_URL),
        ("My returns", built["bench_owner"], "/returns/"),
        ("Review", team, "/review/"),
        ("Review, every state", team, "/review/?state=all"),
        ("Dashboard", team, dashboard),
        ("Dashboard, reader", reader, dashboard),
        ("Dashboard, a directorate", team, f"{dashboard}?{urlencode(directorate)}"),
        ("Dashboard, a service area", team, f"{dashboard}?{urlencode(area)}"),
    ]


def _after_a_change(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The floor, and the pages kept until a change (Review's), renamed for their measure
    after one (measure_pages with `changed`)."""
    kept = [
        (f"{page}, after a change", *rest) for page, *rest in found if page.startswith("Review")
    ]
    return [found[0], *kept]


def _client(username: str) -> Any:
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _getter(client: Any, username: str, url: str) -> Any:
    def get() -> Any:
        response = client.get(url, secure=True)  # as behind the TLS proxy: no redirect
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} as {username}: {response.status_code}")
        return response

    return get


def change_something() -> None:
    """A change the database counts (core.changes), as any edit would be: the first
    directorate given its own name again. Pages kept until a change are read anew next."""
    from indicators.models import Directorate

    directorate = Directorate.objects.order_by("pk").first()
    Directorate.objects.filter(pk=directorate.pk).update(name=directorate.name)


def _nothing() -> None:
    pass


def measure_pages(
    found: list[tuple[str, str, str]], *, runs: int, warmup: int, changed: bool = False
) -> list[dict[str, Any]]:
    """Queries, median seconds and size of each (page, username, url), signed in as that
    username. The timed runs take turns (floor, page, page, ..., floor, page, ...), so that
    a machine busy for a moment slows every page alike and the ratios to the floor hold.
    With `changed`, each request but the floor's comes after a change (change_something,
    not timed): what a page costs when what was kept of it no longer holds."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    gets = [_getter(_client(username), username, url) for _, username, url in found]
    befores = [change_something if changed and page != FLOOR else _nothing for page, *_ in found]
    results = []
    for (page, _, url), get, before in zip(found, gets, befores, strict=True):
        before()
        first = common.timed(get)  # a dashboard page is rendered (and kept) by the first
        for _ in range(warmup - 1):
            before()
            get()
        before()
        with CaptureQueriesContext(connection) as captured:
            size = len(get().content)
        queries = len(captured.captured_queries)  # now: the next request clears the log
        results.append(
            {"page": page, "url": url, "queries": queries, "bytes": size, "first": first}
        )
    times: list[list[float]] = [[] for _ in found]
    for _ in range(runs):
        for spent, get, before in zip(times, gets, befores, strict=True):
            before()
            spent.append(common.timed(get))
    floor = None
    for result, spent in zip(results, times, strict=True):
        result["seconds"] = statistics.median(spent)
        if result["page"] == FLOOR:
            floor = result["seconds"]
    for result in results:
        result["floor"] = floor
        result["ratio"] = result["seconds"] / floor if floor else None
    return results


def measure_page(username: str, url: str, *, runs: int, warmup: int) -> dict[str, Any]:
    """Queries, median seconds and size of GET `url` signed in as `username`."""
    (found,) = measure_pages([("page", username, url)], runs=runs, warmup=warmup)
    return found


def run(
    sizes: Sequence[int] = common.SIZES,
    *,
    runs: int = RUNS,
    warmup: int = WARMUP,
    seed: int = 1,
    today: date,
) -> list[dict[str, Any]]:
    """Build each size in turn and measure the floor and the pages; one result per page
    and size."""
    install_floor()
    results = []
    for n in sizes:
        built = dataset.build(n, seed=seed, today=today)
        found = pages(built)
        for measured in measure_pages(found, runs=runs, warmup=warmup):
            results.append({"n": n, **measured})
        for measured in measure_pages(
            _after_a_change(found), runs=runs, warmup=warmup, changed=True
        ):
            if measured["page"] != FLOOR:  # in the results once, from the first pass
                results.append({"n": n, **measured})
    return results


def check(results: list[dict[str, Any]], *, timings: bool = True) -> list[str]:
    """What misses the goals: queries growing with N, a page bigger than MAX_BYTES and,
    with `timings`, time growing faster than N or a page slower than its multiple of the
    floor (GOALS). CI checks without timings: a shared machine's are not to be trusted."""
    problems = []
    by_page: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_page.setdefault(result["page"], []).append(result)
    for page, found in by_page.items():
        found = sorted(found, key=lambda r: r["n"])
        if len({r["queries"] for r in found}) > 1:
            counts = ", ".join(f"{r['queries']} at N={r['n']}" for r in found)
            problems.append(f"{page}: query count grows with N ({counts})")
        for r in found:
            if r["bytes"] > MAX_BYTES:
                problems.append(
                    f"{page} at N={r['n']:,}: {r['bytes'] / 1024:,.0f} KiB, over "
                    f"{MAX_BYTES // 1024:,} KiB"
                )
        if not timings:
            continue
        for small, big in zip(found, found[1:], strict=False):
            growth = big["seconds"] / small["seconds"]
            # Linear, with slack for the fixed cost of a request dominating small N.
            if growth > 1.25 * big["n"] / small["n"]:
                problems.append(
                    f"{page}: {growth:.1f}x slower from N={small['n']} to N={big['n']}, "
                    "worse than linear"
                )
        for r in found:
            goal = GOALS.get(page)
            if goal and r.get("ratio") and r["ratio"] > goal:
                problems.append(
                    f"{page} at N={r['n']:,}: {r['ratio']:.1f}x the floor "
                    f"({common.ms(r['seconds'])} ms), over the goal of {goal}x"
                )
    return problems


def report(results: list[dict[str, Any]]) -> str:
    rows = [
        [
            r["page"],
            f"{r['n']:,}",
            r["queries"],
            common.ms(r["seconds"]),
            f"{r['ratio']:.1f}x" if r.get("ratio") else "-",
            common.ms(r["first"]) if r.get("first") else "-",
            f"{r['bytes'] / 1024:,.0f}",
        ]
        for r in results
    ]
    headers = ["page", "N", "queries", "median ms", "x floor", "first ms", "KiB"]
    text = common.table(headers, rows)
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
