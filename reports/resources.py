"""Snapshot rows for machines: `manage.py export CSV reports.resources.SnapshotRowResource`."""

from __future__ import annotations

from typing import Any

from import_export import fields, resources

from indicators.periods import month_key
from indicators.widgets import FigureWidget

from .models import SnapshotRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; numbers are left."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeTextMixin:
    numeric: tuple[str, ...] = ()

    def export_field(self, field: fields.Field, instance: Any, **kwargs: Any) -> Any:
        value = super().export_field(field, instance, **kwargs)
        return value if field.column_name in self.numeric else neutralise(value)


class SnapshotRowResource(SafeTextMixin, resources.ModelResource):
    period = fields.Field(column_name="period")
    version = fields.Field(column_name="version")
    latest_period = fields.Field(column_name="latest_period")
    latest_value = fields.Field(
        attribute="latest_value", column_name="latest_value", widget=FigureWidget()
    )
    ytd_value = fields.Field(attribute="ytd_value", column_name="ytd_value", widget=FigureWidget())
    target = fields.Field(attribute="target", column_name="target", widget=FigureWidget())
    floor = fields.Field(attribute="floor", column_name="floor", widget=FigureWidget())
    lower = fields.Field(attribute="lower", column_name="lower", widget=FigureWidget())
    upper = fields.Field(attribute="upper", column_name="upper", widget=FigureWidget())
    previous_year = fields.Field(
        attribute="previous_year_value", column_name="previous_year", widget=FigureWidget()
    )
    numeric = (
        "latest_value", "ytd_value", "target", "floor", "lower", "upper",
        "previous_year", "version",
    )  # fmt: skip

    class Meta:
        model = SnapshotRow
        fields = (
            "period", "version", "ref", "kind", "latest_period", "latest_value", "latest_rag",
            "ytd_value", "ytd_rag", "target", "floor", "lower", "upper", "alert", "direction",
            "title", "directorate", "service_area", "unit", "previous_year", "commentary", "notes",
        )  # fmt: skip
        export_order = fields

    def get_queryset(self) -> Any:
        return SnapshotRow.objects.select_related("snapshot").order_by(
            "snapshot__month", "snapshot__version", "directorate", "service_area", "kind", "ref"
        )

    def dehydrate_period(self, row: SnapshotRow) -> str:
        return row.snapshot.key

    def dehydrate_version(self, row: SnapshotRow) -> int:
        return row.snapshot.version

    def dehydrate_latest_period(self, row: SnapshotRow) -> str:
        return month_key(row.latest_month) if row.latest_month else ""
