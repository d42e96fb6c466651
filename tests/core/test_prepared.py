"""core.prepared.Prepared: a query compiled once per shape and run with other values gives
exactly what the same query built anew gives; where it cannot be sure, it is built anew."""

import threading
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.db.models import Prefetch, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import prepared as prepared_module
from core.prepared import UNCACHEABLE, Prepared
from indicators.models import Indicator, Target
from submissions.models import Return
from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory, period_for

pytestmark = pytest.mark.django_db


class Counted:
    """A build function that counts how often it is called."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.build(*args, **kwargs)


def council(months=3, indicators=4):
    """Returns of `indicators` indicators for `months` months from April 2024."""
    made = [IndicatorFactory(ref=f"PR{i:02d}") for i in range(indicators)]
    periods = [period_for(date(2024, 4 + m, 1)) for m in range(months)]
    for m, period in enumerate(periods):
        for i, indicator in enumerate(made):
            Return.objects.create(
                indicator=indicator,
                period=period,
                value=D(10 * m + i),
                status=Return.Status.APPROVED if m < months - 1 else Return.Status.DRAFT,
                commentary=f"month {m}, indicator {i}",
            )
    return made, periods


def returns_of(ids, period):
    return (
        Return.objects.filter(indicator_id__in=ids, period_id=period)
        .select_related("indicator")
        .order_by("indicator__ref")
    )


def test_each_run_reads_its_own_values_from_sql_compiled_once():
    made, periods = council()
    build = Counted(returns_of)
    prepared = Prepared(build)
    for ids, period in [
        ([made[0].pk, made[1].pk], periods[0].pk),
        ([made[2].pk, made[3].pk], periods[1].pk),
        ([made[3].pk, made[0].pk], periods[2].pk),
    ]:
        with CaptureQueriesContext(connection) as ran:
            got = prepared.list(ids=ids, period=period)
            refs = [(ret.indicator.ref, ret.period_id, ret.value) for ret in got]  # no query
        assert len(ran) == 1
        expected = list(returns_of(ids, period))
        assert refs == [(ret.indicator.ref, ret.period_id, ret.value) for ret in expected]
        assert [ret.pk for ret in got] == [ret.pk for ret in expected]
    assert build.calls == 2  # compiled once, with two sets of stand-ins; never built again


def test_dates_texts_and_values_lists_go_in_their_places():
    made, periods = council(months=4)

    def approved(ids, start, month, status):
        return (
            Return.objects.filter(
                indicator_id__in=ids, period__month__gte=start, period__month__lt=month
            )
            .filter(status=status)
            .values_list("indicator_id", "period__month", "value", "commentary")
            .order_by("period__month", "indicator_id")
        )

    build = Counted(approved)
    prepared = Prepared(build)
    ids = [m.pk for m in made]
    for start, month, status in [
        (date(2024, 4, 1), date(2024, 6, 1), Return.Status.APPROVED),
        (date(2024, 5, 1), date(2024, 8, 1), Return.Status.APPROVED),
        (date(2024, 4, 1), date(2024, 8, 1), Return.Status.DRAFT),
    ]:
        got = prepared.list(ids=ids, start=start, month=month, status=status)
        assert got == list(approved(ids, start, month, status))
        assert got  # each asks for something there
    assert build.calls == 2


def test_an_aware_time_and_a_flag_of_the_shape():
    people = get_user_model()
    now = timezone.now()
    for n in range(4):
        person = people.objects.create(username=f"p{n}", is_active=n % 2 == 0)
        people.objects.filter(pk=person.pk).update(date_joined=now - timedelta(days=n))

    def joined(active, since):
        return people.objects.filter(date_joined__gte=since, is_active=active).order_by("pk")

    prepared = Prepared(joined)
    for active, days in [(True, 1), (True, 3), (False, 3), (False, 0)]:
        since = now - timedelta(days=days, minutes=1)
        got = [p.username for p in prepared.list(active=active, since=since)]
        assert got == [p.username for p in joined(active, since)]
    assert len(prepared._shapes) == 2  # a flag is part of the shape: one for each


def test_a_longer_list_or_another_fixed_argument_is_another_shape():
    made, periods = council()
    build = Counted(lambda start, stop, ids: returns_of(ids, periods[0].pk)[start:stop])
    prepared = Prepared(build)
    ids = [m.pk for m in made]
    assert [r.indicator.ref for r in prepared.list(0, 2, ids=ids)] == ["PR00", "PR01"]
    assert [r.indicator.ref for r in prepared.list(2, 4, ids=ids)] == ["PR02", "PR03"]
    assert [r.indicator.ref for r in prepared.list(0, 2, ids=ids[1:])] == ["PR01", "PR02"]
    assert [r.indicator.ref for r in prepared.list(0, 2, ids=ids[::-1][:3])] == ["PR01", "PR02"]
    assert build.calls == 6  # (0, 2) with four ids, (2, 4), and (0, 2) with three: reused


@pytest.mark.parametrize(
    "value",
    [None, [], "model"],
    ids=["None (IS NULL, not = %s)", "an empty list (no query at all)", "a model instance"],
)
def test_values_that_can_change_the_sql_are_built_anew_each_time(value):
    made, periods = council(months=1)
    Return.objects.filter(indicator=made[0]).update(value=None)
    if value == "model":
        value = periods[0]
    build = Counted(
        lambda value: Return.objects.filter(
            **({"indicator_id__in": value} if isinstance(value, list) else {"value": value})
            if not hasattr(value, "pk")
            else {"period": value}
        ).order_by("pk")
    )
    prepared = Prepared(build)
    first = prepared.list(value=value)
    again = prepared.list(value=value)
    expected = list(build.build(value))
    assert first == again == expected
    assert build.calls == 2
    assert not prepared._shapes  # nothing compiled


def test_a_value_django_changes_on_the_way_is_built_anew():
    made, _ = council(months=1)
    # A text for a number: Django makes it an int, so the stand-in is not among the
    # parameters as it was given, and the shape is left to Django.
    build = Counted(lambda pk: Indicator.objects.filter(pk=pk))
    prepared = Prepared(build)
    assert prepared.list(pk=str(made[0].pk)) == [made[0]]
    assert prepared.list(pk=str(made[1].pk)) == [made[1]]
    assert build.calls == 3  # the stand-ins tried (refused), then built anew each time


def test_another_database_than_postgresql_builds_anew(monkeypatch):
    made, periods = council(months=1)
    monkeypatch.setattr(connection, "vendor", "sqlite")
    build = Counted(returns_of)
    prepared = Prepared(build)
    for ids in ([made[0].pk], [made[1].pk]):
        assert prepared.list(ids=ids, period=periods[0].pk) == list(returns_of(ids, periods[0].pk))
    assert build.calls == 3


@pytest.mark.django_db(transaction=True)
def test_another_thread_runs_it_on_its_own_connection():
    made, periods = council(months=1)
    prepared = Prepared(returns_of)
    assert prepared.list(ids=[made[0].pk], period=periods[0].pk)[0].indicator == made[0]
    found, used = [], []

    def other() -> None:
        try:
            with CaptureQueriesContext(connections["default"]) as ran:
                found.extend(prepared.list(ids=[made[1].pk], period=periods[0].pk))
            used.append(len(ran))
        finally:
            connections.close_all()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert [ret.indicator for ret in found] == [made[1]]
    assert used == [1]  # on this thread's connection, where Django counts it


def test_a_small_integer_field_is_compiled_too():
    # Years are small integers: a stand-in beyond their range would be left out of the
    # query by Django, and the targets' query (every page of rows) built anew each time.
    targets = [TargetFactory(year=FinancialYearFactory(start_year=y)) for y in (2023, 2024)]
    build = Counted(
        lambda ids, years: Target.objects.filter(indicator_id__in=ids, year__start_year__in=years)
    )
    prepared = Prepared(build)
    ids = [t.indicator_id for t in targets]
    assert prepared.list(ids=ids, years=[2023, 2022]) == [targets[0]]
    assert prepared.list(ids=ids, years=[2025, 2024]) == [targets[1]]
    assert build.calls == 2
    assert all(shape is not UNCACHEABLE for shape in prepared._shapes.values())


def test_memory_stays_bounded_with_lists_of_many_lengths(monkeypatch):
    made, periods = council(months=1, indicators=6)
    monkeypatch.setattr(prepared_module, "MOST_SHAPES", 2)
    monkeypatch.setattr(prepared_module, "LONGEST_LIST", 4)
    build = Counted(returns_of)
    prepared = Prepared(build)
    ids = [m.pk for m in made]
    for n in [1, 2, 3, 4, 5, 6, 4, 3, 1]:  # 5 and 6 too long; 1 dropped by then
        assert prepared.list(ids=ids[:n], period=periods[0].pk) == list(
            returns_of(ids[:n], periods[0].pk)
        )
    assert len(prepared._shapes) == 2
    # Compiled (twice each): 1, 2, 3, 4, then 1 again; built anew: 5 and 6.
    assert build.calls == 5 * 2 + 2


def test_a_number_out_of_its_columns_range_is_built_anew():
    # Django leaves a year beyond a small integer's range out of the query; sent as one,
    # PostgreSQL would refuse it.
    target = TargetFactory(year=FinancialYearFactory(start_year=2023))
    build = Counted(
        lambda ids, years: Target.objects.filter(indicator_id__in=ids, year__start_year__in=years)
    )
    prepared = Prepared(build)
    assert prepared.list(ids=[target.indicator_id], years=[2023, 2022]) == [target]
    assert prepared.list(ids=[target.indicator_id], years=[2023, 40_000]) == [target]
    assert build.calls == 3


def test_each_run_prefetches_with_its_own_prefetch():
    people = get_user_model()
    made = [
        IndicatorFactory(ref=f"PF{i}", owners=[people.objects.create(username=f"o{i}")])
        for i in range(3)
    ]
    prepared = Prepared(
        lambda ids: (
            Indicator.objects.filter(pk__in=ids)
            .order_by("ref")
            .prefetch_related(Prefetch("owners", queryset=people.objects.order_by("username")))
        )
    )
    for chosen in ([made[0], made[1]], [made[2], made[1]]):
        with CaptureQueriesContext(connection) as ran:
            got = prepared.list(ids=[i.pk for i in chosen])
            owners = [[o.username for o in i.owners.all()] for i in got]
        assert len(ran) == 2  # the indicators, then their owners
        assert owners == [[o.username for o in i.owners.all()] for i in sorted(chosen, key=str)]
    (template,) = [shape.queryset for shape in prepared._shapes.values()]
    (lookup,) = template._prefetch_related_lookups
    assert lookup.queryset._hints == {} and not lookup.queryset._sticky_filter  # untouched


def test_a_constant_that_equals_a_stand_in_is_not_taken_for_one():
    made, periods = council(months=1)
    Return.objects.filter(indicator=made[1]).update(version=32_765)

    def either(pk):  # the first set's stand-in for `pk` is 32,765: a constant here too
        return Return.objects.filter(Q(pk=pk) | Q(version=32_765)).order_by("pk")

    build = Counted(either)
    prepared = Prepared(build)
    first = Return.objects.get(indicator=made[0])
    assert [r.indicator_id for r in prepared.list(pk=first.pk)] == [made[0].pk, made[1].pk]
    assert not any(shape is not UNCACHEABLE for shape in prepared._shapes.values())
