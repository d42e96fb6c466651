from decimal import Decimal as D

from indicators.validation import target_problems


def problems(**overrides):
    values = {
        "kind": "kpi",
        "unit": "percent",
        "polarity": "higher",
        "decimals": 1,
        "target": D(95),
        "floor": D(90),
        "lower": None,
        "upper": None,
    }
    return target_problems(**(values | overrides))


def test_good_targets_have_no_problems():
    assert problems() == {}
    assert problems(polarity="lower", target=D(30), floor=D(35)) == {}
    assert problems(kind="activity", target=None, floor=None, lower=D(10), upper=D(20)) == {}
    assert problems(target=None, floor=None) == {}


def test_a_floor_better_than_the_target_is_refused_for_each_polarity():
    assert "floor must not be better" in problems(target=D(90), floor=D(95))["floor"][0]
    assert (
        "(25) is below the target (30)"
        in problems(polarity="lower", target=D(30), floor=D(25))["floor"][0]
    )


def test_a_floor_equal_to_the_target_is_allowed():
    assert problems(target=D(95), floor=D(95)) == {}


def test_lower_above_upper_is_refused():
    found = problems(kind="activity", target=None, floor=None, lower=D(30), upper=D(20))
    assert found["lower"] == ["The lower threshold (30) is above the upper threshold (20)."]


def test_a_percentage_outside_0_to_100_is_refused():
    assert problems(target=D(120), floor=D(90))["target"] == [
        "120: A percentage must be between 0 and 100."
    ]
    assert "between 0 and 100" in problems(floor=D(-1))["floor"][0]


def test_an_indicator_s_own_range_allows_negative_figures_and_bounds_the_rest():
    change = {"unit": "number", "minimum": D(-100), "maximum": D(100), "floor": None}
    assert problems(**change, target=D(-16)) == {}
    assert problems(**change, target=D(-120))["target"] == ["-120: Give a figure from -100 to 100."]
    assert problems(unit="days", minimum=D(-365), target=D(-28), floor=None) == {}
    assert problems(unit="days", target=D(-28), floor=None)["target"] == [
        "-28: This cannot be negative."
    ]


def test_a_kpi_with_thresholds_and_an_activity_indicator_with_a_target_are_refused():
    assert "not an expected range" in problems(lower=D(1), upper=D(2))["lower"][0]
    found = problems(kind="activity")
    assert "not a target" in found["target"][0]
    assert "not a target" in found["floor"][0]


def test_a_target_without_a_floor_is_a_scheme_but_a_floor_without_a_target_is_refused():
    assert problems(floor=None) == {}  # a missed target is red, or amber within a tolerance
    assert "Give a target as well" in problems(target=None)["target"][0]


def test_half_a_pair_of_thresholds_is_refused():
    assert (
        "both a lower and an upper"
        in problems(kind="activity", target=None, floor=None, lower=D(1))["upper"][0]
    )


def test_more_decimals_than_the_indicator_shows_are_refused():
    assert "more decimal places" in problems(decimals=0, target=D("95.5"))["target"][0]
    assert problems(decimals=0, target=D("95.000"), floor=D("90")) == {}


def test_a_negative_count_is_refused():
    found = problems(
        kind="activity", unit="count", decimals=0, target=None, floor=None, lower=D(-5), upper=D(5)
    )
    assert "negative" in found["lower"][0]
