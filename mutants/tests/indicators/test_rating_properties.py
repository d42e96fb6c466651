"""Properties of the rating rules that must hold for every figure (hypothesis)."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from indicators.rating import (
    RAG_ORDER,
    Alert,
    Direction,
    Figure,
    Rag,
    activity_alert,
    direction,
    quantize,
    rag,
    ytd_value,
)

decimals = st.integers(min_value=0, max_value=3)
polarity = st.sampled_from(["higher", "lower"])
figure = st.decimals(min_value=-10_000, max_value=10_000, places=4, allow_nan=False)


@st.composite
def thresholds(draw):
    """A target and floor in the indicator's decimals, the floor never better than the target."""
    places = draw(decimals)
    pol = draw(polarity)
    a = quantize(draw(figure), places)
    b = quantize(draw(figure), places)
    target, floor = (max(a, b), min(a, b)) if pol == "higher" else (min(a, b), max(a, b))
    return pol, places, target, floor


@given(thresholds())
def test_a_figure_at_the_target_is_green(t):
    pol, places, target, floor = t
    assert rag(target, target=target, floor=floor, polarity=pol, decimals=places) is Rag.GREEN


@given(thresholds())
def test_a_figure_at_the_floor_is_not_red(t):
    pol, places, target, floor = t
    assert rag(floor, target=target, floor=floor, polarity=pol, decimals=places) is not Rag.RED


@given(thresholds(), figure, figure)
def test_the_rating_never_gets_better_as_the_figure_gets_worse(t, a, b):
    pol, places, target, floor = t
    better, worse = (max(a, b), min(a, b)) if pol == "higher" else (min(a, b), max(a, b))
    kwargs = {"target": target, "floor": floor, "polarity": pol, "decimals": places}
    assert RAG_ORDER[rag(worse, **kwargs)] <= RAG_ORDER[rag(better, **kwargs)]


@given(thresholds(), figure)
def test_swapping_polarity_and_mirroring_the_figures_gives_the_same_rating(t, value):
    pol, places, target, floor = t
    mirrored = "lower" if pol == "higher" else "higher"
    # Mirror about zero on the figure as shown, so rounding half up cannot split the two.
    shown = quantize(value, places)
    original = rag(shown, target=target, floor=floor, polarity=pol, decimals=places)
    flipped = rag(-shown, target=-target, floor=-floor, polarity=mirrored, decimals=places)
    assert original is flipped


@given(figure, figure, decimals)
def test_direction_reverses_when_the_figures_swap(a, b, places):
    one = direction(a, b, polarity="higher", decimals=places)
    other = direction(b, a, polarity="higher", decimals=places)
    opposite = {
        Direction.IMPROVED: Direction.WORSENED,
        Direction.WORSENED: Direction.IMPROVED,
        Direction.UNCHANGED: Direction.UNCHANGED,
    }
    assert other is opposite[one]


@given(figure, figure, figure, decimals)
def test_the_alert_is_yes_exactly_inside_the_bounds(value, a, b, places):
    low, high = quantize(min(a, b), places), quantize(max(a, b), places)
    alert = activity_alert(value, lower=low, upper=high, decimals=places)
    shown = quantize(value, places)
    assert (alert is Alert.YES) == (low <= shown <= high)


fraction = st.tuples(
    st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=10_000)
).map(lambda p: (Decimal(min(p)), Decimal(max(p))))


@given(st.lists(fraction, min_size=1, max_size=12))
def test_a_ratio_of_sums_lies_between_the_months_ratios(parts):
    figures = [Figure(n * 100 / d, n, d) for n, d in parts]
    ytd = ytd_value("ratio", figures)
    ratios = [f.value for f in figures]
    assert min(ratios) - Decimal("1e-20") <= ytd <= max(ratios) + Decimal("1e-20")
    assert Decimal(0) <= ytd <= Decimal(100)


@given(st.lists(st.one_of(st.none(), figure), min_size=1, max_size=12))
def test_the_mean_lies_between_the_smallest_and_largest_figure(values):
    present = [v for v in values if v is not None]
    ytd = ytd_value("mean", [Figure(v) for v in values])
    if not present:
        assert ytd is None
    else:
        assert min(present) <= ytd <= max(present)


@given(thresholds(), figure, figure, st.decimals(min_value=0, max_value=100, places=2))
def test_an_amber_band_never_makes_a_worse_figure_rate_better(t, a, b, tolerance):
    pol, places, target, _ = t
    better, worse = (max(a, b), min(a, b)) if pol == "higher" else (min(a, b), max(a, b))
    kwargs = {"target": target, "floor": None, "polarity": pol, "decimals": places}
    assert (
        RAG_ORDER[rag(worse, tolerance=tolerance, **kwargs)]
        <= RAG_ORDER[rag(better, tolerance=tolerance, **kwargs)]
    )
    # A band only softens RED to AMBER: never changes GREEN, never makes anything RED.
    plain = rag(worse, **kwargs)
    banded = rag(worse, tolerance=tolerance, **kwargs)
    assert (plain, banded) in {(Rag.GREEN, Rag.GREEN), (Rag.RED, Rag.RED), (Rag.RED, Rag.AMBER)}


@given(st.lists(st.decimals(min_value=0, max_value=1000, places=2), min_size=1, max_size=12))
def test_an_even_profile_to_date_is_the_year_s_target_rule(targets):
    from indicators.rating import profile_to_date

    same = [targets[0]] * len(targets)
    assert profile_to_date("mean", same) == targets[0]
    assert profile_to_date("latest", targets) == targets[-1]
    assert profile_to_date("sum", same) == targets[0] * len(targets)
