"""What an owner enters for a return, and the rules it must meet.

Shared by the return form (which turns text into Decimals) and the services (which
check again before anything is saved), so a rule holds however a return is changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from decimal import Decimal

from indicators import rating
from indicators.formatting import format_figure
from indicators.models import Indicator
from indicators.rating import ThresholdsLike
from indicators.validation import places, range_problem
from indicators.year_end import YearEnd

from .checks import Outlier, outlier
from .models import Return

PART_DECIMALS = 2  # numerators and denominators: counts, or FTEs to two places
STORED_PLACES = 6  # what the database keeps


@dataclass(frozen=True)
class ReturnData:
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    not_available: bool = False
    not_available_reason: str = ""
    commentary: str = ""
    outlier_confirmed: bool = False
    no_action_reason: str = ""
    forecast: Decimal | None = None  # the owner's own year-end forecast
    forecast_reason: str = ""
    reply: str = ""  # the owner's answer to a reviewer who sent the return back

    @classmethod
    def of(cls, ret: Return) -> ReturnData:
        return cls(
            ret.value,
            ret.numerator,
            ret.denominator,
            ret.not_available,
            ret.not_available_reason,
            ret.commentary,
            ret.outlier_confirmed,
            ret.no_action_reason,
            ret.forecast,
            ret.forecast_reason,
            ret.owner_reply,
        )

    def figure(self, indicator: Indicator) -> Decimal | None:
        """The figure to rate: derived from its parts where the indicator takes them."""
        if self.not_available:
            return None
        if indicator.takes_fraction:
            return rating.derive_ratio(
                self.numerator, self.denominator, scale=indicator.ratio_scale
            )
        return self.value

    def apply_to(self, ret: Return) -> None:
        indicator = ret.indicator
        ret.not_available = self.not_available
        ret.not_available_reason = self.not_available_reason.strip() if self.not_available else ""
        ret.commentary = self.commentary.strip()
        ret.outlier_confirmed = self.outlier_confirmed
        ret.no_action_reason = self.no_action_reason.strip()
        ret.forecast = self.forecast
        ret.forecast_reason = self.forecast_reason.strip() if self.forecast is not None else ""
        ret.owner_reply = self.reply.strip()
        if self.not_available:
            ret.value = ret.numerator = ret.denominator = None
        elif indicator.takes_fraction:
            ret.numerator, ret.denominator = self.numerator, self.denominator
            ret.value = Return.stored(self.figure(indicator))
        else:
            ret.numerator = ret.denominator = None
            ret.value = self.value


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def step(indicator: Indicator) -> Decimal:
    return Decimal(1).scaleb(-indicator.decimals)


def figure_problems(indicator: Indicator, data: ReturnData) -> dict[str, str]:
    """Problems with the figures as typed, by field; empty if they could be saved."""
    problems = _figure_problems(indicator, data)
    if data.forecast is not None:
        if problem := _out_of_range(indicator, data.forecast):
            problems["forecast"] = problem
        elif not data.forecast_reason.strip():
            problems["forecast_reason"] = "Say why your forecast differs from the projection."
    return problems


def _figure_problems(indicator: Indicator, data: ReturnData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.not_available:
        if not data.not_available_reason.strip():
            problems["not_available_reason"] = "Say why the figure is not available."
        typed = [data.value, data.numerator, data.denominator]
        if any(v is not None for v in typed):
            field = "numerator" if indicator.takes_fraction else "value"
            problems[field] = "Clear the figure, or untick “not available”."
        return problems
    if indicator.takes_fraction:
        for field in ("numerator", "denominator"):
            number = getattr(data, field)
            if number is None:
                continue
            if number < 0:
                problems[field] = "This cannot be negative."
            elif places(number) > PART_DECIMALS:
                problems[field] = f"Give at most {PART_DECIMALS} decimal places."
        num, den = data.numerator, data.denominator
        if "denominator" not in problems and den is not None and den == 0:
            problems["denominator"] = "The denominator must be more than 0."
        if problems or num is None or den is None:
            return problems
        if indicator.unit == Indicator.Unit.PERCENT and num > den and indicator.maximum is None:
            problems["numerator"] = (
                f"The numerator ({_fmt(num)}) cannot be more than the denominator ({_fmt(den)})."
            )
        elif problem := _out_of_range(indicator, data.figure(indicator)):
            problems["numerator"] = (
                f"{_fmt(num)} ÷ {_fmt(den)} gives a figure out of range. {problem}"
            )
        return problems
    value = data.value
    if value is None:
        return problems
    # More places than the indicator shows are kept as typed, and shown and rated rounded.
    if places(value) > STORED_PLACES:
        problems["value"] = f"Give at most {STORED_PLACES} decimal places."
    elif indicator.unit == Indicator.Unit.COUNT and value != value.to_integral_value():
        problems["value"] = "Give a whole number."  # a count has no parts
    elif problem := _out_of_range(indicator, value):
        problems["value"] = problem
    return problems


def _out_of_range(indicator: Indicator, value: Decimal | None) -> str:
    if value is None:
        return ""
    return range_problem(
        value, unit=indicator.unit, minimum=indicator.minimum, maximum=indicator.maximum
    )


def rag_of(
    indicator: Indicator, target: ThresholdsLike | None, figure: Decimal | None
) -> rating.Rag | None:
    return indicator.rate(figure, target)


def shown_as(indicator: Indicator, value: Decimal | None) -> str:
    """Where a figure has more places than the indicator shows: how it will be shown and
    rated ("Shown and rated as 95%."); "" where it is shown as typed."""
    if value is None or places(value) <= indicator.decimals:
        return ""
    return f"Shown and rated as {format_figure(value, indicator.unit, indicator.decimals)}."


COMMENTARY_REQUIRED = (
    "Commentary is required: this figure rates RED. Say what happened, why, and what is being done."
)


def commentary_required(rag: rating.Rag | None) -> bool:
    """A red figure needs commentary: the one place the rule lives."""
    return rag is rating.Rag.RED


def outlier_of(
    indicator: Indicator, data: ReturnData, history: Sequence[Decimal]
) -> Outlier | None:
    return outlier(data.figure(indicator), history, step=step(indicator))


def usual_range(indicator: Indicator, found: Outlier) -> str:
    """Where the last 12 figures usually lie, in words: `between 85.0% and 92.0%`."""
    lowest, _ = indicator.figure_range
    low = format_figure(
        found.low if lowest is None else max(found.low, lowest), indicator.unit, indicator.decimals
    )
    high = format_figure(found.high, indicator.unit, indicator.decimals)
    return f"between {low} and {high}"


def outlier_message(indicator: Indicator, found: Outlier) -> str:
    return (
        f"This is far from the last 12 figures (usually {usual_range(indicator, found)}). "
        "Check it, then tick “I have checked this figure”."
    )


@dataclass(frozen=True)
class Preview:
    """What a figure being entered would show and rate: the card as it is typed, the live
    preview's answer and the spreadsheet's preview all read this."""

    figure: Decimal | None
    shown_as: str
    rag: rating.Rag | None
    outlier: Outlier | None
    outlier_message: str
    year_end: YearEnd

    @property
    def commentary_required(self) -> bool:
        return commentary_required(self.rag)


def preview(
    indicator: Indicator,
    data: ReturnData,
    *,
    target: ThresholdsLike | None,
    history: Sequence[Decimal],
    year_end: YearEnd,
) -> Preview:
    """The figure `data` makes for `indicator`, how it is shown, its RAG against `target`,
    whether it is far from `history` (the last 12 figures), and the year end it gives."""
    found = outlier_of(indicator, data, history)
    return Preview(
        figure=data.figure(indicator),
        shown_as=shown_as(indicator, data.value),
        rag=rag_of(indicator, target, data.figure(indicator)),
        outlier=found,
        outlier_message=outlier_message(indicator, found) if found else "",
        year_end=year_end,
    )


@dataclass(frozen=True)
class Judging:
    """What a submission is checked against: the target, the figures before it, whether the
    period before was red, and how many actions are open on the indicator."""

    target: ThresholdsLike | None
    history: Sequence[Decimal] = ()
    previous_red: bool = False
    open_actions: int = 0


SECOND_RED = (
    "This is the second red month running: record what is being done as an action below, "
    "or say here why there is none."
)


def submit_problems(indicator: Indicator, data: ReturnData, judging: Judging) -> dict[str, str]:
    """What stops a return being submitted, by field; empty if it may be submitted."""
    problems: dict[str, str] = {}
    target, history = judging.target, judging.history
    figure = data.figure(indicator)
    if not data.not_available and figure is None:
        if indicator.takes_fraction:
            for field in ("numerator", "denominator"):
                if getattr(data, field) is None:
                    problems[field] = "Enter this, or tick “not available” and say why."
        else:
            problems["value"] = "Enter the figure, or tick “not available” and say why."
        return problems
    red = commentary_required(rag_of(indicator, target, figure))
    if red and not data.commentary.strip():
        problems["commentary"] = (
            "This figure rates RED: say what happened, why, and what is being done."
        )
    if (
        red
        and judging.previous_red
        and not judging.open_actions
        and not data.no_action_reason.strip()
    ):
        problems["no_action_reason"] = SECOND_RED
    found = outlier_of(indicator, data, history)
    if found and not data.outlier_confirmed:
        field = "numerator" if indicator.takes_fraction else "value"
        problems[field] = outlier_message(indicator, found)
    return problems


# What an owner can change on a return (its figures and what goes with them).
OWNER_FIELDS = (
    "value",
    "numerator",
    "denominator",
    "not_available",
    "not_available_reason",
    "commentary",
    "outlier_confirmed",
    "no_action_reason",
    "forecast",
    "forecast_reason",
)
UNANSWERED = (
    "This return was sent back to you: change what the reviewer asked about, or answer "
    "them here, before submitting it again."
)


def unanswered(ret: Return, data: ReturnData, stored_version: int) -> dict[str, str]:
    """A returned return goes back to its reviewer only changed or answered, not as it was
    sent back: the problem to show beside the answer if neither (else nothing).
    `stored_version` is the return's version as it stands, before this request."""
    if ret.status != Return.Status.RETURNED or data.reply.strip():
        return {}
    saved_since = ret.returned_version is not None and stored_version > ret.returned_version
    probe = copy(ret)
    data.apply_to(probe)
    typed_now = any(getattr(probe, name) != getattr(ret, name) for name in OWNER_FIELDS)
    return {} if saved_since or typed_now else {"reply": UNANSWERED}
