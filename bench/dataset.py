"""Build a council of N indicators with five financial years of monthly history, fast.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpiportal_bench \\
        .venv/bin/python bench/dataset.py --indicators 500

The database is wiped first (TRUNCATE of the catalogue, returns, snapshots and users).
What is built, from `seed` (the same seed and `today` give the same council):

- 6 directorates, 30 service areas, 40 owners (``owner01``…; ``owner01`` owns exactly 12
  monthly indicators, the others share the rest), two on the performance team (``perf1``,
  ``perf2``) and a reader (``reader``); every password is ``kpiportal-bench``.
- N indicators: about 2/3 KPIs and 1/3 activity indicators, both polarities, every unit
  and year-to-date method, a quarter of them taking a numerator and denominator; 10%
  quarterly and 2% annual; 1% no longer active. Targets (or expected ranges) for each of
  the five years; this year a few are revised or provisional.
- Every month from April four years before the current financial year up to the latest
  complete month has an open return period. Every month before the latest holds approved
  returns (commentary on reds and some ambers, 2% not available); the latest is part-way
  through sign-off: empty drafts, typed drafts, submitted and approved returns.
- The `frozen` months before the latest are frozen with `reports.freeze.freeze_month`.

On PostgreSQL the returns go in with one COPY and their history with one INSERT … SELECT;
elsewhere (the smoke test on SQLite) with bulk_create.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

PASSWORD = "kpiportal-bench"
DIRECTORATES = 6
AREAS_PER_DIRECTORATE = 5
OWNERS = 40
BENCH_OWNER_INDICATORS = 12
HISTORY_YEARS = 5
FROZEN = 2
# The latest month, part-way through sign-off: share of its returns in each state.
OPEN_MIX: dict[str, float] = {"empty": 0.3, "draft": 0.2, "submitted": 0.3, "approved": 0.2}
NOT_AVAILABLE_SHARE = 0.02
INACTIVE_SHARE = 0.01  # indicators no longer reported: history, but no return this month
REVISED_SHARE = 0.02  # this year's definition changed: not compared with earlier years
PROVISIONAL_SHARE = 0.03  # this year's target carried over until agreed
AMBER_COMMENTARY_SHARE = 0.4


@dataclass(frozen=True)
class Profile:
    """A kind of indicator: how it is measured and what its figures look like."""

    title: str
    kind: str
    unit: str
    decimals: int
    polarity: str
    ytd: str
    fraction: bool
    level: tuple[float, float]
    spread: float  # month-to-month noise, as a share of the level
    weight: int
    ranged: bool = True  # activity: expected range set (else none)


# fmt: off
PROFILES = [
    Profile("Requests completed within timescale", "kpi", "percent", 1, "higher", "ratio",
            True, (80, 97), 0.03, 14),
    Profile("Calls abandoned", "kpi", "percent", 1, "lower", "ratio", True, (4, 15), 0.15, 6),
    Profile("Residents satisfied with the service", "kpi", "percent", 1, "higher", "mean",
            False, (60, 92), 0.04, 8),
    Profile("Debt over six months old", "kpi", "percent", 1, "lower", "none",
            False, (10, 40), 0.06, 5),
    Profile("Average days to process a claim", "kpi", "days", 1, "lower", "mean",
            False, (5, 40), 0.1, 6),
    Profile("Average wait to answer", "kpi", "seconds", 0, "lower", "mean",
            False, (20, 300), 0.15, 4),
    Profile("Income collected to date", "kpi", "gbp_thousands", 0, "higher", "latest",
            False, (200, 5000), 0.05, 4),
    Profile("Average satisfaction score", "kpi", "number", 2, "higher", "mean",
            False, (3, 9), 0.05, 4),
    Profile("Complaints upheld", "kpi", "count", 0, "lower", "sum", False, (5, 200), 0.2, 4),
    Profile("Contacts received", "activity", "count", 0, "higher", "sum",
            False, (100, 50000), 0.08, 9),
    Profile("People on the waiting list", "activity", "count", 0, "lower", "none",
            False, (50, 3000), 0.05, 4, False),
    Profile("Spend on agency staff", "activity", "gbp_thousands", 0, "lower", "sum",
            False, (20, 800), 0.1, 4),
    Profile("Visits per session", "activity", "number", 1, "higher", "mean",
            False, (10, 60), 0.08, 3),
    Profile("Days since last inspection", "activity", "days", 1, "lower", "latest",
            False, (10, 90), 0.1, 2, False),
    Profile("Average call length", "activity", "seconds", 0, "lower", "mean",
            False, (120, 600), 0.07, 2),
    Profile("Share of contacts made online", "activity", "percent", 1, "higher", "ratio",
            True, (30, 80), 0.05, 3),
]
# fmt: on
FREQUENCIES = [("monthly", 88), ("quarterly", 10), ("annual", 2)]
FIRST_NAMES = ["Alex", "Bea", "Chris", "Dee", "Ed", "Fran", "Gus", "Hana", "Ivan", "Jo"]
LAST_NAMES = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fox", "Green", "Hughes"]
CAUSES = [
    "higher demand than planned",
    "staff vacancies in the team",
    "a system outage at month end",
    "seasonal pressure",
]
ACTIONS = [
    "An action plan has been agreed and progress is reviewed weekly.",
    "Temporary staff have been brought in; we expect to recover next month.",
    "The service manager is reviewing the process with the team.",
]
RETURN_COLUMNS = (
    "id", "indicator_id", "period_id", "value", "numerator", "denominator", "not_available",
    "not_available_reason", "commentary", "outlier_confirmed", "status", "source", "version",
    "submitted_by_id", "submitted_at", "decided_by_id", "decided_at", "reason",
    "updated_by_id", "updated_at", "no_action_reason", "forecast_reason", "owner_reply",
)  # fmt: skip


@dataclass
class Spec:
    """One generated indicator and the numbers its figures are drawn from."""

    index: int
    profile: Profile
    frequency: str
    level: float
    trend: float  # change per year, as a share
    season: float  # amplitude of the yearly cycle, as a share
    volume: int  # denominator size, for fractions
    owner: int  # index into the owners
    active: bool = True
    pk: int = 0


def _choose(rng: random.Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([item for item, _ in weighted], [w for _, w in weighted])[0]


def _quantum(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def _clamp(profile: Profile, value: float) -> float:
    value = max(value, 0.0)
    return min(value, 100.0) if profile.unit == "percent" else value


def _decimal(profile: Profile, value: float) -> Decimal:
    return Decimal(repr(_clamp(profile, value))).quantize(_quantum(profile.decimals))


def specs(n: int, *, owners: int, seed: int) -> list[Spec]:
    """The N indicators: profile, frequency and figure shape; owner 0 gets exactly 12."""
    rng = random.Random(f"{seed}-specs")
    weighted = [(p, p.weight) for p in PROFILES]
    out = []
    for index in range(n):
        profile = _choose(rng, weighted)
        bench_owned = index < BENCH_OWNER_INDICATORS or owners == 1
        frequency = _choose(rng, FREQUENCIES)
        out.append(
            Spec(
                index=index,
                profile=profile,
                frequency="monthly" if bench_owned else frequency,  # all 12 due every month
                level=rng.uniform(*profile.level),
                trend=rng.uniform(-0.05, 0.05),
                season=rng.uniform(0, 0.1),
                volume=rng.randint(100, 5000),
                owner=0 if bench_owned else 1 + (index - BENCH_OWNER_INDICATORS) % (owners - 1),
                active=bench_owned or rng.random() >= INACTIVE_SHARE,
            )
        )
    return out


def _aware(day: date, hour: int) -> datetime:
    from django.utils import timezone

    return timezone.make_aware(datetime.combine(day, clock(hour)))


def build(
    n: int,
    *,
    seed: int = 1,
    today: date,
    owners: int = OWNERS,
    frozen: int = FROZEN,
    open_mix: dict[str, float] | None = None,
) -> dict[str, Any]:
    """Wipe the database's council and build one of `n` indicators; what was built.

    `owners` indicator owners; `frozen` months before the latest are frozen; `open_mix`
    gives the share of the latest month's returns that are empty drafts, typed drafts,
    submitted and approved (default OPEN_MIX).
    """
    from django.db import connection, transaction

    from indicators import periods
    from reports.freeze import freeze_month
    from reports.models import Snapshot

    if n < 1 or owners < 1:
        raise ValueError("Build at least one indicator and one owner.")
    started = time.perf_counter()
    latest = periods.add_months(date(today.year, today.month, 1), -1)
    first = date(periods.financial_year_of(latest) - (HISTORY_YEARS - 1), 4, 1)
    months = []
    month = first
    while month <= latest:
        months.append(month)
        month = periods.add_months(month, 1)
    council = specs(n, owners=owners, seed=seed)
    with transaction.atomic():
        wipe()
        users = _users(owners)
        areas = _areas()
        _indicators(council, areas, users["owners"])
        years = _years(months)
        targets = _targets(council, years, seed)
        period_ids = _periods(months, years)
        returns = _returns(
            council, months, period_ids, targets, users, seed=seed, open_mix=open_mix or OPEN_MIX
        )
        _history()
        _reset_sequences()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    loaded = time.perf_counter()
    frozen_months = months[-1 - frozen : -1] if frozen else []
    for month in frozen_months:
        freeze_month(month, source=Snapshot.Source.SCHEDULE, today=today)
    return {
        "indicators": n,
        "owners": [u.username for u in users["owners"]],
        "bench_owner": users["owners"][0].username,
        "performance": [u.username for u in users["performance"]],
        "reader": users["reader"].username,
        "password": PASSWORD,
        "open_month": latest,
        "frozen_months": frozen_months,
        "months": len(months),
        "returns": returns,
        "load_seconds": loaded - started,
        "freeze_seconds": time.perf_counter() - loaded,
        "seconds": time.perf_counter() - started,
    }


def _models() -> list[Any]:
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session

    User = get_user_model()
    found = [User, User.groups.through, User.user_permissions.through, Session]
    if apps.is_installed("django.contrib.admin"):
        found.append(apps.get_model("admin", "LogEntry"))
    for label in ("kpiportal", "indicators", "submissions", "reports", "axes"):
        if apps.is_installed(label):  # axes: its record of sign-ins
            found.extend(apps.get_app_config(label).get_models(include_auto_created=True))
    return found


def wipe() -> None:
    """Empty the council, its returns, snapshots and people (roles and settings stay)."""
    from django.db import connection

    quote = connection.ops.quote_name
    tables = [quote(m._meta.db_table) for m in _models()]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred foreign key checks still pending in this transaction (a build just
            # before, in a test) would make TRUNCATE refuse: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # TRUNCATE, not DELETE: the snapshots' triggers refuse DELETE, rightly, and
            # TRUNCATE too unless the session allows it (as only tests and this do).
            cursor.execute("SELECT current_setting('kpiportal.allow_truncate', true)")
            (allowed,) = cursor.fetchone()
            cursor.execute("SET kpiportal.allow_truncate = 'on'")
            try:
                cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            finally:
                cursor.execute(
                    "SELECT set_config('kpiportal.allow_truncate', %s, false)", [allowed or "off"]
                )
        else:  # SQLite checks foreign keys at commit, when all of these are empty
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")


def insert(model: Any, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert rows of `columns` (attnames): COPY on PostgreSQL, bulk_create elsewhere."""
    from django.db import connection

    count = 0
    if connection.vendor == "postgresql":
        names = ", ".join(connection.ops.quote_name(c) for c in columns)
        table = connection.ops.quote_name(model._meta.db_table)
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
                count += 1
        return count
    batch: list[Any] = []
    for row in rows:
        batch.append(model(**dict(zip(columns, row, strict=True))))
        if len(batch) == 1000:
            model.objects.bulk_create(batch)
            count, batch = count + len(batch), []
    model.objects.bulk_create(batch)
    return count + len(batch)


