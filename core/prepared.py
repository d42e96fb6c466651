"""Queries whose SQL is compiled once and run again with other values (issue 14).

Django builds and compiles a query's SQL afresh each time it runs: the filter's lookups
resolved, the joins set up, the SQL written. For the few queries every busy page runs,
such as Review's page of returns and its counts, or My returns' history and targets, that
took more of the page's time than PostgreSQL took to answer them: about a fifth of a
Review page at 5,000 indicators (docs/performance.md).

`Prepared` builds its query once per shape with stand-in values ("sentinels"), compiles it
once, notes where each stand-in landed among the SQL's parameters, and from then on runs
that SQL with the real values put in their places. Everything else is Django's own: the
rows are read, converted and made into models (with select_related and prefetch_related)
by the queryset's own iterable, so the results are exactly those of the query built anew.

Where it cannot be sure, it builds the query anew, as Django would:

- a value that is not a plain int, str (or a choice's enum, sent as its text), bool, date
  or aware datetime, or a list of ints (a model, None, an empty list: each can change the
  SQL itself, not just a parameter);
- a shape whose stand-ins did not all come through as parameters of their own type
  (Django changed or wrote one into the SQL text);
- a database that is not PostgreSQL (the demo's SQLite: too little to gain).

A list's length is part of its shape (`IN (%s, %s, ...)`), as are the `fixed` arguments,
which are passed to `build` as they are (a page's slice, a filter present or not). So that
a worker's memory stays bounded, a list longer than LONGEST_LIST is built anew, and a
query keeps its MOST_SHAPES most recently used shapes.

A query whose SQL depends on anything but its values (the current time zone, a setting)
must not be prepared: its SQL is that of the first time it ran.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from django.core.exceptions import EmptyResultSet, FullResultSet, ValidationError
from django.db import connections
from django.db.models import Prefetch, QuerySet
from psycopg.types.numeric import Int2, Int4, Int8

T = TypeVar("T")

# Stand-ins are compiled in two sets (SETS), and a shape is kept only if both land in the
# same places, everything else equal: so a constant of the query that happens to equal a
# stand-in is never taken for one. Ints count down from within a positive small integer's
# range, since Django leaves a number out of its field's range out of the query (years are
# positive small integers).
_SETS = ((32_766, date(1, 1, 1), "a"), (30_000, date(2, 1, 1), "b"))
LONGEST_LIST = 1_000  # a longer list is built anew (its stand-ins would overlap)
MOST_SHAPES = 256  # compiled shapes kept for each query, the least recently used dropped
UNCACHEABLE = object()
# A number Django sends wrapped for its column's type, and that type's range: a value out
# of it is built anew (Django leaves it out of the query rather than send it).
_RANGES = {Int2: (-(2**15), 2**15 - 1), Int4: (-(2**31), 2**31 - 1), Int8: (-(2**63), 2**63 - 1)}


def _kind(value: Any) -> Hashable | None:
    """The shape of a value that can stand as a parameter, or None if it cannot."""
    kind = type(value)
    if kind in (int, str, bool, date):
        return kind
    if kind is datetime and value.tzinfo is not None:
        return kind
    if kind is list and 0 < len(value) <= LONGEST_LIST and all(type(i) is int for i in value):
        return (list, len(value))
    return None


class _Sentinels:
    """Distinct stand-ins, each of the type of the value it stands for, from one set."""

    def __init__(self, number: int, day: date, letter: str) -> None:
        self.number, self.day, self.letter = number, day, letter
        self.count = 0

    def one(self, kind: Any) -> Any:
        self.count += 1
        n = self.count
        if kind is int:
            return self.number - n
        if kind is str:
            return f"\x1fPrepared-{self.letter}{n}\x1f"  # mixed case: a text lowered shows
        if kind is date:
            return self.day + timedelta(days=n)
        if kind is datetime:
            return datetime.combine(self.day, time(), UTC) + timedelta(seconds=n)
        raise TypeError(kind)  # bool has no stand-in: it is part of the shape


class _Compiled:
    """A shape's query, its compiled SQL and where each value goes among its parameters."""

    def __init__(
        self,
        queryset: QuerySet[Any],
        compiler: Any,
        sql: str,
        params: tuple[Any, ...],
        slots: list[tuple[int, str, int | None, type | None]],
    ) -> None:
        self.queryset, self.compiler, self.sql = queryset, compiler, sql
        self.params, self.slots = params, slots

    def run(self, values: dict[str, Any]) -> list[Any] | None:
        """The rows for these values; None if one is out of its column's range (Django
        leaves such a number out of the query: the caller builds it anew)."""
        params = list(self.params)
        for position, name, index, wrap in self.slots:
            value = values[name] if index is None else values[name][index]
            if wrap is not None:
                low, high = _RANGES.get(wrap, (value, value))
                if not low <= value <= high:
                    return None
                value = wrap(value)
            params[position] = value
        template = self.queryset
        using = template.db
        compiler = copy.copy(self.compiler)
        compiler.connection = connections[using]  # this thread's, not the compiling one's
        compiler.using = using
        sql, ready = self.sql, tuple(params)
        compiler.as_sql = lambda *args, **kwargs: (sql, ready)
        query = copy.copy(template.query)
        query.get_compiler = lambda *args, **kwargs: compiler
        run = template.__class__(model=template.model, query=query, using=template._db)
        run._hints = dict(template._hints)
        # Each run its own Prefetch: prefetching marks its queryset (hints, sticky filter).
        run._prefetch_related_lookups = tuple(map(_fresh, template._prefetch_related_lookups))
        run._known_related_objects = template._known_related_objects
        run._iterable_class = template._iterable_class
        run._fields = template._fields
        return list(run)


