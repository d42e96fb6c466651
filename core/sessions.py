"""Sessions in the database, saved without waiting for the disk.

Every request saves its session (SESSION_SAVE_EVERY_REQUEST: the 30 minutes of idle time
start again at each page), so a page that only reads still ends with a commit, and
PostgreSQL's commit waits for the write-ahead log to reach the disk: 4-14 ms of every page
on the deadline's machine, a third of My returns (issue 14). Only that commit is made
asynchronous (PostgreSQL's `synchronous_commit`, set for that one transaction): if the
database crashed, the last fraction of a second of session saves could be lost, so someone
might have to sign in again; never a figure, a decision or an audit entry, whose commits
still wait. Outside PostgreSQL, or inside a transaction already open (whose other writes
must stay durable), it is Django's database session unchanged.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.db import connections, router, transaction


class SessionStore(db.SessionStore):
    def save(self, must_create: bool = False) -> None:
        using = router.db_for_write(self.model)
        connection = connections[using]
        if (
            self.session_key is None  # create() picks a key, then comes back here
            or connection.vendor != "postgresql"
            or connection.in_atomic_block
        ):
            return super().save(must_create=must_create)
        with transaction.atomic(using=using):
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
            return super().save(must_create=must_create)