@cache
def _password_hash() -> str:
    """One real hash by the portal's own first hasher (argon2id), shared by everyone:
    signing in costs what it does in production, even when tests have set a faster one
    (the gunicorn in bench/deadline.py runs with the portal's settings, not the tests')."""
    from django.utils.module_loading import import_string

    from kpiportal import settings as portal_settings

    hasher = import_string(portal_settings.PASSWORD_HASHERS[0])()
    return hasher.encode(PASSWORD, hasher.salt())


def _users(owners: int) -> dict[str, Any]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.roles import Role

    User = get_user_model()
    password = _password_hash()
    people = []
    for i in range(owners):
        first, last = FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[i // len(FIRST_NAMES) % 8]
        people.append((f"owner{i + 1:02d}", first, last, Role.OWNER))
    people += [
        ("perf1", "Priya", "Shah", Role.PERFORMANCE),
        ("perf2", "Tom", "Reid", Role.PERFORMANCE),
        ("reader", "Rita", "Councillor", Role.READER),
    ]
    made = User.objects.bulk_create(
        User(
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@bench.example",
            password=password,
        )
        for username, first, last, _ in people
    )
    groups = {g.name: g.pk for g in Group.objects.all()}
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=groups[role.value])
        for user, (*_, role) in zip(made, people, strict=True)
    )
    return {"owners": made[:owners], "performance": made[owners : owners + 2], "reader": made[-1]}


