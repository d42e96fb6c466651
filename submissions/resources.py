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
from indicators.importing import StrictImport
from indicators.models import FinancialYear
from indicators.rating import quantize
from indicators.safe_text import SafeTextMixin
from indicators.widgets import FigureWidget, IndicatorRefWidget

from . import services
from .figures import ReturnData, figure_problems
from .models import Return, ReturnPeriod
from .workflow import TransitionNotAllowed


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
        self.reasons = {
            "history": f"Signed off before the portal: imported{source} by {who}",
            "live": f"Imported{source} by {who}",
            "frozen": f"Correction to a frozen month: imported{source} by {who}",
        }
        self.plan_counts: dict[tuple[date, str], int] = {}

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
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

    def do_instance_save(self, instance: Return, is_create: bool) -> None:
        """Through the services, as any other change to a return: never a state set here."""
        kind = self.month_kind(instance.period)
        data = ReturnData(
            value=instance.value,
            numerator=instance.numerator,
            denominator=instance.denominator,
            commentary=instance.commentary,
        )
        user = self.importing_user
        try:
            if kind == "live":
                ret = (
                    Return.objects.create(indicator=instance.indicator, period=instance.period)
                    if is_create
                    else instance
                )
                saved = services.return_record_from_source(
                    ret=ret,
                    user=user,
                    data=data,
                    submit=True,
                    source=Return.Source.IMPORT,
                    reason=self.reasons[kind],
                )
            else:
                ret = (
                    Return(indicator=instance.indicator, period=instance.period)
                    if is_create
                    else instance
                )
                saved = services.return_record_history(
                    ret=ret, user=user, data=data, reason=self.reasons[kind]
                )
        except services.IncompleteReturn as refused:
            raise ValidationError({k: [v] for k, v in refused.problems.items()}) from None
        except (services.StaleReturn, TransitionNotAllowed) as refused:
            raise ValidationError({"period": [str(refused)]}) from None
        instance.pk, instance.status = saved.pk, saved.status

    def skip_row(
        self, instance: Return, original: Any, row: Any, import_validation_errors: Any = None
    ) -> bool:
        if original is not None and original.status != Return.Status.APPROVED:
            return False  # the same figure still needs approving
        return super().skip_row(instance, original, row, import_validation_errors)
