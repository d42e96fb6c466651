from datetime import date

import pytest

from indicators import periods


def test_the_financial_year_runs_april_to_march():
    assert periods.financial_year_of(date(2024, 3, 31)) == 2023
    assert periods.financial_year_of(date(2024, 4, 1)) == 2024
    assert periods.year_label(2023) == "2023/24"
    assert periods.year_label(1999) == "1999/00"
    assert periods.months_of_year(2023)[0] == date(2023, 4, 1)
    assert periods.months_of_year(2023)[-1] == date(2024, 3, 1)


@pytest.mark.parametrize("text", ["2023/24", "2023/2024", " 2023 / 24 "])
def test_it_reads_a_year_label(text):
    assert periods.parse_year_label(text) == 2023


@pytest.mark.parametrize("text", ["2023/25", "2023", "23/24", "", "2023/2025"])
def test_it_refuses_a_bad_year_label_in_plain_words(text):
    with pytest.raises(ValueError, match="financial year"):
        periods.parse_year_label(text)


def test_it_reads_and_writes_months():
    assert periods.parse_month("2023-10") == date(2023, 10, 1)
    assert periods.month_key(date(2023, 10, 1)) == "2023-10"
    for bad in ("2023-13", "2023-00", "Oct-23", "", "99999-01", "1900-12", "2200-01"):
        with pytest.raises(ValueError, match="YYYY-MM"):
            periods.parse_month(bad)
    # The years it takes: 1901 to 2199 inclusive.
    assert periods.parse_month("1901-01") == date(1901, 1, 1)
    assert periods.parse_month("2199-12") == date(2199, 12, 1)


def test_quarters_are_labelled_by_their_last_month():
    assert periods.period_label(date(2023, 9, 1), "quarterly") == "Sep-23 (Q2)"
    assert periods.period_label(date(2024, 3, 1), "quarterly") == "Mar-24 (Q4)"
    assert periods.period_label(date(2023, 6, 1), "quarterly") == "Jun-23 (Q1)"
    assert periods.period_label(date(2023, 10, 1)) == "Oct-23"
    assert periods.period_label(date(2024, 3, 1), "annual") == "2023/24"


def test_quarterly_and_annual_indicators_are_due_only_in_their_months():
    due = [m.month for m in periods.months_of_year(2023) if periods.is_due("quarterly", m)]
    assert due == [6, 9, 12, 3]
    assert [m.month for m in periods.months_of_year(2023) if periods.is_due("annual", m)] == [3]
    assert all(periods.is_due("monthly", m) for m in periods.months_of_year(2023))


def test_weekends_and_england_bank_holidays_are_not_working_days():
    assert not periods.is_working_day(date(2023, 12, 25))  # Christmas Day
    assert not periods.is_working_day(date(2023, 12, 26))  # Boxing Day
    assert not periods.is_working_day(date(2024, 4, 1))  # Easter Monday
    assert not periods.is_working_day(date(2023, 8, 28))  # Summer bank holiday (England)
    assert periods.is_working_day(date(2023, 8, 7))  # Scotland's, not England's
    assert not periods.is_working_day(date(2023, 10, 7))  # a Saturday


def test_returns_open_on_the_first_working_day_after_month_end():
    assert periods.opening_day(date(2023, 12, 1)) == date(2024, 1, 2)  # 1 Jan is a holiday
    assert periods.opening_day(date(2024, 8, 1)) == date(2024, 9, 2)  # 1 Sep is a Sunday


def test_the_deadline_counts_working_days_after_month_end():
    # March 2024: Good Friday 29 March, Easter Monday 1 April.
    assert periods.deadline(date(2024, 3, 1), 10) == date(2024, 4, 15)
    assert periods.deadline(date(2023, 10, 1), 10) == date(2023, 11, 14)
    assert periods.working_days_between(date(2023, 10, 31), date(2023, 11, 14)) == 10
    assert periods.working_days_between(date(2023, 11, 14), date(2023, 10, 31)) == -10


def test_working_days_are_counted_from_the_day_after():
    saturday, friday = date(2023, 10, 7), date(2023, 10, 6)
    assert periods.add_working_days(saturday, 0) == date(2023, 10, 9)  # itself, or the next
    assert periods.add_working_days(friday, 0) == friday
    assert periods.add_working_days(friday, 1) == date(2023, 10, 9)  # over the weekend
    assert periods.add_working_days(saturday, 1) == date(2023, 10, 9)


def test_a_year_label_s_second_year_must_follow_on_however_it_is_written():
    from indicators.periods import parse_year_label

    assert parse_year_label("2099/00") == parse_year_label("2099/2100") == 2099
    for wrong in ("2023/2025", "2023/25", "2023/2124"):
        with pytest.raises(ValueError, match="the years must follow on"):
            parse_year_label(wrong)


@pytest.mark.parametrize(
    ("month", "quarter"),
    [(4, 1), (6, 1), (7, 2), (9, 2), (10, 3), (12, 3), (1, 4), (3, 4)],
)
def test_the_financial_quarter_starts_in_april(month, quarter):
    from datetime import date

    from indicators.periods import quarter_of

    assert quarter_of(date(2026 if month >= 4 else 2027, month, 1)) == quarter
