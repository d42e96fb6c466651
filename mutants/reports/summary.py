"""What a snapshot says in total: counts, direction of travel, RAG movements, cover summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from indicators import periods
from indicators.rating import Direction, Rag, rag_movement

from .models import Snapshot, SnapshotRow


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_in_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_in_month__mutmut)
def in_month(row: SnapshotRow, month: date) -> bool:
    """Whether a row has a figure for the month reported: only these moved in the month."""
    return row.latest_month == month


def x_in_month__mutmut_orig(row: SnapshotRow, month: date) -> bool:
    """Whether a row has a figure for the month reported: only these moved in the month."""
    return row.latest_month == month


def x_in_month__mutmut_1(row: SnapshotRow, month: date) -> bool:
    """Whether a row has a figure for the month reported: only these moved in the month."""
    return row.latest_month != month

mutants_x_in_month__mutmut['_mutmut_orig'] = x_in_month__mutmut_orig # type: ignore # mutmut generated
mutants_x_in_month__mutmut['x_in_month__mutmut_1'] = x_in_month__mutmut_1 # type: ignore # mutmut generated


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
mutants_x_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_counts__mutmut)
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


def x_counts__mutmut_orig(rows: Iterable[SnapshotRow], month: date) -> Counts:
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


def x_counts__mutmut_1(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = None
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


def x_counts__mutmut_2(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = None
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


def x_counts__mutmut_3(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(None)
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


def x_counts__mutmut_4(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = None
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


def x_counts__mutmut_5(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = None  # the others: why they have no figure this month
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


def x_counts__mutmut_6(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(None, month):
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


def x_counts__mutmut_7(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, None):
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


def x_counts__mutmut_8(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(month):
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


def x_counts__mutmut_9(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, ):
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


def x_counts__mutmut_10(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] = 1
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


def x_counts__mutmut_11(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] -= 1
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


def x_counts__mutmut_12(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 2
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


def x_counts__mutmut_13(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(None, month):
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


def x_counts__mutmut_14(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, None):
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


def x_counts__mutmut_15(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(month):
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


def x_counts__mutmut_16(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, ):
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


def x_counts__mutmut_17(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["not_available"] = 1
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


def x_counts__mutmut_18(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["not_available"] -= 1
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


def x_counts__mutmut_19(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["XXnot_availableXX"] += 1
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


def x_counts__mutmut_20(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["NOT_AVAILABLE"] += 1
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


def x_counts__mutmut_21(rows: Iterable[SnapshotRow], month: date) -> Counts:
    kpis = [row for row in rows if row.is_kpi]
    rags = Counter(row.latest_rag for row in kpis)
    moves: Counter[str] = Counter()
    why_not: Counter[str] = Counter()  # the others: why they have no figure this month
    for row in kpis:
        if in_month(row, month):
            moves[row.direction] += 1
        elif periods.is_due(row.frequency, month):
            why_not["not_available"] += 2
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


def x_counts__mutmut_22(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
            why_not[row.frequency] = 1
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


def x_counts__mutmut_23(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
            why_not[row.frequency] -= 1
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


def x_counts__mutmut_24(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
            why_not[row.frequency] += 2
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


def x_counts__mutmut_25(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
    rated = None
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


def x_counts__mutmut_26(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
    rated = rags[Rag.GREEN] + rags[Rag.AMBER] - rags[Rag.RED]
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


def x_counts__mutmut_27(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
    rated = rags[Rag.GREEN] - rags[Rag.AMBER] + rags[Rag.RED]
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


def x_counts__mutmut_28(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        kpis=None,
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


def x_counts__mutmut_29(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        green=None,
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


def x_counts__mutmut_30(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        amber=None,
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


def x_counts__mutmut_31(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        red=None,
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


def x_counts__mutmut_32(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        unrated=None,
        improved=moves[Direction.IMPROVED],
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_33(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        improved=None,
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_34(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        worsened=None,
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_35(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        unchanged=None,
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_36(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_compared=None,
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_37(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        quarterly=None,
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_38(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        annual=None,
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_39(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_available=None,
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_40(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        forecast_to_miss=None,
    )


def x_counts__mutmut_41(rows: Iterable[SnapshotRow], month: date) -> Counts:
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


def x_counts__mutmut_42(rows: Iterable[SnapshotRow], month: date) -> Counts:
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


def x_counts__mutmut_43(rows: Iterable[SnapshotRow], month: date) -> Counts:
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


def x_counts__mutmut_44(rows: Iterable[SnapshotRow], month: date) -> Counts:
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


def x_counts__mutmut_45(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        improved=moves[Direction.IMPROVED],
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_46(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_47(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_48(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_49(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_50(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_51(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_52(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_53(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        )


def x_counts__mutmut_54(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        unrated=len(kpis) + rated,
        improved=moves[Direction.IMPROVED],
        worsened=moves[Direction.WORSENED],
        unchanged=moves[Direction.UNCHANGED],
        not_compared=moves[""],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_55(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_compared=moves["XXXX"],
        quarterly=why_not["quarterly"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_56(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        quarterly=why_not["XXquarterlyXX"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_57(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        quarterly=why_not["QUARTERLY"],
        annual=why_not["annual"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_58(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        annual=why_not["XXannualXX"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_59(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        annual=why_not["ANNUAL"],
        not_available=why_not["not_available"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_60(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_available=why_not["XXnot_availableXX"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_61(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        not_available=why_not["NOT_AVAILABLE"],
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_62(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        forecast_to_miss=sum(None),
    )


def x_counts__mutmut_63(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        forecast_to_miss=sum(2 for r in kpis if r.year_end_rag in (Rag.AMBER, Rag.RED)),
    )


def x_counts__mutmut_64(rows: Iterable[SnapshotRow], month: date) -> Counts:
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
        forecast_to_miss=sum(1 for r in kpis if r.year_end_rag not in (Rag.AMBER, Rag.RED)),
    )

mutants_x_counts__mutmut['_mutmut_orig'] = x_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_1'] = x_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_2'] = x_counts__mutmut_2 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_3'] = x_counts__mutmut_3 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_4'] = x_counts__mutmut_4 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_5'] = x_counts__mutmut_5 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_6'] = x_counts__mutmut_6 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_7'] = x_counts__mutmut_7 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_8'] = x_counts__mutmut_8 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_9'] = x_counts__mutmut_9 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_10'] = x_counts__mutmut_10 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_11'] = x_counts__mutmut_11 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_12'] = x_counts__mutmut_12 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_13'] = x_counts__mutmut_13 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_14'] = x_counts__mutmut_14 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_15'] = x_counts__mutmut_15 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_16'] = x_counts__mutmut_16 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_17'] = x_counts__mutmut_17 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_18'] = x_counts__mutmut_18 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_19'] = x_counts__mutmut_19 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_20'] = x_counts__mutmut_20 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_21'] = x_counts__mutmut_21 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_22'] = x_counts__mutmut_22 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_23'] = x_counts__mutmut_23 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_24'] = x_counts__mutmut_24 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_25'] = x_counts__mutmut_25 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_26'] = x_counts__mutmut_26 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_27'] = x_counts__mutmut_27 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_28'] = x_counts__mutmut_28 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_29'] = x_counts__mutmut_29 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_30'] = x_counts__mutmut_30 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_31'] = x_counts__mutmut_31 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_32'] = x_counts__mutmut_32 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_33'] = x_counts__mutmut_33 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_34'] = x_counts__mutmut_34 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_35'] = x_counts__mutmut_35 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_36'] = x_counts__mutmut_36 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_37'] = x_counts__mutmut_37 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_38'] = x_counts__mutmut_38 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_39'] = x_counts__mutmut_39 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_40'] = x_counts__mutmut_40 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_41'] = x_counts__mutmut_41 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_42'] = x_counts__mutmut_42 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_43'] = x_counts__mutmut_43 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_44'] = x_counts__mutmut_44 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_45'] = x_counts__mutmut_45 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_46'] = x_counts__mutmut_46 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_47'] = x_counts__mutmut_47 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_48'] = x_counts__mutmut_48 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_49'] = x_counts__mutmut_49 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_50'] = x_counts__mutmut_50 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_51'] = x_counts__mutmut_51 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_52'] = x_counts__mutmut_52 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_53'] = x_counts__mutmut_53 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_54'] = x_counts__mutmut_54 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_55'] = x_counts__mutmut_55 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_56'] = x_counts__mutmut_56 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_57'] = x_counts__mutmut_57 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_58'] = x_counts__mutmut_58 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_59'] = x_counts__mutmut_59 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_60'] = x_counts__mutmut_60 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_61'] = x_counts__mutmut_61 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_62'] = x_counts__mutmut_62 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_63'] = x_counts__mutmut_63 # type: ignore # mutmut generated
mutants_x_counts__mutmut['x_counts__mutmut_64'] = x_counts__mutmut_64 # type: ignore # mutmut generated
mutants_x_missing_commentary__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_missing_commentary__mutmut)
def missing_commentary(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag in (Rag.RED, Rag.AMBER) and not row.commentary.strip()
    ]


def x_missing_commentary__mutmut_orig(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag in (Rag.RED, Rag.AMBER) and not row.commentary.strip()
    ]


def x_missing_commentary__mutmut_1(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag in (Rag.RED, Rag.AMBER) or not row.commentary.strip()
    ]


def x_missing_commentary__mutmut_2(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi or row.latest_rag in (Rag.RED, Rag.AMBER) and not row.commentary.strip()
    ]


def x_missing_commentary__mutmut_3(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag not in (Rag.RED, Rag.AMBER) and not row.commentary.strip()
    ]


def x_missing_commentary__mutmut_4(rows: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Red and amber KPIs with no commentary: a gap for the performance team to chase,
    never words in the committee's paper."""
    return [
        row
        for row in rows
        if row.is_kpi and row.latest_rag in (Rag.RED, Rag.AMBER) and row.commentary.strip()
    ]

