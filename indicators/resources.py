"""Spreadsheet import and export of the catalogue and the yearly targets.

Columns are fixed and named as in the committee's spreadsheets; an export imports back
unchanged. `StrictImport` gives every import plain errors by line and column, and saves
nothing when any row is wrong.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from statistics import median
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone
from import_export import fields, resources

from core.bulk import (
    copy_rows,
    create_keyed,
    create_with_history,
    insert_history,
    update_rows,
)

from . import periods
from .importing import StrictImport, copied_sharing_related
from .models import Indicator, Target
from .safe_text import SafeTextMixin
from .widgets import (
    ChoiceWidget,
    FigureWidget,
    IndicatorRefWidget,
    MonthWidget,
    ServiceAreaWidget,
    UsernamesWidget,
    YearWidget,
    parse_month_cell,
)


class LookupErrorsAsCells:
    """Unknown lookups in the key columns become row errors in words, not tracebacks."""

    def get_instance(self, instance_loader: Any, row: dict) -> Any:
        try:
            return super().get_instance(instance_loader, row)
        except (ValueError, ValidationError):
            return None  # import_instance reports the bad cell against its column


class _Owners(list):
    """An indicator's owners as read before the import, answering `.all()` as its manager."""

    def all(self) -> list[Any]:
        return list(self)


