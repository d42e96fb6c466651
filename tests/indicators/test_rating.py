"""The rating rules of DOMAIN.md, one test per rule. Pure: no database."""

from decimal import Decimal as D

import pytest

from indicators.rating import (
    Alert,
    Direction,
    Figure,
    Rag,
    activity_alert,
    alert_figure,
    derive_ratio,
    direction,
    latest_available,
    profile_to_date,
    quantize,
    rag,
    rag_movement,
    ytd_rag,
    ytd_value,
)


def higher(value, target="95", floor="90", decimals=1):
    return rag(D(value), target=D(target), floor=D(floor), polarity="higher", decimals=decimals)


def lower(value, target="30", floor="35", decimals=1):
    return rag(D(value), target=D(target), floor=D(floor), polarity="lower", decimals=decimals)


class TestMonthRag:
    def test_it_is_green_when_the_target_is_achieved(self):
        assert higher("96") is Rag.GREEN

    def test_it_is_amber_between_floor_and_target(self):
        assert higher("92") is Rag.AMBER

    def test_it_is_red_below_the_floor(self):
        assert higher("89.9") is Rag.RED

    def test_equal_to_the_floor_is_amber_not_red(self):
        assert higher("85", target="90", floor="85") is Rag.AMBER

    def test_equal_to_the_target_is_green(self):
        assert higher("100", target="100", floor="95") is Rag.GREEN

    def test_lower_is_better_rates_the_other_way(self):
        assert lower("28") is Rag.GREEN
        assert lower("30") is Rag.GREEN
        assert lower("32") is Rag.AMBER
        assert lower("35") is Rag.AMBER
        assert lower("35.1") is Rag.RED

    def test_it_rates_the_figure_as_shown_after_rounding(self):
        # 94.95 shows as 95.0 at one place: the reader sees 95% against 95%.
        assert higher("94.95") is Rag.GREEN
        assert higher("94.949") is Rag.AMBER
        assert higher("94.5", decimals=0) is Rag.GREEN

    def test_rounding_is_half_up_not_to_even(self):
        assert quantize(D("84.5"), 0) == D("85")
        assert quantize(D("0.125"), 2) == D("0.13")
        assert quantize(D("-2.5"), 0) == D("-3")

    def test_rounding_applies_to_lower_is_better_too(self):
        assert lower("30.04") is Rag.GREEN
        assert lower("35.05") is Rag.RED

    def test_no_figure_or_no_target_gives_no_rating(self):
        assert rag(None, target=D(95), floor=D(90), polarity="higher", decimals=0) is None
        assert rag(D(95), target=None, floor=None, polarity="higher", decimals=0) is None

    def test_without_a_floor_a_missed_target_is_red(self):
        assert rag(D(94), target=D(95), floor=None, polarity="higher", decimals=0) is Rag.RED