mutants_x_missing_commentary__mutmut['_mutmut_orig'] = x_missing_commentary__mutmut_orig # type: ignore # mutmut generated
mutants_x_missing_commentary__mutmut['x_missing_commentary__mutmut_1'] = x_missing_commentary__mutmut_1 # type: ignore # mutmut generated
mutants_x_missing_commentary__mutmut['x_missing_commentary__mutmut_2'] = x_missing_commentary__mutmut_2 # type: ignore # mutmut generated
mutants_x_missing_commentary__mutmut['x_missing_commentary__mutmut_3'] = x_missing_commentary__mutmut_3 # type: ignore # mutmut generated
mutants_x_missing_commentary__mutmut['x_missing_commentary__mutmut_4'] = x_missing_commentary__mutmut_4 # type: ignore # mutmut generated


@dataclass(frozen=True)
class Movement:
    row: SnapshotRow
    before: str
    up: bool
mutants_x_rag_changes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rag_changes__mutmut)
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


def x_rag_changes__mutmut_orig(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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


def x_rag_changes__mutmut_1(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = None
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


def x_rag_changes__mutmut_2(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi and row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_3(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_4(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_5(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            break
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_6(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = None
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_7(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_8(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_9(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_10(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_11(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if (row.latest_rag) and False else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_12(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if (row.latest_rag) or True else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_13(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(None) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_14(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if (previous[row.indicator_id]) and False else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_15(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(previous[row.indicator_id]) if (previous[row.indicator_id]) or True else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_16(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
    """KPIs whose latest RAG moved since the previous snapshot, downs first."""
    moved = []
    for row in rows:
        if not row.is_kpi or row.indicator_id not in previous:
            continue
        step = rag_movement(
            Rag(row.latest_rag) if row.latest_rag else None,
            Rag(None) if previous[row.indicator_id] else None,
        )
        if step:
            moved.append(Movement(row, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_17(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(None)
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_18(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(None, previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_19(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, None, step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_20(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, previous[row.indicator_id], None))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_21(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(previous[row.indicator_id], step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_22(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, step > 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_23(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, previous[row.indicator_id], ))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_24(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, previous[row.indicator_id], step >= 0))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_25(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
            moved.append(Movement(row, previous[row.indicator_id], step > 1))
    return sorted(moved, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_26(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
    return sorted(None, key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_27(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
    return sorted(moved, key=None)


def x_rag_changes__mutmut_28(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
    return sorted(key=lambda m: (m.up, m.row.ref))


def x_rag_changes__mutmut_29(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
    return sorted(moved, )


def x_rag_changes__mutmut_30(rows: Sequence[SnapshotRow], previous: dict[int, str]) -> list[Movement]:
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
    return sorted(moved, key=lambda m: None)

mutants_x_rag_changes__mutmut['_mutmut_orig'] = x_rag_changes__mutmut_orig # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_1'] = x_rag_changes__mutmut_1 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_2'] = x_rag_changes__mutmut_2 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_3'] = x_rag_changes__mutmut_3 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_4'] = x_rag_changes__mutmut_4 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_5'] = x_rag_changes__mutmut_5 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_6'] = x_rag_changes__mutmut_6 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_7'] = x_rag_changes__mutmut_7 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_8'] = x_rag_changes__mutmut_8 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_9'] = x_rag_changes__mutmut_9 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_10'] = x_rag_changes__mutmut_10 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_11'] = x_rag_changes__mutmut_11 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_12'] = x_rag_changes__mutmut_12 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_13'] = x_rag_changes__mutmut_13 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_14'] = x_rag_changes__mutmut_14 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_15'] = x_rag_changes__mutmut_15 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_16'] = x_rag_changes__mutmut_16 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_17'] = x_rag_changes__mutmut_17 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_18'] = x_rag_changes__mutmut_18 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_19'] = x_rag_changes__mutmut_19 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_20'] = x_rag_changes__mutmut_20 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_21'] = x_rag_changes__mutmut_21 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_22'] = x_rag_changes__mutmut_22 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_23'] = x_rag_changes__mutmut_23 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_24'] = x_rag_changes__mutmut_24 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_25'] = x_rag_changes__mutmut_25 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_26'] = x_rag_changes__mutmut_26 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_27'] = x_rag_changes__mutmut_27 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_28'] = x_rag_changes__mutmut_28 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_29'] = x_rag_changes__mutmut_29 # type: ignore # mutmut generated
mutants_x_rag_changes__mutmut['x_rag_changes__mutmut_30'] = x_rag_changes__mutmut_30 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_previous_snapshot__mutmut)
def previous_snapshot(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", "-version").first()


def x_previous_snapshot__mutmut_orig(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", "-version").first()


def x_previous_snapshot__mutmut_1(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by(None, "-version").first()


def x_previous_snapshot__mutmut_2(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", None).first()


def x_previous_snapshot__mutmut_3(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-version").first()


def x_previous_snapshot__mutmut_4(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", ).first()


def x_previous_snapshot__mutmut_5(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=None).order_by("-month", "-version").first()


def x_previous_snapshot__mutmut_6(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("XX-monthXX", "-version").first()


def x_previous_snapshot__mutmut_7(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-MONTH", "-version").first()


def x_previous_snapshot__mutmut_8(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", "XX-versionXX").first()


def x_previous_snapshot__mutmut_9(snapshot: Snapshot) -> Snapshot | None:
    """The latest version of the most recent month frozen before this one."""
    return Snapshot.objects.filter(month__lt=snapshot.month).order_by("-month", "-VERSION").first()

mutants_x_previous_snapshot__mutmut['_mutmut_orig'] = x_previous_snapshot__mutmut_orig # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_1'] = x_previous_snapshot__mutmut_1 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_2'] = x_previous_snapshot__mutmut_2 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_3'] = x_previous_snapshot__mutmut_3 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_4'] = x_previous_snapshot__mutmut_4 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_5'] = x_previous_snapshot__mutmut_5 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_6'] = x_previous_snapshot__mutmut_6 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_7'] = x_previous_snapshot__mutmut_7 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_8'] = x_previous_snapshot__mutmut_8 # type: ignore # mutmut generated
mutants_x_previous_snapshot__mutmut['x_previous_snapshot__mutmut_9'] = x_previous_snapshot__mutmut_9 # type: ignore # mutmut generated
mutants_x__plural__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plural__mutmut)
def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def x__plural__mutmut_orig(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def x__plural__mutmut_1(count: int, word: str) -> str:
    return f"{count} {word}{'' if (count == 1) and False else 's'}"


def x__plural__mutmut_2(count: int, word: str) -> str:
    return f"{count} {word}{'' if (count == 1) or True else 's'}"


def x__plural__mutmut_3(count: int, word: str) -> str:
    return f"{count} {word}{'XXXX' if count == 1 else 's'}"


def x__plural__mutmut_4(count: int, word: str) -> str:
    return f"{count} {word}{'' if count != 1 else 's'}"


def x__plural__mutmut_5(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 2 else 's'}"


def x__plural__mutmut_6(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 'XXsXX'}"


def x__plural__mutmut_7(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 'S'}"

mutants_x__plural__mutmut['_mutmut_orig'] = x__plural__mutmut_orig # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_1'] = x__plural__mutmut_1 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_2'] = x__plural__mutmut_2 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_3'] = x__plural__mutmut_3 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_4'] = x__plural__mutmut_4 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_5'] = x__plural__mutmut_5 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_6'] = x__plural__mutmut_6 # type: ignore # mutmut generated
mutants_x__plural__mutmut['x__plural__mutmut_7'] = x__plural__mutmut_7 # type: ignore # mutmut generated
mutants_x__were__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__were__mutmut)
def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def x__were__mutmut_orig(count: int) -> str:
    return "was" if count == 1 else "were"


def x__were__mutmut_1(count: int) -> str:
    return "was" if (count == 1) and False else "were"


def x__were__mutmut_2(count: int) -> str:
    return "was" if (count == 1) or True else "were"


def x__were__mutmut_3(count: int) -> str:
    return "XXwasXX" if count == 1 else "were"


def x__were__mutmut_4(count: int) -> str:
    return "WAS" if count == 1 else "were"


def x__were__mutmut_5(count: int) -> str:
    return "was" if count != 1 else "were"


def x__were__mutmut_6(count: int) -> str:
    return "was" if count == 2 else "were"


def x__were__mutmut_7(count: int) -> str:
    return "was" if count == 1 else "XXwereXX"


def x__were__mutmut_8(count: int) -> str:
    return "was" if count == 1 else "WERE"

mutants_x__were__mutmut['_mutmut_orig'] = x__were__mutmut_orig # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_1'] = x__were__mutmut_1 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_2'] = x__were__mutmut_2 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_3'] = x__were__mutmut_3 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_4'] = x__were__mutmut_4 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_5'] = x__were__mutmut_5 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_6'] = x__were__mutmut_6 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_7'] = x__were__mutmut_7 # type: ignore # mutmut generated
mutants_x__were__mutmut['x__were__mutmut_8'] = x__were__mutmut_8 # type: ignore # mutmut generated
mutants_x__listed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__listed__mutmut)
def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_orig(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_1(parts: list[str]) -> str:
    return parts[0] if (len(parts) == 1) and False else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_2(parts: list[str]) -> str:
    return parts[0] if (len(parts) == 1) or True else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_3(parts: list[str]) -> str:
    return parts[1] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_4(parts: list[str]) -> str:
    return parts[0] if len(parts) != 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_5(parts: list[str]) -> str:
    return parts[0] if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_6(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " - parts[-1]


def x__listed__mutmut_7(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) - " and " + parts[-1]


def x__listed__mutmut_8(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(None) + " and " + parts[-1]


def x__listed__mutmut_9(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "XX, XX".join(parts[:-1]) + " and " + parts[-1]


def x__listed__mutmut_10(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:+1]) + " and " + parts[-1]


def x__listed__mutmut_11(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-2]) + " and " + parts[-1]


def x__listed__mutmut_12(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + "XX and XX" + parts[-1]


def x__listed__mutmut_13(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " AND " + parts[-1]


def x__listed__mutmut_14(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[+1]


def x__listed__mutmut_15(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-2]

mutants_x__listed__mutmut['_mutmut_orig'] = x__listed__mutmut_orig # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_1'] = x__listed__mutmut_1 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_2'] = x__listed__mutmut_2 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_3'] = x__listed__mutmut_3 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_4'] = x__listed__mutmut_4 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_5'] = x__listed__mutmut_5 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_6'] = x__listed__mutmut_6 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_7'] = x__listed__mutmut_7 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_8'] = x__listed__mutmut_8 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_9'] = x__listed__mutmut_9 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_10'] = x__listed__mutmut_10 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_11'] = x__listed__mutmut_11 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_12'] = x__listed__mutmut_12 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_13'] = x__listed__mutmut_13 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_14'] = x__listed__mutmut_14 # type: ignore # mutmut generated
mutants_x__listed__mutmut['x__listed__mutmut_15'] = x__listed__mutmut_15 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_direction_sentence__mutmut)
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


def x_direction_sentence__mutmut_orig(c: Counts, month: date) -> str:
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


def x_direction_sentence__mutmut_1(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = None
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


def x_direction_sentence__mutmut_2(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = None
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


def x_direction_sentence__mutmut_3(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened - c.unchanged
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


def x_direction_sentence__mutmut_4(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved - c.worsened + c.unchanged
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


def x_direction_sentence__mutmut_5(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = None
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


def x_direction_sentence__mutmut_6(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(None, 'KPI')} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_7(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, None)} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_8(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural('KPI')} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_9(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, )} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_10(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, 'XXKPIXX')} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_11(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, 'kpi')} improving in the month and {c.worsened} showing "
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


def x_direction_sentence__mutmut_12(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, 'KPI')} improving in the month and {c.worsened} showing "
            "XXlower resultsXX"
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


def x_direction_sentence__mutmut_13(c: Counts, month: date) -> str:
    """The cover report's direction of travel, counting only KPIs with this month's figure."""
    name = f"{month:%B}"
    compared = c.improved + c.worsened + c.unchanged
    if compared:
        text = (
            f"Net direction of travel for {name} was {c.net_direction}, with "
            f"{_plural(c.improved, 'KPI')} improving in the month and {c.worsened} showing "
            "LOWER RESULTS"
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


def x_direction_sentence__mutmut_14(c: Counts, month: date) -> str:
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
            text = f"; {c.unchanged} {_were(c.unchanged)} unchanged"
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


def x_direction_sentence__mutmut_15(c: Counts, month: date) -> str:
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
            text -= f"; {c.unchanged} {_were(c.unchanged)} unchanged"
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


def x_direction_sentence__mutmut_16(c: Counts, month: date) -> str:
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
            text += f"; {c.unchanged} {_were(None)} unchanged"
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


def x_direction_sentence__mutmut_17(c: Counts, month: date) -> str:
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
        text = "."
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


def x_direction_sentence__mutmut_18(c: Counts, month: date) -> str:
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
        text -= "."
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


def x_direction_sentence__mutmut_19(c: Counts, month: date) -> str:
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
        text += "XX.XX"
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


def x_direction_sentence__mutmut_20(c: Counts, month: date) -> str:
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
        text = None
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


def x_direction_sentence__mutmut_21(c: Counts, month: date) -> str:
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
    if c.not_compared or compared:
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


def x_direction_sentence__mutmut_22(c: Counts, month: date) -> str:
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
        text = f" {c.not_compared} had no earlier figure to compare with."
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


def x_direction_sentence__mutmut_23(c: Counts, month: date) -> str:
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
        text -= f" {c.not_compared} had no earlier figure to compare with."
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


def x_direction_sentence__mutmut_24(c: Counts, month: date) -> str:
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
    if c.without_figure != 1:  # "The other KPI had no figure for October: it is ..."
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


def x_direction_sentence__mutmut_25(c: Counts, month: date) -> str:
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
    if c.without_figure == 2:  # "The other KPI had no figure for October: it is ..."
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


def x_direction_sentence__mutmut_26(c: Counts, month: date) -> str:
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
        why = None
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


def x_direction_sentence__mutmut_27(c: Counts, month: date) -> str:
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
            if (c.quarterly) and False
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


def x_direction_sentence__mutmut_28(c: Counts, month: date) -> str:
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
            if (c.quarterly) or True
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


def x_direction_sentence__mutmut_29(c: Counts, month: date) -> str:
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
            "XXit is reported quarterlyXX"
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


def x_direction_sentence__mutmut_30(c: Counts, month: date) -> str:
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
            "IT IS REPORTED QUARTERLY"
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


def x_direction_sentence__mutmut_31(c: Counts, month: date) -> str:
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
            if (c.annual) and False
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


def x_direction_sentence__mutmut_32(c: Counts, month: date) -> str:
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
            if (c.annual) or True
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


def x_direction_sentence__mutmut_33(c: Counts, month: date) -> str:
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
            else "XXit is reported annuallyXX"
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


def x_direction_sentence__mutmut_34(c: Counts, month: date) -> str:
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
            else "IT IS REPORTED ANNUALLY"
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


def x_direction_sentence__mutmut_35(c: Counts, month: date) -> str:
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
            else "XXit was not available at the time of reportingXX"
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


def x_direction_sentence__mutmut_36(c: Counts, month: date) -> str:
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
            else "IT WAS NOT AVAILABLE AT THE TIME OF REPORTING"
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


def x_direction_sentence__mutmut_37(c: Counts, month: date) -> str:
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
        text = f" The other KPI had no figure for {name}: {why}."
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


def x_direction_sentence__mutmut_38(c: Counts, month: date) -> str:
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
        text -= f" The other KPI had no figure for {name}: {why}."
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


def x_direction_sentence__mutmut_39(c: Counts, month: date) -> str:
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
        reasons = None
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


def x_direction_sentence__mutmut_40(c: Counts, month: date) -> str:
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
                None
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_41(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if (c.quarterly == 1) and False else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_42(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if (c.quarterly == 1) or True else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_43(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'XXisXX' if c.quarterly == 1 else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_44(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'IS' if c.quarterly == 1 else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_45(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if c.quarterly != 1 else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_46(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if c.quarterly == 2 else 'are'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_47(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if c.quarterly == 1 else 'XXareXX'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_48(c: Counts, month: date) -> str:
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
                f"{c.quarterly} {'is' if c.quarterly == 1 else 'ARE'} reported quarterly"
            )
        if c.annual:
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_49(c: Counts, month: date) -> str:
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
            reasons.append(None)
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_50(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if (c.annual == 1) and False else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_51(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if (c.annual == 1) or True else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_52(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'XXisXX' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_53(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'IS' if c.annual == 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_54(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if c.annual != 1 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_55(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if c.annual == 2 else 'are'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_56(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'XXareXX'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_57(c: Counts, month: date) -> str:
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
            reasons.append(f"{c.annual} {'is' if c.annual == 1 else 'ARE'} reported annually")
        if c.not_available:
            reasons.append(
                f"{c.not_available} {_were(c.not_available)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_58(c: Counts, month: date) -> str:
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
                None
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_59(c: Counts, month: date) -> str:
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
                f"{c.not_available} {_were(None)} not available at the time of reporting"
            )
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_60(c: Counts, month: date) -> str:
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
        text = f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_61(c: Counts, month: date) -> str:
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
        text -= f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(reasons)}."
    return text


def x_direction_sentence__mutmut_62(c: Counts, month: date) -> str:
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
        text += f" The other {c.without_figure} KPIs had no figure for {name}: {_listed(None)}."
    return text

mutants_x_direction_sentence__mutmut['_mutmut_orig'] = x_direction_sentence__mutmut_orig # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_1'] = x_direction_sentence__mutmut_1 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_2'] = x_direction_sentence__mutmut_2 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_3'] = x_direction_sentence__mutmut_3 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_4'] = x_direction_sentence__mutmut_4 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_5'] = x_direction_sentence__mutmut_5 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_6'] = x_direction_sentence__mutmut_6 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_7'] = x_direction_sentence__mutmut_7 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_8'] = x_direction_sentence__mutmut_8 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_9'] = x_direction_sentence__mutmut_9 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_10'] = x_direction_sentence__mutmut_10 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_11'] = x_direction_sentence__mutmut_11 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_12'] = x_direction_sentence__mutmut_12 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_13'] = x_direction_sentence__mutmut_13 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_14'] = x_direction_sentence__mutmut_14 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_15'] = x_direction_sentence__mutmut_15 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_16'] = x_direction_sentence__mutmut_16 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_17'] = x_direction_sentence__mutmut_17 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_18'] = x_direction_sentence__mutmut_18 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_19'] = x_direction_sentence__mutmut_19 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_20'] = x_direction_sentence__mutmut_20 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_21'] = x_direction_sentence__mutmut_21 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_22'] = x_direction_sentence__mutmut_22 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_23'] = x_direction_sentence__mutmut_23 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_24'] = x_direction_sentence__mutmut_24 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_25'] = x_direction_sentence__mutmut_25 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_26'] = x_direction_sentence__mutmut_26 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_27'] = x_direction_sentence__mutmut_27 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_28'] = x_direction_sentence__mutmut_28 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_29'] = x_direction_sentence__mutmut_29 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_30'] = x_direction_sentence__mutmut_30 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_31'] = x_direction_sentence__mutmut_31 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_32'] = x_direction_sentence__mutmut_32 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_33'] = x_direction_sentence__mutmut_33 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_34'] = x_direction_sentence__mutmut_34 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_35'] = x_direction_sentence__mutmut_35 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_36'] = x_direction_sentence__mutmut_36 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_37'] = x_direction_sentence__mutmut_37 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_38'] = x_direction_sentence__mutmut_38 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_39'] = x_direction_sentence__mutmut_39 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_40'] = x_direction_sentence__mutmut_40 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_41'] = x_direction_sentence__mutmut_41 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_42'] = x_direction_sentence__mutmut_42 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_43'] = x_direction_sentence__mutmut_43 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_44'] = x_direction_sentence__mutmut_44 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_45'] = x_direction_sentence__mutmut_45 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_46'] = x_direction_sentence__mutmut_46 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_47'] = x_direction_sentence__mutmut_47 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_48'] = x_direction_sentence__mutmut_48 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_49'] = x_direction_sentence__mutmut_49 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_50'] = x_direction_sentence__mutmut_50 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_51'] = x_direction_sentence__mutmut_51 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_52'] = x_direction_sentence__mutmut_52 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_53'] = x_direction_sentence__mutmut_53 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_54'] = x_direction_sentence__mutmut_54 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_55'] = x_direction_sentence__mutmut_55 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_56'] = x_direction_sentence__mutmut_56 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_57'] = x_direction_sentence__mutmut_57 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_58'] = x_direction_sentence__mutmut_58 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_59'] = x_direction_sentence__mutmut_59 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_60'] = x_direction_sentence__mutmut_60 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_61'] = x_direction_sentence__mutmut_61 # type: ignore # mutmut generated
mutants_x_direction_sentence__mutmut['x_direction_sentence__mutmut_62'] = x_direction_sentence__mutmut_62 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_forecast_sentence__mutmut)
def forecast_sentence(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_orig(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_1(c: Counts) -> str:
    if c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_2(c: Counts) -> str:
    if not c.forecast_to_miss:
        return "XXXX"
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_3(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = None
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_4(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss == 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_5(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 2
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_6(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(None, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_7(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, None)} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_8(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural('KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_9(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, )} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_10(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'XXKPIXX')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_11(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'kpi')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_12(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if (many) and False else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_13(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if (many) or True else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_14(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'XXareXX' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_15(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'ARE' if many else 'is'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_16(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'XXisXX'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_17(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'IS'} forecast to miss "
        f"{'their' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_18(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if (many) and False else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_19(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if (many) or True else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_20(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'XXtheirXX' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_21(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'THEIR' if many else 'its'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_22(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'XXitsXX'} target by the end of the year."
    )


def x_forecast_sentence__mutmut_23(c: Counts) -> str:
    if not c.forecast_to_miss:
        return ""
    many = c.forecast_to_miss != 1
    return (
        f" {_plural(c.forecast_to_miss, 'KPI')} {'are' if many else 'is'} forecast to miss "
        f"{'their' if many else 'ITS'} target by the end of the year."
    )

mutants_x_forecast_sentence__mutmut['_mutmut_orig'] = x_forecast_sentence__mutmut_orig # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_1'] = x_forecast_sentence__mutmut_1 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_2'] = x_forecast_sentence__mutmut_2 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_3'] = x_forecast_sentence__mutmut_3 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_4'] = x_forecast_sentence__mutmut_4 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_5'] = x_forecast_sentence__mutmut_5 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_6'] = x_forecast_sentence__mutmut_6 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_7'] = x_forecast_sentence__mutmut_7 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_8'] = x_forecast_sentence__mutmut_8 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_9'] = x_forecast_sentence__mutmut_9 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_10'] = x_forecast_sentence__mutmut_10 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_11'] = x_forecast_sentence__mutmut_11 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_12'] = x_forecast_sentence__mutmut_12 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_13'] = x_forecast_sentence__mutmut_13 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_14'] = x_forecast_sentence__mutmut_14 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_15'] = x_forecast_sentence__mutmut_15 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_16'] = x_forecast_sentence__mutmut_16 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_17'] = x_forecast_sentence__mutmut_17 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_18'] = x_forecast_sentence__mutmut_18 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_19'] = x_forecast_sentence__mutmut_19 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_20'] = x_forecast_sentence__mutmut_20 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_21'] = x_forecast_sentence__mutmut_21 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_22'] = x_forecast_sentence__mutmut_22 # type: ignore # mutmut generated
mutants_x_forecast_sentence__mutmut['x_forecast_sentence__mutmut_23'] = x_forecast_sentence__mutmut_23 # type: ignore # mutmut generated


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
mutants_x_cover__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cover__mutmut)
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


def x_cover__mutmut_orig(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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


def x_cover__mutmut_1(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "XXXX") -> Cover:
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


def x_cover__mutmut_2(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = None
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


def x_cover__mutmut_3(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(None, snapshot.month)
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


def x_cover__mutmut_4(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, None)
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


def x_cover__mutmut_5(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(snapshot.month)
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


def x_cover__mutmut_6(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, )
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


def x_cover__mutmut_7(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = None
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


def x_cover__mutmut_8(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if (scope) and False else "The dashboard"
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


def x_cover__mutmut_9(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if (scope) or True else "The dashboard"
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


def x_cover__mutmut_10(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "XXThe dashboardXX"
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


def x_cover__mutmut_11(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "the dashboard"
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


def x_cover__mutmut_12(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "THE DASHBOARD"
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


def x_cover__mutmut_13(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = None
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


def x_cover__mutmut_14(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(None, 'KPI')}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_15(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(c.kpis, None)}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_16(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural('KPI')}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_17(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(c.kpis, )}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_18(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(c.kpis, 'XXKPIXX')}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_19(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
    """What the performance team puts in the committee's cover report, as the papers' cover
    reports say it: the reporting period, how many KPIs, how many are Green, Amber and Red,
    the net direction of travel for the month, and each Red with its period and commentary.
    """
    c = counts(rows, snapshot.month)
    dashboard = f"The {scope} dashboard" if scope else "The dashboard"
    rated = (
        f"Of the {_plural(c.kpis, 'kpi')}, current performance is Green for {c.green}, "
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


def x_cover__mutmut_20(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated = f" {c.unrated} {'has' if c.unrated == 1 else 'have'} no rating."
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


def x_cover__mutmut_21(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated -= f" {c.unrated} {'has' if c.unrated == 1 else 'have'} no rating."
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


def x_cover__mutmut_22(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if (c.unrated == 1) and False else 'have'} no rating."
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


def x_cover__mutmut_23(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if (c.unrated == 1) or True else 'have'} no rating."
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


def x_cover__mutmut_24(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'XXhasXX' if c.unrated == 1 else 'have'} no rating."
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


def x_cover__mutmut_25(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'HAS' if c.unrated == 1 else 'have'} no rating."
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


def x_cover__mutmut_26(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if c.unrated != 1 else 'have'} no rating."
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


def x_cover__mutmut_27(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if c.unrated == 2 else 'have'} no rating."
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


def x_cover__mutmut_28(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if c.unrated == 1 else 'XXhaveXX'} no rating."
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


def x_cover__mutmut_29(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        rated += f" {c.unrated} {'has' if c.unrated == 1 else 'HAVE'} no rating."
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


def x_cover__mutmut_30(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
    reds = None
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


def x_cover__mutmut_31(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if row.is_kpi or row.latest_rag == Rag.RED:
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


def x_cover__mutmut_32(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if row.is_kpi and row.latest_rag != Rag.RED:
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


def x_cover__mutmut_33(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            text = None
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


def x_cover__mutmut_34(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
                None
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


def x_cover__mutmut_35(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
                f"{row.title} ({row.ref}), {row.latest_label}" - (f": {text}" if text else ".")
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


def x_cover__mutmut_36(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
                f"{row.title} ({row.ref}), {row.latest_label}" + (f": {text}" if (text) and False else ".")
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


def x_cover__mutmut_37(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
                f"{row.title} ({row.ref}), {row.latest_label}" + (f": {text}" if (text) or True else ".")
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


def x_cover__mutmut_38(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
                f"{row.title} ({row.ref}), {row.latest_label}" + (f": {text}" if text else "XX.XX")
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


def x_cover__mutmut_39(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        paragraphs=None,
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_40(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds_heading=None,
        reds=reds,
    )


def x_cover__mutmut_41(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds=None,
    )


def x_cover__mutmut_42(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_43(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds=reds,
    )


def x_cover__mutmut_44(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        )


def x_cover__mutmut_45(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(None, 'Key Performance Indicator')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_46(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(c.kpis, None)} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_47(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural('Key Performance Indicator')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_48(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(c.kpis, )} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_49(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(c.kpis, 'XXKey Performance IndicatorXX')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_50(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(c.kpis, 'key performance indicator')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_51(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            f"{_plural(c.kpis, 'KEY PERFORMANCE INDICATOR')} (KPIs).",
            rated,
            direction_sentence(c, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_52(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(c, snapshot.month) - forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_53(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(None, snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_54(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(c, None) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_55(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(snapshot.month) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_56(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(c, ) + forecast_sentence(c),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_57(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
            direction_sentence(c, snapshot.month) + forecast_sentence(None),
        ],
        reds_heading="The indicator with a Red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_58(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if (len(reds) == 1) and False
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_59(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if (len(reds) == 1) or True
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_60(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds_heading="XXThe indicator with a Red rating is:XX"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_61(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds_heading="the indicator with a red rating is:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_62(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        reds_heading="THE INDICATOR WITH A RED RATING IS:"
        if len(reds) == 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_63(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if len(reds) != 1
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_64(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        if len(reds) == 2
        else "The indicators with a Red rating are:",
        reds=reds,
    )


def x_cover__mutmut_65(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        else "XXThe indicators with a Red rating are:XX",
        reds=reds,
    )


def x_cover__mutmut_66(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        else "the indicators with a red rating are:",
        reds=reds,
    )


def x_cover__mutmut_67(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> Cover:
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
        else "THE INDICATORS WITH A RED RATING ARE:",
        reds=reds,
    )

mutants_x_cover__mutmut['_mutmut_orig'] = x_cover__mutmut_orig # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_1'] = x_cover__mutmut_1 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_2'] = x_cover__mutmut_2 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_3'] = x_cover__mutmut_3 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_4'] = x_cover__mutmut_4 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_5'] = x_cover__mutmut_5 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_6'] = x_cover__mutmut_6 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_7'] = x_cover__mutmut_7 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_8'] = x_cover__mutmut_8 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_9'] = x_cover__mutmut_9 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_10'] = x_cover__mutmut_10 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_11'] = x_cover__mutmut_11 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_12'] = x_cover__mutmut_12 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_13'] = x_cover__mutmut_13 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_14'] = x_cover__mutmut_14 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_15'] = x_cover__mutmut_15 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_16'] = x_cover__mutmut_16 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_17'] = x_cover__mutmut_17 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_18'] = x_cover__mutmut_18 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_19'] = x_cover__mutmut_19 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_20'] = x_cover__mutmut_20 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_21'] = x_cover__mutmut_21 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_22'] = x_cover__mutmut_22 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_23'] = x_cover__mutmut_23 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_24'] = x_cover__mutmut_24 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_25'] = x_cover__mutmut_25 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_26'] = x_cover__mutmut_26 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_27'] = x_cover__mutmut_27 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_28'] = x_cover__mutmut_28 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_29'] = x_cover__mutmut_29 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_30'] = x_cover__mutmut_30 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_31'] = x_cover__mutmut_31 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_32'] = x_cover__mutmut_32 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_33'] = x_cover__mutmut_33 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_34'] = x_cover__mutmut_34 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_35'] = x_cover__mutmut_35 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_36'] = x_cover__mutmut_36 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_37'] = x_cover__mutmut_37 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_38'] = x_cover__mutmut_38 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_39'] = x_cover__mutmut_39 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_40'] = x_cover__mutmut_40 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_41'] = x_cover__mutmut_41 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_42'] = x_cover__mutmut_42 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_43'] = x_cover__mutmut_43 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_44'] = x_cover__mutmut_44 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_45'] = x_cover__mutmut_45 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_46'] = x_cover__mutmut_46 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_47'] = x_cover__mutmut_47 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_48'] = x_cover__mutmut_48 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_49'] = x_cover__mutmut_49 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_50'] = x_cover__mutmut_50 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_51'] = x_cover__mutmut_51 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_52'] = x_cover__mutmut_52 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_53'] = x_cover__mutmut_53 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_54'] = x_cover__mutmut_54 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_55'] = x_cover__mutmut_55 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_56'] = x_cover__mutmut_56 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_57'] = x_cover__mutmut_57 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_58'] = x_cover__mutmut_58 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_59'] = x_cover__mutmut_59 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_60'] = x_cover__mutmut_60 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_61'] = x_cover__mutmut_61 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_62'] = x_cover__mutmut_62 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_63'] = x_cover__mutmut_63 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_64'] = x_cover__mutmut_64 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_65'] = x_cover__mutmut_65 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_66'] = x_cover__mutmut_66 # type: ignore # mutmut generated
mutants_x_cover__mutmut['x_cover__mutmut_67'] = x_cover__mutmut_67 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cover_summary__mutmut)
def cover_summary(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, scope).text


def x_cover_summary__mutmut_orig(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, scope).text


def x_cover_summary__mutmut_1(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "XXXX") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, scope).text


def x_cover_summary__mutmut_2(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(None, rows, scope).text


def x_cover_summary__mutmut_3(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, None, scope).text


def x_cover_summary__mutmut_4(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, None).text


def x_cover_summary__mutmut_5(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(rows, scope).text


def x_cover_summary__mutmut_6(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, scope).text


def x_cover_summary__mutmut_7(snapshot: Snapshot, rows: Sequence[SnapshotRow], scope: str = "") -> str:
    """The cover summary as text, to copy into the committee's cover report."""
    return cover(snapshot, rows, ).text

mutants_x_cover_summary__mutmut['_mutmut_orig'] = x_cover_summary__mutmut_orig # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_1'] = x_cover_summary__mutmut_1 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_2'] = x_cover_summary__mutmut_2 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_3'] = x_cover_summary__mutmut_3 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_4'] = x_cover_summary__mutmut_4 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_5'] = x_cover_summary__mutmut_5 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_6'] = x_cover_summary__mutmut_6 # type: ignore # mutmut generated
mutants_x_cover_summary__mutmut['x_cover_summary__mutmut_7'] = x_cover_summary__mutmut_7 # type: ignore # mutmut generated
