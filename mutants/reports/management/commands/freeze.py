from typing import Any

from django.core.management.base import BaseCommand, CommandError

from indicators import periods
from reports.freeze import CannotFreeze, freeze_month
from reports.models import Snapshot


class Command(BaseCommand):
    help = "Freeze a month into a snapshot, in this process (the same code as the task)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("month", help="The month, as YYYY-MM (for example 2023-10).")
        parser.add_argument(
            "--reason", default="", help="Freeze again as a new version, saying why."
        )

    def handle(self, *args: Any, month: str, reason: str, **options: Any) -> None:
        try:
            result = freeze_month(
                periods.parse_month(month), reason=reason, source=Snapshot.Source.COMMAND
            )
        except (ValueError, CannotFreeze) as error:
            raise CommandError(str(error)) from None
        snapshot = result.snapshot
        if result.created:
            self.stdout.write(
                f"Froze {snapshot.label} as version {snapshot.version}: "
                f"{snapshot.row_count} indicators."
            )
        else:
            self.stdout.write(
                f"{snapshot.label} is already frozen (version {snapshot.version}); nothing done. "
                "Give --reason to freeze it again as a new version."
            )