class TestYearToDate:
    def test_ratio_of_sums_is_not_the_mean_of_the_ratios(self):
        figures = [Figure(D(90), D(90), D(100)), Figure(D(50), D(5), D(10))]
        assert ytd_value("ratio", figures) == D(95) / D(110) * 100
        assert ytd_value("ratio", figures) != D(70)

    def test_ratio_with_scale_one_is_a_plain_ratio(self):
        assert ytd_value("ratio", [Figure(None, D(30), D(10))], scale=1) == D(3)

    def test_ratio_with_no_denominator_is_none(self):
        assert ytd_value("ratio", [Figure(None, D(0), D(0))]) is None
        assert ytd_value("ratio", [Figure(D(5))]) is None

    def test_ratio_counts_only_months_with_both_parts(self):
        """A month with a numerator and no denominator (or the reverse) is left out."""
        figures = [Figure(D(90), D(9), D(10)), Figure(D(50), D(5), None), Figure(D(1), None, D(90))]
        assert ytd_value("ratio", figures) == D(90)

    def test_sum_adds_the_counts(self):
        assert ytd_value("sum", [Figure(D(120)), Figure(D(80)), Figure(D(100))]) == D(300)

    def test_mean_averages_the_figures(self):
        assert ytd_value("mean", [Figure(D(40)), Figure(D(50)), Figure(D(60))]) == D(50)

    def test_latest_takes_the_last_figure(self):
        assert ytd_value("latest", [Figure(D(10)), Figure(D(25))]) == D(25)

    def test_latest_skips_a_missing_last_figure(self):
        assert ytd_value("latest", [Figure(D(10)), Figure(None)]) == D(10)

    def test_none_has_no_year_to_date(self):
        assert ytd_value("none", [Figure(D(10))]) is None

    def test_missing_months_are_left_out(self):
        assert ytd_value("mean", [Figure(D(40)), Figure(None), Figure(D(60))]) == D(50)
        assert ytd_value("sum", [Figure(None), Figure(None)]) is None

    def test_ytd_rag_is_na_where_a_ytd_means_nothing(self):
        kwargs = {"target": D(30), "floor": D(35), "polarity": "lower", "decimals": 1}
        assert ytd_rag("none", None, **kwargs) is Rag.NA

    def test_ytd_rag_rates_against_the_same_target_and_floor(self):
        kwargs = {"target": D(95), "floor": D(90), "polarity": "higher", "decimals": 1}
        assert ytd_rag("ratio", D("94.96"), **kwargs) is Rag.GREEN
        assert ytd_rag("mean", D("91"), **kwargs) is Rag.AMBER
        assert ytd_rag("sum", None, **kwargs) is None


class TestLatestAvailable:
    def test_it_is_the_latest_period_with_a_figure(self):
        series = [("Aug", D(90)), ("Sep", D(92)), ("Oct", None)]
        assert latest_available(series) == ("Sep", D(92))

    def test_it_is_none_when_nothing_was_reported(self):
        assert latest_available([("Sep", None)]) is None


class TestActivityAlert:
    def test_inside_the_range_bounds_included_is_yes(self):
        for value in ("100", "150", "200"):
            assert activity_alert(D(value), lower=D(100), upper=D(200), decimals=0) is Alert.YES

    def test_outside_the_range_is_above_or_below(self):
        assert activity_alert(D(201), lower=D(100), upper=D(200), decimals=0) is Alert.ABOVE
        assert activity_alert(D(99), lower=D(100), upper=D(200), decimals=0) is Alert.BELOW

    def test_it_compares_the_figure_as_shown(self):
        assert activity_alert(D("200.4"), lower=D(100), upper=D(200), decimals=0) is Alert.YES

    def test_no_thresholds_means_no_alert(self):
        assert activity_alert(D(5), lower=None, upper=None, decimals=0) is None

    def test_it_uses_the_ytd_figure_where_there_is_one(self):
        assert alert_figure("sum", D(300), D(100)) == D(300)
        assert alert_figure("none", None, D(100)) == D(100)


class TestDirectionOfTravel:
    def test_higher_is_better(self):
        assert direction(D(92), D(90), polarity="higher", decimals=0) is Direction.IMPROVED
        assert direction(D(88), D(90), polarity="higher", decimals=0) is Direction.WORSENED

    def test_lower_is_better(self):
        assert direction(D(28), D(30), polarity="lower", decimals=0) is Direction.IMPROVED
        assert direction(D(32), D(30), polarity="lower", decimals=0) is Direction.WORSENED

    def test_the_same_figure_as_shown_is_unchanged(self):
        assert (
            direction(D("95.01"), D("95.04"), polarity="higher", decimals=1) is Direction.UNCHANGED
        )

    def test_it_needs_both_figures(self):
        assert direction(D(1), None, polarity="higher", decimals=0) is None