def _areas() -> list[Any]:
    from indicators.models import Directorate, ServiceArea

    directorates = Directorate.objects.bulk_create(
        Directorate(
            name=f"Directorate {d + 1}",
            corporate_director=f"Director {d + 1}",
            cabinet_committee=f"Cabinet Committee {d + 1}",
        )
        for d in range(DIRECTORATES)
    )
    return ServiceArea.objects.bulk_create(
        ServiceArea(
            directorate=directorate,
            name=f"Service area {d + 1}.{a + 1}",
            head_of_service=f"Head of service {d + 1}.{a + 1}",
            cabinet_member=f"Cabinet member {d + 1}",
        )
        for d, directorate in enumerate(directorates)
        for a in range(AREAS_PER_DIRECTORATE)
    )


def _indicators(council: list[Spec], areas: list[Any], owners: list[Any]) -> None:
    from indicators.models import Indicator

    made = Indicator.objects.bulk_create(
        Indicator(
            ref=f"{'K' if s.profile.kind == 'kpi' else 'A'}{s.index + 1:05d}",
            title=f"{s.profile.title} ({s.index + 1})",
            definition="Generated for the benchmarks.",
            service_area=areas[s.index % len(areas)],
            kind=s.profile.kind,
            unit=s.profile.unit,
            decimals=s.profile.decimals,
            polarity=s.profile.polarity,
            frequency=s.frequency,
            ytd_method=s.profile.ytd,
            takes_fraction=s.profile.fraction,
            numerator_label="Completed in time" if s.profile.fraction else "",
            denominator_label="Completed" if s.profile.fraction else "",
            is_active=s.active,
        )
        for s in council
    )
    for spec, indicator in zip(council, made, strict=True):
        spec.pk = indicator.pk
    insert(
        Indicator.owners.through,
        ("indicator_id", "user_id"),
        ((s.pk, owners[s.owner].pk) for s in council),
    )


