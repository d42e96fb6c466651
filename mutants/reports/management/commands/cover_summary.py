from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from reports.selectors import dashboard, find_snapshot


class Command(BaseCommand):
    help = (
        "Print the drafted cover summary of a frozen month, as the committee's cover report "
        "says it (the latest version unless --version is given)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("month", help="The month, as YYYY-MM (for example 2023-10).")
        parser.add_argument(
            "--snapshot-version", dest="snapshot_version", default="", help="Which version."
        )
        parser.add_argument("--directorate", default="", help="One directorate's summary.")

    def handle(
        self, *args: Any, month: str, snapshot_version: str, directorate: str, **options: Any
    ) -> None:
        try:
            snapshot = find_snapshot(month, snapshot_version or None)
            board = dashboard(snapshot, directorate)
        except Http404 as error:
            raise CommandError(f"{error} ({month} {snapshot_version} {directorate}).") from None
        self.stdout.write(board.cover.text)
