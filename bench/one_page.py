"""One page requested again and again in process, signed in as one user: for callgrind.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench_pages
    .venv/bin/python bench/pages.py --sizes 5000          # once: a council to read
    valgrind --tool=callgrind .venv/bin/python bench/one_page.py /review/ perf1 --times 2
    valgrind --tool=callgrind .venv/bin/python bench/one_page.py /review/ perf1 --times 12
    #   (each with PYTHONHASHSEED=0, so that both runs hash alike)

The page is first requested three times (the process warms: imports, compiled templates,
the URLs), then what gunicorn does before forking is done (common.as_gunicorn_before_forking),
then the page is requested `--times` times. The second count of instructions less the
first, over 10, is what one request of that page costs the portal's Python, without drift
(PostgreSQL's work is not counted: it runs in its own process). Each response must be a 200.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

WARMUP = 3


def run(url: str, username: str, times: int) -> list[float]:
    """Seconds of each of `times` requests of `url` as `username`, after the warm-ups."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))

    def get() -> None:
        response = client.get(url, secure=True)  # as behind the TLS proxy: no redirect
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} as {username}: {response.status_code}")

    for _ in range(WARMUP):
        get()
    common.as_gunicorn_before_forking()  # the loaded portal out of the collector
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        get()
        spent.append(time.perf_counter() - start)
    return spent


def main(argv: list[str] | None = None) -> list[float]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the page, for example /review/")
    parser.add_argument("username", help="who asks for it, for example perf1")
    parser.add_argument("--times", type=int, default=10)
    args = common.parse(parser, argv)
    spent = run(args.url, args.username, args.times)
    if spent:
        print(f"{args.url} as {args.username}: {len(spent)} requests, "
              f"median {common.ms(statistics.median(spent))} ms")  # fmt: skip
    return spent


if __name__ == "__main__":
    main()