def _years(months: list[date]) -> dict[int, Any]:
    from indicators import periods
    from indicators.models import FinancialYear

    starts = sorted({periods.financial_year_of(m) for m in months})
    made = FinancialYear.objects.bulk_create(FinancialYear(start_year=s) for s in starts)
    return {year.start_year: year for year in made}


def _targets(council: list[Spec], years: dict[int, Any], seed: int) -> dict[tuple[int, int], Any]:
    """Targets (KPIs) or expected ranges (activities) for each year, near the typical level."""
    from indicators.models import Target

    rng = random.Random(f"{seed}-targets")
    found: dict[tuple[int, int], tuple[Decimal | None, ...]] = {}
    rows = []
    for spec in council:
        p = spec.profile
        for index, start in enumerate(sorted(years)):
            level = spec.level * (1 + spec.trend * (index + 0.5)) * rng.uniform(0.97, 1.03)
            target = floor = lower = upper = None
            if p.kind == "kpi":
                worse = -1 if p.polarity == "higher" else 1
                target = _decimal(p, level)
                floor = _decimal(p, level + worse * 2 * p.spread * level)
                if worse < 0 and floor > target or worse > 0 and floor < target:
                    floor = target
            elif p.ranged:
                scale = 6 if p.ytd == "sum" else 1  # a year-to-date sum, half-way through
                lower = _decimal(p, level * scale * 0.85)
                upper = _decimal(p, level * scale * 1.15)
            found[(spec.pk, start)] = (target, floor, lower, upper)
            current = index == len(years) - 1
            revised = current and rng.random() < REVISED_SHARE
            provisional = current and not revised and rng.random() < PROVISIONAL_SHARE
            note = "Definition revised this year" if revised and rng.random() < 0.5 else ""
            if current and spec.index % 50 == 7:
                note = "New target this year"
            rows.append(
                (spec.pk, years[start].pk, target, floor, lower, upper, note, revised, provisional)
            )
    insert(
        Target,
        ("indicator_id", "year_id", "target", "floor", "lower", "upper", "note", "revised",
         "provisional"),
        rows,
    )  # fmt: skip
    return found


