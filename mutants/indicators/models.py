from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Upper
from simple_history.models import HistoricalRecords

from . import periods, rating
from .rating import ThresholdsLike
from .validation import figure_range, target_problems

FIGURE = {"max_digits": 20, "decimal_places": 6, "null": True, "blank": True}


class Directorate(models.Model):
    name = models.CharField(max_length=120, unique=True)
    corporate_director = models.CharField(max_length=120, blank=True)
    cabinet_committee = models.CharField(
        max_length=120, blank=True, help_text="The committee that reviews its dashboard."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ServiceArea(models.Model):
    directorate = models.ForeignKey(
        Directorate, on_delete=models.PROTECT, related_name="service_areas"
    )
    name = models.CharField(max_length=120)
    head_of_service = models.CharField("director or head of service", max_length=120, blank=True)
    cabinet_member = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["directorate__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["directorate", "name"],
                name="servicearea_unique_name_in_directorate",
                violation_error_message="This directorate already has a service area of that name.",
            )
        ]

    def __str__(self) -> str:
        return self.name


class IndicatorQuerySet(models.QuerySet["Indicator"]):
    def active(self) -> IndicatorQuerySet:
        return self.filter(is_active=True)

    def kpis(self) -> IndicatorQuerySet:
        return self.filter(kind=Indicator.Kind.KPI)

    def owned_by(self, user: AbstractBaseUser) -> IndicatorQuerySet:
        return self.filter(owners=user)


