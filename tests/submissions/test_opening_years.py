"""Which months' returns may be opened: only within the financial years the portal holds,
and the year after (a slip of the keyboard must not open March 1901)."""

from __future__ import annotations

from datetime import date

import pytest

from indicators.models import FinancialYear
from submissions.models import ReturnPeriod
from submissions.services import PeriodNotOpen, period_open

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 25)  # financial year 2026/27


def opens(month: date) -> bool:
    try:
        period_open(month=month, today=TODAY)
    except PeriodNotOpen:
        return False
    return ReturnPeriod.objects.filter(month=month, opened_at__isnull=False).exists()


def test_with_no_year_yet_last_year_may_be_opened_but_not_earlier():
    assert not opens(date(2025, 3, 1))  # 2024/25: two years back
    assert opens(date(2025, 4, 1))  # 2025/26, last year


def test_with_years_held_from_the_first_to_the_one_after_the_last():
    for start in (2023, 2024):
        FinancialYear.objects.create(start_year=start)
    with pytest.raises(PeriodNotOpen, match=r"2022/23 is outside the financial years the "
                       r"portal holds \(2023/24 to 2025/26\): check the month."):  # fmt: skip
        period_open(month=date(2023, 3, 1), today=TODAY)
    assert not opens(date(2026, 4, 1))  # two after the last held
    assert opens(date(2023, 4, 1))  # the first held
    assert opens(date(2025, 4, 1))  # the year after the last: its targets carried over


def test_opening_makes_one_draft_for_each_active_indicator_due_and_no_second(db):
    from indicators.models import Indicator
    from submissions.models import Return
    from submissions.services import ensure_returns
    from tests.factories import IndicatorFactory, period_for

    monthly = [IndicatorFactory(ref=f"M{i}") for i in range(3)]
    IndicatorFactory(ref="Q1", frequency=Indicator.Frequency.QUARTERLY)  # due in December
    IndicatorFactory(ref="OLD", is_active=False)
    period = period_for(date(2026, 10, 1))
    # A return of another month first, so that no return's id happens to be its indicator's.
    Return.objects.create(indicator=monthly[2], period=period_for(date(2026, 9, 1)))
    Return.objects.create(indicator=monthly[0], period=period)

    assert ensure_returns(period) == 2
    refs = Return.objects.filter(period=period).values_list("indicator__ref", flat=True)
    assert sorted(refs) == ["M0", "M1", "M2"]
    made = Return.objects.get(period=period, indicator=monthly[1])
    assert made.status == Return.Status.DRAFT
    assert made.history.get().history_change_reason == "Opened"
    assert ensure_returns(period) == 0


def test_an_indicator_added_later_gets_its_return_and_only_it(db):
    from submissions.models import Return
    from submissions.services import ensure_returns
    from tests.factories import IndicatorFactory, period_for

    period = period_for(date(2026, 10, 1))
    IndicatorFactory(ref="A1")
    added = IndicatorFactory(ref="NEW")
    assert ensure_returns(period, [added]) == 1
    assert list(Return.objects.filter(period=period).values_list("indicator__ref", flat=True)) == [
        "NEW"
    ]
