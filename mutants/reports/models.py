"""Frozen months. A snapshot and its rows are written once, by the freeze, and never change.

The committee's dashboard and every export are read from here, never from live returns.
Rows are denormalised: each holds everything the report shows, as it was at the freeze.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from indicators import periods
from indicators.forecast import outlook
from indicators.models import FIGURE, FinancialYear, Indicator
from submissions.models import action_summary

from .compute import NOT_AVAILABLE_NOTE


class FrozenError(Exception):
    """A frozen snapshot or row cannot be changed or deleted."""


class FrozenQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        raise FrozenError("A frozen month cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise FrozenError("A frozen month cannot be deleted.")


class Frozen(models.Model):
    """Saved once; any later save or delete raises FrozenError."""

    objects = FrozenQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise FrozenError("A frozen month cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise FrozenError("A frozen month cannot be deleted.")


class Snapshot(Frozen):
    class Source(models.TextChoices):
        SCHEDULE = "schedule", "Scheduled freeze"
        BUTTON = "button", "Freeze now"
        COMMAND = "command", "Command line"

    month = models.DateField(help_text="The month frozen (its first day).")
    version = models.PositiveSmallIntegerField(default=1)
    year = models.ForeignKey(FinancialYear, on_delete=models.PROTECT, related_name="snapshots")
    frozen_at = models.DateTimeField()
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    source = models.CharField(max_length=10, choices=Source.choices)
    reason = models.TextField(blank=True, help_text="Why a month was frozen again.")
    row_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-month", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["month", "version"], name="snapshot_month_version")
        ]

    def __str__(self) -> str:
        return f"{self.label} (version {self.version})"

    @property
    def label(self) -> str:
        return self.month.strftime("%B %Y")

    @property
    def key(self) -> str:
        return periods.month_key(self.month)


class SnapshotRow(Frozen):
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="rows")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    # The indicator and where it sits, as they were
    ref = models.CharField(max_length=20)
    title = models.CharField(max_length=255)
    directorate = models.CharField(max_length=120)
    corporate_director = models.CharField(max_length=120, blank=True)
    service_area = models.CharField(max_length=120)
    head_of_service = models.CharField(max_length=120, blank=True)
    cabinet_member = models.CharField(max_length=120, blank=True)
    kind = models.CharField(max_length=10)
    unit = models.CharField(max_length=16)
    decimals = models.PositiveSmallIntegerField()
    polarity = models.CharField(max_length=6)
    frequency = models.CharField(max_length=10)
    ytd_method = models.CharField(max_length=8)
    rolling_12 = models.BooleanField(default=False)
    # Figures: the last four periods and 13 months of trend, as [{month, label, value}]
    recent = models.JSONField(default=list)
    trend = models.JSONField(default=list)
    latest_month = models.DateField(null=True, blank=True)
    latest_value = models.DecimalField(**FIGURE)
    # The latest figure's parts, where it was entered as numerator ÷ denominator.
    latest_numerator = models.DecimalField(**FIGURE)
    latest_denominator = models.DecimalField(**FIGURE)
    current_missing = models.BooleanField(
        default=False, help_text="This period's figure was not available at the freeze (*)."
    )
    latest_rag = models.CharField(max_length=5, blank=True)
    ytd_value = models.DecimalField(**FIGURE)
    ytd_rag = models.CharField(max_length=5, blank=True)
    target = models.DecimalField(**FIGURE, help_text="The latest period's target.")
    floor = models.DecimalField(**FIGURE)
    # What the year to date was rated against: the year's target, or the profile to date.
    ytd_target = models.DecimalField(**FIGURE)
    ytd_floor = models.DecimalField(**FIGURE)
    profiled = models.BooleanField(default=False, help_text="Targets differ period by period.")
    amber_tolerance = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, help_text="Amber band, % of target."
    )
    lower = models.DecimalField(**FIGURE)
    upper = models.DecimalField(**FIGURE)
    provisional = models.BooleanField(default=False)
    revised = models.BooleanField(default=False)
    alert = models.CharField(max_length=5, blank=True)
    previous_year_value = models.DecimalField(**FIGURE)
    direction = models.CharField(max_length=9, blank=True)
    commentary = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    # The year end: projected from the figures, and the owner's own forecast if they gave one.
    forecast = models.DecimalField(**FIGURE)
    forecast_rag = models.CharField(max_length=5, blank=True)
    owner_forecast = models.DecimalField(**FIGURE)
    owner_forecast_rag = models.CharField(max_length=5, blank=True)
    forecast_reason = models.CharField(max_length=500, blank=True)
    # The indicator's actions as they stood at the freeze: [{description, lead, due, status}].
    actions = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["directorate", "service_area", "kind", "ref"]
        constraints = [
            models.UniqueConstraint(fields=["snapshot", "indicator"], name="snapshotrow_one_each")
        ]

    def __str__(self) -> str:
        return f"{self.ref} in {self.snapshot}"

    # Set by the dashboard: the row's figures under each of its table's period headings.
    cells: list[dict[str, Any] | None] | None = None

    @property
    def is_kpi(self) -> bool:
        return self.kind == "kpi"

    @property
    def year_end(self) -> Decimal | None:
        """The year-end figure the committee reads: the owner's forecast where given."""
        return self.owner_forecast if self.owner_forecast is not None else self.forecast

    @property
    def year_end_rag(self) -> str:
        return self.owner_forecast_rag if self.owner_forecast is not None else self.forecast_rag

    @property
    def outlook(self) -> str:
        return outlook(self.year_end_rag)

    @property
    def action_lines(self) -> list[str]:
        return [
            action_summary(a["description"], a["lead"], date.fromisoformat(a["due"]), a["status"])
            for a in self.actions
        ]

    @property
    def display_title(self) -> str:
        """The title with its unit where the paper needs it: money is shown in £000s."""
        if self.unit == "gbp_thousands" and "£000" not in self.title:
            return f"{self.title} (£000s)"
        return self.title

    @property
    def not_available_note(self) -> str:
        """The owner's reason this period's figure was not available, as the notes hold it."""
        found = self.notes.find(NOT_AVAILABLE_NOTE)
        return self.notes[found:] if found >= 0 else ""

    @property
    def latest_label(self) -> str:
        month: date | None = self.latest_month
        return periods.period_label(month, self.frequency) if month else ""


