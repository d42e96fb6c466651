"""What the API reads out and takes in. Figures are strings of digits in both directions,
so no decimal is ever rounded on the way (a JSON number is accepted when posting too)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from indicators import periods
from indicators.models import Indicator, Target
from indicators.numbers import NotAFigure, parse_figure
from reports.models import Snapshot, SnapshotRow


@extend_schema_field({"type": "string", "pattern": r"^\d{4}-\d{2}$", "example": "2026-10"})
class MonthField(serializers.Field):
    """A month as `2026-10`."""

    def to_representation(self, value: Any) -> str:
        return periods.month_key(value)

    def to_internal_value(self, data: Any) -> Any:
        try:
            return periods.parse_month(str(data))
        except ValueError as error:
            raise serializers.ValidationError(str(error)) from None


class IndicatorSerializer(serializers.ModelSerializer):
    directorate = serializers.CharField(source="service_area.directorate.name")
    service_area = serializers.CharField(source="service_area.name")

    class Meta:
        model = Indicator
        fields = (
            "ref", "title", "definition", "directorate", "service_area", "kind", "unit",
            "decimals", "polarity", "frequency", "ytd_method", "takes_fraction",
            "numerator_label", "denominator_label", "rolling_12", "minimum", "maximum",
            "is_active", "lof_id", "oflog_id", "lginform_id", "api_submits",
        )  # fmt: skip


class TargetSerializer(serializers.ModelSerializer):
    ref = serializers.CharField(source="indicator.ref")
    year = serializers.CharField(source="year.label")
    period = MonthField(allow_null=True, help_text="Blank: the whole year's target.")

    class Meta:
        model = Target
        fields = (
            "id", "ref", "year", "period", "target", "floor", "lower", "upper", "note",
            "provisional", "revised",
        )  # fmt: skip


class SnapshotSerializer(serializers.ModelSerializer):
    month = MonthField()
    published = serializers.SerializerMethodField(
        help_text="Whether this version is published as open data now."
    )

    class Meta:
        model = Snapshot
        fields = (
            "id", "month", "version", "frozen_at", "source", "reason", "row_count", "published",
        )  # fmt: skip

    def get_published(self, snapshot: Snapshot) -> bool:
        return snapshot.pk in self.context.get("published", ())


class SnapshotRowSerializer(serializers.ModelSerializer):
    latest_period = MonthField(source="latest_month", allow_null=True)

    class Meta:
        model = SnapshotRow
        fields = (
            "ref", "title", "directorate", "service_area", "kind", "unit", "decimals",
            "polarity", "frequency", "ytd_method", "latest_period", "latest_value",
            "latest_numerator", "latest_denominator", "current_missing", "latest_rag",
            "ytd_value", "ytd_rag", "target", "floor", "ytd_target", "ytd_floor", "lower",
            "upper", "alert", "direction", "previous_year_value", "provisional", "revised",
            "commentary", "notes", "forecast", "forecast_rag", "owner_forecast",
            "owner_forecast_rag", "forecast_reason", "actions", "recent",
        )  # fmt: skip


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "example": "96.5",
        "description": "A figure, as a string of digits (a JSON number is accepted too).",
    }
)
class FigureField(serializers.Field):
    """A figure as a string ("96.5", "1,234") or a JSON number; read by the portal's one
    strict reader, so the API refuses what My returns refuses."""

    def to_representation(self, value: Any) -> str | None:
        return None if value is None else f"{value.normalize():f}"

    def to_internal_value(self, data: Any) -> Decimal | None:
        if data is None:
            return None
        if isinstance(data, bool) or not isinstance(data, str | int | float):
            raise serializers.ValidationError('Give a number, such as 96.5 or "96.5".')
        try:
            return parse_figure(str(data))
        except NotAFigure as error:
            raise serializers.ValidationError(str(error)) from None


class FigureSerializer(serializers.Serializer):
    """One figure from a source system, for one indicator and month."""

    ref = serializers.CharField(max_length=40, help_text="The indicator's reference: CS01.")
    month = MonthField(help_text="The month the figure is for, as 2026-10.")
    value = FigureField(required=False, allow_null=True)
    numerator = FigureField(required=False, allow_null=True)
    denominator = FigureField(required=False, allow_null=True)
    not_available = serializers.BooleanField(required=False, default=False)
    not_available_reason = serializers.CharField(
        required=False, allow_blank=True, max_length=500, default=""
    )
    commentary = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=10_000,
        help_text="Left out: the owner's commentary on the return is kept as it is.",
    )
    outlier_confirmed = serializers.BooleanField(
        required=False,
        default=False,
        help_text="The figure is far from the last 12 and has been checked.",
    )
    no_action_reason = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=5000,
        help_text="A second red month running with no open action: why there is none.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {name: ["Not a field the API takes: check its spelling."] for name in unknown}
            )
        return attrs


class FigureResultSerializer(serializers.Serializer):
    """What became of a posted figure: the return as it now stands."""

    ref = serializers.CharField()
    month = serializers.CharField()
    status = serializers.ChoiceField(choices=["draft", "returned", "submitted"])
    state = serializers.CharField(help_text="The status in words, as My returns shows it.")
    value = serializers.CharField(allow_null=True)
    numerator = serializers.CharField(allow_null=True)
    denominator = serializers.CharField(allow_null=True)
    not_available = serializers.BooleanField()
    commentary = serializers.CharField()
    message = serializers.CharField()
