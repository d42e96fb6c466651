"""Builds the demo council (see catalogue.py): idempotent, so a second run adds nothing.

Steps: 1. people and roles; 2. directorates and service areas; 3. indicators and owners;
4. financial years and targets; 5. return periods; 6. returns: approved history for two
full years and this year to date, with the latest month part-way through sign-off.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from indicators import periods, rating
from indicators.models import Directorate, FinancialYear, Indicator, ServiceArea, Target
from reports.freeze import freeze_month
from reports.models import Snapshot
from submissions.models import Action, Return, ReturnPeriod
from submissions.services import ensure_returns

from .catalogue import DEMO_PASSWORD, DIRECTORATES, INDICATORS, PEOPLE, SERVICE_AREAS, Spec

# The latest month is part-way through sign-off; these show each state on the demo pages.
LATEST_STATE = {
    "CS01": "missing",
    "CS02": "draft",
    "CS04": "returned",
    "CS04a": "missing",
    "CS05": "submitted",
    "LRA02": "submitted",
    "CSY03": "draft",
    "FN01": "submitted",
    "FN06": "submitted",
    "HR01": "returned",
    "ICT02": "submitted",
    "GL01": "missing",
    "GL03": "submitted",
}
ACTIONS = [
    "An action plan has been agreed with the service and progress is reviewed weekly.",
    "Temporary staff have been brought in and performance is expected to recover next month.",
    "The service manager is reviewing the process with the team; the committee will be updated.",
]


@dataclass
class SeedReport:
    created_indicators: int = 0
    created_returns: int = 0
    created_users: int = 0
    created_snapshots: int = 0


def _aware(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _last_complete_month(today: date) -> date:
    return periods.add_months(date(today.year, today.month, 1), -1)


def _quantum(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def _figures(
    spec: Spec, months: list[date]
) -> dict[date, tuple[Decimal, Decimal | None, Decimal | None]]:
    """Invented but plausible figures for every month the indicator is due."""
    rng = random.Random(spec.ref)
    out: dict[date, tuple[Decimal, Decimal | None, Decimal | None]] = {}
    running = 0.0
    for index, month in enumerate(months):
        if month.month == 4:
            running = 0.0
        if not periods.is_due(spec.frequency, month):
            continue
        years = index / 12
        season = 1 + spec.season * math.sin(2 * math.pi * (month.month - 4) / 12)
        level = spec.level * (1 + spec.trend * years) * season + rng.gauss(0, spec.spread)
        if spec.unit == "percent":
            level = min(max(level, 0.0), 100.0)
        level = max(level, 0.0)
        if spec.cumulative:
            running += level
            level = running
        if spec.fraction:
            volume = spec.fraction[2] * season * (1 + rng.gauss(0, 0.05))
            denominator = Decimal(max(int(volume), 1))
            numerator = (denominator * Decimal(str(level)) / 100).quantize(Decimal(1))
            numerator = min(numerator, denominator)
            value = rating.derive_ratio(numerator, denominator)
            out[month] = (Return.stored(value), numerator, denominator)
        else:
            value = Decimal(str(level)).quantize(_quantum(spec.decimals))
            out[month] = (value, None, None)
    return out


def _commentary(
    spec: Spec, indicator: Indicator, value: Decimal, rag: rating.Rag | None, rng: random.Random
) -> str:
    if rag is not rating.Rag.RED and not (rag is rating.Rag.AMBER and rng.random() < 0.4):
        return ""
    cause = rng.choice(spec.causes or ["higher demand than planned", "staff vacancies in the team"])
    shown = f"{rating.quantize(value, indicator.decimals)}"
    if rag is rating.Rag.AMBER:
        return (
            f"Just short of the target at {shown} because of {cause}. "
            "We expect to be back on target next month."
        )
    return (
        f"Performance fell to {shown}, below the floor standard, because of {cause}. "
        f"{rng.choice(ACTIONS)}"
    )


class DemoBuilder:
    def __init__(self, today: date) -> None:
        self.today = today
        self.latest = _last_complete_month(today)
        current = periods.financial_year_of(self.latest)
        self.first_month = date(current - 2, 4, 1)
        self.months = []
        month = self.first_month
        while month <= self.latest:
            self.months.append(month)
            month = periods.add_months(month, 1)
        self.report = SeedReport()

    @transaction.atomic
    def build(self) -> SeedReport:
        users = self._people()
        areas = self._areas()
        indicators = self._indicators(areas, users)
        targets = self._targets(indicators)
        period_by_month = self._periods(users["admin"])
        self._returns(indicators, targets, period_by_month, users)
        self._actions(indicators, targets, period_by_month)
        # The latest month is open: every indicator due has a return, if only an empty draft.
        ensure_returns(period_by_month[self.latest])
        # Every month before it has been frozen, so the committee's dashboards exist.
        for month in self.months[:-1]:
            if freeze_month(month, source=Snapshot.Source.SCHEDULE, today=self.today).created:
                self.report.created_snapshots += 1
        return self.report

    def _people(self) -> dict[str, object]:
        User = get_user_model()
        groups = {g.name: g for g in Group.objects.all()}
        users = {}
        for username, first, last, roles, staff in PEOPLE:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.gov.uk",
                    "is_staff": staff,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                user.groups.add(*(groups[r] for r in roles))
                self.report.created_users += 1
            users[username] = user
        return users

    def _areas(self) -> dict[str, ServiceArea]:
        directorates = {}
        for name, director, committee in DIRECTORATES:
            directorates[name], _ = Directorate.objects.get_or_create(
                name=name, defaults={"corporate_director": director, "cabinet_committee": committee}
            )
        areas = {}
        for directorate, name, head, member in SERVICE_AREAS:
            areas[name], _ = ServiceArea.objects.get_or_create(
                directorate=directorates[directorate],
                name=name,
                defaults={"head_of_service": head, "cabinet_member": member},
            )
        return areas

    def _indicators(self, areas: dict, users: dict) -> dict[str, tuple[Spec, Indicator]]:
        out = {}
        for spec in INDICATORS:
            labels = spec.fraction or ("", "", 0)
            indicator, created = Indicator.objects.get_or_create(
                ref=spec.ref,
                defaults={
                    "title": spec.title,
                    "definition": spec.definition,
                    "service_area": areas[spec.area],
                    "kind": spec.kind,
                    "unit": spec.unit,
                    "decimals": spec.decimals,
                    "polarity": spec.polarity,
                    "frequency": spec.frequency,
                    "ytd_method": spec.ytd,
                    "takes_fraction": bool(spec.fraction),
                    "numerator_label": labels[0],
                    "denominator_label": labels[1],
                    "rolling_12": spec.rolling_12,
                },
            )
            if created:
                indicator.owners.add(users[spec.owner])
                self.report.created_indicators += 1
            out[spec.ref] = (spec, indicator)
        for spec, indicator in out.values():
            if spec.context_for and indicator.context_for_id is None:
                indicator.context_for = out[spec.context_for][1]
                indicator.save(update_fields=["context_for"])
        return out

    def _targets(self, indicators: dict) -> dict[tuple[str, int], Target]:
        years = {m.year if m.month >= 4 else m.year - 1 for m in self.months}
        out = {}
        for start in sorted(years):
            year, _ = FinancialYear.objects.get_or_create(start_year=start)
            is_current = start == max(years)
            for ref, (spec, indicator) in indicators.items():
                note = spec.note if is_current else ""
                target, _ = Target.objects.get_or_create(
                    indicator=indicator,
                    year=year,
                    defaults={
                        "target": _dec(spec.target),
                        "floor": _dec(spec.floor),
                        "lower": _dec(spec.lower),
                        "upper": _dec(spec.upper),
                        "note": note,
                        "revised": spec.revised and is_current,
                    },
                )
                out[(ref, start)] = target
        return out

    def _periods(self, admin: object) -> dict[date, ReturnPeriod]:
        out = {}
        for month in self.months:
            dates = ReturnPeriod.dates_for(month)
            out[month], _ = ReturnPeriod.objects.get_or_create(
                month=month,
                defaults={
                    **dates,
                    "year": FinancialYear.objects.get(start_year=periods.financial_year_of(month)),
                    "opened_at": _aware(dates["opens_on"], 7),
                },
            )
        return out

    def _returns(self, indicators: dict, targets: dict, period_by_month: dict, users: dict) -> None:
        existing = set(Return.objects.values_list("indicator_id", "period_id"))
        reviewer = users["perf"]
        new: list[Return] = []
        for ref, (spec, indicator) in indicators.items():
            rng = random.Random(f"{ref}-returns")
            owner = users[spec.owner]
            figures = _figures(spec, self.months)
            for month, (value, numerator, denominator) in figures.items():
                period = period_by_month[month]
                if (indicator.pk, period.pk) in existing:
                    continue
                state = LATEST_STATE.get(ref, "approved") if month == self.latest else "approved"
                if state == "missing":
                    continue
                target = targets[(ref, periods.financial_year_of(month))]
                row = Return(
                    indicator=indicator,
                    period=period,
                    value=value,
                    numerator=numerator,
                    denominator=denominator,
                    updated_by=owner,
                )
                if month != self.latest and rng.random() < 0.03:
                    row.value = row.numerator = row.denominator = None
                    row.not_available = True
                    row.not_available_reason = "The source system was unavailable at month end."
                else:
                    row.commentary = _commentary(spec, indicator, value, target.rag(value), rng)
                self._set_state(row, state, owner, reviewer, period)
                new.append(row)
        bulk_create_with_history(new, Return, batch_size=500, default_change_reason="Demo data")
        self.report.created_returns += len(new)

    def _actions(self, indicators: dict, targets: dict, period_by_month: dict) -> None:
        """An action on each KPI that was red in the last month frozen, recorded with that
        month's return: one of them already past its due date, so chasing shows too."""
        if Action.objects.exists() or len(self.months) < 2:
            return
        frozen = self.months[-2]
        period = period_by_month[frozen]
        figures = dict(
            Return.objects.filter(period=period, status=Return.Status.APPROVED).values_list(
                "indicator_id", "value"
            )
        )
        new = []
        for ref, (spec, indicator) in sorted(indicators.items()):
            target = targets[(ref, periods.financial_year_of(frozen))]
            if indicator.rate(figures.get(indicator.pk), target) is not rating.Rag.RED:
                continue
            owner = indicator.owners.first()
            late = not new  # the first is overdue
            due = self.today - timedelta(days=9) if late else self.today + timedelta(days=75)
            lead = (spec.causes and indicator.service_area.head_of_service) or "Service manager"
            new.append(
                Action(
                    indicator=indicator,
                    opened_for=period,
                    description=rng_action(ref),
                    lead=lead.split(",")[0],
                    due=due,
                    status=Action.Status.IN_PROGRESS,
                    created_by=owner,
                    updated_by=owner,
                )
            )
        bulk_create_with_history(new, Action, default_change_reason="Demo data")

    def _set_state(
        self, row: Return, state: str, owner: object, reviewer: object, period: ReturnPeriod
    ) -> None:
        submitted = _aware(period.deadline - timedelta(days=2), 15)
        row.status = state
        if state in ("submitted", "approved", "returned"):
            row.submitted_by, row.submitted_at = owner, submitted
        if state in ("approved", "returned"):
            row.decided_by, row.decided_at = reviewer, submitted + timedelta(days=3)
        if state == "returned":
            row.reason = (
                "Please check this figure against the source report: it differs from last "
                "month by more than we would expect, and add a line of commentary."
            )


DEMO_ACTIONS = [
    "Recruit to the vacant posts and train the new starters on the busiest lines",
    "Weekly review of the backlog with the team leaders until it is cleared",
    "Agree a recovery plan with the provider and monitor it at each contract meeting",
    "Redesign the process with the teams involved and test it for a month",
]


def rng_action(ref: str) -> str:
    return random.Random(f"{ref}-action").choice(DEMO_ACTIONS)


def _dec(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def build_demo(today: date | None = None) -> SeedReport:
    return DemoBuilder(today or timezone.localdate()).build()
