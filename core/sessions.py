"""Sessions in the database, saved without waiting for the disk.

Every request saves its session (SESSION_SAVE_EVERY_REQUEST: the 30 minutes of idle time
start again at each page), so a page that only reads still ends with a commit, and
PostgreSQL's commit waits for the write-ahead log to reach the disk: 4-14 ms of every page
on the deadline's machine, a third of My returns (issue 14). Only that commit is made
asynchronous (PostgreSQL's `synchronous_commit`, set for that one transaction): if the
database crashed, the last fraction of a second of session saves could be lost, so someone
might have to sign in again; never a figure, a decision or an audit entry, whose commits
still wait. Outside PostgreSQL, or inside a transaction already open (atomic, or autocommit
turned off by hand: its other writes must stay durable), it is Django's database session
unchanged.

A page's save of its session (an update, outside any transaction) is one statement: the
setting is made for that statement's own transaction (`set_config(..., true)` in the
statement), not by BEGIN, SET LOCAL, UPDATE and COMMIT, four round trips every page.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import VALID_KEY_CHARS, CreateError, UpdateError
from django.db import DatabaseError, IntegrityError, connections, router, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string


class SessionStore(db.SessionStore):
    def _get_new_session_key(self) -> str:
        """A new random key, without first asking the database whether it is taken (a
        query every sign-in): the key is saved with must_create, so in the unlikely case
        of a clash (32 characters from 36) the insert is refused and create() picks
        another."""
        return get_random_string(32, VALID_KEY_CHARS)

    def _get_session_from_db(self) -> Any:
        """The session's row, if it has not expired, read by one plain query on PostgreSQL
        (Django's `objects.get` built the query anew every request, for more than
        PostgreSQL's answer took); a key not found (or expired) is dropped, as Django
        drops it."""
        connection = connections[router.db_for_read(self.model)]
        if connection.vendor != "postgresql":  # SQLite's values need Django's converters
            return super()._get_session_from_db()
        meta = self.model._meta
        q = connection.ops.quote_name
        columns = [meta.get_field(n) for n in ("session_key", "session_data", "expire_date")]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {', '.join(q(f.column) for f in columns)} FROM {q(meta.db_table)} "
                f"WHERE {q(columns[0].column)} = %s AND {q(columns[2].column)} > %s",
                [self.session_key, columns[2].get_db_prep_value(timezone.now(), connection)],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return self.model(session_key=row[0], session_data=row[1], expire_date=row[2])

    def save(self, must_create: bool = False) -> None:
        if self.session_key is None:  # create() picks a key, then comes back here
            return super().save(must_create=must_create)
        # Django's own save, with the setting first in its transaction where it applies
        # (not around it, which would cost a savepoint's two more round trips every page).
        obj = self.create_model_instance(self._get_session(no_load=must_create))
        using = router.db_for_write(self.model, instance=obj)
        connection = connections[using]
        unsynced = (
            connection.vendor == "postgresql"
            and not connection.in_atomic_block
            and connection.get_autocommit()  # not a transaction opened by hand
        )
        if unsynced and not must_create:
            try:
                self._update_unsynced(obj, connection)
            except DatabaseError as error:  # as Django's save: the middleware answers 400
                raise UpdateError from error
            return
        try:
            with transaction.atomic(using=using):
                if unsynced:
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL synchronous_commit TO OFF")
                obj.save(force_insert=must_create, force_update=not must_create, using=using)
        except IntegrityError as error:
            if must_create:
                raise CreateError from error
            raise
        except DatabaseError as error:
            if not must_create:
                raise UpdateError from error
            raise

    def _update_unsynced(self, obj: Any, connection: Any) -> None:
        """The session's row updated in one statement, committed without waiting for the
        disk; UpdateError if it is gone (signed out elsewhere), as Django's save."""
        meta = self.model._meta
        quote = connection.ops.quote_name
        data, expiry = (meta.get_field(name) for name in ("session_data", "expire_date"))
        with connection.cursor() as cursor:
            cursor.execute(
                "WITH unsynced AS (SELECT set_config('synchronous_commit', 'off', true)) "
                f"UPDATE {quote(meta.db_table)} SET {quote(data.column)} = %s, "
                f"{quote(expiry.column)} = %s WHERE {quote(meta.pk.column)} = %s "
                "AND EXISTS (SELECT FROM unsynced)",
                [
                    data.get_db_prep_save(obj.session_data, connection),
                    expiry.get_db_prep_save(obj.expire_date, connection),
                    obj.session_key,
                ],
            )
            if cursor.rowcount != 1:
                raise UpdateError
