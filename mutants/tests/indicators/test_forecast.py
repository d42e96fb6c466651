"""The year-end forecast, one test a rule, and its invariants (hypothesis). Pure: no database."""

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from indicators.forecast import forecast, outlook
from indicators.rating import Figure


def figures(*values):
    return [None if v is None else Figure(D(str(v))) for v in values]


def parts(*pairs):
    return [None if p is None else Figure(None, D(p[0]), D(p[1])) for p in pairs]


class TestRules:
    def test_it_needs_three_figures_this_year(self):
        assert forecast("mean", figures(90, 91), periods=12) is None
        assert forecast("mean", figures(90, None, 91), periods=12) is None
        assert forecast("mean", figures(90, 91, 92), periods=12) == D(91)

    def test_none_has_no_year_end_figure(self):
        assert forecast("none", figures(30, 31, 32, 33), periods=12) is None

    def test_a_sum_with_no_history_projects_the_run_rate(self):
        # 100 a month for 4 months: 1,200 by March.
        assert forecast("sum", figures(100, 100, 100, 100), periods=12) == D(1200)

    def test_a_missed_month_is_projected_too(self):
        assert forecast("sum", figures(100, None, 100, 100), periods=12) == D(1200)

    def test_a_sum_follows_last_year_s_profile(self):
        # Last year: 50 a month to July, then 150 a month (a winter peak). This year so far
        # is 10% up on last year, so the rest of the year is last year's rest, 10% up.
        last = figures(*([50] * 4 + [150] * 8))
        this = figures(55, 55, 55, 55)
        assert forecast("sum", this, last, periods=12) == D(220) + D(1200) * D("1.1")

    def test_a_mean_is_adjusted_for_the_rest_of_last_year(self):
        last = figures(*([90] * 6 + [80] * 6))  # last year fell away in the winter
        this = figures(*([99] * 6))  # 10% up on last year so far
        # The rest as last year's 80, 10% up: 88; the year's mean (6×99 + 6×88) / 12.
        assert forecast("mean", this, last, periods=12) == D("93.5")

    def test_last_year_is_used_only_when_it_is_whole(self):
        last = figures(*([90] * 6 + [80] * 5 + [None]))
        assert forecast("mean", figures(*([99] * 6)), last, periods=12) == D(99)

    def test_a_ratio_weighs_busy_months_more(self):
        this = parts((90, 100), (180, 200), (50, 100))  # 320 of 400
        assert forecast("ratio", this, periods=12) == D(80)

    def test_a_ratio_follows_last_year_s_shape(self):
        last = parts(*([(90, 100)] * 6 + [(70, 100)] * 6))
        this = parts(*[(90, 100)] * 6)  # the same as last year so far
        assert forecast("ratio", this, last, periods=12) == D(80)

    def test_latest_projects_the_trend_to_the_year_s_last_period(self):
        # A cumulative count rising 100 a month from 100 in April: 1,200 in March.
        assert forecast("latest", figures(100, 200, 300, 400), periods=12) == D(1200)
        # Quarterly: 25, 50, 75 by December; 100 by March.
        assert forecast("latest", figures(25, 50, 75), periods=4) == D(100)

    def test_the_outlook_in_words(self):
        assert [outlook(r) for r in ("GREEN", "AMBER", "RED", "", None)] == [
            "on track", "at risk", "off track", "", "",
        ]  # fmt: skip


value = st.decimals(min_value=1, max_value=10_000, places=2, allow_nan=False)


@given(value, st.integers(min_value=3, max_value=12))
def test_every_period_equal_to_x_forecasts_x_for_a_mean_and_n_x_for_a_sum(x, months):
    this = [Figure(x)] * months
    assert forecast("mean", this, periods=12) == x
    assert forecast("sum", this, periods=12) == x * 12
    assert forecast("latest", this, periods=12) == x
    # A flat last year changes nothing.
    assert forecast("mean", this, [Figure(x)] * 12, periods=12) == x


@given(st.lists(value, min_size=3, max_size=12), st.lists(value, min_size=12, max_size=12))
def test_a_sum_never_forecasts_less_than_the_year_so_far(this, last):
    so_far = sum(this)
    made = forecast("sum", [Figure(v) for v in this], [Figure(v) for v in last], periods=12)
    assert made >= so_far


@given(st.lists(value, min_size=3, max_size=12))
def test_with_no_history_a_mean_forecasts_the_year_to_date(values):
    made = forecast("mean", [Figure(v) for v in values], periods=12)
    assert made == sum(values) / len(values)
