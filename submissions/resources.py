"""Results from a spreadsheet: `period, ref, value, numerator, denominator, commentary`.

What an imported figure becomes depends on its month (issue "Loading a council's
history"), and every row goes through the services, never setting a state itself:

- history, a month the portal never opened returns for: approved, as signed off before
  the portal; no owner or reviewer is pretended;
- a live month, opened and not frozen: submitted on the owner's behalf by the importer,
  for Review (four eyes apply: the importer cannot approve it);
- a frozen month: a correction, approved for the next snapshot (the frozen one never
  changes); the audit shows the old and new figure and the file.

The preview says, per month, which it is. A quarterly indicator's figure goes in the
quarter's last month. Existing returns are loaded once per file, not per row.
"""

from __future__ import annotations

import getpass
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from indicators import periods
from indicators.importing import StrictImport, copied_sharing_related
from indicators.models import FinancialYear
from indicators.rating import quantize
from indicators.safe_text import SafeTextMixin
from indicators.widgets import FigureWidget, IndicatorRefWidget

from . import services
from .figures import ReturnData, figure_problems
from .models import Return, ReturnPeriod


class PeriodWidget(widgets.Widget):
    """A month written 2023-10 (a date cell from Excel is fine); its period is made if missing."""

    def __init__(self) -> None:
        super().__init__()
        self._periods: dict[date, ReturnPeriod] = {}
        self._years: dict[int, FinancialYear] = {}

    def preload(self, months: set[date]) -> None:
        """Find, in two queries, the periods and years a file names."""
        self._periods |= {p.month: p for p in ReturnPeriod.objects.filter(month__in=months)}
        self._years |= {y.start_year: y for y in FinancialYear.objects.all()}

    def month(self, value: Any) -> date:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return date(value.year, value.month, 1)
        text = str(value or "").strip()
        return periods.parse_month(text[:7] if len(text) == 10 and text[7] == "-" else text)

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> ReturnPeriod:
        month = self.month(value)
        if month not in self._periods:
            start = periods.financial_year_of(month)
            if start not in self._years:
                self._years[start], _ = FinancialYear.objects.get_or_create(start_year=start)
            self._periods[month], _ = ReturnPeriod.objects.get_or_create(
                month=month, defaults={"year": self._years[start], **ReturnPeriod.dates_for(month)}
            )
        return self._periods[month]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return value.key if value else ""


_PERIOD = Return._meta.get_field("period")
_INDICATOR = Return._meta.get_field("indicator")


