from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = "Monthly returns"

    def ready(self) -> None:
        post_migrate.connect(_count_migration, sender=self)


def _count_migration(using: str = "default", **kwargs: Any) -> None:
    """A migration may change rows without their triggers seeing it (a column's type
    changed with USING, a table rewritten): after every migrate, count one change, so
    that no web process still running keeps a page read before it (core.changes)."""
    from core.changes import count_one

    count_one(using)
