"""Published snapshots for anyone, without signing in: which are open, the committee's
tables with only the commentary the performance team chose, and one long format for
machines (CSV and JSON, the same columns; documented in docs/open-data.md).

Only published, unwithdrawn versions are read here. A withdrawn one raises Withdrawn,
which the pages answer with 410 and the reason, never a silent 404.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from indicators import periods
from indicators.models import Indicator
from indicators.safe_text import neutralise

from .models import Publication, Snapshot, SnapshotRow
from .selectors import Dashboard, dashboard

# The columns of the long format, in order: one row per indicator and reporting month.
COLUMNS = (
    "ref", "title", "directorate", "service_area", "kind", "period", "value_period",
    "frequency", "unit", "decimals", "polarity", "value", "numerator", "denominator",
    "not_available", "target", "floor", "rag", "ytd_value", "ytd_rag", "direction",
    "lower", "upper", "alert", "commentary", "lof_id", "oflog_id", "lginform_id",
    "snapshot_version", "published_at", "licence", "licence_url",
)  # fmt: skip
NUMBERS = ("value", "numerator", "denominator", "target", "floor", "ytd_value", "lower", "upper")
# Text the portal writes itself (codes, months, numbers): never a formula.
OWN_TEXT = (*NUMBERS, "decimals", "snapshot_version", "not_available", "period", "value_period")


class Withdrawn(Exception):
    """A withdrawn snapshot was asked for; `current` is the month's published one, if any."""

    def __init__(self, publication: Publication, current: Publication | None = None) -> None:
        self.publication, self.current = publication, current
        when = timezone.localtime(publication.withdrawn_at)
        super().__init__(
            f"This snapshot was withdrawn on {when:%-d %B %Y}: {publication.withdrawn_reason}"
        )


def _publications() -> QuerySet[Publication]:
    return Publication.objects.select_related("snapshot")


def live_publications() -> QuerySet[Publication]:
    return _publications().filter(withdrawn_at__isnull=True)


@dataclass(frozen=True)
class OpenMonth:
    """A month on the open data index: its published version, or the notice that it was
    withdrawn, and its directorates."""

    month: date
    publication: Publication
    directorates: list[str]

    @property
    def key(self) -> str:
        return periods.month_key(self.month)

    @property
    def label(self) -> str:
        return f"{self.month:%B %Y}"

    @property
    def withdrawn(self) -> bool:
        return self.publication.is_withdrawn


def open_index() -> list[OpenMonth]:
    """Every month ever published, newest first: the latest published version of each, or
    (where every version was withdrawn) the latest withdrawal. Two queries."""
    chosen: dict[date, Publication] = {}
    for pub in _publications().order_by("-snapshot__month", "-snapshot__version"):
        month = pub.snapshot.month
        held = chosen.get(month)
        if held is None or (held.is_withdrawn and not pub.is_withdrawn):
            chosen[month] = pub
    live = [p.snapshot_id for p in chosen.values() if not p.is_withdrawn]
    names: dict[int, set[str]] = {}
    for snapshot_id, name in SnapshotRow.objects.filter(snapshot_id__in=live).values_list(
        "snapshot_id", "directorate"
    ):
        names.setdefault(snapshot_id, set()).add(name)
    return [
        OpenMonth(month, pub, sorted(names.get(pub.snapshot_id, ())))
        for month, pub in sorted(chosen.items(), reverse=True)
    ]


def open_publication(month_text: str, version_text: str | None = None) -> Publication:
    """The published snapshot of a month (its latest published version, or the version
    asked for). Http404 where none was ever published; Withdrawn where it was withdrawn."""
    try:
        month = periods.parse_month(month_text)
    except ValueError:
        raise Http404("No such month") from None
    found = list(_publications().filter(snapshot__month=month).order_by("-snapshot__version"))
    live = next((p for p in found if not p.is_withdrawn), None)
    if version_text:
        if not version_text.isdigit():
            raise Http404("No such version")
        found = [p for p in found if p.snapshot.version == int(version_text)]
        if not found:
            raise Http404("That version was not published")
        if found[0].is_withdrawn:
            raise Withdrawn(found[0], live)
        return found[0]
    if live is not None:
        return live
    if found:
        raise Withdrawn(found[0])
    raise Http404("That month has not been published")


def _commentary_ids(publications: list[Publication]) -> set[int]:
    through = Publication.commentary_rows.through
    return set(
        through.objects.filter(publication__in=publications).values_list(
            "snapshotrow_id", flat=True
        )
    )


