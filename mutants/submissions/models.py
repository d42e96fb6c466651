from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from indicators import periods
from indicators.models import FIGURE, FinancialYear, Indicator


class ReturnPeriod(models.Model):
    """One reporting month: when its returns open and their deadline."""

    month = models.DateField(unique=True, help_text="The first day of the month reported on.")
    year = models.ForeignKey(FinancialYear, on_delete=models.PROTECT, related_name="periods")
    opens_on = models.DateField()
    deadline = models.DateField()
    opened_at = models.DateTimeField(null=True, blank=True)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    frozen_at = models.DateTimeField(
        null=True, blank=True, help_text="When the month was first frozen into a snapshot."
    )

    class Meta:
        ordering = ["-month"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.month.strftime("%B %Y")

    @property
    def key(self) -> str:
        return periods.month_key(self.month)

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None

    @property
    def is_live(self) -> bool:
        """Opened for returns and not frozen: figures for it go through Review."""
        return self.is_open and self.frozen_at is None

    def is_past_deadline(self, today: date) -> bool:
        """The deadline has passed: returns still with their owners are overdue."""
        return self.deadline < today

    def working_days_overdue(self, today: date) -> int:
        """How many working days past the deadline `today` is (0 on or before it)."""
        return max(0, periods.working_days_between(self.deadline, today))

    @staticmethod
    def dates_for(month: date, working_days: int | None = None) -> dict:
        if working_days is None:
            working_days = settings.RETURNS_DEADLINE_WORKING_DAYS
        return {
            "opens_on": periods.opening_day(month),
            "deadline": periods.deadline(month, working_days),
        }


class ReturnQuerySet(models.QuerySet["Return"]):
    def for_month(self, month: date) -> ReturnQuerySet:
        return self.filter(period__month=month)

    def approved(self) -> ReturnQuerySet:
        return self.filter(status=Return.Status.APPROVED)

    def awaiting_owner(self) -> ReturnQuerySet:
        return self.filter(status__in=AWAITING_OWNER)

    def overdue(self, today: date) -> ReturnQuerySet:
        return self.awaiting_owner().filter(period__deadline__lt=today)


AWAITING_OWNER = ("draft", "returned")  # the states in which the owner may change a return


class Return(models.Model):
    """An owner's figure for one indicator and one month, and where it is in sign-off."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        RETURNED = "returned", "Returned to owner"
        APPROVED = "approved", "Approved"

    class Source(models.TextChoices):
        PORTAL = "portal", "Entered in the portal"
        IMPORT = "import", "Imported"
        API = "api", "Posted by a source system"

    class Task(models.TextChoices):
        """Where a return stands for its owner, in the words of My returns' task list."""

        TO_DO = "todo", "To do"
        DRAFT = "draft", "Draft"
        RETURNED = "returned", "Returned to you"
        SUBMITTED = "submitted", "Submitted"
        APPROVED = "approved", "Approved"

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="returns")
    period = models.ForeignKey(ReturnPeriod, on_delete=models.PROTECT, related_name="returns")
    value = models.DecimalField(**FIGURE)
    numerator = models.DecimalField(**FIGURE)
    denominator = models.DecimalField(**FIGURE)
    not_available = models.BooleanField(default=False)
    not_available_reason = models.CharField(max_length=500, blank=True)
    commentary = models.TextField(blank=True)
    outlier_confirmed = models.BooleanField(default=False)
    # From a KPI's second red month running: why there is no open action, where there is none.
    no_action_reason = models.TextField("why no action is open", blank=True)
    # The owner's own year-end forecast, where they override the projection, and why.
    forecast = models.DecimalField("owner's year-end forecast", **FIGURE)
    forecast_reason = models.CharField("why the forecast differs", max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    source = models.CharField(max_length=8, choices=Source.choices, default=Source.PORTAL)
    # Optimistic lock: every write bumps it, and an UPDATE only lands on the version it read.
    version = models.PositiveIntegerField(default=1)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True, help_text="Why it was returned or reopened.")
    # The owner's answer to that reason, sent with the resubmission and shown on Review.
    owner_reply = models.TextField("answer to the reviewer", blank=True)
    # The version a send-back or reopening left, so a resubmission can tell whether the
    # owner has changed anything since.
    returned_version = models.PositiveIntegerField(null=True, blank=True, editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # The owner a deputy submitted it for, while covering for them ("submitted by X for Y").
    submitted_for = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Whoever last changed the figures (typed, imported or posted them): they may not approve.
    figure_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    objects = ReturnQuerySet.as_manager()

    class Meta:
        ordering = ["period__month", "indicator__ref"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period"], name="return_one_per_indicator_month"
            ),
        ]
        indexes = [models.Index(fields=["period", "status"], name="return_period_status_idx")]

    def __str__(self) -> str:
        return f"{self.indicator.ref} {self.period.key}"

    @property
    def awaiting_owner(self) -> bool:
        return self.status in AWAITING_OWNER

    def is_overdue(self, today: date) -> bool:
        """Waiting for its owner after the deadline: the one rule, for every page and task."""
        return self.awaiting_owner and self.period.is_past_deadline(today)

    @property
    def task(self) -> Return.Task:
        """A draft is "To do" until something has been saved in it."""
        if self.status != self.Status.DRAFT:
            return self.Task(self.status)
        saved = (self.value, self.numerator, self.denominator)
        started = any(v is not None for v in saved) or self.not_available or self.commentary
        return self.Task.DRAFT if started else self.Task.TO_DO

    @staticmethod
    def stored(value: Decimal | None) -> Decimal | None:
        """A figure as the database keeps it (6 places), so what is rated is what is saved."""
        return None if value is None else value.quantize(Decimal("0.000001"))