class Indicator(models.Model):
    class Kind(models.TextChoices):
        KPI = "kpi", "KPI"
        ACTIVITY = "activity", "Activity indicator"

    class Unit(models.TextChoices):
        PERCENT = "percent", "Percentage"
        COUNT = "count", "Count"
        GBP_THOUSANDS = "gbp_thousands", "£000s"
        SECONDS = "seconds", "Seconds"
        DAYS = "days", "Days"
        NUMBER = "number", "Number"

    class Polarity(models.TextChoices):
        HIGHER = rating.Polarity.HIGHER.value, "Higher is better"
        LOWER = rating.Polarity.LOWER.value, "Lower is better"

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", "Monthly"
        QUARTERLY = "quarterly", "Quarterly"
        ANNUAL = "annual", "Annual"

    class YtdMethod(models.TextChoices):
        RATIO = rating.YtdMethod.RATIO.value, "Ratio of sums (numerator ÷ denominator)"
        SUM = rating.YtdMethod.SUM.value, "Sum"
        MEAN = rating.YtdMethod.MEAN.value, "Mean"
        LATEST = rating.YtdMethod.LATEST.value, "Latest figure"
        NONE = rating.YtdMethod.NONE.value, "None (not meaningful)"

    ref = models.CharField(
        "reference",
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                "Use letters, digits, dots, dashes or underscores, as FN06 or CS04a.",
            )
        ],
    )
    title = models.CharField(max_length=255)
    definition = models.TextField(blank=True, help_text="How the figure is measured.")
    service_area = models.ForeignKey(
        ServiceArea, on_delete=models.PROTECT, related_name="indicators"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.KPI)
    unit = models.CharField(max_length=16, choices=Unit.choices, default=Unit.PERCENT)
    decimals = models.PositiveSmallIntegerField(
        "decimal places", default=0, validators=[MaxValueValidator(3)]
    )
    polarity = models.CharField(max_length=6, choices=Polarity.choices, default=Polarity.HIGHER)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default="monthly")
    ytd_method = models.CharField(
        "year-to-date method", max_length=8, choices=YtdMethod.choices, default=YtdMethod.MEAN
    )
    takes_fraction = models.BooleanField(
        "takes a numerator and denominator",
        default=False,
        help_text="The owner enters both; the figure is derived, never typed.",
    )
    numerator_label = models.CharField(max_length=120, blank=True)
    denominator_label = models.CharField(max_length=120, blank=True)
    rolling_12 = models.BooleanField(
        "rolling 12 months", default=False, help_text="Each figure covers the last 12 months."
    )
    minimum = models.DecimalField(
        "lowest figure",
        **FIGURE,
        help_text="Blank: the unit's usual range (a percentage 0 to 100, counts never "
        "negative). Set it for figures that may be negative, such as a change of -16%.",
    )
    maximum = models.DecimalField("highest figure", **FIGURE, help_text="Blank: the unit's usual.")
    amber_tolerance = models.DecimalField(
        "amber band (% of target)",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="For a KPI with a target but no floor standard: AMBER within this "
        "percentage of the target, rather than RED. Blank: the council's default "
        "(AMBER_TOLERANCE_PERCENT); 0: none.",
    )
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="owned_indicators", blank=True
    )
    is_active = models.BooleanField("active", default=True)
    context_for = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="context_indicators",
        limit_choices_to={"kind": "kpi"},
        verbose_name="gives context to",
        help_text="For an activity indicator: the KPI it gives context to.",
    )
    # The same measure in national frameworks, so open data can be joined with theirs.
    lof_id = models.CharField(
        "Local Outcomes Framework id",
        max_length=40,
        blank=True,
        help_text="The MHCLG Local Outcomes Framework metric this indicator reports, if any.",
    )
    oflog_id = models.CharField(
        "Oflog id", max_length=40, blank=True, help_text="The Oflog metric id, if any."
    )
    lginform_id = models.CharField(
        "LG Inform id", max_length=40, blank=True, help_text="The LG Inform metric id, if any."
    )
    api_submits = models.BooleanField(
        "figures from a source system are submitted",
        default=False,
        help_text="A figure a source system posts through the API is submitted for review on "
        "the owners' behalf. Unticked: it is saved as a draft for the owner to check and "
        "submit. Either way the performance team still approves it.",
    )
    history = HistoricalRecords(m2m_fields=[owners])

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["ref"]
        constraints = [
            models.UniqueConstraint(
                Upper("ref"),
                name="indicator_ref_unique_any_case",
                violation_error_message="An indicator with this reference already exists.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ref} {self.title}"

    @property
    def is_kpi(self) -> bool:
        return self.kind == self.Kind.KPI

    @property
    def ratio_scale(self) -> int:
        return 100 if self.unit == self.Unit.PERCENT else 1

    def is_due(self, month: date) -> bool:
        return periods.is_due(self.frequency, month)

    @property
    def figure_range(self) -> tuple[Decimal | None, Decimal | None]:
        return figure_range(self.unit, self.minimum, self.maximum)

    @property
    def tolerance(self) -> Decimal | None:
        """The amber band used where a target has no floor: its own, else the council's."""
        if self.amber_tolerance is not None:
            return self.amber_tolerance or None
        default = getattr(settings, "AMBER_TOLERANCE_PERCENT", None)
        return Decimal(str(default)) if default else None

    def rate(self, value: Decimal | None, target: ThresholdsLike | None) -> rating.Rag | None:
        """The RAG of a figure of this KPI against a target; None for an activity indicator,
        or where there is no target or no figure. Everything that rates a KPI calls this."""
        if not self.is_kpi or target is None:
            return None
        return rating.rag(
            value,
            target=target.target,
            floor=target.floor,
            polarity=self.polarity,
            decimals=self.decimals,
            tolerance=self.tolerance,
        )

    def rate_ytd(self, value: Decimal | None, target: ThresholdsLike | None) -> rating.Rag | None:
        """The YTD RAG: N/A where a year to date means nothing, else as `rate`."""
        if not self.is_kpi or target is None:
            return None
        return rating.ytd_rag(
            self.ytd_method,
            value,
            target=target.target,
            floor=target.floor,
            polarity=self.polarity,
            decimals=self.decimals,
            tolerance=self.tolerance,
        )

    def clean_fields(self, exclude: set[str] | None = None) -> None:
        self.ref = (self.ref or "").strip()
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.ytd_method == self.YtdMethod.RATIO and not self.takes_fraction:
            errors.setdefault("takes_fraction", []).append(
                "A year to date by ratio of sums needs a numerator and denominator."
            )
        if self.unit == self.Unit.COUNT and self.decimals:
            errors.setdefault("decimals", []).append("A count has no decimal places.")
        if self.minimum is not None and self.maximum is not None and self.minimum >= self.maximum:
            errors.setdefault("maximum", []).append(
                "The highest figure must be more than the lowest."
            )
        if self.context_for_id:
            if self.kind != self.Kind.ACTIVITY:
                errors.setdefault("context_for", []).append(
                    "Only an activity indicator gives context to a KPI."
                )
            elif self.context_for.kind != self.Kind.KPI:
                errors.setdefault("context_for", []).append("Choose a KPI.")
        if errors:
            raise ValidationError(errors)


class FinancialYear(models.Model):
    start_year = models.PositiveSmallIntegerField(
        unique=True, validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )

    class Meta:
        ordering = ["start_year"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return periods.year_label(self.start_year)

    @property
    def starts_on(self) -> date:
        return periods.year_start(self.start_year)

    @property
    def ends_on(self) -> date:
        return periods.year_end(self.start_year)

    @property
    def months(self) -> list[date]:
        return periods.months_of_year(self.start_year)


class TargetQuerySet(models.QuerySet["Target"]):
    def yearly(self) -> TargetQuerySet:
        """The whole year's targets, not the periods' own (a profile)."""
        return self.filter(period__isnull=True)


class Target(models.Model):
    """What the committee agreed for one indicator: for a financial year, or (a profiled
    target, such as a collection profile) for one period of it, which then takes precedence
    over the year's for that period."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = models.ForeignKey(FinancialYear, on_delete=models.PROTECT, related_name="targets")
    period = models.DateField(
        null=True,
        blank=True,
        help_text="Blank: the whole year's target. A month, as 2023-09 (for a quarterly "
        "indicator the quarter's last month): that period's own target.",
    )
    target = models.DecimalField(**FIGURE)
    floor = models.DecimalField("floor standard", **FIGURE)
    lower = models.DecimalField("lower threshold", **FIGURE)
    upper = models.DecimalField("upper threshold", **FIGURE)
    note = models.CharField(
        max_length=255, blank=True, help_text="For example “New indicator for 2023/24”."
    )
    revised = models.BooleanField(
        "revised definition",
        default=False,
        help_text="The definition changed this year: figures are not compared with earlier years.",
    )
    provisional = models.BooleanField(
        default=False,
        help_text="Carried over from last year until the committee agrees this year's.",
    )
    history = HistoricalRecords()

    objects = TargetQuerySet.as_manager()

    class Meta:
        ordering = ["year__start_year", "indicator__ref", "period"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year"],
                condition=models.Q(period__isnull=True),
                name="target_one_per_indicator_year",
                violation_error_message="This indicator already has targets for that year.",
            ),
            models.UniqueConstraint(
                fields=["indicator", "period"],
                condition=models.Q(period__isnull=False),
                name="target_one_per_indicator_period",
                violation_error_message="This indicator already has a target for that period.",
            ),
        ]

    def __str__(self) -> str:
        if self.period:
            return f"{self.indicator.ref} {periods.period_label(self.period)}"
        return f"{self.indicator.ref} {self.year}"

    @property
    def period_label(self) -> str:
        if self.period is None:
            return "Whole year"
        return periods.period_label(self.period, self.indicator.frequency)

    period_label.fget.short_description = "period"  # type: ignore[attr-defined]

    def problems(self) -> dict[str, list[str]]:
        indicator = self.indicator
        found = target_problems(
            kind=indicator.kind,
            unit=indicator.unit,
            polarity=indicator.polarity,
            decimals=indicator.decimals,
            target=self.target,
            floor=self.floor,
            lower=self.lower,
            upper=self.upper,
            minimum=indicator.minimum,
            maximum=indicator.maximum,
        )
        if self.period is not None and self.year_id:
            period = date(self.period.year, self.period.month, 1)
            if periods.financial_year_of(period) != self.year.start_year:
                found.setdefault("period", []).append(
                    f"{periods.month_key(period)} is not in {self.year.label}."
                )
            elif not indicator.is_due(period):
                where = (
                    "the quarter's last month (June, September, December or March)"
                    if indicator.frequency == Indicator.Frequency.QUARTERLY
                    else "March"
                )
                found.setdefault("period", []).append(
                    f"{indicator.ref} is reported {indicator.frequency}: give {where}."
                )
        return found

    def clean(self) -> None:
        if self.period is not None:
            self.period = date(self.period.year, self.period.month, 1)
        if self.indicator_id and (problems := self.problems()):
            raise ValidationError(problems)

    def rag(self, value: Decimal | None) -> rating.Rag | None:
        return self.indicator.rate(value, self)
