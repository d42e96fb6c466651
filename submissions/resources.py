"""Results from before the portal: `period, ref, value, numerator, denominator, commentary`.

Imported results are approved on import, and their history says they were imported, by
whom and from which file. A quarterly indicator's figure goes in the quarter's last
month. Existing returns are loaded once per file, not per row.
"""

from __future__ import annotations

import getpass
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from import_export import fields, resources, widgets

from indicators import periods
from indicators.importing import StrictImport
from indicators.models import FinancialYear
from indicators.rating import quantize
from indicators.widgets import FigureWidget, IndicatorRefWidget

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


class ResultResource(StrictImport, resources.ModelResource):
    period = fields.Field(attribute="period", column_name="period", widget=PeriodWidget())
    ref = fields.Field(attribute="indicator", column_name="ref", widget=IndicatorRefWidget())
    value = fields.Field(attribute="value", column_name="value", widget=FigureWidget())
    numerator = fields.Field(attribute="numerator", column_name="numerator", widget=FigureWidget())
    denominator = fields.Field(
        attribute="denominator", column_name="denominator", widget=FigureWidget()
    )
    commentary = fields.Field(attribute="commentary", column_name="commentary")

    key_columns = ("period", "ref")

    class Meta:
        model = Return
        import_id_fields = ("period", "ref")
        fields = ("period", "ref", "value", "numerator", "denominator", "commentary")
        clean_model_instances = False  # checked here, without a query per row
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self) -> Any:
        return (
            Return.objects.approved()
            .select_related("period", "indicator")
            .order_by("period__month", "indicator__ref")
        )

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
        self._existing = {
            (r.period.month, r.indicator.ref.upper()): r
            for r in Return.objects.filter(period__month__in=months).select_related(
                "period", "indicator"
            )
        }
        user = self.importing_user
        who = (
            (user.get_full_name() or user.username)
            if user
            else f"{getpass.getuser()} (command line)"
        )
        source = f" from {self.file_name}" if self.file_name else ""
        self.reason = f"Imported{source} by {who}"

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
        self._approve(instance)

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

    def _approve(self, ret: Return) -> None:
        now, user = timezone.now(), self.importing_user
        ret.commentary = (ret.commentary or "").strip()
        ret.not_available, ret.not_available_reason = False, ""
        ret.status, ret.source, ret.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
        ret.submitted_by = ret.decided_by = ret.updated_by = user
        ret.submitted_at = ret.decided_at = now
        if ret.pk:
            ret.version += 1  # anyone editing it now is told it changed
        ret._history_user = user
        ret._change_reason = self.reason

    def skip_row(
        self, instance: Return, original: Any, row: Any, import_validation_errors: Any = None
    ) -> bool:
        if original is not None and original.status != Return.Status.APPROVED:
            return False  # the same figure still needs approving
        return super().skip_row(instance, original, row, import_validation_errors)
