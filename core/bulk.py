"""Writing new values into many rows of one model at once.

Django's `bulk_update` writes a CASE over every primary key for every column: for a few
thousand returns PostgreSQL takes seconds over it. On PostgreSQL the values are loaded with
one COPY into a temporary table, which an UPDATE then joins to the rows (COPY is what
PostgreSQL loads rows fastest with: reports/freeze.py writes snapshots so); a few rows are
updated from arrays of their values in one statement. Elsewhere (the demo's SQLite)
`bulk_update` is used.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.utils import timezone
from simple_history.utils import bulk_create_with_history


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a batch of thousands of rows is built: each of
    its passes walks every object alive, and a file's rows, models and history are tens of
    thousands of them, so a 2,000-row import spent a quarter of its time collecting and
    finding nothing. Back on (if it was) when the batch is done; the batch's garbage is
    collected with the next pass."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def update_rows(objs: Sequence[models.Model], fields: Sequence[str]) -> None:
    """Write `fields` of each of `objs` (saved rows, all of one model) to its row."""
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":
        model._default_manager.bulk_update(objs, fields, batch_size=1000)
        return
    meta = model._meta
    chosen = [meta.pk, *(meta.get_field(name) for name in fields)]
    db = connections[DEFAULT_DB_ALIAS]  # resolved once, not through the proxy a value
    quote = db.ops.quote_name
    table, scratch = quote(meta.db_table), f"{meta.db_table}_new_values"
    key = quote(meta.pk.column)
    columns = ", ".join(quote(f.column) for f in chosen)
    assignments = ", ".join(f"{quote(f.column)} = v.{quote(f.column)}" for f in chosen[1:])
    few = len(objs) <= FEW
    with db.cursor() as cursor:
        if few:
            # One array of values a field, unnested into rows. Each array has the column's
            # type without its length or places (varchar, numeric): a cast to varchar(n)
            # would cut a longer text short, where the assignment to the column refuses
            # it, as a COPY or a save does.
            types = [f.cast_db_type(db).split("(")[0] for f in chosen]
            source = f"unnest({', '.join(f'%s::{t}[]' for t in types)}) AS v({columns})"
            # Django's preparing for every value here (not _preparer's shortcut): an array
            # mixing a plain int with the Int4 Django makes of another value is refused.
            params = [
                [f.get_db_prep_save(getattr(obj, f.attname), db) for obj in objs] for f in chosen
            ]
        else:
            cursor.execute(
                f"CREATE TEMPORARY TABLE {quote(scratch)} ON COMMIT DROP AS "
                f"SELECT {columns} FROM {table} WITH NO DATA"
            )
            _copy_in(scratch, chosen, ([getattr(obj, f.attname) for f in chosen] for obj in objs))
            source, params = f"{quote(scratch)} AS v", None
        cursor.execute(
            f"UPDATE {table} AS t SET {assignments} FROM {source} WHERE t.{key} = v.{key}", params
        )
        if not few:
            cursor.execute(f"DROP TABLE {quote(scratch)}")


# Up to this many rows (a month of one owner's returns, say) are updated by one statement
# with their values as arrays: the temporary table and its COPY cost PostgreSQL more than
# the update itself for a few rows (creating and dropping it alone took 4-5 ms of 7).
FEW = 200


def create_with_history(
    objs: Sequence[models.Model],
    *,
    user: Any,
    when: datetime | None = None,
    reason: str | None = "",
) -> None:
    """simple-history's `bulk_create_with_history`: `objs` (new, all of one model) inserted,
    their keys read back, and a "+" record of each written with one COPY."""
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":  # where bulk_create may not read the keys back
        bulk_create_with_history(
            objs, model, batch_size=1000, default_user=user, default_date=when,
            default_change_reason=reason,
        )  # fmt: skip
        return
    model._default_manager.bulk_create(objs, batch_size=1000)
    insert_history(objs, update=False, user=user, when=when or timezone.now(), reason=reason)


def insert_history(
    objs: Sequence[models.Model],
    *,
    update: bool,
    user: Any,
    when: datetime,
    reason: str | None = "",
    keyed: bool = False,
) -> list[int]:
    """simple-history's `bulk_history_create`, written with one COPY: a record of each of
    `objs` as it now stands ("~" changed, or "+" made), by `user` (or the object's own
    `_history_user`) at `when`, for the object's `_change_reason` (or `reason`). With
    `keyed`, the records' keys are returned, in the order of `objs` (taken from the key's
    sequence first, one query more, so that rows referring to the records, as the history
    of a many-to-many field does, can be written after them)."""
    if not objs:
        return []
    history = type(objs[0]).history.model
    if connection.vendor != "postgresql":
        records = type(objs[0]).history.bulk_history_create(
            objs, update=update, default_user=user, default_date=when,
            default_change_reason=reason,
        )  # fmt: skip
        return [record.pk for record in records] if keyed else []
    meta = history._meta
    tracked = [f.attname for f in history.tracked_fields]
    marks = ["history_date", "history_user", "history_change_reason", "history_type"]
    chosen = [meta.get_field(name) for name in tracked] + [meta.get_field(m) for m in marks]
    kind = "~" if update else "+"
    keys = next_keys(history, len(objs)) if keyed else []  # PostgreSQL only: see above

    def values(obj: models.Model) -> list[Any]:
        by = getattr(obj, "_history_user", user) or history.get_default_history_user(obj)
        return [
            *(getattr(obj, name) for name in tracked),
            getattr(obj, "_history_date", when),
            getattr(by, "pk", None),  # a user, or none (the command line)
            getattr(obj, "_change_reason", None) or reason,
            kind,
        ]

    if keyed:
        rows = ([key, *values(obj)] for key, obj in zip(keys, objs, strict=True))
        _copy_in(meta.db_table, [meta.pk, *chosen], rows)
    else:
        _copy_in(meta.db_table, chosen, map(values, objs))
    return keys


def next_keys(model: type[models.Model], count: int) -> list[int]:
    """`count` new keys for rows of `model`, taken from its key's sequence (PostgreSQL), as
    an insert would take them: never given twice, whatever else is inserting meanwhile."""
    db = connections[DEFAULT_DB_ALIAS]
    meta = model._meta
    with db.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [db.ops.quote_name(meta.db_table), meta.pk.column, count],
        )
        return [key for (key,) in cursor.fetchall()]


def create_keyed(objs: Sequence[models.Model]) -> None:
    """New rows of one model inserted, each object given its key (as bulk_create does): on
    PostgreSQL the keys are taken from the sequence first and the rows written with one
    COPY, several times faster than bulk_create for thousands; elsewhere bulk_create."""
    if objs and connection.vendor == "postgresql":
        for obj, key in zip(objs, next_keys(type(objs[0]), len(objs)), strict=True):
            obj.pk = key
    copy_rows(objs)  # bulk_create where not PostgreSQL, which reads the keys back


def copy_rows(objs: Sequence[models.Model]) -> None:
    """New rows of one model written with one COPY on PostgreSQL (bulk_create elsewhere):
    with their keys, where they have them (next_keys), else numbered by the database and
    not read back. As bulk_create, no save() and no signals."""
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":
        model._default_manager.bulk_create(objs, batch_size=1000)
        return
    meta = model._meta
    keyed = getattr(objs[0], meta.pk.attname) is not None
    fields = [f for f in meta.concrete_fields if keyed or f is not meta.pk]
    _copy_in(meta.db_table, fields, ([getattr(obj, f.attname) for f in fields] for obj in objs))
    for obj in objs:  # saved, as bulk_create leaves them
        obj._state.adding, obj._state.db = False, DEFAULT_DB_ALIAS


def _copy_in(table: str, fields: Sequence[Any], rows: Iterable[list[Any]]) -> None:
    """COPY rows of values (one for each of `fields`, as a model holds them) into `table`."""
    db = connections[DEFAULT_DB_ALIAS]  # resolved once, not through the proxy a value
    quote = db.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    prepared = [_preparer(f, db) for f in fields]
    with db.cursor() as cursor, cursor.copy(f"COPY {quote(table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([prepare(value) for prepare, value in zip(prepared, row, strict=True)])


# The values PostgreSQL is given as they are by Django's get_db_prep_save, by the field's
# class (exactly: a subclass may prepare its values otherwise): for these the call, a few
# microseconds a value and a tenth of a large import's time, is skipped. Everything else
# (a naive time, a float for a decimal, a text for a number) goes through Django's.
_GIVEN_AS_IS: dict[type, tuple[type, ...]] = {
    models.CharField: (str,),
    models.TextField: (str,),
    models.BooleanField: (bool,),
    models.IntegerField: (int,),
    models.PositiveIntegerField: (int,),
    models.PositiveSmallIntegerField: (int,),
    models.SmallIntegerField: (int,),
    models.BigIntegerField: (int,),
    models.AutoField: (int,),
    models.BigAutoField: (int,),
    models.DateField: (date,),  # a date, not a datetime (a subclass of date)
}


def _preparer(field: Any, db: Any) -> Callable[[Any], Any]:
    """A function giving `field`'s value as Django's get_db_prep_save gives it to
    PostgreSQL, without calling it where the value is one it gives as it is."""
    prep = field.get_db_prep_save
    target = field.target_field if type(field) is models.ForeignKey else field
    kind = type(target)
    if kind is models.DecimalField:
        return lambda v: v if v is None or (type(v) is Decimal and v.is_finite()) else prep(v, db)
    if kind is models.DateTimeField:
        return lambda v: (
            v if v is None or (type(v) is datetime and v.utcoffset() is not None) else prep(v, db)
        )
    if as_is := _GIVEN_AS_IS.get(kind):
        return lambda v: v if v is None or type(v) in as_is else prep(v, db)
    return lambda v: prep(v, db)
