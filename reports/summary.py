"""What a snapshot says in total: counts, direction of travel, RAG movements, cover summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from indicators import periods
from indicators.rating import Direction, Rag, rag_movement

from .models import Snapshot, SnapshotRow


def in_month(row: SnapshotRow, month: date) -> bool:
    """Whether a row has a figure for the month reported: only these moved in the month."""
    return row.latest_month == month


@dataclass(frozen=True)
class Counts:
    """The KPIs of a snapshot, rated and moving. Direction counts only KPIs with a figure
    for the month reported; the others are counted by why they have none."""

    kpis: int
    green: int
    amber: int
    red: int
    unrated: int
    improved: int
    worsened: int
    unchanged: int
    not_compared: int  # a figure this month, but none before it to compare with
    quarterly: int  # reported quarterly, with no figure this month
    annual: int
    not_available: int  # due this month, but not available at the time of reporting
    forecast_to_miss: int = 0  # forecast to finish the year AMBER or RED

    @property
    def net_direction(self) -> str:
        if self.improved > self.worsened:
            return "positive"
        if self.improved < self.worsened:
            return "negative"
        return "neutral"

    @property
    def without_figure(self) -> int:
        return self.quarterly + self.annual + self.not_available


def counts(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["not_available"] += 1
        else:
            why_not[row.frequency] += 1
    rated = rags[Rag.GREEN] + rags[Rag.AMBER] + rags[Rag.RED]
    return Counts(
        kpis=len(kpis),
        green=rags[Rag.GREEN],
        amber=rags[Rag.AMBER],
        red=rags[Rag.RED],
        unrated=len(kpis) - rated,
        improved=moves[Direction.IMPROVED],
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def missing_commentary(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag in (Rag.RED, Rag.AMBER) and not row.commentary.strip()
    ]


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


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def direction_sentence(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, 'KPI')} improving in the month and {c.worsened} showing "
            "lower results"
        )
        if c.unchanged:
            text += f"; {c.unchanged} {_were(c.unchanged)} unchanged"
        text += "."
    else:
        text = f"No KPI's figure for {name} could be compared with the period before."
    if c.not_compared and compared:
        text += f" {c.not_compared} had no earlier figure to compare with."
    if c.without_figure == 1:  # "The other KPI had no figure for October: it is ..."
        why = (
            "it is reported quarterly"
            if c.quarterly
            else "it is reported annually"
            if c.annual
            else "it was not available at the time of reporting"
        )
        text += f" The other KPI had no figure for {name}: {why}."
    elif c.without_figure:
        reasons = []
        if c.quarterly:
            reasons.append(
                f"{c.quarterly} {'is' if c.quarterly == 1 else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def forecast_sentence(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


@dataclass(frozen=True)
class Cover:
    """The cover report's paragraphs, then the list of reds: text to paste, or a .docx."""

    paragraphs: list[str]
    reds_heading: str
    reds: list[str]

    @property
    def text(self) -> str:
        blocks = list(self.paragraphs)
        if self.reds:
            blocks.append("\n".join([self.reds_heading, *(f"- {red}" for red in self.reds)]))
        return "\n\n".join(blocks)

    def __str__(self) -> str:
        return self.text


def cover(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(c.kpis, 'KPI')}, current performance is Green for {c.green}, "
        f"Amber for {c.amber} and Red for {c.red}."
    )
    if c.unrated:
        rated += f" {c.unrated} {'has' if c.unrated == 1 else 'have'} no rating."
    reds = []
    for row in rows:
        if row.is_kpi and row.latest_rag == Rag.RED:
            text = row.commentary.strip()
            reds.append(
                f"{row.title} ({row.ref}), {row.latest_label}" + (f": {text}" if text else ".")
            )
    return Cover(
        paragraphs=[
            f"{dashboard} includes results up to the end of {snapshot.month:%B %Y} for "
            f"{_plural(c.kpis, 'Key Performance Indicator')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def cover_summary(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, scope).text
