"""What every benchmark script shares: Django set-up with its safety checks, timing, tables.

The scripts run against their own database, named by DATABASE_URL, for example
``postgres://postgres@127.0.0.1:5432/kpiportal_bench``: it is created (and migrated) if
missing, and its catalogue is wiped by every dataset build. So that the dev database (or
anyone else's) is never touched, DATABASE_URL must be set and its database name must
contain "bench"; a database that is not PostgreSQL is refused unless ``--allow-sqlite``
is given (the numbers would mean little).
"""

from __future__ import annotations

import argparse
import os
import runpy
import secrets
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_URL = "postgres://postgres@127.0.0.1:5432/kpiportal_bench"
SIZES = (50, 500, 5000)


class BenchRefused(SystemExit):
    """The script will not run against this database; the message says why."""


def production_like_environment() -> dict[str, str]:
    """Settings as production has them (DEBUG off), without needing collectstatic."""
    return {
        "DJANGO_SETTINGS_MODULE": "kpiportal.settings",
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "CELERY_BROKER_URL": "",
        "LOG_LEVEL": "WARNING",
    }


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    parser.add_argument(
        "--allow-sqlite",
        action="store_true",
        help="run even though DATABASE_URL is not PostgreSQL (for smoke runs only)",
    )


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Every script's start: its arguments and the common ones, then Django, checked.

    `today` defaults to the local date, so the council is built as of now.
    """
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    setup(allow_sqlite=args.allow_sqlite)
    from django.utils import timezone

    args.today = args.today or timezone.localdate()
    return args


def check_database(vendor: str, name: str, *, allow_sqlite: bool) -> None:
    """Refuse a database that is not PostgreSQL (without --allow-sqlite) or not a bench one."""
    if vendor != "postgresql" and not allow_sqlite:
        raise BenchRefused(
            f"The benchmarks run on PostgreSQL, and DATABASE_URL is {vendor}. "
            f"Set DATABASE_URL={EXAMPLE_URL}, or pass --allow-sqlite for a smoke run."
        )
    if "bench" not in Path(str(name)).name:
        raise BenchRefused(
            f"Refusing to use database {name!r}: a dataset build wipes it. Name a database of "
            f"its own whose name contains 'bench', for example DATABASE_URL={EXAMPLE_URL}."
        )


def setup(*, allow_sqlite: bool) -> None:
    """Configure and start Django for a script: checks, create the database, migrate."""
    if not os.environ.get("DATABASE_URL"):
        raise BenchRefused(
            "Set DATABASE_URL to the benchmarks' own database, for example "
            f"DATABASE_URL={EXAMPLE_URL} (it is created if missing)."
        )
    for key, value in production_like_environment().items():
        os.environ.setdefault(key, value)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    vendor = "postgresql" if "postgresql" in db["ENGINE"] else db["ENGINE"].rsplit(".", 1)[-1]
    check_database(vendor, db["NAME"], allow_sqlite=allow_sqlite)
    if vendor == "postgresql":
        create_database(db)
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def create_database(db: dict[str, Any]) -> None:
    """CREATE DATABASE if it does not exist yet (connecting to the `postgres` database)."""
    import psycopg
    from psycopg import sql

    params = {
        "dbname": "postgres",
        "user": db.get("USER") or None,
        "password": db.get("PASSWORD") or None,
        "host": db.get("HOST") or None,
        "port": db.get("PORT") or None,
    }
    with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
        if found.fetchone() is None:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
            print(f"Created database {db['NAME']}")


def timed(function: Callable[[], Any]) -> float:
    """Seconds one call of `function` takes."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def median_time(function: Callable[[], Any], *, runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        function()
    return statistics.median(timed(function) for _ in range(runs))


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` (0–1) percentile by the nearest-rank method; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain text table: left-aligned text, right-aligned numbers, a rule under the header."""
    body = [[str(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for r in body:
        widths = [max(w, len(cell)) for w, cell in zip(widths, r, strict=True)]
    numeric = [all(_looks_numeric(r[i]) for r in body) and bool(body) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in body)
    return "\n".join(out)


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(",", "").replace(".", "").replace("x", "").replace("%", "")
    return stripped.lstrip("-").isdigit() or text in ("", "-")


def heading(title: str) -> str:
    """What ran, when and where: the first line of every script's output."""
    from datetime import UTC, datetime

    found = machine()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{title}: {when}, {found['cores']} cores ({found['cpu']}), {found['database']}\n"


def machine() -> dict[str, str]:
    """Cores, CPU model and PostgreSQL version, for the results' heading."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for text in cpuinfo.read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = f"{connection.vendor} {connection.Database.sqlite_version}"
    return {"cores": str(os.cpu_count()), "cpu": cpu, "database": database}


def as_gunicorn_before_forking() -> None:
    """What gunicorn.conf.py has the server do before it forks a worker (when_ready, then
    pre_fork): the portal's templates compiled, and its objects frozen out of the
    collector. Called from that file, not copied, so that the benches run what gunicorn
    runs."""
    hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    hooks["when_ready"](None)
    hooks["pre_fork"](None, None)
