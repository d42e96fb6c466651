"""How many changes the database has committed to the tables a kept page is read from.

A page built from many queries (Review's listing) can be kept and served again for as
long as nothing it was read from has changed. PostgreSQL itself counts those changes:
a trigger on each such table (submissions' migration 0010) adds one to a row of
``kp_changes`` when a transaction that changed the table commits, and the count is the
sum of its rows. So every way a row can change is counted (the portal's forms, the
admin, an import, the API, a query typed into psql) and the count moves in the same
commit as the change: a page read after the count was read is never older than it.

The trigger runs at commit (a deferred constraint trigger), once a transaction, and
adds to a row that no other commit holds (SKIP LOCKED, among 64): commits never wait
for each other there, so one that holds other locks cannot end in a deadlock with
another over the count (unless all 64 are held at once: then it waits for one). TRUNCATE
is counted by a trigger of its own, and every migrate counts one change (submissions'
post_migrate), for what a migration's rewriting of a table does unseen.

Not counted: changes made with triggers off (``session_replication_role = replica``, as
``pg_restore --disable-triggers`` and logical replication do, or a trigger disabled).
A restore is made with the web processes stopped (scripts/restore.sh), so none keeps a
page across it. A writer in REPEATABLE READ or SERIALIZABLE (the portal uses neither)
may be refused at commit with a serialization error if another commit counted on the
same row since its snapshot; it can be retried as any such error is.

`count()` is None where a kept page cannot be trusted: on any database but PostgreSQL
(the demo's SQLite has no such triggers), and inside a transaction, whose own changes
are counted only when it commits (so a test inside one never sees a kept page).
"""

from __future__ import annotations

from django.db import DatabaseError, connections

TABLE = "kp_changes"


def count(using: str = "default") -> int | None:
    """The number of committed changes counted so far, or None (see the module)."""
    connection = connections[using]
    if connection.vendor != "postgresql" or not connection.get_autocommit():
        return None  # (get_autocommit is False inside an atomic block, and without one)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT sum(n) FROM {TABLE}")  # noqa: S608 - a constant
            (total,) = cursor.fetchone()
    except DatabaseError:  # not migrated yet: nothing is kept
        return None
    return None if total is None else int(total)


def count_one(using: str = "default") -> None:
    """Count one change by hand, for what the triggers cannot see (a migration's own
    rewriting of a table). Nothing on other databases, or before the count's table is
    made."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regprocedure('kp_count_one()')")
        if cursor.fetchone()[0] is not None:
            cursor.execute("SELECT kp_count_one()")  # as the triggers count
