"""What every spreadsheet import shares: strict columns, plain errors, all or nothing.

A resource with `StrictImport`:
1. refuses a file whose columns are missing or misspelt, or that is too long, saying so;
2. skips blank rows, keeping the file's row numbers in every message;
3. marks a second row for the same key as an error;
4. saves nothing if any row is wrong, whether imported from the admin or the command
   line (where each problem also becomes an error, so the command exits non-zero);
5. collects warnings (likely slips that are not errors) in `result.warnings`.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterable
from functools import partial
from typing import Any

import tablib
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.encoding import force_str
from django.utils.html import conditional_escape, format_html
from import_export.resources import Diff
from import_export.results import Error, Result

from core.bulk import collector_paused


def copied_sharing_related(instance: Any) -> None:
    """django-import-export deep-copies each row's object to show what changes: make that
    copy have its own fields but share the objects it refers to (copying a return's
    indicator and period, or an indicator's service area and directorate, with it took a
    quarter of checking a file of thousands of rows)."""
    instance.__deepcopy__ = partial(_shallow_copy, instance)


def _shallow_copy(instance: Any, memo: dict) -> Any:
    return copy.copy(instance)


class ImportProblem(Exception):
    """A problem with a file, in words; its repr is the words (the command prints repr)."""

    def __repr__(self) -> str:
        return str(self)


def _blank(values: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def file_line(row_number: int) -> int:
    """The spreadsheet's line of a data row: its header is line 1."""
    return row_number + 1


class CellDiff(Diff):
    """The preview shows each changed cell whole, old struck through, then new: 97.5 → 98.
    A new row's cells are shown as they are, so its blank "before" is not read."""

    def __init__(self, resource: Any, instance: Any, new: bool) -> None:
        if new:
            self.left, self.right, self.new = [], [], True
        else:
            super().__init__(resource, instance, new)

    def as_html(self) -> list[str]:
        if self.new:
            return [conditional_escape(force_str(new or "")) for new in self.right]
        cells = []
        for old, new in zip(self.left, self.right, strict=False):
            old, new = force_str(old or ""), force_str(new or "")
            if old == new:
                cells.append(conditional_escape(new))
            elif not old:
                cells.append(format_html("<ins>{}</ins>", new))
            else:
                cells.append(format_html("<del>{}</del> → <ins>{}</ins>", old, new or "(empty)"))
        return cells


class _Unshown(Diff):
    """A save's diff: its preview was the check, and no one is shown the cells of a file
    being saved, so they are neither read twice a row nor rendered (up to a quarter of
    saving a file of thousands of rows: docs/performance.md)."""

    def __init__(self, resource: Any, instance: Any, new: bool) -> None:
        self.left, self.right, self.new = [], [], new

    def compare_with(self, resource: Any, instance: Any) -> None:
        pass

    def as_html(self) -> list[str]:
        return []


