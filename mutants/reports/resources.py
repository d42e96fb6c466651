"""Snapshot rows for machines: `manage.py export CSV reports.resources.SnapshotRowResource`."""

from __future__ import annotations

from typing import Any

from import_export import fields, resources

from indicators.formatting import format_figure
from indicators.periods import month_key
from indicators.safe_text import SafeTextMixin
from indicators.widgets import FigureWidget

from .models import SnapshotRow


def _shown(row: SnapshotRow, value: Any) -> str:
    return "" if value is None else format_figure(value, row.unit, row.decimals)


class SnapshotRowResource(SafeTextMixin, resources.ModelResource):
    """Every snapshot row: raw figures for machines, each beside the figure as a reader sees
    it (rounded to the indicator's decimal places, in its unit)."""

    period = fields.Field(column_name="period")
    version = fields.Field(column_name="version")
    latest_period = fields.Field(column_name="latest_period")
    latest_value = fields.Field(
        attribute="latest_value", column_name="latest_value", widget=FigureWidget()
    )
    latest_shown = fields.Field(column_name="latest_shown")
    ytd_value = fields.Field(attribute="ytd_value", column_name="ytd_value", widget=FigureWidget())
    ytd_shown = fields.Field(column_name="ytd_shown")
    target = fields.Field(attribute="target", column_name="target", widget=FigureWidget())
    target_shown = fields.Field(column_name="target_shown")
    floor = fields.Field(attribute="floor", column_name="floor", widget=FigureWidget())
    floor_shown = fields.Field(column_name="floor_shown")
    lower = fields.Field(attribute="lower", column_name="lower", widget=FigureWidget())
    upper = fields.Field(attribute="upper", column_name="upper", widget=FigureWidget())
    previous_year = fields.Field(
        attribute="previous_year_value", column_name="previous_year", widget=FigureWidget()
    )
    previous_year_shown = fields.Field(column_name="previous_year_shown")
    forecast = fields.Field(attribute="forecast", column_name="forecast", widget=FigureWidget())
    owner_forecast = fields.Field(
        attribute="owner_forecast", column_name="owner_forecast", widget=FigureWidget()
    )
    # Written from numbers by the portal, never typed: "-16%" is a figure, not a formula.
    numeric = (
        "latest_value", "ytd_value", "target", "floor", "lower", "upper",
        "previous_year", "version", "decimals", "latest_shown", "ytd_shown", "target_shown",
        "floor_shown", "previous_year_shown", "forecast", "owner_forecast",
    )  # fmt: skip

    class Meta:
        model = SnapshotRow
        fields = (
            "period", "version", "ref", "kind", "latest_period", "latest_value",
            "latest_shown", "latest_rag", "ytd_value", "ytd_shown", "ytd_rag", "target",
            "target_shown", "floor", "floor_shown", "lower", "upper", "alert", "direction",
            "title", "directorate", "service_area", "frequency", "unit", "decimals",
            "previous_year", "previous_year_shown", "forecast", "forecast_rag",
            "owner_forecast", "owner_forecast_rag", "forecast_reason", "commentary", "notes",
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

    def dehydrate_latest_shown(self, row: SnapshotRow) -> str:
        return _shown(row, row.latest_value)

    def dehydrate_ytd_shown(self, row: SnapshotRow) -> str:
        return "n/a" if row.ytd_method == "none" else _shown(row, row.ytd_value)

    def dehydrate_target_shown(self, row: SnapshotRow) -> str:
        return _shown(row, row.target)

    def dehydrate_floor_shown(self, row: SnapshotRow) -> str:
        return _shown(row, row.floor)

    def dehydrate_previous_year_shown(self, row: SnapshotRow) -> str:
        return _shown(row, row.previous_year_value)
