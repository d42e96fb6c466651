"""Writing new values into many rows of one model at once.

Django's `bulk_update` writes a CASE over every primary key for every column: for a few
thousand returns PostgreSQL takes seconds over it. On PostgreSQL the values are loaded with
one COPY into a temporary table, which an UPDATE then joins to the rows (COPY is what
PostgreSQL loads rows fastest with: reports/freeze.py writes snapshots so). Elsewhere (the
demo's SQLite) `bulk_update` is used.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection, models


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
    quote = connection.ops.quote_name
    table, scratch = quote(meta.db_table), quote(f"{meta.db_table}_new_values")
    columns = ", ".join(quote(f.column) for f in chosen)
    key = quote(meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {scratch} ON COMMIT DROP AS "
            f"SELECT {columns} FROM {table} WITH NO DATA"
        )
        with cursor.copy(f"COPY {scratch} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row(
                    [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in chosen]
                )
        assignments = ", ".join(
            f"{quote(f.column)} = v.{quote(f.column)}" for f in chosen if not f.primary_key
        )
        cursor.execute(
            f"UPDATE {table} AS t SET {assignments} FROM {scratch} AS v WHERE t.{key} = v.{key}"
        )
        cursor.execute(f"DROP TABLE {scratch}")