class StrictImport:
    key_columns: tuple[str, ...] = ("ref",)
    # Columns a file may leave out (added after councils had their spreadsheets): a file
    # without one imports as before, and the field keeps what it had.
    optional_columns: tuple[str, ...] = ()

    def get_diff_class(self) -> type[Diff]:
        return CellDiff if self.previewing else _Unshown

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.warnings: list[str] = []
        self._seen: dict[tuple, int] = {}
        self.previewing = True  # a check (dry run) shows what each row changes

    # 1. columns and size
    def expected_columns(self) -> list[str]:
        return [f.column_name for f in self.get_user_visible_fields()]

    def column_problem(self, headers: list[Any]) -> str:
        expected = self.expected_columns()
        given = [str(h).strip() for h in headers if h not in (None, "")]
        missing = [c for c in expected if c not in given and c not in self.optional_columns]
        extra = [c for c in given if c not in expected]
        if not missing and not extra:
            return ""
        parts = []
        for column in missing:
            near = difflib.get_close_matches(column, extra, n=1)
            hint = f" (is “{near[0]}” a misspelling of it?)" if near else ""
            parts.append(f"the column “{column}” is missing{hint}")
        leftover = [c for c in extra if not difflib.get_close_matches(c, missing, n=1)]
        parts += [f"“{c}” is not a column we know" for c in leftover]
        return (
            "The file's columns do not match: "
            + "; ".join(parts)
            + f". The first row must name these columns: {', '.join(expected)}."
        )

    def import_data(self, dataset: tablib.Dataset, dry_run: bool = False, **kwargs: Any) -> Result:
        kwargs["rollback_on_validation_errors"] = True
        self.warnings, self._seen = [], {}
        self.previewing = dry_run
        self.file_name = kwargs.get("file_name") or ""
        self.importing_user = kwargs.get("user")
        dataset.headers = [
            str(h).strip().lower() if h is not None else "" for h in (dataset.headers or [])
        ]
        problem = self.column_problem(dataset.headers)
        rows = sum(1 for row in dataset if not _blank(row))
        if not problem and rows == 0:
            problem = "The file has no rows to import below its header."
        if not problem and rows > settings.IMPORT_MAX_ROWS:
            problem = (
                f"The file has {rows:,} rows; the most one import takes is "
                f"{settings.IMPORT_MAX_ROWS:,}. Split it into smaller files."
            )
        if problem:
            result = self.get_result_class()()
            result.append_base_error(Error(ImportProblem(problem)))
            result.warnings = []
            return result
        header_line = getattr(dataset, "header_line", 1)
        if header_line > 1:
            above = "the line above it was" if header_line == 2 else "the lines above it were"
            self.warnings.insert(
                0,
                f"The header is on line {header_line} of the sheet “{dataset.title}”: "
                f"{above} skipped.",
            )
        with collector_paused():
            result = super().import_data(dataset, dry_run=dry_run, **kwargs)
        result.warnings = self.warnings
        if result.has_validation_errors() and kwargs.get("user") is None:
            # Not the admin (which lists invalid rows itself): make each one an error, so
            # that django-import-export's command prints it and exits non-zero.
            for row in result.invalid_rows:
                for field, messages in row.error_dict.items():
                    for message in messages:
                        result.append_base_error(
                            Error(
                                ImportProblem(f"Line {file_line(row.number)}, {field}: {message}")
                            )
                        )
        return result

    def init_instance(self, row: Any = None) -> Any:
        """A new row's object, copied as each existing one is (copied_sharing_related)."""
        instance = super().init_instance(row)
        copied_sharing_related(instance)
        return instance

    # 2. blank rows
    def skip_row(
        self, instance: Any, original: Any, row: Any, import_validation_errors: Any = None
    ) -> bool:
        if _blank(row.values()):
            return True
        return super().skip_row(instance, original, row, import_validation_errors)

    def import_row(self, row: Any, instance_loader: Any, **kwargs: Any) -> Any:
        if _blank(row.values()):
            result = self.get_row_result_class()()
            result.import_type = result.IMPORT_TYPE_SKIP
            return result
        return super().import_row(row, instance_loader, **kwargs)

    # 3. duplicates
    def row_key(self, row: Any) -> tuple:
        return tuple(str(row.get(c) or "").strip().upper() for c in self.key_columns)

    def import_instance(self, instance: Any, row: Any, **kwargs: Any) -> None:
        key = self.row_key(row)
        number = kwargs.get("row_number")
        errors: dict[str, Any] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if key in self._seen and self._seen[key] != number:
            given = [c for c in self.key_columns if str(row.get(c) or "").strip()]
            shown = ", ".join(str(row.get(c)).strip() for c in given)
            errors.setdefault(given[-1] if given else self.key_columns[-1], []).append(
                ValidationError(
                    f"A second row for {shown}: line {file_line(self._seen[key])} has it already."
                )
            )
        self._seen.setdefault(key, number)
        if errors:
            raise ValidationError(errors)

    # Foreign keys whose objects the resource's widgets found or made themselves: the model
    # does not query again to see that they exist.
    found_fields: tuple[str, ...] = ()
    # The resource reads every existing row a file could touch before its first row (its
    # get_instance finds each there), and 3. refuses a second row for a key: the model's
    # unique constraints need no query a row. Without it they are checked as usual.
    keys_checked = False

    def validate_instance(
        self, instance: Any, import_validation_errors: Any = None, validate_unique: bool = True
    ) -> None:
        """The model's checks (django-import-export's, less what the resource has checked
        itself); errors keyed by the file's column names (`ref`), not the model's
        (`indicator`)."""
        errors = dict(import_validation_errors or {})
        if self._meta.clean_model_instances:
            try:
                instance.full_clean(
                    exclude=[*errors, *self.found_fields],
                    validate_unique=False,
                    validate_constraints=not self.keys_checked,
                )
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            columns = {f.attribute: f.column_name for f in self.fields.values() if f.attribute}
            raise ValidationError({columns.get(key, key): value for key, value in errors.items()})

    def _change_reason(self) -> str:
        """What the history of a row this import writes says of it."""
        return f"Imported from {self.file_name}" if self.file_name else "Imported"

    def warn(self, row_number: int | None, message: str) -> None:
        where = f"Line {file_line(row_number)}: " if row_number else ""
        self.warnings.append(where + message)
