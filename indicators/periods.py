"""The calendar: financial years, reporting months, quarters and working days.

A financial year runs 1 April to 31 March and is named `2023/24`. A month is held as
the date of its first day. Working days skip weekends and England's bank holidays,
taken from the `holidays` package.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

import holidays

QUARTER_END_MONTHS = (6, 9, 12, 3)
YEAR_LABEL = re.compile(r"^\s*(\d{4})\s*/\s*(\d{2}|\d{4})\s*$")
MONTH_KEY = re.compile(r"(\d{4})-(\d{2})")  # whole text only: no 2023-1, no newline


def financial_year_of(day: date) -> int:
    """The start year of the financial year holding `day`: 2024-02-10 is in 2023/24."""
    return day.year if day.month >= 4 else day.year - 1


def year_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def parse_year_label(text: str) -> int:
    """`2023/24` (or `2023/2024`) to 2023; ValueError with a plain message otherwise."""
    match = YEAR_LABEL.match(str(text))
    if not match:
        raise ValueError(f"“{text}” is not a financial year: write it like 2023/24.")
    start, end = int(match.group(1)), int(match.group(2))
    if end % 100 != (start + 1) % 100 or (end >= 100 and end != start + 1):
        raise ValueError(f"“{text}” is not a financial year: the years must follow on, as 2023/24.")
    return start


def year_start(start_year: int) -> date:
    return date(start_year, 4, 1)


def year_end(start_year: int) -> date:
    return date(start_year + 1, 3, 31)


def months_of_year(start_year: int) -> list[date]:
    """The twelve months of a financial year, April first."""
    return [add_months(date(start_year, 4, 1), i) for i in range(12)]


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + (month.month - 1) + count
    return date(index // 12, index % 12 + 1, 1)


def month_key(month: date) -> str:
    """The machine form of a month: `2023-10`."""
    return f"{month.year:04d}-{month.month:02d}"


def parse_month(text: str) -> date:
    """`2023-10` to 1 October 2023; ValueError with a plain message otherwise."""
    match = MONTH_KEY.fullmatch(str(text))
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 < int(match.group(1)) < 2200:
        raise ValueError(f"“{text}” is not a month: write it as YYYY-MM, for example 2023-10.")
    return date(int(match.group(1)), int(match.group(2)), 1)


def month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def quarter_of(month: date) -> int:
    """Financial quarter 1–4: April–June is Q1, January–March is Q4."""
    return (month.month - 4) % 12 // 3 + 1


def is_due(frequency: str, month: date) -> bool:
    """Whether an indicator of this frequency reports for `month`.

    Quarterly figures are due in the quarter's last month, annual ones in March.
    """
    if frequency == "quarterly":
        return month.month in QUARTER_END_MONTHS
    if frequency == "annual":
        return month.month == 3
    return True


@lru_cache(maxsize=4096)  # date.strftime is slow (10,000 labels took 0.1 s) and pages repeat them
def period_label(month: date, frequency: str = "monthly") -> str:
    """How a committee paper names a period: `Oct-23`, `Sep-23 (Q2)`, `2023/24`."""
    short = month.strftime("%b-%y")
    if frequency == "quarterly":
        return f"{short} (Q{quarter_of(month)})"
    if frequency == "annual":
        return year_label(financial_year_of(month))
    return short


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_day_on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(day: date, count: int) -> date:
    """The `count`th working day after `day` (count 0: `day` itself if it is one)."""
    if count == 0:
        return working_day_on_or_after(day)
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative if `end` is before)."""
    sign = 1 if end >= start else -1
    low, high = sorted((start, end))
    days = sum(1 for i in range(1, (high - low).days + 1) if is_working_day(low + timedelta(i)))
    return sign * days


def opening_day(month: date) -> date:
    """Returns for a month open on the first working day after it ends."""
    return working_day_on_or_after(add_months(month, 1))


def deadline(month: date, working_days: int) -> date:
    """The last day for a month's returns: `working_days` working days after month end."""
    return add_working_days(month_end(month), working_days)