def _periods(months: list[date], years: dict[int, Any]) -> dict[date, int]:
    from indicators import periods
    from submissions.models import ReturnPeriod

    made = ReturnPeriod.objects.bulk_create(
        ReturnPeriod(
            month=m,
            year=years[periods.financial_year_of(m)],
            opened_at=_aware(ReturnPeriod.dates_for(m)["opens_on"], 7),
            **ReturnPeriod.dates_for(m),
        )
        for m in months
    )
    return {p.month: p.pk for p in made}


def _figures(spec: Spec, months: list[date], rng: random.Random) -> Iterator[tuple[date, tuple]]:
    """(month, (value, numerator, denominator)) for each month the indicator is due."""
    from indicators import periods, rating
    from submissions.models import Return

    p = spec.profile
    for index, month in enumerate(months):
        if not periods.is_due(spec.frequency, month):
            continue
        season = 1 + spec.season * math.sin(2 * math.pi * (month.month - 4) / 12)
        mean = spec.level * (1 + spec.trend * index / 12) * season
        level = _clamp(p, mean + rng.gauss(0, p.spread * spec.level))
        if p.fraction:
            denominator = Decimal(max(int(spec.volume * season * rng.uniform(0.9, 1.1)), 1))
            numerator = min((denominator * Decimal(repr(level)) / 100).quantize(Decimal(1)),
                            denominator)  # fmt: skip
            value = Return.stored(rating.derive_ratio(numerator, denominator))
            yield month, (value, numerator, denominator)
        else:
            yield month, (_decimal(p, level), None, None)


def _commentary(spec: Spec, value: Decimal, target: tuple, rng: random.Random) -> str:
    from indicators import rating

    if spec.profile.kind != "kpi" or target[0] is None:
        return ""
    found = rating.rag(
        value,
        target=target[0],
        floor=target[1],
        polarity=spec.profile.polarity,
        decimals=spec.profile.decimals,
    )
    if found is rating.Rag.RED:
        return (
            f"Below the floor standard at {value:.{spec.profile.decimals}f} because of "
            f"{rng.choice(CAUSES)}. {rng.choice(ACTIONS)}"
        )
    if found is rating.Rag.AMBER and rng.random() < AMBER_COMMENTARY_SHARE:
        return f"Just short of the target because of {rng.choice(CAUSES)}."
    return ""


