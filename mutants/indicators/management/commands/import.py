"""`manage.py import RESOURCE FILE`: the admin's import, from the command line.

It replaces django-import-export's own command (this app is listed before it), so that a
file is read by the portal's reader (indicators/formats.py: encodings, byte-order marks,
row and size limits, one header per column, formulas with saved results) and checked by
the same resources, all or nothing. Problems are printed in words, and the command exits
non-zero, having saved nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from indicators.formats import CSV, XLSX, FileProblem
from indicators.importing import file_line


class Command(BaseCommand):
    help = "Import a CSV or XLSX file with one of the portal's resources, all or nothing."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("resource", help="e.g. indicators.resources.TargetResource")
        parser.add_argument("import_file_name", help="The CSV or XLSX file to import.")
        parser.add_argument("--format", default="", help="CSV or XLSX (else from the name).")
        parser.add_argument("--dry-run", "-n", action="store_true", help="Check, save nothing.")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive",
            help="Kept for django-import-export's scripts: this command never asks.",
        )  # fmt: skip
        parser.add_argument("--raise-errors", action="store_true", help="(ignored)")
        parser.add_argument("--encoding", default="", help="(ignored: worked out from the file)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["import_file_name"])
        if not path.is_file():
            raise CommandError(f"There is no file {path}.")
        size, limit = path.stat().st_size, settings.IMPORT_MAX_BYTES
        if size > limit:
            raise CommandError(
                f"{path.name} is {size / 1_048_576:.1f} MB; the most one import takes is "
                f"{limit / 1_048_576:.0f} MB. Split it into smaller files."
            )
        kind = (options["format"] or path.suffix.lstrip(".")).upper()
        if kind not in ("CSV", "XLSX"):
            raise CommandError("Give a CSV file or an Excel workbook (.xlsx).")
        try:
            resource = import_string(options["resource"])()
        except (ImportError, AttributeError) as error:
            raise CommandError(f"No such resource: {options['resource']} ({error}).") from None
        try:
            dataset = (CSV if kind == "CSV" else XLSX)().create_dataset(path.read_bytes())
        except FileProblem as problem:
            raise CommandError(str(problem)) from None
        except Exception as error:  # a damaged file: say so, not a traceback
            raise CommandError(
                f"{path.name} could not be read as {kind} ({error.__class__.__name__})."
            ) from None
        result = resource.import_data(
            dataset, dry_run=options["dry_run"], file_name=path.name, user=None
        )
        for warning in getattr(result, "warnings", []):
            self.stdout.write(f"Check: {warning}")
        problems = [str(e.error) for e in result.base_errors]
        problems += [
            f"Line {file_line(line)}: {error.error}"
            for line, errors in result.row_errors()
            for error in errors
        ]
        if problems:
            for problem in problems:
                self.stderr.write(problem)
            raise CommandError(f"Nothing was saved: {len(problems)} problem(s) above.")
        totals = result.totals
        for line in getattr(result, "plan", []):
            self.stdout.write(line)
        done = "Checked (nothing saved)" if options["dry_run"] else "Imported"
        self.stdout.write(
            f"{done}: {totals.get('new', 0)} new, {totals.get('update', 0)} changed, "
            f"{totals.get('skip', 0)} unchanged or blank."
        )
