from decimal import Decimal as D

from submissions.checks import outlier

HISTORY = [D(v) for v in (93, 94, 92, 95, 93, 94, 96, 93, 94, 95, 92, 94)]


def test_a_figure_within_its_history_is_not_an_outlier():
    assert outlier(D(97), HISTORY, step=D("0.1")) is None


def test_a_figure_far_from_its_history_is_an_outlier():
    found = outlier(D(60), HISTORY, step=D("0.1"))
    assert found is not None
    assert found.median == D(94)
    assert found.low < D(90) < found.high


def test_a_flat_history_still_allows_small_changes():
    flat = [D(100)] * 12
    assert outlier(D(101), flat, step=D(1)) is None
    assert outlier(D(110), flat, step=D(1)) is not None


def test_too_little_history_gives_no_warning():
    assert outlier(D(1000), HISTORY[:5], step=D(1)) is None


def test_only_the_last_12_figures_count():
    history = [D(1000)] * 12 + HISTORY
    assert outlier(D(1000), history, step=D(1)) is not None


def test_the_usual_range_is_three_scaled_mads_either_side_and_includes_its_edges():
    # Median 94, MAD 1 scaled to 1.4826: the usual range is 94 ± 4.4478.
    found = outlier(D(100), HISTORY, step=D("0.1"))  # about 4 MADs out: an outlier
    assert found is not None
    assert (found.low, found.high) == (D("89.5522"), D("98.4478"))
    assert outlier(D("98.4478"), HISTORY, step=D("0.1")) is None
    assert outlier(D("89.5522"), HISTORY, step=D("0.1")) is None
    assert outlier(D("98.4479"), HISTORY, step=D("0.1")) is not None
    assert outlier(D("89.5521"), HISTORY, step=D("0.1")) is not None