def _fresh(lookup: Any) -> Any:
    if not isinstance(lookup, Prefetch):
        return lookup
    queryset = None if lookup.queryset is None else lookup.queryset._chain()
    return Prefetch(lookup.prefetch_through, queryset=queryset, to_attr=lookup.to_attr)


class Prepared(Generic[T]):
    """`build(*fixed, **values)` (a QuerySet) compiled once for each shape, run as a list.

    `fixed` arguments are part of the shape and passed as they are; `values` are put into
    the compiled SQL's parameters. See the module's docstring for when it builds anew."""

    def __init__(self, build: Callable[..., QuerySet[T]]) -> None:
        self.build = build
        self._shapes: OrderedDict[Hashable, Any] = OrderedDict()  # least recently used first
        self._lock = threading.Lock()

    def list(self, *fixed: Hashable, **values: Any) -> list[T]:
        for name, value in values.items():
            if isinstance(value, str) and type(value) is not str:  # a choice's enum
                values[name] = str.__str__(value)
        kinds = {name: _kind(value) for name, value in values.items()}
        if any(kind is None for kind in kinds.values()):
            return list(self.build(*fixed, **values))
        bools = tuple(sorted((n, v) for n, v in values.items() if kinds[n] is bool))
        key = (fixed, tuple(sorted((n, str(k)) for n, k in kinds.items())), bools)
        with self._lock:
            compiled = self._shapes.get(key)
            if compiled is None:
                compiled = self._shapes[key] = self._compile(fixed, values, kinds)
                while len(self._shapes) > MOST_SHAPES:  # memory bounded: the oldest goes
                    self._shapes.popitem(last=False)
            else:
                self._shapes.move_to_end(key)
        found = None if compiled is UNCACHEABLE else compiled.run(values)
        return list(self.build(*fixed, **values)) if found is None else found

    def _compile(
        self, fixed: tuple[Hashable, ...], values: dict[str, Any], kinds: dict[str, Any]
    ) -> Any:
        first = self._compiled_with(fixed, values, kinds, *_SETS[0])
        second = first and self._compiled_with(fixed, values, kinds, *_SETS[1])
        if first is None or second is None:
            return UNCACHEABLE
        slots = first.slots
        constant = set(range(len(first.params))) - {position for position, *_ in slots}
        if (
            second.slots != slots
            or second.sql != first.sql
            or any(first.params[i] != second.params[i] for i in constant)
        ):
            return UNCACHEABLE
        return first

    def _compiled_with(
        self,
        fixed: tuple[Hashable, ...],
        values: dict[str, Any],
        kinds: dict[str, Any],
        *set_: Any,
    ) -> _Compiled | None:
        """The shape compiled with one set of stand-ins, if each landed among its
        parameters, as it was given."""
        sentinels = _Sentinels(*set_)
        stand_ins: dict[str, Any] = {}
        for name, kind in kinds.items():
            if kind is bool:
                stand_ins[name] = values[name]
            elif isinstance(kind, tuple):
                stand_ins[name] = [sentinels.one(int) for _ in range(kind[1])]
            else:
                stand_ins[name] = sentinels.one(kind)
        try:
            template = self.build(*fixed, **stand_ins)
            if connections[template.db].vendor != "postgresql":
                return None
            compiler = template.query.get_compiler(using=template.db)
            sql, params = compiler.as_sql()
        except (EmptyResultSet, FullResultSet, ValidationError, ValueError, TypeError):
            return None  # a stand-in refused, or a shape with no SQL: left to Django
        wanted: dict[tuple[type, Any], tuple[str, int | None]] = {}
        for name, stand_in in stand_ins.items():
            if kinds[name] is bool:
                continue
            if isinstance(stand_in, list):
                for index, item in enumerate(stand_in):
                    wanted[(int, item)] = (name, index)
            else:
                wanted[(type(stand_in), stand_in)] = (name, None)
        slots: list[tuple[int, str, int | None, type | None]] = []
        for position, param in enumerate(params):
            # Django sends a small integer wrapped (psycopg's Int2): so will the value be.
            number = isinstance(param, int) and not isinstance(param, bool)
            base = int if number else type(param)
            found = (
                wanted.get((base, int(param) if number else param))
                if base in (int, str, date, datetime)
                else None
            )
            if found is not None:
                slots.append((position, *found, None if type(param) is base else type(param)))
        placed = {(name, index) for _, name, index, _ in slots}
        if placed != set(wanted.values()) or any(str(stand_in) in sql for _, stand_in in wanted):
            return None
        compiler.connection = None  # each run sets its own thread's: keep none alive here
        return _Compiled(template, compiler, sql, tuple(params), slots)