class TestHelpers:
    def test_derive_ratio_makes_a_percentage(self):
        assert derive_ratio(D(45), D(50)) == D(90)
        assert derive_ratio(D(1), D(0)) is None

    @pytest.mark.parametrize(
        ("now", "before", "moved"),
        [
            (Rag.GREEN, Rag.RED, 1),
            (Rag.RED, Rag.AMBER, -1),
            (Rag.AMBER, Rag.AMBER, 0),
            (Rag.NA, Rag.RED, 0),
        ],
    )
    def test_rag_movement(self, now, before, moved):
        assert rag_movement(now, before) == moved


class TestAmberTolerance:
    """Councils with no floor standard: AMBER within a tolerance of the target."""

    def test_with_no_floor_and_no_tolerance_a_missed_target_is_red(self):
        assert rag(D("94"), target=D(95), floor=None, polarity="higher", decimals=0) is Rag.RED

    def test_within_the_band_is_amber_and_its_edge_counts(self):
        kwargs = {"target": D(95), "floor": None, "polarity": "higher", "decimals": 1}
        assert rag(D("85.5"), tolerance=D(10), **kwargs) is Rag.AMBER  # 95 - 9.5
        assert rag(D("85.4"), tolerance=D(10), **kwargs) is Rag.RED
        assert rag(D("95"), tolerance=D(10), **kwargs) is Rag.GREEN

    def test_lower_is_better_puts_the_band_above_the_target(self):
        kwargs = {"target": D(30), "floor": None, "polarity": "lower", "decimals": 0}
        assert rag(D("33"), tolerance=D(10), **kwargs) is Rag.AMBER
        assert rag(D("34"), tolerance=D(10), **kwargs) is Rag.RED

    def test_a_negative_target_has_a_band_its_own_size(self):
        # A fall of 16% sought: a fall of 15% is within 10% of it.
        kwargs = {"target": D(-16), "floor": None, "polarity": "lower", "decimals": 0}
        assert rag(D("-15"), tolerance=D(10), **kwargs) is Rag.AMBER
        assert rag(D("-14"), tolerance=D(10), **kwargs) is Rag.RED

    def test_a_floor_standard_wins_over_the_tolerance(self):
        kwargs = {"target": D(95), "floor": D(90), "polarity": "higher", "decimals": 0}
        assert rag(D("88"), tolerance=D(10), **kwargs) is Rag.RED

    def test_the_ytd_is_rated_with_the_same_band(self):
        kwargs = {"target": D(95), "floor": None, "polarity": "higher", "decimals": 0}
        assert ytd_rag("mean", D(90), tolerance=D(10), **kwargs) is Rag.AMBER


class TestProfileToDate:
    """Under a profiled target, what a year to date is rated against."""

    def test_a_sum_is_rated_against_the_profile_so_far(self):
        assert profile_to_date("sum", [D(100), D(150)]) == D(250)

    def test_a_latest_figure_against_the_latest_period_s_target(self):
        assert profile_to_date("latest", [D(28), D(56), D(84)]) == D(84)

    def test_a_mean_or_ratio_against_the_mean_of_the_profile(self):
        assert profile_to_date("mean", [D(90), D(94)]) == D(92)
        assert profile_to_date("ratio", [D(90), D(94)]) == D(92)

    def test_nothing_where_a_period_has_none_or_there_is_no_year_to_date(self):
        assert profile_to_date("sum", [D(100), None]) is None
        assert profile_to_date("none", [D(100)]) is None
        assert profile_to_date("sum", []) is None


def test_an_activity_with_one_bound_is_alerted_against_that_bound_alone():
    from indicators.rating import Alert, activity_alert

    assert activity_alert(D(5), lower=D(10), upper=None, decimals=0) == Alert.BELOW
    assert activity_alert(D(50), lower=D(10), upper=None, decimals=0) == Alert.YES
    assert activity_alert(D(500), lower=None, upper=D(100), decimals=0) == Alert.ABOVE
    assert activity_alert(D(5), lower=None, upper=None, decimals=0) is None