def hide_unpublished_commentary(rows: list[SnapshotRow], published: set[int]) -> None:
    """Commentary, actions and an owner's reasons (for a forecast, for a figure not
    available) are read only where the performance team ticked them when publishing; the
    committee's own notes stay. (In memory only: a snapshot row is never saved again.)"""
    for row in rows:
        if row.pk not in published:
            row.commentary, row.actions, row.forecast_reason = "", [], ""
            if reason := row.not_available_note:
                row.notes = row.notes[: -len(reason)].strip()


def open_board(publication: Publication, directorate: str = "") -> Dashboard:
    """The committee's dashboard of a published snapshot, as anyone may read it: only the
    commentary chosen, only published versions, and no drafting aids."""
    snapshot = publication.snapshot
    board = dashboard(snapshot, directorate)
    hide_unpublished_commentary(board.rows, _commentary_ids([publication]))
    month_live = live_publications().filter(snapshot__month=snapshot.month)
    published = set(month_live.values_list("snapshot_id", flat=True))
    previous_open = (
        board.previous is not None and live_publications().filter(snapshot=board.previous).exists()
    )
    return replace(
        board,
        versions=[v for v in board.versions if v.pk in published],
        previous=board.previous if previous_open else None,
        changes=board.changes if previous_open else [],
        gaps=[],
    )


# The long format.


def _number(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def _external_ids(rows: list[SnapshotRow]) -> dict[int, tuple[str, str, str]]:
    """The national references as the catalogue holds them now: identifiers, not figures."""
    return {
        pk: (lof, oflog, lginform)
        for pk, lof, oflog, lginform in Indicator.objects.filter(
            pk__in={r.indicator_id for r in rows}
        ).values_list("pk", "lof_id", "oflog_id", "lginform_id")
    }


def long_rows(publications: list[Publication], directorate: str = "") -> list[dict[str, Any]]:
    """One dict per indicator and published month, in COLUMNS. Four queries, however many
    months: the rows, the chosen commentary and the indicators' references."""
    by_snapshot = {p.snapshot_id: p for p in publications}
    rows = SnapshotRow.objects.filter(snapshot_id__in=by_snapshot).order_by(
        "-snapshot__month", "directorate", "service_area", "kind", "ref"
    )
    if directorate:
        rows = rows.filter(directorate=directorate)
    rows = list(rows)
    hide_unpublished_commentary(rows, _commentary_ids(publications))
    external = _external_ids(rows)
    licence = settings.OPEN_DATA_LICENCE
    out = []
    for row in rows:
        publication = by_snapshot[row.snapshot_id]
        snapshot: Snapshot = publication.snapshot
        lof, oflog, lginform = external.get(row.indicator_id, ("", "", ""))
        out.append(
            {
                "ref": row.ref,
                "title": row.title,
                "directorate": row.directorate,
                "service_area": row.service_area,
                "kind": row.kind,
                "period": snapshot.key,
                "value_period": periods.month_key(row.latest_month) if row.latest_month else None,
                "frequency": row.frequency,
                "unit": row.unit,
                "decimals": row.decimals,
                "polarity": row.polarity,
                "value": _number(row.latest_value),
                "numerator": _number(row.latest_numerator),
                "denominator": _number(row.latest_denominator),
                "not_available": row.current_missing,
                "target": _number(row.target),
                "floor": _number(row.floor),
                "rag": row.latest_rag or None,
                "ytd_value": _number(row.ytd_value),
                "ytd_rag": row.ytd_rag or None,
                "direction": row.direction or None,
                "lower": _number(row.lower),
                "upper": _number(row.upper),
                "alert": row.alert or None,
                "commentary": row.commentary,
                "lof_id": lof,
                "oflog_id": oflog,
                "lginform_id": lginform,
                "snapshot_version": snapshot.version,
                "published_at": _instant(publication.published_at),
                "licence": licence["name"],
                "licence_url": licence["url"],
            }
        )
    return out


def _instant(moment: datetime) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def csv_text(rows: list[dict[str, Any]]) -> str:
    """UTF-8 with a byte-order mark, as the portal's other CSV; blank for no value."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(name, row[name]) for name in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value) if name in OWN_TEXT else neutralise(str(value))


def json_text(rows: list[dict[str, Any]], *, period: str | None, scope: str) -> str:
    """The same rows as JSON, with who publishes them and under what licence."""
    document = {
        "publisher": settings.ORGANISATION_NAME,
        "licence": settings.OPEN_DATA_LICENCE["name"],
        "licence_url": settings.OPEN_DATA_LICENCE["url"],
        "period": period,
        "scope": scope,
        "columns": list(COLUMNS),
        "rows": [{name: _json_value(row[name]) for name in COLUMNS} for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