class ResultResource(SafeTextMixin, StrictImport, resources.ModelResource):
    period = fields.Field(attribute="period", column_name="period", widget=PeriodWidget())
    ref = fields.Field(attribute="indicator", column_name="ref", widget=IndicatorRefWidget())
    value = fields.Field(attribute="value", column_name="value", widget=FigureWidget())
    numerator = fields.Field(attribute="numerator", column_name="numerator", widget=FigureWidget())
    denominator = fields.Field(
        attribute="denominator", column_name="denominator", widget=FigureWidget()
    )
    commentary = fields.Field(attribute="commentary", column_name="commentary")

    key_columns = ("period", "ref")
    numeric = ("value", "numerator", "denominator")

    class Meta:
        model = Return
        import_id_fields = ("period", "ref")
        fields = ("period", "ref", "value", "numerator", "denominator", "commentary")
        clean_model_instances = False  # checked here, without a query per row
        skip_unchanged = True
        report_skipped = True
        # Rows are checked one by one, then recorded together by the services' batch
        # functions (after_import): no savepoint and no writes per row.
        use_bulk = True
        batch_size = None

    def get_queryset(self) -> Any:
        return (
            Return.objects.approved()
            .select_related("period", "indicator")
            .order_by("period__month", "indicator__ref")
        )

    KINDS = {
        "history": "never opened for returns: saved as approved history, signed off before "
        "the portal",
        "live": "open for returns: submitted for review on the owners' behalf (the importer "
        "cannot approve them)",
        "frozen": "already frozen: saved as corrections, shown in the next snapshot (the "
        "frozen one never changes)",
    }

    @staticmethod
    def month_kind(period: ReturnPeriod) -> str:
        if period.frozen_at is not None:
            return "frozen"
        return "live" if period.is_open else "history"

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        """Load, once, the returns this file may touch."""
        widget: PeriodWidget = self.fields["period"].widget
        months = set()
        for value in dataset["period"] if "period" in dataset.headers else []:
            try:
                months.add(widget.month(value))
            except ValueError:
                continue
        widget.preload(months)
        # The months' periods and the catalogue are loaded once and shared by every row.
        by_id = {p.pk: p for p in widget._periods.values()}
        refs: IndicatorRefWidget = self.fields["ref"].widget
        refs.lookup("")
        indicators = {i.pk: i for i in refs._by_ref.values()}
        self._existing = {}
        for ret in Return.objects.filter(period__month__in=months).order_by():
            _PERIOD.set_cached_value(ret, by_id[ret.period_id])
            _INDICATOR.set_cached_value(ret, indicators[ret.indicator_id])
            copied_sharing_related(ret)
            self._existing[(ret.period.month, ret.indicator.ref.upper())] = ret
        user = self.importing_user
        who = (
            (user.get_full_name() or user.username)
            if user
            else f"{getpass.getuser()} (command line)"
        )
        source = f" from {self.file_name}" if self.file_name else ""
        self.reasons = {
            "history": f"Signed off before the portal: imported{source} by {who}",
            "live": f"Imported{source} by {who}",
            "frozen": f"Correction to a frozen month: imported{source} by {who}",
        }
        self.plan_counts: dict[tuple[date, str], int] = {}
        self._pending: list[tuple[Return, bool, int, dict]] = []

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        self._record_pending(result)
        result.plan = [
            f"{month:%B %Y}: {count} figure{'s' if count != 1 else ''}, {self.KINDS[kind]}."
            for (month, kind), count in sorted(self.plan_counts.items())
        ]

    def get_instance(self, instance_loader: Any, row: dict) -> Return | None:
        try:
            month = self.fields["period"].widget.month(row.get("period"))
        except ValueError:
            return None
        return self._existing.get((month, str(row.get("ref") or "").strip().upper()))

    def import_instance(self, instance: Return, row: dict, **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        indicator = instance.indicator if instance.indicator_id else None
        typed = {"period", "value", "numerator", "denominator"}
        if indicator is not None and not typed & set(errors):
            errors |= self._check(instance, indicator)
        if errors:
            raise ValidationError(errors)
        instance.commentary = (instance.commentary or "").strip()
        key = (instance.period.month, self.month_kind(instance.period))
        self.plan_counts[key] = self.plan_counts.get(key, 0) + 1

    def _check(self, ret: Return, indicator: Any) -> dict[str, list[str]]:
        month = ret.period.month
        if not indicator.is_due(month):
            where = (
                "the quarter's last month (June, September, December or March)"
                if indicator.frequency == "quarterly"
                else "March"
            )
            return {
                "period": [
                    f"{indicator.ref} is reported {indicator.frequency}: put its figure in {where}."
                ]
            }
        data = ReturnData(value=ret.value, numerator=ret.numerator, denominator=ret.denominator)
        problems = {k: [v] for k, v in figure_problems(indicator, data).items()}
        if problems:
            return problems
        if indicator.takes_fraction:
            if ret.numerator is None or ret.denominator is None:
                return {
                    "numerator": [
                        f"{indicator.ref} takes a numerator and a denominator: give both."
                    ]
                }
            derived = data.figure(indicator)
            if ret.value is not None and quantize(ret.value, indicator.decimals) != quantize(
                derived, indicator.decimals
            ):
                return {
                    "value": [
                        f"{ret.value.normalize():f} does not match "
                        f"{ret.numerator.normalize():f} ÷ {ret.denominator.normalize():f}; "
                        "leave the value empty and it is worked out."
                    ]
                }
            ret.value = Return.stored(derived)
        elif ret.value is None:
            return {"value": ["The figure is missing."]}
        elif ret.numerator is not None or ret.denominator is not None:
            return {
                "numerator": [
                    f"{indicator.ref} takes a single figure, not a numerator and denominator."
                ]
            }
        return {}

    def save_instance(self, instance: Return, is_create: bool, row: Any, **kwargs: Any) -> None:
        """Not saved yet: queued, to go through the services with the rest of the file."""
        self._pending.append((instance, is_create, kwargs.get("row_number"), dict(row)))

    def _record_pending(self, result: Any) -> None:
        """Every queued row through the services, never setting a state here: history and
        corrections as approved history, a live month's figures submitted for review on
        the owners' behalf. Each kind of month in one batch; a row a service refuses is
        listed at its line (and, like any refusal, nothing is saved)."""
        batches: dict[str, list[tuple[services.Recorded, Return, int, dict]]] = {}
        for instance, is_create, number, row in self._pending:
            kind = self.month_kind(instance.period)
            ret = (
                Return(indicator=instance.indicator, period=instance.period)
                if is_create
                else instance
            )
            data = ReturnData(
                value=instance.value,
                numerator=instance.numerator,
                denominator=instance.denominator,
                commentary=instance.commentary,
            )
            item = services.Recorded(ret, data)
            batches.setdefault(kind, []).append((item, instance, number, row))
        self._pending = []
        user = self.importing_user
        for kind, batch in batches.items():
            items = [item for item, *_ in batch]
            try:
                if kind == "live":
                    saved = services.returns_record_from_source(
                        items=items,
                        user=user,
                        submit=True,
                        source=Return.Source.IMPORT,
                        reason=self.reasons[kind],
                    )
                else:
                    saved = services.returns_record_history(
                        items=items, user=user, reason=self.reasons[kind]
                    )
            except services.EntriesRefused as refused:
                for index, error in refused.refusals:
                    _, _, number, row = batch[index]
                    _refuse_row(result, number, row, _as_validation_error(error))
                continue
            for (_, instance, _, _), done in zip(batch, saved, strict=True):
                instance.pk, instance.status = done.pk, done.status

    def skip_row(
        self, instance: Return, original: Any, row: Any, import_validation_errors: Any = None
    ) -> bool:
        if original is not None and original.status != Return.Status.APPROVED:
            return False  # the same figure still needs approving
        return super().skip_row(instance, original, row, import_validation_errors)


def _as_validation_error(error: Exception) -> ValidationError:
    """A service's refusal of a row, beside the column it is about."""
    if isinstance(error, services.IncompleteReturn):
        return ValidationError({k: [v] for k, v in error.problems.items()})
    return ValidationError({"period": [str(error)]})


def _refuse_row(result: Any, number: int, row: dict, error: ValidationError) -> None:
    """Mark a row the services refused as invalid, as if its own check had refused it."""
    row_result = result.rows[number - 1] if 0 < number <= len(result.rows) else None
    if row_result is not None and row_result.import_type in result.totals:
        result.totals[row_result.import_type] -= 1
        row_result.import_type = row_result.IMPORT_TYPE_INVALID
        row_result.validation_error = error
    result.totals["invalid"] += 1
    result.append_invalid_row(number, row, error)
