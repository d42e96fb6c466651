import logging
from typing import Any

from django.core.management.base import BaseCommand

from kpiportal.demo.build import build_demo
from kpiportal.demo.catalogue import DEMO_LOGINS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Load the demo council (idempotent: a second run adds nothing)."

    def handle(self, *args: Any, **options: Any) -> None:
        # Thirty months frozen one after another would bury the logins below in log lines.
        freeze_log = logging.getLogger("reports.freeze")
        level = freeze_log.level
        freeze_log.setLevel(logging.WARNING)
        try:
            report = build_demo()
        finally:
            freeze_log.setLevel(level)
        if report.created_indicators or report.created_returns or report.created_users:
            self.stdout.write(
                f"Demo council loaded: {report.created_indicators} indicators, "
                f"{report.created_returns} returns, {report.created_users} people, "
                f"{report.created_snapshots} frozen months."
            )
        else:
            self.stdout.write("Demo council already loaded: nothing to add.")
        self.stdout.write(f"Demo logins (password for each: {DEMO_PASSWORD}):")
        for username, role in DEMO_LOGINS:
            self.stdout.write(f"  {username:<8} {role}")
