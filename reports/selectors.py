"""Reading a snapshot for the dashboard and its exports, in a fixed number of queries.

The dashboard is laid out as the committee's paper is: a table per kind of indicator and
frequency (monthly, quarterly, annual) in each service area, so that every figure sits
under a heading naming its own period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.http import Http404

from core.prepared import Prepared
from indicators import periods
from indicators.models import Indicator
from submissions.models import Return, ReturnPeriod

from .models import Publication, Snapshot, SnapshotRow
from .summary import (
    Counts,
    Cover,
    Movement,
    counts,
    cover,
    direction_sentence,
    missing_commentary,
    previous_snapshot,
    rag_changes,
)

FREQUENCIES = ("monthly", "quarterly", "annual")
FREQUENCY_WORDS = {"monthly": "Monthly", "quarterly": "Quarterly", "annual": "Annual"}
RAG_HEADINGS = {"monthly": "Month RAG", "quarterly": "Qtr RAG", "annual": "Year RAG"}
KIND_TITLES = {"kpi": "Key Performance Indicators", "activity": "Activity Indicators"}
COLUMNS = 4  # periods shown in each table


@dataclass(frozen=True)
class Column:
    key: str  # 2023-10
    label: str  # Oct-23, Sep-23 (Q2), 2022/23


def period_columns(frequency: str, month: date) -> list[Column]:
    """The last four periods of a frequency up to `month`, oldest first, by name."""
    due: list[date] = []
    day = month
    while len(due) < COLUMNS:
        if periods.is_due(frequency, day):
            due.append(day)
        day = periods.add_months(day, -1)
    return [Column(periods.month_key(m), periods.period_label(m, frequency)) for m in reversed(due)]


@dataclass
class Table:
    kind: str
    frequency: str
    columns: list[Column]
    rows: list[SnapshotRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{KIND_TITLES[self.kind]} – {FREQUENCY_WORDS[self.frequency]}"

    @property
    def rag_heading(self) -> str:
        return RAG_HEADINGS[self.frequency]

    @property
    def is_kpi(self) -> bool:
        return self.kind == "kpi"

    @property
    def has_na(self) -> bool:
        return any(r.ytd_method == "none" for r in self.rows)


@dataclass
class AreaSection:
    directorate: str
    name: str
    head_of_service: str
    cabinet_member: str
    kpis: list[SnapshotRow] = field(default_factory=list)
    activities: list[SnapshotRow] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class DirectorateGroup:
    name: str
    corporate_director: str
    sections: list[AreaSection]

    @property
    def kpi_sections(self) -> list[AreaSection]:
        return [s for s in self.sections if s.kpis]


@dataclass(frozen=True)
class Part:
    """A directorate or service area of a scope too big for one page: its counts, and where
    its own page is."""

    name: str
    directorate: str
    service_area: str
    indicators: int
    counts: Counts


@dataclass
class Dashboard:
    snapshot: Snapshot
    directorate: str
    directorates: list[tuple[str, str]]
    rows: list[SnapshotRow]
    groups: list[DirectorateGroup]
    counts: Counts
    changes: list[Movement]
    previous: Snapshot | None
    cover: Cover
    versions: list[Snapshot]
    gaps: list[SnapshotRow]
    organisation: str = ""
    service_area: str = ""
    # A scope with more indicators than a page lays out shows these instead of its tables.
    parts: list[Part] = field(default_factory=list)

    @property
    def sections(self) -> list[AreaSection]:
        return [s for g in self.groups for s in g.sections]

    @property
    def scope(self) -> str:
        return self.service_area or self.directorate or "Whole council"

    @property
    def title(self) -> str:
        """As the paper titles it: "Customer and Communities Performance Dashboard"."""
        return dashboard_title(self.directorate, self.service_area)

    @property
    def parts_kind(self) -> str:
        """What the parts of this scope are: "directorate" or "service area"."""
        return "service area" if self.directorate else "directorate"

    @property
    def corporate_director(self) -> str:
        return next((d for name, d in self.directorates if name == self.directorate), "")

    @property
    def current(self) -> Snapshot:
        return self.versions[-1] if self.versions else self.snapshot

    @property
    def superseded_by(self) -> Snapshot | None:
        """The next version of this month, if this one has been frozen again since."""
        later = [v for v in self.versions if v.version > self.snapshot.version]
        return later[0] if later else None

    @property
    def financial_year(self) -> str:
        return periods.year_label(periods.financial_year_of(self.snapshot.month))

    @property
    def direction(self) -> str:
        return direction_sentence(self.counts, self.snapshot.month)

    @property
    def uses_tolerance(self) -> bool:
        return any(r.amber_tolerance and r.floor is None for r in self.rows if r.is_kpi)

    @property
    def uses_profiles(self) -> bool:
        return any(r.profiled for r in self.rows)


def find_snapshot(month_text: str, version_text: str | None) -> Snapshot:
    return find_versions(month_text, version_text)[0]


_VERSIONS = Prepared(  # every dashboard page's first read: compiled once (core.prepared)
    lambda month: (
        Snapshot.objects.filter(month=month)
        .select_related("frozen_by", "year")
        .order_by("-version")
    )
)


def find_versions(month_text: str, version_text: str | None) -> tuple[Snapshot, int]:
    """The snapshot asked for (the latest version unless one is named) and the latest
    version of its month, in one query."""
    try:
        month = periods.parse_month(month_text)
    except ValueError:
        raise Http404("No such month") from None
    if version_text and not version_text.isdigit():
        raise Http404("No such version")
    versions = _VERSIONS.list(month=month)
    if not versions:
        raise Http404("That month has not been frozen")
    latest = versions[0]
    if not version_text:
        return latest, latest.version
    wanted = int(version_text)
    snapshot = next((v for v in versions if v.version == wanted), None)
    if snapshot is None:
        raise Http404("No such version")
    return snapshot, latest.version


def _place_figures(row: SnapshotRow, columns: list[Column]) -> None:
    """Each figure of the row under the heading naming its period (None: no such period
    for this indicator; a point with no value: not available, `*`)."""
    by_key = {p["month"]: p for p in row.recent}
    row.cells = [by_key.get(c.key) for c in columns]


def _sections(rows: list[SnapshotRow], month: date) -> list[DirectorateGroup]:
    columns = {f: period_columns(f, month) for f in FREQUENCIES}
    groups: dict[str, DirectorateGroup] = {}
    sections: dict[tuple[str, str], AreaSection] = {}
    tables: dict[tuple[str, str, str, str], Table] = {}
    for row in rows:
        group = groups.setdefault(
            row.directorate, DirectorateGroup(row.directorate, row.corporate_director, [])
        )
        key = (row.directorate, row.service_area)
        if key not in sections:
            sections[key] = AreaSection(
                row.directorate, row.service_area, row.head_of_service, row.cabinet_member
            )
            group.sections.append(sections[key])
        section = sections[key]
        (section.kpis if row.is_kpi else section.activities).append(row)
        frequency = row.frequency if row.frequency in columns else "monthly"
        table_key = (*key, row.kind, frequency)
        if table_key not in tables:
            tables[table_key] = Table(row.kind, frequency, columns[frequency])
        tables[table_key].rows.append(row)
        _place_figures(row, columns[frequency])
    order = [(kind, f) for kind in ("kpi", "activity") for f in FREQUENCIES]
    for (directorate, area, _, _), table in tables.items():
        sections[(directorate, area)].tables.append(table)
    for section in sections.values():
        section.tables.sort(key=lambda t: order.index((t.kind, t.frequency)))
    return list(groups.values())


def dashboard_title(directorate: str = "", service_area: str = "") -> str:
    return f"{service_area or directorate or 'Whole Council'} Performance Dashboard"


def _parts(rows: list[SnapshotRow], month: date, *, by_area: bool) -> list[Part]:
    """The scope's directorates (or a directorate's service areas), in the paper's order,
    each with its counts."""
    found: dict[str, list[SnapshotRow]] = {}
    for row in rows:
        found.setdefault(row.service_area if by_area else row.directorate, []).append(row)
    return [
        Part(
            name=name,
            directorate=members[0].directorate,
            service_area=name if by_area else "",
            indicators=len(members),
            counts=counts(members, month),
        )
        for name, members in found.items()
    ]


def dashboard(
    snapshot: Snapshot,
    directorate: str = "",
    service_area: str = "",
    *,
    page_limit: int | None = None,
) -> Dashboard:
    """The dashboard of a snapshot: the whole council, a directorate or one of its service
    areas. With `page_limit` (a web page; the files have none), a whole council or a
    directorate with more indicators than that shows its parts, each linking to its own
    page, instead of every table."""
    if service_area and not directorate:
        raise Http404("A service area is shown within its directorate")
    directorates = sorted(
        set(snapshot.rows.order_by().values_list("directorate", "corporate_director").distinct())
    )
    if directorate and directorate not in {name for name, _ in directorates}:
        raise Http404("No such directorate in this snapshot")
    found = snapshot.rows.all()
    if directorate:
        found = found.filter(directorate=directorate)
    if service_area:
        found = found.filter(service_area=service_area)
    rows = list(found)
    if service_area and not rows:
        raise Http404("No such service area in this snapshot")
    previous = previous_snapshot(snapshot)
    before: dict[int, Any] = (
        dict(
            previous.rows.filter(kind="kpi", indicator_id__in=[r.indicator_id for r in rows])
            .order_by()
            .values_list("indicator_id", "latest_rag")
        )
        if previous
        else {}
    )
    split = bool(page_limit) and not service_area and len(rows) > page_limit
    return Dashboard(
        snapshot=snapshot,
        directorate=directorate,
        service_area=service_area,
        directorates=directorates,
        rows=rows,
        groups=[] if split else _sections(rows, snapshot.month),
        parts=_parts(rows, snapshot.month, by_area=bool(directorate)) if split else [],
        counts=counts(rows, snapshot.month),
        changes=rag_changes(rows, before),
        previous=previous,
        cover=cover(snapshot, rows, scope=service_area or directorate),
        versions=list(
            Snapshot.objects.filter(month=snapshot.month)
            .select_related("frozen_by")
            .order_by("version")
        ),
        gaps=missing_commentary(rows),
        organisation=settings.ORGANISATION_NAME,
    )


def snapshot_list() -> list[Snapshot]:
    """The latest 60 snapshots, each with `open_data`: "Published", "Withdrawn" or ""."""
    found = list(Snapshot.objects.select_related("frozen_by").order_by("-month", "-version")[:60])
    withdrawn = dict(
        Publication.objects.filter(snapshot__in=found).values_list("snapshot_id", "withdrawn_at")
    )
    for snapshot in found:
        snapshot.open_data = ""
        if snapshot.pk in withdrawn:
            snapshot.open_data = "Withdrawn" if withdrawn[snapshot.pk] else "Published"
    return found


def rows_for_export(snapshot: Snapshot, directorate: str = "") -> list[SnapshotRow]:
    rows = snapshot.rows.all()
    return list(rows.filter(directorate=directorate) if directorate else rows)


def frozen_months() -> set[Any]:
    return set(Snapshot.objects.values_list("month", flat=True))


__all__ = ["SnapshotRow"]


@dataclass
class FreezePreview:
    """What freezing a month will put in its snapshot, before anyone presses the button."""

    month: date
    approved: int
    pending: list[Any]  # returns not approved: shown as `*`
    missing: list[Any]  # active indicators due with no return at all: `*` too
    versions: list[Snapshot]

    @property
    def label(self) -> str:
        return f"{self.month:%B %Y}"

    @property
    def key(self) -> str:
        return periods.month_key(self.month)

    @property
    def not_approved(self) -> int:
        return len(self.pending) + len(self.missing)

    @property
    def by_state(self) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        for ret in self.pending:
            found[ret.get_status_display()] = found.get(ret.get_status_display(), 0) + 1
        if self.missing:
            found["No return"] = len(self.missing)
        return list(found.items())


def freeze_preview(month: date) -> FreezePreview:
    """Approved returns (they count) and the rest (shown as `*`, with state and owners)."""
    returns = Return.objects.filter(period__month=month, indicator__is_active=True)
    pending = list(
        returns.exclude(status=Return.Status.APPROVED)
        .select_related("indicator", "updated_by")
        .prefetch_related("indicator__owners")
        .order_by("status", "indicator__ref")
    )
    have = set(returns.values_list("indicator_id", flat=True))
    missing = [
        i
        for i in Indicator.objects.active().prefetch_related("owners").order_by("ref")
        if i.pk not in have and i.is_due(month)
    ]
    return FreezePreview(
        month=month,
        approved=returns.filter(status=Return.Status.APPROVED).count(),
        pending=pending,
        missing=missing,
        versions=list(
            Snapshot.objects.filter(month=month).select_related("frozen_by").order_by("version")
        ),
    )


def freezable_months(today: date, limit: int = 24) -> list[date]:
    """Months that can be frozen (or frozen again): ended, with returns opened or a snapshot."""
    this_month = date(today.year, today.month, 1)
    months = set(
        ReturnPeriod.objects.filter(opened_at__isnull=False, month__lt=this_month).values_list(
            "month", flat=True
        )
    ) | set(Snapshot.objects.filter(month__lt=this_month).values_list("month", flat=True))
    return sorted(months, reverse=True)[:limit]
