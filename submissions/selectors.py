"""Reads of returns with the context people need to judge them, in a fixed number of queries.

`visible_returns` is the one access helper: owners see the returns of indicators they own,
the performance team sees all. Views load every return through it, so asking for someone
else's return by id is a 404.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from core.prepared import Prepared
from core.roles import Role, has_role
from indicators import periods, rating
from indicators.models import Indicator, ServiceArea, Target
from indicators.targets import YearTargets
from indicators.targets import load as load_targets
from indicators.year_end import YearEnd, project

from .checks import Outlier
from .figures import Judging, ReturnData, outlier_of, rag_of
from .models import AWAITING_OWNER, Action, ActionNote, Deputy, Return, ReturnPeriod

HISTORY_MONTHS = 12
RECENT_PERIODS = 4


def visible_returns(user: Any) -> QuerySet[Return]:
    if has_role(user, Role.PERFORMANCE):
        return Return.objects.all()
    if has_role(user, Role.OWNER):
        return own_returns(user)
    return Return.objects.none()


def _owned(user: Any, day: date | None) -> QuerySet[Any]:
    """The ownerships giving `user` returns: their own, and those of anyone they cover for
    on `day` (today) as a deputy."""
    covered = Deputy.objects.on(day or timezone.localdate()).filter(deputy=user)
    return Indicator.owners.through.objects.filter(
        Q(user=user) | Q(user__in=covered.values("owner"))
    )


def own_returns(user: Any, day: date | None = None) -> QuerySet[Return]:
    """Returns of indicators `user` owns, whatever other roles they hold, and of those
    owned by anyone they cover for on `day` (today) as a deputy."""
    return Return.objects.filter(indicator__in=_owned(user, day).values("indicator"))


def own_indicator_ids(user: Any, day: date | None = None) -> list[int]:
    """The indicators whose returns are `user`'s (own_returns), read in one small query.
    My returns reads the user's returns in more than one query a page, by these ids:
    building the ownership subquery into each cost Django more than PostgreSQL took to
    answer it."""
    return _OWN_IDS.list(user=user.pk, day=day or timezone.localdate())


_OWN_IDS = Prepared(
    lambda user, day: _owned(user, day).values_list("indicator_id", flat=True).distinct().order_by()
)


def covered_owners(user: Any, day: date | None = None) -> dict[int, Deputy]:
    """The owners `user` covers for on `day` (today), by their id, with the cover."""
    cover = Deputy.objects.on(day or timezone.localdate()).filter(deputy=user)
    return {c.owner_id: c for c in cover.select_related("owner")}


def opened_periods(shown: int) -> list[ReturnPeriod]:
    """The latest `shown` months opened for returns, newest first (a month picker's)."""
    return _OPENED.list(shown)


_OPENED = Prepared(lambda shown: ReturnPeriod.objects.filter(opened_at__isnull=False)[:shown])


def latest_open_period() -> ReturnPeriod | None:
    return ReturnPeriod.objects.filter(opened_at__isnull=False).order_by("-month").first()


def period_for(month: date | None) -> ReturnPeriod | None:
    if month is None:
        return latest_open_period()
    return ReturnPeriod.objects.filter(month=month).select_related("year").first()


@dataclass
class ReturnRow:
    """A return with what it is judged against: target, recent figures and history, the
    rating of the period before, the indicator's open actions and its year end."""

    ret: Return
    target: Target | None
    recent: list[tuple[str, Decimal | None]] = field(default_factory=list)
    history: list[Decimal] = field(default_factory=list)
    previous: Decimal | None = None
    owners: list[Any] = field(default_factory=list)
    previous_rag: rating.Rag | None = None
    actions: list[Action] = field(default_factory=list)
    year_targets: YearTargets | None = None
    figures: dict[date, rating.Figure] = field(default_factory=dict)  # approved, this and last year
    previous_commentary: str = ""  # what was said with the last period's approved figure
    previous_label: str = ""  # that period, as the page names it ("Sep-23")

    @property
    def indicator(self) -> Indicator:
        return self.ret.indicator

    @property
    def figure(self) -> Decimal | None:
        return None if self.ret.not_available else self.ret.value

    @cached_property  # asked for more than once a row on the Review page
    def rag(self) -> rating.Rag | None:
        return rag_of(self.indicator, self.target, self.figure)

    @property
    def change(self) -> Decimal | None:
        if self.figure is None or self.previous is None:
            return None
        return rating.quantize(self.figure, self.indicator.decimals) - rating.quantize(
            self.previous, self.indicator.decimals
        )

    @property
    def direction(self) -> rating.Direction | None:
        return rating.direction(
            self.figure,
            self.previous,
            polarity=self.indicator.polarity,
            decimals=self.indicator.decimals,
        )

    @cached_property
    def outlier(self) -> Outlier | None:
        return outlier_of(self.indicator, ReturnData.of(self.ret), self.history)

    @property
    def commentary_copied(self) -> bool:
        """The commentary is last period's, copied and not edited since."""
        said = self.ret.commentary.strip()
        return bool(said) and said == self.previous_commentary.strip()

    @property
    def previous_red(self) -> bool:
        return self.previous_rag is rating.Rag.RED

    def judging(self) -> Judging:
        """What a submission of this return is checked against."""
        return Judging(
            target=self.target,
            history=self.history,
            previous_red=self.previous_red,
            open_actions=len(self.actions),
        )

    def year_end_with(self, data: ReturnData) -> YearEnd:
        """The year end, counting the figures being entered for this month."""
        figure = (
            None
            if data.not_available
            else rating.Figure(data.figure(self.indicator), data.numerator, data.denominator)
        )
        figures = {**self.figures, self.ret.period.month: figure} if figure else self.figures
        return project(self.indicator, self.ret.period.month, figures, self.year_targets)

    @cached_property
    def year_end(self) -> YearEnd:
        return self.year_end_with(ReturnData.of(self.ret))

    @property
    def owner_forecast_rag(self) -> rating.Rag | None:
        return self.year_end.rate(self.ret.forecast, self.indicator)

    def is_overdue(self, today: date) -> bool:
        return self.ret.is_overdue(today)


def build_rows(returns: QuerySet[Return], period: ReturnPeriod) -> list[ReturnRow]:
    """ReturnRows for `returns` (all of one period) in seven queries, whatever their number.

    The period and people are loaded once and shared by every row that refers to them,
    rather than joined into each row: the Review page has a row for every indicator, and
    thousands of copies of the same few objects cost more than the query.
    """
    return _built(list(_in_order(returns.filter(period=period))), period)


def own_rows(indicator_ids: list[int], period: ReturnPeriod) -> list[ReturnRow]:
    """build_rows for the returns of these indicators (own_indicator_ids) in `period`."""
    return _built(_OWN_ROWS.list(ids=indicator_ids, period=period.pk), period)


def _in_order(returns: QuerySet[Return]) -> QuerySet[Return]:
    return returns.select_related("indicator__service_area__directorate").order_by(
        "indicator__service_area__directorate__name",
        "indicator__service_area__name",
        "indicator__ref",
    )


_OWN_ROWS = Prepared(
    lambda ids, period: _in_order(Return.objects.filter(indicator_id__in=ids, period_id=period))
)


def _built(rows: list[Return], period: ReturnPeriod) -> list[ReturnRow]:
    if not rows:
        return []
    # The ids themselves, not the query again as a subquery: PostgreSQL cannot tell how few
    # a subquery finds, and read every return of every month for one owner's history.
    indicator_ids = [ret.indicator_id for ret in rows]
    owners = _share_related(rows, period, indicator_ids)
    return _rows(rows, period, indicator_ids, owners)


def rows_for_returns(
    rets: list[Return], period: ReturnPeriod, *, with_people: bool = False
) -> list[ReturnRow]:
    """ReturnRows for returns already loaded with their indicators (all of one period; a
    service's claimed batch, a page of Review), in four queries: what they are judged
    against and their indicators' owners, without reading the returns again. With
    `with_people`, the returns' people too (who submitted, for whom, who decided), read
    with the owners: one query more, and none of them joined into the returns' query."""
    if not rets:
        return []
    indicator_ids = [ret.indicator_id for ret in rets]
    if with_people:
        return _rows(rets, period, indicator_ids, _share_related(rets, period, indicator_ids))
    owners: dict[int, list[Any]] = defaultdict(list)
    for owned in _OWNERS.list(ids=indicator_ids):
        owners[owned.indicator_id].append(owned.user)
    return _rows(rets, period, indicator_ids, owners)


# The queries every page of rows makes, compiled once (core.prepared).
_OWNERS = Prepared(
    lambda ids: (
        Indicator.owners.through.objects.filter(indicator_id__in=ids)
        .select_related("user")
        .order_by("pk")
    )
)
_OWNER_IDS = Prepared(
    lambda ids: (
        Indicator.owners.through.objects.filter(indicator_id__in=ids)
        .order_by("pk")
        .values_list("indicator_id", "user_id")
    )
)
_PEOPLE_BY_ID = Prepared(lambda ids: get_user_model().objects.filter(pk__in=ids).order_by())
_APPROVED_BEFORE = Prepared(
    lambda ids, start, month: (
        Return.objects.filter(
            indicator_id__in=ids,
            period__month__gte=start,
            period__month__lt=month,
            status=Return.Status.APPROVED,
        )
        .values_list(
            "indicator_id", "period__month", "value", "numerator", "denominator", "commentary"
        )
        .order_by()
    )
)
_OPEN_ACTIONS = Prepared(
    lambda ids: (
        Action.objects.open()
        .filter(indicator_id__in=ids)
        .prefetch_related(
            Prefetch("notes", queryset=ActionNote.objects.order_by("-written_on", "-pk"))
        )
    )
)


def _rows(
    rows: list[Return], period: ReturnPeriod, indicator_ids: list[int], owners: dict[int, list[Any]]
) -> list[ReturnRow]:
    """Each return's row: targets, approved figures since April last year and open
    actions of their indicators, in three queries."""
    year = periods.financial_year_of(period.month)
    held = load_targets(
        indicator_ids,
        [year - 1, year],
        indicators={ret.indicator_id: ret.indicator for ret in rows},
    )
    # Back to April last year: the outlier history is the last 12 months, and the year end
    # reads last year's pattern.
    start = min(periods.add_months(period.month, -HISTORY_MONTHS), periods.year_start(year - 1))
    approved: dict[int, dict[date, rating.Figure]] = defaultdict(dict)
    said: dict[int, dict[date, str]] = defaultdict(dict)  # the commentary of those months
    for indicator_id, month, value, numerator, denominator, commentary in _APPROVED_BEFORE.list(
        ids=indicator_ids, start=start, month=period.month
    ):
        approved[indicator_id][month] = rating.Figure(value, numerator, denominator)
        said[indicator_id][month] = commentary
    actions: dict[int, list[Action]] = defaultdict(list)
    for action in _OPEN_ACTIONS.list(ids=indicator_ids):
        actions[action.indicator_id].append(action)
    return [
        _row(ret, period, approved.get(ret.indicator_id, {}), held, owners, actions, said)
        for ret in rows
    ]


def _row(
    ret: Return,
    period: ReturnPeriod,
    figures: dict[date, rating.Figure],
    held: dict[tuple[int, int], YearTargets],
    owners: dict[int, list[Any]],
    actions: dict[int, list[Action]],
    said: dict[int, dict[date, str]],
) -> ReturnRow:
    indicator = ret.indicator
    before = [periods.add_months(period.month, -i) for i in range(HISTORY_MONTHS, 0, -1)]
    due = [m for m in before if indicator.is_due(m)]
    values = {m: f.value for m, f in figures.items()}
    year = periods.financial_year_of(period.month)
    this_year = held.get((indicator.pk, year))
    previous_month = due[-1] if due else None
    previous_rag = None
    if previous_month is not None and values.get(previous_month) is not None:
        then = held.get((indicator.pk, periods.financial_year_of(previous_month)))
        previous_rag = indicator.rate(
            values[previous_month], then.for_month(previous_month) if then else None
        )
    return ReturnRow(
        ret=ret,
        target=this_year.for_month(period.month) if this_year else None,
        recent=[
            (periods.period_label(m, indicator.frequency), values.get(m))
            for m in due[-RECENT_PERIODS:]
        ],
        history=[v for m in due if (v := values.get(m)) is not None],
        previous=values.get(previous_month) if previous_month else None,
        owners=owners.get(indicator.pk, []),
        previous_rag=previous_rag,
        actions=actions.get(indicator.pk, []),
        year_targets=this_year,
        figures=figures,
        previous_commentary=said[indicator.pk].get(previous_month, "") if previous_month else "",
        previous_label=periods.period_label(previous_month, indicator.frequency)
        if previous_month
        else "",
    )


_PERIOD = Return._meta.get_field("period")
_SERVICE_AREA = Indicator._meta.get_field("service_area")
_PEOPLE = [
    Return._meta.get_field(name)
    for name in ("submitted_by", "decided_by", "updated_by", "submitted_for")
]


def _share_related(
    rows: list[Return], period: ReturnPeriod, indicator_ids: list[int]
) -> dict[int, list[Any]]:
    """Attach the period and people to `rows`; each indicator's owners, in two queries."""
    owned = _OWNER_IDS.list(ids=indicator_ids)
    wanted = {user_id for _, user_id in owned}
    wanted.update(getattr(ret, f.attname) for ret in rows for f in _PEOPLE)
    wanted.discard(None)
    people = {person.pk: person for person in _PEOPLE_BY_ID.list(ids=sorted(wanted))}
    for ret in rows:
        _PERIOD.set_cached_value(ret, period)
        for f in _PEOPLE:
            person_id = getattr(ret, f.attname)
            f.set_cached_value(ret, None if person_id is None else people[person_id])
    owners: dict[int, list[Any]] = defaultdict(list)
    for indicator_id, user_id in owned:
        owners[indicator_id].append(people[user_id])
    return owners


REVIEW_PAGE = 25  # returns on a page of Review: a screenful to check and tick
AWAITING_REVIEW = Return.Status.SUBMITTED.value  # what Review shows until told otherwise
ALL_STATES = "all"
RAG_CHOICES = [("GREEN", "Green"), ("AMBER", "Amber"), ("RED", "Red"), ("none", "No rating")]
RAG_FILTERS = tuple(value for value, _ in RAG_CHOICES)
_REVIEW_ORDER = (
    "indicator__service_area__directorate__name",
    "indicator__service_area__name",
    "indicator__ref",
    "pk",
)


@dataclass(frozen=True)
class ReviewFilters:
    """What Review is asked to show (the filter form's cleaned data). With no filter at all
    it shows the returns that need the team: those submitted and awaiting review."""

    area: str = ""  # a service area's id, as text
    state: str = AWAITING_REVIEW  # a Return.Status, or ALL_STATES
    rag: str = ""  # one of RAG_FILTERS, or "" for any
    overdue: bool = False

    def as_query(self) -> str:
        """The filters as a query string, for links to other pages of the same list."""
        from django.utils.http import urlencode

        pairs = {"area": self.area, "state": self.state, "rag": self.rag}
        pairs["overdue"] = "1" if self.overdue else ""
        return urlencode({k: v for k, v in pairs.items() if v})

    @property
    def awaiting_review(self) -> bool:
        return self.state == AWAITING_REVIEW


def _filter_shape(
    period: ReturnPeriod, filters: ReviewFilters, today: date
) -> tuple[tuple[bool, bool], dict[str, Any]]:
    """The filters but the RAG as core.prepared's shape (overdue asked, deadline passed)
    and values (the period, and the area and state where asked)."""
    values: dict[str, Any] = {"period": period.pk}
    if filters.area:
        values["area"] = int(filters.area)
    if filters.state != ALL_STATES:
        values["state"] = filters.state
    return (filters.overdue, period.is_past_deadline(today)), values


def _conditions(overdue: bool, late: bool, area: int | None = None, state: str | None = None) -> Q:
    """The filters but the RAG (which is worked out) as a condition on a period's returns."""
    wanted = Q()
    if area is not None:
        wanted &= Q(indicator__service_area_id=area)
    if state is not None:
        wanted &= Q(status=state)
    if overdue:
        wanted &= Q(status__in=AWAITING_OWNER)
        if not late:
            wanted &= Q(pk__in=[])
    return wanted


def review_returns(period: ReturnPeriod, filters: ReviewFilters, today: date) -> QuerySet[Return]:
    """The period's returns that the filters ask for (all but the RAG, which is worked out),
    in Review's order."""
    shape, values = _filter_shape(period, filters, today)
    values["period"] = period  # as a model: the query's rows know their period
    return _matching(*shape, **values)


def _matching(
    overdue: bool, late: bool, *, period: Any, area: int | None = None, state: str | None = None
) -> QuerySet[Return]:
    return (
        Return.objects.filter(period=period)
        .filter(_conditions(overdue, late, area, state))
        .order_by(*_REVIEW_ORDER)
    )


def _review_page(
    start: int | None, stop: int | None, overdue: bool, late: bool, **values: Any
) -> QuerySet[Return]:
    """A page of Review's returns with their indicators: the page's ids sorted and cut by
    the database (a subquery), and those returns read, sorted again (25 of them). Sorting
    whole rows to keep 25 took ten times as long; reading them by a second query cost a
    round trip."""
    page = _matching(overdue, late, **values).values("pk")[start:stop]
    return Return.objects.filter(pk__in=page).select_related("indicator").order_by(*_REVIEW_ORDER)


_REVIEW_PAGE = Prepared(_review_page)


_RATEABLE = Q(indicator__kind=Indicator.Kind.KPI, value__isnull=False, not_available=False)


def _with_rag(returns: QuerySet[Return], period: ReturnPeriod, wanted: str) -> list[int]:
    """Ids of `returns` (in order) whose figure rates `wanted` ("none": no rating).

    Only a KPI's return with a figure can rate at all, so only those are read whole and
    rated (with this year's targets of their indicators, one query); for a colour the
    database leaves the others out, and for "none" they are in without being rated."""
    year = periods.financial_year_of(period.month)
    rateable = returns.filter(_RATEABLE)
    held = load_targets(rateable.values("indicator_id"), [year])
    rated: dict[int, rating.Rag | None] = {}
    for ret in (
        rateable.select_related(None)
        .select_related("indicator")
        .only(
            "value",
            "not_available",
            *(f"indicator__{name}" for name in ("kind", "polarity", "decimals", "amber_tolerance")),
        )
    ):
        this_year = held.get((ret.indicator_id, year))
        target = this_year.for_month(period.month) if this_year else None
        rated[ret.pk] = rag_of(ret.indicator, target, ret.value)
    if wanted == "none":
        return [pk for pk in returns.values_list("pk", flat=True) if rated.get(pk) is None]
    return [pk for pk, rag in rated.items() if rag is not None and rag == wanted]


class _ReviewRows:
    """Review's returns as the Paginator sees them: a length known beforehand, and a slice
    read (one query) and built into rows only when a page asks for it."""

    def __init__(
        self,
        shape: tuple[tuple[bool, bool], dict[str, Any]],
        period: ReturnPeriod,
        count: int,
        ids: list[int] | None,
        areas: dict[int, ServiceArea],
    ) -> None:
        self.shape, self.period, self.count_, self.ids = shape, period, count, ids
        self.areas = areas  # by id, with their directorates: shared by the page's rows

    def __len__(self) -> int:
        return self.count_

    def __getitem__(self, wanted: slice) -> list[ReturnRow]:
        if not self.count_:
            return []
        if self.ids is None:
            (overdue, late), values = self.shape
            rets = _REVIEW_PAGE.list(wanted.start, wanted.stop, overdue, late, **values)
        else:
            ids = self.ids[wanted]
            found = Return.objects.select_related("indicator").in_bulk(ids)
            rets = [found[pk] for pk in ids if pk in found]
        for ret in rets:
            area = self.areas.get(ret.indicator.service_area_id)
            if area is not None:  # else (an area made since they were read) loaded on its own
                _SERVICE_AREA.set_cached_value(ret.indicator, area)
        return rows_for_returns(rets, self.period, with_people=True)


@dataclass(frozen=True)
class ReviewListing:
    """What Review shows of a month: a page of rows (`page.object_list`) and every count."""

    page: Page
    counts: PeriodCounts


def review_listing(
    period: ReturnPeriod,
    filters: ReviewFilters,
    *,
    today: date,
    number: Any = 1,
    areas: Iterable[ServiceArea],
    per_page: int = REVIEW_PAGE,
) -> ReviewListing:
    """One page of Review and the month's counts, in the same few queries however many
    returns the month has: the counts and how many match the filters in one query; the
    page's returns in one more (their ids ordered and cut in the database, a subquery);
    their rows built for that page only. A RAG filter rates only the returns that can rate
    (`_with_rag`). `areas`: the service areas with their directorates (the page's filter
    has read them), shared by the page's rows."""
    shape = _filter_shape(period, filters, today)
    by_id = {area.pk: area for area in areas}
    ids = None
    if filters.rag:
        counts = period_counts(period, today)
        ids = _with_rag(review_returns(period, filters, today), period, filters.rag)
        shown = len(ids)
    else:
        counts, shown = _counts(period, today, shape)
    rows = _ReviewRows(shape, period, shown, ids, by_id)
    page = Paginator(rows, per_page).get_page(number)
    return ReviewListing(page=page, counts=counts)


@dataclass(frozen=True)
class PeriodCounts:
    due: int
    not_started: int
    draft: int
    submitted: int
    returned: int
    approved: int
    overdue: int


def period_counts(period: ReturnPeriod, today: date | None = None) -> PeriodCounts:
    counts, _ = _counts(period, today or timezone.localdate())
    return counts


def _counts(
    period: ReturnPeriod,
    today: date,
    shown: tuple[tuple[bool, bool], dict[str, Any]] | None = None,
) -> tuple[PeriodCounts, int]:
    """The period's count of every state and, in the same query, of the returns that
    Review's filters (`shown`: their shape and values, but the RAG) ask for."""
    if shown is None:
        found = _COUNTS.list(False, False, False, period=period.pk)
    else:
        (overdue, late), values = shown
        found = _COUNTS.list(True, overdue, late, **values)
    counted = (f.name for f in fields(PeriodCounts) if f.name != "overdue")
    counts = dict.fromkeys((*counted, "shown"), 0)  # a period with no returns: none of any
    if found:
        counts |= {name: n for name, n in found[0].items() if name != "period"}
    matched = counts.pop("shown")
    late = period.is_past_deadline(today)
    counts["overdue"] = counts["draft"] + counts["returned"] if late else 0
    return PeriodCounts(**counts), matched


def _counting(
    with_shown: bool, overdue: bool, late: bool, *, period: int, **filters: Any
) -> QuerySet[Any]:
    """One row: the period's count of every state (and of the returns shown, if asked)."""
    shown = Count("pk", filter=_conditions(overdue, late, **filters)) if with_shown else None
    return (
        Return.objects.filter(period_id=period)
        .values("period")
        .annotate(
            due=Count("pk"),
            not_started=Count(
                "pk",
                filter=Q(status=Return.Status.DRAFT, value__isnull=True, not_available=False),
            ),
            draft=Count("pk", filter=Q(status=Return.Status.DRAFT)),
            submitted=Count("pk", filter=Q(status=Return.Status.SUBMITTED)),
            returned=Count("pk", filter=Q(status=Return.Status.RETURNED)),
            approved=Count("pk", filter=Q(status=Return.Status.APPROVED)),
            **({"shown": shown} if shown is not None else {}),
        )
        .order_by()
    )


_COUNTS = Prepared(_counting)


def outstanding_elsewhere(
    user: Any,
    period: ReturnPeriod,
    known: Sequence[ReturnPeriod] = (),
    indicator_ids: list[int] | None = None,
) -> list[tuple[ReturnPeriod, int]]:
    """Other open periods where `user` still has returns to enter, with how many (periods
    already read, `known`, are not read again; `indicator_ids`: own_indicator_ids(user),
    if read)."""
    if indicator_ids is None:
        found = _outstanding(own_returns(user), period.pk)
    else:
        found = _OUTSTANDING.list(ids=indicator_ids, period=period.pk)
    by_period = {row["period"]: row["n"] for row in found}
    periods_read = {p.pk: p for p in known if p.pk in by_period}
    if missing := set(by_period) - set(periods_read):
        periods_read |= ReturnPeriod.objects.in_bulk(missing)
    shown = sorted(periods_read.values(), key=lambda p: p.month, reverse=True)
    return [(p, by_period[p.pk]) for p in shown]


def _outstanding(returns: QuerySet[Return], period: int) -> QuerySet[Any]:
    return (
        returns.awaiting_owner()
        .filter(period__opened_at__isnull=False)
        .exclude(period=period)
        .values("period")
        .annotate(n=Count("pk"))
        .order_by()
    )


_OUTSTANDING = Prepared(
    lambda ids, period: _outstanding(Return.objects.filter(indicator_id__in=ids), period)
)


ACTIONS_PAGE = 100


def open_actions(
    *, area: int | None = None, status: str = "", overdue: bool = False, today: date
) -> QuerySet[Any]:
    """Open actions, overdue first, then by service area and due date; for the team's page."""
    actions = Action.objects.open()
    if area:
        actions = actions.filter(indicator__service_area_id=area)
    if status in Action.OPEN:
        actions = actions.filter(status=status)
    if overdue:
        actions = actions.filter(due__lt=today)
    return (
        actions.select_related("indicator__service_area__directorate")
        .prefetch_related(
            "indicator__owners",
            Prefetch("notes", queryset=ActionNote.objects.order_by("-written_on", "-pk")),
        )
        .annotate(
            late=Case(
                When(due__lt=today, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by(
            "late",
            "indicator__service_area__directorate__name",
            "indicator__service_area__name",
            "due",
            "pk",
        )
    )
