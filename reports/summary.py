"""What a snapshot says in total: counts, direction of travel, RAG movements, cover summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from indicators.rating import Rag, rag_movement

from .models import Snapshot, SnapshotRow


@dataclass(frozen=True)
class Counts:
    kpis: int
    green: int
    amber: int
    red: int
    unrated: int
    improved: int
    worsened: int
    unchanged: int

    @property
    def net_direction(self) -> str:
        if self.improved > self.worsened:
            return "positive"
        if self.improved < self.worsened:
            return "negative"
        return "neutral"


def counts(rows: Iterable[SnapshotRow]) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves = Counter(row.direction for row in kpis)
    return Counts(
        kpis=len(kpis),
        green=rags[Rag.GREEN],
        amber=rags[Rag.AMBER],
        red=rags[Rag.RED],
        unrated=len(kpis) - rags[Rag.GREEN] - rags[Rag.AMBER] - rags[Rag.RED],
        improved=moves["improved"],
        worsened=moves["worsened"],
        unchanged=moves["unchanged"],
    )


@dataclass(frozen=True)
class Movement:
    row: SnapshotRow
    before: str
    up: bool


def rag_changes(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def previous_snapshot(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", "-version").first()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def cover_summary(snapshot: Snapshot, rows: Sequence[SnapshotRow]) -> str:
    """The paragraph the performance team pastes into the committee's cover report."""
    c = counts(rows)
    month = snapshot.month.strftime("%B")
    lines = [
        f"The dashboard includes {_plural(c.kpis, 'KPI')}. Current performance is green for "
        f"{c.green}, amber for {c.amber} and red for {c.red}."
        + (
            f" {c.unrated} {'has' if c.unrated == 1 else 'have'} no rating yet."
            if c.unrated
            else ""
        )
    ]
    if c.improved or c.worsened:
        lines[0] += (
            f" Net direction of travel for {month} was {c.net_direction}, with "
            f"{_plural(c.improved, 'KPI')} improving in the month and "
            f"{c.worsened} showing lower results."
        )
    reds = [row for row in rows if row.is_kpi and row.latest_rag == Rag.RED]
    if reds:
        lines.append("")
        lines.append(
            "The indicator with a red rating is:"
            if len(reds) == 1
            else "The indicators with red ratings are:"
        )
        for row in reds:
            text = row.commentary.strip() or "No commentary was given."
            lines.append(f"- {row.title} ({row.ref}): {text}")
    return "\n".join(lines)