class Reminder(models.Model):
    """A reminder sent about a return on a day: the unique pair makes a second one impossible."""

    ret = models.ForeignKey(Return, on_delete=models.CASCADE, related_name="reminders")
    sent_on = models.DateField()
    kind = models.CharField(max_length=10, choices=[("due", "Due soon"), ("overdue", "Overdue")])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ret", "sent_on"], name="reminder_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.ret} reminded {self.sent_on}"


class Notification(models.Model):
    """An e-mail owed to someone, written in the same transaction as the change that owes it.

    A worker sends it; if the broker or the mail server is down, it stays unsent and the
    scheduled delivery run sends it later: a notification is never lost with the request.
    """

    class Event(models.TextChoices):
        RETURNED = "returned", "Returned to its owner"
        REOPENED = "reopened", "Reopened for correction"
        RESUBMITTED = "resubmitted", "Resubmitted after being returned"

    ret = models.ForeignKey(Return, on_delete=models.CASCADE, related_name="notifications")
    event = models.CharField(max_length=12, choices=Event.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    # A worker claims a notice before sending it (so two never send it at once), and marks
    # it sent only once the mail server has accepted it: a worker killed mid-send leaves
    # a claim that lapses, and the notice is sent by the next delivery run.
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["sent_at"], name="notification_unsent_idx")]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.ret}"


class ActionQuerySet(models.QuerySet["Action"]):
    def open(self) -> ActionQuerySet:
        return self.filter(status__in=Action.OPEN)

    def overdue(self, today: date) -> ActionQuerySet:
        return self.open().filter(due__lt=today)


class Action(models.Model):
    """What will be done about a red (or amber) KPI: carried from month to month until it
    is done or dropped, with dated progress notes."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        DROPPED = "dropped", "Dropped"

    OPEN = (Status.PLANNED, Status.IN_PROGRESS)

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="actions")
    opened_for = models.ForeignKey(
        ReturnPeriod,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The month whose return it was recorded on.",
    )
    description = models.TextField("what will be done", max_length=1000)
    lead = models.CharField("who leads it", max_length=120)
    due = models.DateField("due by")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PLANNED)
    closed_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        indexes = [models.Index(fields=["indicator", "status"], name="action_indicator_status_idx")]

    def __str__(self) -> str:
        return f"{self.indicator.ref}: {self.description[:60]}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due < today

    @property
    def summary(self) -> str:
        """As the committee reads it: "Action: … – lead, due 31 Jan 2027, in progress"."""
        return action_summary(self.description, self.lead, self.due, self.get_status_display())


def action_summary(description: str, lead: str, due: date, status: str) -> str:
    return f"Action: {description.strip()} – {lead}, due {due:%-d %b %Y}, {status.lower()}"


class ActionNote(models.Model):
    """A dated note of progress on an action, written with a month's return."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="notes")
    period = models.ForeignKey(ReturnPeriod, on_delete=models.PROTECT, related_name="+")
    written_on = models.DateField()
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(max_length=2000)
    history = HistoricalRecords()

    class Meta:
        ordering = ["written_on", "pk"]

    def __str__(self) -> str:
        return f"{self.written_on:%-d %b %Y}: {self.text[:60]}"


class ActionReminder(models.Model):
    """An overdue action chased on a day: the unique pair makes a second one impossible."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="reminders")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["action", "sent_on"], name="action_reminder_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.action} chased {self.sent_on}"


class DeputyQuerySet(models.QuerySet["Deputy"]):
    def on(self, day: date) -> DeputyQuerySet:
        """Cover in force on `day`."""
        return self.filter(starts__lte=day, ends__gte=day)


class Deputy(models.Model):
    """An owner's cover while they are away: for these dates the deputy sees, fills in and
    submits the owner's returns, recorded as submitted by the deputy for the owner."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deputies"
    )
    deputy = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="covering"
    )
    starts = models.DateField("from")
    ends = models.DateField("until", help_text="The last day of the cover.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = DeputyQuerySet.as_manager()

    class Meta:
        ordering = ["starts", "pk"]
        verbose_name_plural = "deputies"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gte=models.F("starts")), name="deputy_dates"
            ),
            models.CheckConstraint(
                condition=~models.Q(owner=models.F("deputy")), name="deputy_not_owner"
            ),
        ]

    def __str__(self) -> str:
        return f"{person_name(self.deputy)} for {person_name(self.owner)}, {self.span}"

    @property
    def span(self) -> str:
        if self.starts == self.ends:
            return f"{self.starts:%-d %B %Y}"
        return f"{self.starts:%-d %B} to {self.ends:%-d %B %Y}"


def person_name(user: object) -> str:
    """A person as the pages and e-mails name them: full name, else username."""
    return user.get_full_name() or user.username  # type: ignore[attr-defined]