class OwnersField(fields.Field):
    """The owners column. During an import each indicator's owners as they stood come from
    what before_import read (`known`), not a query a row: django-import-export compares
    and shows them from a deep copy of the indicator, which keeps no prefetched rows. Once
    a row's owners are saved, they are read from the database again."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.known: dict[int, list[Any]] = {}

    def get_value(self, instance: Any) -> Any:
        if instance.pk is None:  # new: written after the last row, its owners with it
            return _Owners(getattr(instance, "_owners_pending", []))
        if instance.pk in self.known:
            return _Owners(self.known[instance.pk])
        return super().get_value(instance)

    def save(self, instance: Any, row: Any, is_m2m: bool = False, **kwargs: Any) -> None:
        self.known.pop(instance.pk, None)
        super().save(instance, row, is_m2m=is_m2m, **kwargs)


class IndicatorResource(SafeTextMixin, StrictImport, resources.ModelResource):
    ref = fields.Field(attribute="ref", column_name="ref")
    title = fields.Field(attribute="title", column_name="title")
    directorate = fields.Field(
        attribute="service_area__directorate__name", column_name="directorate", readonly=True
    )
    service_area = fields.Field(
        attribute="service_area", column_name="service_area", widget=ServiceAreaWidget()
    )
    kind = fields.Field(
        attribute="kind", column_name="kind", widget=ChoiceWidget(Indicator.Kind.values, "kind")
    )
    unit = fields.Field(
        attribute="unit", column_name="unit", widget=ChoiceWidget(Indicator.Unit.values, "unit")
    )
    decimals = fields.Field(attribute="decimals", column_name="decimals", widget=FigureWidget())
    polarity = fields.Field(
        attribute="polarity",
        column_name="polarity",
        widget=ChoiceWidget(Indicator.Polarity.values, "polarity"),
    )
    frequency = fields.Field(
        attribute="frequency",
        column_name="frequency",
        widget=ChoiceWidget(Indicator.Frequency.values, "frequency"),
    )
    ytd_method = fields.Field(
        attribute="ytd_method",
        column_name="ytd_method",
        widget=ChoiceWidget(Indicator.YtdMethod.values, "year-to-date method"),
    )
    owners = OwnersField(attribute="owners", column_name="owners", widget=UsernamesWidget())
    minimum = fields.Field(attribute="minimum", column_name="minimum", widget=FigureWidget())
    maximum = fields.Field(attribute="maximum", column_name="maximum", widget=FigureWidget())
    amber_tolerance = fields.Field(
        attribute="amber_tolerance", column_name="amber_tolerance", widget=FigureWidget()
    )
    # National references (open data joins on them), optional like the three above.
    lof_id = fields.Field(attribute="lof_id", column_name="lof_id")
    oflog_id = fields.Field(attribute="oflog_id", column_name="oflog_id")
    lginform_id = fields.Field(attribute="lginform_id", column_name="lginform_id")

    key_columns = ("ref",)
    optional_columns = (
        "minimum", "maximum", "amber_tolerance", "lof_id", "oflog_id", "lginform_id",
    )  # fmt: skip
    numeric = ("decimals", "minimum", "maximum", "amber_tolerance")
    found_fields = ("service_area",)  # by its widget: the model need not look again
    keys_checked = True  # see before_import

    class Meta:
        model = Indicator
        import_id_fields = ("ref",)
        fields = (
            "ref", "title", "directorate", "service_area", "kind", "unit", "decimals",
            "polarity", "frequency", "ytd_method", "owners", "minimum", "maximum",
            "amber_tolerance", "lof_id", "oflog_id", "lginform_id",
        )  # fmt: skip
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        # No savepoint a row: the rows are written after the last one (save_instance).
        use_bulk = True

    def get_queryset(self) -> Any:
        return Indicator.objects.select_related("service_area__directorate").prefetch_related(
            "owners"
        )

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        for name in ("service_area", "owners"):
            self.fields[name].widget.forget()
        # The whole catalogue and its owners, read once: a row finds its indicator here,
        # and the model's one-indicator-a-reference rule needs no query a row (StrictImport
        # refuses a second row for a reference).
        self._existing = {}
        for indicator in Indicator.objects.select_related("service_area__directorate"):
            copied_sharing_related(indicator)
            self._existing[indicator.ref.lower()] = indicator
        self._links: dict[int, list[Any]] = {i.pk: [] for i in self._existing.values()}
        for link in Indicator.owners.through.objects.select_related("user").order_by("pk"):
            self._links[link.indicator_id].append(link)
        self.fields["owners"].known = {
            pk: [link.user for link in links] for pk, links in self._links.items()
        }
        # Written after the last row (after_import): see save_instance.
        self._batch: dict[int, Indicator] = {}
        self._new: list[Indicator] = []

    def save_instance(self, instance: Indicator, is_create: bool, row: Any, **kwargs: Any) -> None:
        """New indicators, and changed ones whose owners stay as they are, are written
        together after the last row (after_import); one whose owners change, now, with its
        owners. Either way its history says who imported it, and from which file."""
        instance._change_reason = self._change_reason()
        if getattr(self.importing_user, "pk", None) is not None:
            instance._history_user = self.importing_user
        if is_create:
            wanted = self.fields["owners"].clean(row) if "owners" in row else []
            instance._owners_pending = list(wanted)
            self._new.append(instance)
        elif not self._owners_change(instance, row):
            self._batch[instance.pk] = instance
        elif self._writes(kwargs):  # its owners change: saved now, with them and history
            self.do_instance_save(instance, is_create)
            self.import_field(self.fields["owners"], instance, row, is_m2m=True)

    def _writes(self, kwargs: dict) -> bool:
        """Whether this import writes: a real one, or a check inside a transaction that
        is rolled back (django-import-export's rule)."""
        return self._is_using_transactions(kwargs) or not self._is_dry_run(kwargs)

    def _owners_change(self, instance: Indicator, row: Any) -> bool:
        if "owners" not in row:
            return False
        wanted = {user.pk for user in self.fields["owners"].clean(row)}
        return wanted != {user.pk for user in self.fields["owners"].known[instance.pk]}

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        """The new indicators and the changed ones whose owners stay as they were, written
        together (one save at a time, each with its history and its owners' history, took
        7-10 ms an indicator): the new inserted with their owners, the changed with one
        UPDATE (core.bulk.update_rows), then each one's history record with its owners as
        they now are, as simple-history keeps them."""
        super().after_import(dataset, result, **kwargs)
        new, self._new = self._new, []
        changed, self._batch = list(self._batch.values()), {}
        if not self._writes(kwargs):
            return
        if new:
            create_keyed(new)  # their keys, for their owners and history
            through = Indicator.owners.through
            links = [
                through(indicator_id=i.pk, user=user) for i in new for user in i._owners_pending
            ]
            create_keyed(links)
            for link in links:
                self._links.setdefault(link.indicator_id, []).append(link)
            self._write_history(new, update=False)
        if changed:
            columns = [f.attname for f in Indicator._meta.concrete_fields if not f.primary_key]
            update_rows(changed, columns)
            self._write_history(changed, update=True)

    def _write_history(self, indicators: list[Indicator], *, update: bool) -> None:
        """A history record of each indicator, and of its owners as they now are (as
        simple-history keeps them: a row an owner, pointing at the record)."""
        records = insert_history(
            indicators,
            update=update,
            user=None,  # each indicator's _history_user, or nobody (the command line)
            when=timezone.now(),
            reason=self._change_reason(),
            keyed=True,
        )
        owners_then = Indicator.history.model._meta.get_field("historicalindicator_owners")
        copy_rows(
            [
                owners_then.related_model(
                    id=link.pk,
                    indicator_id=link.indicator_id,
                    user_id=link.user_id,
                    history_id=record,
                )
                for indicator, record in zip(indicators, records, strict=True)
                for link in self._links.get(indicator.pk, [])
            ]
        )

    def get_instance(self, instance_loader: Any, row: dict) -> Indicator | None:
        ref = str(row.get("ref") or "").strip()
        return self._existing.get(ref.lower()) if ref else None

    def import_instance(self, instance: Indicator, row: dict, **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        if "decimals" not in errors and instance.decimals is not None:
            decimals = instance.decimals
            if decimals != int(decimals) or not 0 <= decimals <= 3:
                errors["decimals"] = [ValidationError("Decimal places must be 0, 1, 2 or 3.")]
            else:
                instance.decimals = int(decimals)
        if "owners" in row:
            try:
                self.fields["owners"].clean(row)
            except ValueError as e:
                errors["owners"] = [ValidationError(str(e))]
        if instance.ytd_method == Indicator.YtdMethod.RATIO:
            instance.takes_fraction = True
        for name in ("lof_id", "oflog_id", "lginform_id"):  # an empty XLSX cell is None
            setattr(instance, name, str(getattr(instance, name) or "").strip())
        if errors:
            raise ValidationError(errors)

    def dehydrate_decimals(self, indicator: Indicator) -> int:
        return indicator.decimals


FIGURES = ("target", "floor", "lower", "upper")


class TargetResource(SafeTextMixin, StrictImport, LookupErrorsAsCells, resources.ModelResource):
    year = fields.Field(attribute="year", column_name="year", widget=YearWidget())
    ref = fields.Field(attribute="indicator", column_name="ref", widget=IndicatorRefWidget())
    target = fields.Field(attribute="target", column_name="target", widget=FigureWidget())
    floor = fields.Field(attribute="floor", column_name="floor", widget=FigureWidget())
    lower = fields.Field(attribute="lower", column_name="lower", widget=FigureWidget())
    upper = fields.Field(attribute="upper", column_name="upper", widget=FigureWidget())
    note = fields.Field(attribute="note", column_name="note")
    period = fields.Field(attribute="period", column_name="period", widget=MonthWidget())

    key_columns = ("year", "ref", "period")
    optional_columns = ("period",)
    numeric = FIGURES
    # The year and indicator are found by the widgets, and every existing target by
    # before_import: the model need not query for them again on every row.
    found_fields = ("year", "indicator")
    keys_checked = True

    class Meta:
        model = Target
        import_id_fields = ("year", "ref")  # and the period, where given: see get_instance
        fields = ("year", "ref", "target", "floor", "lower", "upper", "note", "period")
        clean_model_instances = True
        # A year's targets exported, corrected and imported back: the rows left as they
        # were are reported unchanged and not written again (see skip_row).
        skip_unchanged = True
        report_skipped = True
        # Checked row by row, then written together with their history (bulk_create and
        # bulk_update below): a May round's thousands of targets in a few queries.
        use_bulk = True
        batch_size = 1000

    def get_queryset(self) -> Any:
        return Target.objects.select_related("indicator", "year").order_by(
            "year__start_year", "indicator__ref", F("period").asc(nulls_first=True)
        )

    def get_instance(self, instance_loader: Any, row: dict) -> Target | None:
        """The year's row (no period, or the column left out) or that period's own, from
        the targets of the file's years read before its first row."""
        try:
            start = periods.parse_year_label(str(row.get("year") or ""))
            month = parse_month_cell(row.get("period"))
        except ValueError:
            return None  # the bad cell is reported against its column
        ref = str(row.get("ref") or "").strip()
        if not ref:
            return None
        return self._existing.get((start, ref.upper(), month))

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        self.fields["year"].widget.forget()
        # The targets already held for the years the file names, read at once: a row finds
        # its own here, and the model's one-target-a-period rules need no query a row (a
        # second row for a key is refused by StrictImport).
        starts = set()
        for label in dataset["year"] if "year" in dataset.headers else ():
            try:
                starts.add(periods.parse_year_label(str(label or "").strip()))
            except ValueError:
                continue  # reported on its row
        self._existing: dict[tuple[int, str, date | None], Target] = {
            (target.year.start_year, target.indicator.ref.upper(), target.period): target
            for target in Target.objects.select_related("indicator", "year").filter(
                year__start_year__in=starts
            )
        }
        # Every target there is, by indicator: the yardstick for "looks like a slip".
        self._history: dict[tuple[int, str], list[Decimal]] = {}
        for indicator_id, *values in Target.objects.values_list("indicator_id", *FIGURES):
            for name, value in zip(FIGURES, values, strict=True):
                if value is not None:
                    self._history.setdefault((indicator_id, name), []).append(value)

    def bulk_create(
        self,
        using_transactions: bool,
        dry_run: bool,
        raise_errors: bool,
        batch_size: int | None = None,
        result: Any = None,
    ) -> None:
        """The new targets written in batches, each with its history, as saving them one by
        one would record it."""
        if self.create_instances and (using_transactions or not dry_run):
            try:
                create_with_history(
                    self.create_instances, user=self.importing_user, reason=self._change_reason()
                )
            except Exception as error:
                self.handle_import_error(result, error, raise_errors)
            finally:
                self.create_instances.clear()

    def bulk_update(
        self,
        using_transactions: bool,
        dry_run: bool,
        raise_errors: bool,
        batch_size: int | None = None,
        result: Any = None,
    ) -> None:
        """The changed targets written together (Django's bulk_update writes a CASE over
        every row for every column: seconds for a few thousand), each with its history."""
        if self.update_instances and (using_transactions or not dry_run):
            try:
                update_rows(self.update_instances, [*FIGURES, "note", "provisional"])
                insert_history(
                    self.update_instances,
                    update=True,
                    user=self.importing_user,
                    when=timezone.now(),
                    reason=self._change_reason(),
                )
            except Exception as error:
                self.handle_import_error(result, error, raise_errors)
            finally:
                self.update_instances.clear()

    def skip_row(
        self,
        instance: Target,
        original: Target | None,
        row: Any,
        import_validation_errors: Any = None,
    ) -> bool:
        """Unchanged rows are skipped, except a provisional carry-over: the committee's
        figures confirm it even where they are last year's again."""
        if original is not None and original.pk is not None and original.provisional:
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def import_instance(self, instance: Target, row: dict, **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        instance.note = instance.note or ""
        # Figures the committee agreed replace any provisional carry-over.
        instance.provisional = False
        if instance.indicator_id:
            self._check_slips(instance, kwargs.get("row_number"))

    def validate_instance(
        self, instance: Target, import_validation_errors: Any = None, validate_unique: bool = True
    ) -> None:
        """Where a refused figure looks like a percentage typed as a fraction, say so."""
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            hinted = {}
            for field, messages in error.message_dict.items():
                guess = self._fraction_guess(instance, field)
                hinted[field] = [f"{m} Did you mean {guess}?" if guess else m for m in messages]
            raise ValidationError(hinted) from None

    def _fraction_guess(self, target: Target, name: str) -> str:
        value = getattr(target, name, None) if name in FIGURES else None
        if value is None or not target.indicator_id or target.indicator.unit != "percent":
            return ""
        others = self._history.get((target.indicator_id, name), [])
        if 0 < value <= 1 and others and median(others) > 1:
            return f"{(value * 100).normalize():f}"
        return ""

    def _check_slips(self, target: Target, row_number: int | None) -> None:
        """A warning, not an error, for a figure unlike the indicator's others (0.9 for 90)."""
        indicator = target.indicator
        for name in FIGURES:
            value = getattr(target, name)
            others = self._history.get((indicator.pk, name), [])
            if value is None or not others or value == 0:
                continue
            usual = Decimal(median(others))
            if usual == 0:
                continue
            if indicator.unit == Indicator.Unit.PERCENT and value <= 1 < usual:
                self.warn(
                    row_number,
                    f"{indicator.ref}'s {name} {value} looks like a fraction: its other "
                    f"{name}s are near {usual.normalize():f}. Did you mean "
                    f"{(value * 100).normalize():f}?",
                )
            elif not Decimal("0.1") <= value / usual <= 10:
                self.warn(
                    row_number,
                    f"{indicator.ref}'s {name} {value.normalize():f} is far from its other "
                    f"{name}s (near {usual.normalize():f}): check it is in the right unit.",
                )
