"""Statistical process control on the trend (Making Data Count), rule by rule. No database."""

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from indicators.spc import control


def series(*values):
    return [None if v is None else D(str(v)) for v in values]


def test_the_mean_and_limits_come_from_the_average_moving_range():
    found = control(series(10, 12, 10, 12, 10, 12))
    assert found.mean == D(11)
    # The moving ranges are all 2: limits 11 ± 2.66 × 2.
    assert (found.lower, found.upper) == (D("5.68"), D("16.32"))
    assert found.special == frozenset()


def test_a_point_outside_the_limits_is_a_special_cause():
    found = control(series(10, 11, 10, 11, 10, 11, 10, 30))
    assert found.above == {7} and found.below == frozenset()


def test_a_run_of_six_on_one_side_of_the_mean_is_a_special_cause():
    values = series(20, 21, 20, 21, 20, 21, 10, 11, 10, 11, 10, 11, 10)
    found = control(values)
    runs = {(first, last, side) for first, last, side in found.runs}
    assert (6, 12, "below") in runs and (0, 5, "above") in runs
    assert set(range(13)) == found.special


def test_five_on_one_side_are_not_a_run():
    found = control(series(20, 21, 20, 21, 20, 5, 6, 5, 6, 7, 30))
    assert found.runs == ()


def test_a_point_on_the_mean_breaks_a_run_and_a_gap_does_not():
    assert control(series(1, 1, 1, 2, 3, 3, 3, 3, 3)).runs == ()  # (no run: 2 is the mean)
    found = control(series(9, 9, None, 9, 9, 9, 9, 1, 1, 1))
    assert found.runs and found.runs[0][:2] == (0, 6)


def test_too_few_points_say_nothing():
    assert control(series(1, 2, 3, None, 4, 5)) is None


@given(st.lists(st.decimals(min_value=-1000, max_value=1000, places=2), min_size=6, max_size=13))
def test_the_mean_lies_between_the_limits_and_flat_series_have_no_special_cause(values):
    found = control(values)
    assert found.lower <= found.mean <= found.upper
    flat = control([values[0]] * len(values))
    assert flat.special == frozenset()
