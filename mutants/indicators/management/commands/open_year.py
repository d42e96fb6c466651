from typing import Any

from django.core.management.base import BaseCommand, CommandError

from indicators import periods
from indicators.services import year_rollover


class Command(BaseCommand):
    help = "Open a financial year: carry last year's targets over, marked provisional."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("year", help="The financial year, as 2027/28.")

    def handle(self, *args: Any, year: str, **options: Any) -> None:
        try:
            start = periods.parse_year_label(year)
        except ValueError as error:
            raise CommandError(str(error)) from None
        done = year_rollover(start_year=start)
        self.stdout.write(
            f"{done.year.label}: {done.carried} targets carried over as provisional, "
            f"{done.already} already there."
        )
        if done.without:
            self.stdout.write(f"No targets last year, none carried: {', '.join(done.without)}")
