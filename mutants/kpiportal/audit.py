"""One searchable trail of every change to figures, targets, thresholds and ownership.

Read from django-simple-history's tables for returns, targets and indicators, newest
first, each entry with who, when, why, and what changed from the version before.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from indicators.history import Change, changes
from indicators.models import Indicator, Target
from reports.models import Publication
from submissions.models import Action, ActionNote, Return

PAGE = 50

# What each kind of record shows of a change: field name and label, in order.
FIELDS: dict[str, dict[str, str]] = {
    "return": {
        "value": "figure", "numerator": "numerator", "denominator": "denominator",
        "not_available": "not available", "commentary": "commentary", "status": "state",
        "forecast": "owner's forecast",
    },
    "target": {
        "period": "period", "target": "target", "floor": "floor", "lower": "lower",
        "upper": "upper", "note": "note", "provisional": "provisional", "revised": "revised",
    },
    "indicator": {
        "title": "title", "is_active": "active", "kind": "kind", "unit": "unit",
        "decimals": "decimals", "polarity": "polarity", "ytd_method": "YTD method",
        "minimum": "lowest figure", "maximum": "highest figure",
        "amber_tolerance": "amber band (%)", "lof_id": "LOF id", "oflog_id": "Oflog id",
        "lginform_id": "LG Inform id", "api_submits": "API figures submitted",
    },
    "action": {"description": "what", "lead": "lead", "due": "due", "status": "status"},
    "action note": {"text": "note"},
    "publication": {
        "published_at": "published", "withdrawn_at": "withdrawn", "withdrawn_reason": "why",
    },
}  # fmt: skip


@dataclass
class Entry:
    when: datetime
    who: str
    what: str
    ref: str
    subject: str
    reason: str
    changes: list[Change]


@dataclass(frozen=True)
class Search:
    ref: str = ""
    person: str = ""
    since: date | None = None
    until: date | None = None


def _filter(records: QuerySet, search: Search, ref_path: str | None) -> QuerySet:
    if search.ref:
        if ref_path is None:  # a record of no one indicator
            return records.none()
        records = records.filter(**{f"{ref_path}__iexact": search.ref.strip()})
    if search.person:
        words = search.person.strip()
        records = records.filter(
            Q(history_user__username__icontains=words)
            | Q(history_user__first_name__icontains=words)
            | Q(history_user__last_name__icontains=words)
        )
    if search.since:
        records = records.filter(
            history_date__gte=timezone.make_aware(datetime.combine(search.since, time.min))
        )
    if search.until:
        records = records.filter(
            history_date__lte=timezone.make_aware(datetime.combine(search.until, time.max))
        )
    return records


def _sources(search: Search) -> list[tuple[str, QuerySet, str]]:
    return [
        (
            "return",
            _filter(Return.history.all(), search, "indicator__ref").select_related(
                "history_user", "indicator", "period"
            ),
            "id",
        ),
        (
            "target",
            _filter(Target.history.all(), search, "indicator__ref").select_related(
                "history_user", "indicator", "year"
            ),
            "id",
        ),
        (
            "indicator",
            _filter(Indicator.history.all(), search, "ref").select_related("history_user"),
            "id",
        ),
        (
            "action",
            _filter(Action.history.all(), search, "indicator__ref").select_related(
                "history_user", "indicator"
            ),
            "id",
        ),
        (
            "action note",
            _filter(ActionNote.history.all(), search, "action__indicator__ref").select_related(
                "history_user", "action__indicator"
            ),
            "id",
        ),
        (  # a snapshot published as open data, or withdrawn
            "publication",
            _filter(Publication.history.all(), search, None).select_related(
                "history_user", "snapshot"
            ),
            "id",
        ),
    ]


def search_trail(search: Search, page: int = 1) -> tuple[list[Entry], bool]:
    """A page of entries, newest first, and whether there is another page.

    A fixed number of queries per page: the page's records from each table, the version
    before each (one query per table), and the owners before and after for ownership.
    """
    limit = page * PAGE + 1
    found: list[tuple[str, Any]] = []
    for kind, records, _ in _sources(search):
        found += [(kind, r) for r in records.order_by("-history_date", "-history_id")[:limit]]
    found.sort(key=lambda item: (item[1].history_date, item[1].history_id), reverse=True)
    more = len(found) > page * PAGE
    chosen = found[(page - 1) * PAGE : page * PAGE]
    previous = _previous_versions(chosen)
    catalogue = [r for kind, r in chosen if kind == "indicator"]
    catalogue += [previous[("indicator", r.history_id)] for r in catalogue]
    owners = _owners([r for r in catalogue if r is not None])
    return [_entry(kind, r, previous.get((kind, r.history_id)), owners) for kind, r in chosen], more


def _previous_versions(chosen: list[tuple[str, Any]]) -> dict[tuple[str, int], Any]:
    """For each chosen record, the version of the same object just before it."""
    models = {
        "return": Return,
        "target": Target,
        "indicator": Indicator,
        "action": Action,
        "action note": ActionNote,
        "publication": Publication,
    }
    by_kind: dict[str, list[Any]] = defaultdict(list)
    for kind, record in chosen:
        by_kind[kind].append(record)
    out: dict[tuple[str, int], Any] = {}
    for kind, records in by_kind.items():
        ids = {r.id for r in records}
        history = list(
            models[kind].history.filter(id__in=ids).order_by("id", "history_date", "history_id")
        )
        before: dict[int, Any] = {}
        for version in history:
            out_key = (kind, version.history_id)
            out[out_key] = before.get(version.id)
            before[version.id] = version
        for record in records:
            out.setdefault((kind, record.history_id), None)
    wanted = {(kind, record.history_id) for kind, record in chosen}
    return {key: value for key, value in out.items() if key in wanted}


def _owners(records: list[Any]) -> dict[int, str]:
    """Owners' names held by each indicator history record, in one query."""
    if not records:
        return {}
    owners_history = Indicator.history.model._meta.get_field(
        "historicalindicator_owners"
    ).related_model
    names: dict[int, list[str]] = defaultdict(list)
    for history_id, username, first, last in owners_history.objects.filter(
        history_id__in=[r.history_id for r in records]
    ).values_list("history_id", "user__username", "user__first_name", "user__last_name"):
        names[history_id].append(f"{first} {last}".strip() or username)
    return {r.history_id: ", ".join(sorted(names.get(r.history_id, []))) for r in records}