class RenderedExport(models.Model):
    """A snapshot's PDF or XLSX, rendered once: a snapshot never changes, so neither do they.

    Kept in the database (not on a disk shared by web and workers) so that backups hold it.
    """

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="exports")
    directorate = models.CharField(max_length=120, blank=True)
    file_format = models.CharField(max_length=4)
    content = models.BinaryField()
    rendered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["snapshot", "directorate", "file_format"], name="rendered_export_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.snapshot} {self.directorate or 'whole council'} {self.file_format}"


class Publication(models.Model):
    """A snapshot the performance team has published as open data, and whether it has
    since been withdrawn. The snapshot itself never changes: its publishing is kept here.

    Every publish and withdraw is in the history, with who, when and why.
    """

    snapshot = models.OneToOneField(Snapshot, on_delete=models.PROTECT, related_name="publication")
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # The rows whose commentary (with their actions and forecast reason) is published:
    # ticked one by one when publishing; every other row's is left out.
    commentary_rows = models.ManyToManyField(SnapshotRow, blank=True, related_name="+")
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    withdrawn_reason = models.TextField(blank=True)
    history = HistoricalRecords(m2m_fields=[commentary_rows])

    class Meta:
        ordering = ["-snapshot__month", "-snapshot__version"]

    def __str__(self) -> str:
        state = "withdrawn" if self.is_withdrawn else "published"
        return f"{self.snapshot} {state}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def is_live(self) -> bool:
        return not self.is_withdrawn


class RenderedPage(models.Model):
    """A dashboard page of a snapshot as HTML, rendered once (reports/pages.py) for a scope
    (whole council, a directorate, a service area) and an audience (the performance team
    sees more). It holds what was current when it was rendered: the latest version of its
    month and the code's fingerprint; when either has moved on it is rendered again, and a
    re-freeze drops the earlier versions' pages, as it drops their files."""

    class Audience(models.TextChoices):
        TEAM = "team", "Performance team"
        EVERYONE = "everyone", "Everyone else"

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="pages")
    directorate = models.CharField(max_length=120, blank=True)
    service_area = models.CharField(max_length=120, blank=True)
    audience = models.CharField(max_length=8, choices=Audience.choices)
    latest_version = models.PositiveSmallIntegerField(
        help_text="The month's latest version when this was rendered."
    )
    code = models.CharField(max_length=64, help_text="Fingerprint of the code that rendered it.")
    title = models.CharField(max_length=400)
    content = models.TextField()
    rendered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["snapshot", "directorate", "service_area", "audience"],
                name="rendered_page_once",
            )
        ]

    def __str__(self) -> str:
        scope = self.service_area or self.directorate or "whole council"
        return f"{self.snapshot} {scope} for {self.get_audience_display().lower()}"
