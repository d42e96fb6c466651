"""Reading a snapshot for the dashboard and its exports, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import Http404

from indicators import periods

from .models import Snapshot, SnapshotRow
from .summary import Counts, Movement, counts, cover_summary, previous_snapshot, rag_changes


@dataclass
class AreaSection:
    directorate: str
    name: str
    head_of_service: str
    cabinet_member: str
    kpis: list[SnapshotRow] = field(default_factory=list)
    activities: list[SnapshotRow] = field(default_factory=list)


@dataclass
class Dashboard:
    snapshot: Snapshot
    directorate: str
    directorates: list[tuple[str, str]]
    rows: list[SnapshotRow]
    sections: list[AreaSection]
    counts: Counts
    changes: list[Movement]
    previous: Snapshot | None
    cover: str
    versions: list[int]

    @property
    def scope(self) -> str:
        return self.directorate or "Whole council"

    @property
    def corporate_director(self) -> str:
        return next((d for name, d in self.directorates if name == self.directorate), "")

    @property
    def period_labels(self) -> list[str]:
        """The last four months' labels, for the monthly indicators' columns."""
        return [
            periods.period_label(periods.add_months(self.snapshot.month, -i))
            for i in range(3, -1, -1)
        ]


def find_snapshot(month_text: str, version_text: str | None) -> Snapshot:
    try:
        month = periods.parse_month(month_text)
    except ValueError:
        raise Http404("No such month") from None
    found = Snapshot.objects.filter(month=month).select_related("frozen_by", "year")
    if version_text:
        if not version_text.isdigit():
            raise Http404("No such version")
        found = found.filter(version=int(version_text))
    snapshot = found.order_by("-version").first()
    if snapshot is None:
        raise Http404("That month has not been frozen")
    return snapshot


def dashboard(snapshot: Snapshot, directorate: str = "") -> Dashboard:
    all_rows = list(snapshot.rows.all())
    directorates = sorted({(r.directorate, r.corporate_director) for r in all_rows})
    if directorate and directorate not in {name for name, _ in directorates}:
        raise Http404("No such directorate in this snapshot")
    rows = [r for r in all_rows if not directorate or r.directorate == directorate]
    sections: dict[tuple[str, str], AreaSection] = {}
    for row in rows:
        key = (row.directorate, row.service_area)
        section = sections.setdefault(
            key,
            AreaSection(row.directorate, row.service_area, row.head_of_service, row.cabinet_member),
        )
        (section.kpis if row.is_kpi else section.activities).append(row)
    previous = previous_snapshot(snapshot)
    before: dict[int, Any] = (
        dict(previous.rows.filter(kind="kpi").values_list("indicator_id", "latest_rag"))
        if previous
        else {}
    )
    return Dashboard(
        snapshot=snapshot,
        directorate=directorate,
        directorates=directorates,
        rows=rows,
        sections=list(sections.values()),
        counts=counts(rows),
        changes=rag_changes(rows, before),
        previous=previous,
        cover=cover_summary(snapshot, rows),
        versions=list(
            Snapshot.objects.filter(month=snapshot.month)
            .order_by("version")
            .values_list("version", flat=True)
        ),
    )


def snapshot_list() -> list[Snapshot]:
    return list(Snapshot.objects.select_related("frozen_by").order_by("-month", "-version")[:60])


def rows_for_export(snapshot: Snapshot, directorate: str = "") -> list[SnapshotRow]:
    rows = snapshot.rows.all()
    return list(rows.filter(directorate=directorate) if directorate else rows)


def frozen_months() -> set[Any]:
    return set(Snapshot.objects.values_list("month", flat=True))


__all__ = ["SnapshotRow"]