def _entry(kind: str, record: Any, before: Any, owners: dict[int, str]) -> Entry:
    indicator = getattr(record, "indicator", None) if kind in ("return", "target") else None
    found = changes(record, before, FIELDS[kind], indicator=indicator)
    if kind == "indicator":
        now = owners.get(record.history_id, "")
        then = owners.get(before.history_id, "") if before is not None else ""
        if now != then:
            found.append(Change("owners", then or "–", now or "–"))
        ref, subject = record.ref, record.title
    elif kind == "target":
        ref, subject = record.indicator.ref, f"Targets for {record.year.label}"
    elif kind == "action":
        ref, subject = record.indicator.ref, f"Action: {record.description[:80]}"
    elif kind == "publication":
        snapshot = record.snapshot
        ref, subject = "", f"Open data: {snapshot.label}, version {snapshot.version}"
    elif kind == "action note":
        ref = record.action.indicator.ref
        subject = f"Progress on the action: {record.action.description[:60]}"
    else:
        ref, subject = record.indicator.ref, f"Return for {record.period.label}"
    user = record.history_user
    return Entry(
        when=record.history_date,
        who=(user.get_full_name() or user.username) if user else "The portal",
        what={"+": "Created", "~": "Changed", "-": "Deleted"}[record.history_type],
        ref=ref,
        subject=subject,
        reason=record.history_change_reason or "",
        changes=found,
    )
