"""The deadline's journey in process, an owner at a time: what each step costs the server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench_journey \\
        .venv/bin/python bench/journey.py --build
    DATABASE_URL=... .venv/bin/python bench/journey.py --owners 50

bench/deadline.py sends 50 owners at gunicorn at once; how long each waits depends on which
requests happen to queue last, and the machine's speed drifts by a third from one minute to
the next. This script runs the same steps (sign-in page, sign in, My returns, Submit all,
My returns again) through django.test.Client, one owner after another, each journey in a
transaction that is rolled back, so the council stays as built and a run can be repeated:

- per step, the median time and the CPU of this process and of its PostgreSQL backend;
- under callgrind, the instructions of the journeys, which do not drift at all: run it with
  ``--owners 0`` (the start-up only) and with ``--owners 4``, and the difference divided
  by 4 is one journey's Python (docs/performance.md has the commands).

The portal is first made ready as gunicorn.conf.py makes it before forking its workers:
its templates compiled, its long-lived objects frozen out of the cycle collector
(``--no-freeze`` leaves both undone).
``--build`` builds the council bench/deadline.py builds (500 indicators, 50 owners, every
open return an empty draft) and stops: build once, then measure as often as needed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, dataset, deadline  # noqa: E402


def _backend_cpu() -> float:
    """CPU seconds this connection's PostgreSQL backend has used (Linux; 0 elsewhere)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    found = deadline._cpu_by_process().get(pid)  # none: another machine's, or not Linux
    return found[2] if found else 0.0


def journey(username: str, password: str, record: Callable[[str, Callable[[], Any]], Any]) -> int:
    """One owner's deadline, as bench/deadline.py's browsers make it; the returns submitted.
    Each step is made through `record(step, request)`."""
    from django.test import Client

    client = Client()
    login = record("sign-in page", lambda: client.get("/accounts/login/", secure=True))
    form = {"username": username, "password": password, "next": "/returns/"}
    form["csrfmiddlewaretoken"] = deadline._token(login.content.decode())
    signed_in = record("sign in", lambda: client.post("/accounts/login/", form, secure=True))
    if signed_in.status_code != 302:
        raise RuntimeError(f"{username} could not sign in ({signed_in.status_code})")
    page = record("My returns", lambda: client.get("/returns/", secure=True)).content.decode()
    sent = deadline.figures_for(page, 1)
    if not sent:
        raise RuntimeError(f"{username} has nothing to submit: build the council (--build)")
    post = {"csrfmiddlewaretoken": deadline._token(page), "action": "submit_all"}
    for fields in sent.values():
        post |= fields
    submitted = record("submit all", lambda: client.post("/returns/", post, secure=True))
    if submitted.status_code != 302:
        raise RuntimeError(f"{username}: Submit all answered {submitted.status_code}")
    after = record("My returns again", lambda: client.get("/returns/", secure=True))
    if f"Submitted {len(sent)} return" not in after.content.decode():
        raise RuntimeError(f"{username}: the page after submitting does not confirm it")
    return len(sent)


def run(owners: int, *, freeze: bool = True) -> dict[str, Any]:
    """Every owner's journey (of the first `owners`), one after another, each rolled back."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    usernames = list(
        get_user_model()
        .objects.filter(username__startswith="owner")
        .order_by("username")
        .values_list("username", flat=True)[:owners]
    )
    if freeze:  # what gunicorn does just before forking a worker
        common.as_gunicorn_before_forking()
    times: dict[str, list[float]] = {step: [] for step in deadline.STEPS}
    cpu = dict.fromkeys(deadline.STEPS, 0.0)

    def record(step: str, request: Callable[[], Any]) -> Any:
        start, used = time.perf_counter(), time.process_time()
        response = request()
        cpu[step] += time.process_time() - used
        times[step].append(time.perf_counter() - start)
        return response

    database = _backend_cpu()
    submitted = 0
    for username in usernames:
        with transaction.atomic():
            submitted += journey(username, dataset.PASSWORD, record)
            transaction.set_rollback(True)  # the council as built, for the next run
    return {
        "owners": len(usernames),
        "submitted": submitted,
        "times": times,
        "cpu": cpu,
        "database": _backend_cpu() - database,
    }


def report(result: dict[str, Any]) -> str:
    owners = result["owners"]
    if not owners:
        return "No journeys (--owners 0): the start-up only."
    rows = [
        [
            step,
            common.ms(statistics.median(result["times"][step])),
            f"{result['cpu'][step] / owners * 1000:.1f}",
        ]
        for step in deadline.STEPS
    ]
    total = sum(result["cpu"].values()) / owners * 1000
    rows.append(["an owner in all", "", f"{total:.1f}"])
    return "\n".join(
        [
            common.table(["step", "median ms", "Python CPU ms an owner"], rows),
            "",
            f"Owners: {owners}; returns submitted (and rolled back): {result['submitted']}; "
            f"PostgreSQL's CPU an owner: {result['database'] / owners * 1000:.1f} ms "
            "(in 10 ms ticks: read it over many owners).",
        ]
    )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--owners", type=int, default=deadline.OWNERS)
    parser.add_argument("--build", action="store_true", help="build the council, then stop")
    parser.add_argument("--no-freeze", action="store_true", help="leave the collector as is")
    args = common.parse(parser, argv)
    if args.build:
        built = dataset.build(
            deadline.INDICATORS,
            seed=args.seed,
            today=args.today,
            owners=deadline.OWNERS,
            frozen=0,
            open_mix={"empty": 1.0},
        )
        print(common.heading("Journey: council built") + dataset.summary(built))
        return built
    result = run(args.owners, freeze=not args.no_freeze)
    print(common.heading("Journey") + report(result))
    return result


if __name__ == "__main__":
    main()