def _returns(
    council: list[Spec],
    months: list[date],
    period_ids: dict[date, int],
    targets: dict[tuple[int, int], tuple],
    users: dict[str, Any],
    *,
    seed: int,
    open_mix: dict[str, float],
) -> int:
    from indicators import periods
    from submissions.models import Return, ReturnPeriod

    owners = [u.pk for u in users["owners"]]
    reviewer = users["performance"][0].pk
    latest = months[-1]
    states = list(open_mix.items())
    deadlines = {m: ReturnPeriod.dates_for(m)["deadline"] for m in months}

    def rows() -> Iterator[tuple]:
        # Month by month, as the portal makes them (a month's returns open together), so
        # that the table is laid out on disk as a real one is.
        rngs = [random.Random(f"{seed}-{spec.index}-returns") for spec in council]
        streams = [_figures(spec, months, rng) for spec, rng in zip(council, rngs, strict=True)]
        upcoming = [next(stream, None) for stream in streams]
        pk = 0
        for month in months:
            for i, spec in enumerate(council):
                if upcoming[i] is None or upcoming[i][0] != month:
                    continue
                _, (value, numerator, denominator) = upcoming[i]
                upcoming[i] = next(streams[i], None)
                if month == latest and not spec.active:
                    continue  # no longer reported: no return opened for it
                rng, owner = rngs[i], owners[spec.owner]
                state = _choose(rng, states) if month == latest else "approved"
                target = targets[(spec.pk, periods.financial_year_of(month))]
                submitted = _aware(deadlines[month] - timedelta(days=2), 15)
                decided = submitted + timedelta(days=1)
                not_available = month != latest and rng.random() < NOT_AVAILABLE_SHARE
                if state == "empty" or not_available:
                    value = numerator = denominator = None
                commentary = "" if value is None else _commentary(spec, value, target, rng)
                status = "draft" if state == "empty" else state
                typed = state != "empty"
                pk += 1
                yield (
                    pk, spec.pk, period_ids[month], value, numerator, denominator,
                    not_available,
                    "The source system was unavailable at month end." if not_available else "",
                    commentary, False, status, Return.Source.PORTAL, 1,
                    owner if status in ("submitted", "approved") else None,
                    submitted if status in ("submitted", "approved") else None,
                    reviewer if status == "approved" else None,
                    decided if status == "approved" else None,
                    "", owner if typed else None,
                    decided if status == "approved" else submitted, "", "", "",
                )  # fmt: skip

    return insert(Return, RETURN_COLUMNS, rows())


def _history() -> None:
    """One "created" history row per return, as bulk_create_with_history would write."""
    from django.db import connection

    from submissions.models import Return

    history = Return.history.model
    columns = list(RETURN_COLUMNS)
    quote = connection.ops.quote_name
    target = ", ".join(quote(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(history._meta.db_table)} ({target}, history_date, "
            "history_change_reason, history_type, history_user_id) "
            f"SELECT {target}, updated_at, %s, %s, updated_by_id "
            f"FROM {quote(Return._meta.db_table)}",
            ["Bench data", "+"],
        )


def _reset_sequences() -> None:
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), _models()):
            cursor.execute(statement)


def summary(built: dict[str, Any]) -> str:
    return common.table(
        ["indicators", "owners", "months", "returns", "load s", "freeze s", "total s"],
        [
            [
                built["indicators"],
                len(built["owners"]),
                built["months"],
                f"{built['returns']:,}",
                f"{built['load_seconds']:.1f}",
                f"{built['freeze_seconds']:.1f}",
                f"{built['seconds']:.1f}",
            ]
        ],
    )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--owners", type=int, default=OWNERS)
    parser.add_argument(
        "--frozen", type=int, default=FROZEN, help="months frozen before the latest"
    )
    args = common.parse(parser, argv)
    built = build(
        args.indicators,
        seed=args.seed,
        today=args.today,
        owners=args.owners,
        frozen=args.frozen,
    )
    print(common.heading("Dataset") + summary(built))
    return built


if __name__ == "__main__":
    main()
