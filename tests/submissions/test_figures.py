from decimal import Decimal as D

import pytest

from submissions.figures import Judging, ReturnData, figure_problems, submit_problems
from tests.factories import IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def percent():
    return IndicatorFactory.build(unit="percent", decimals=1, polarity="higher", kind="kpi")


@pytest.fixture
def fraction():
    return IndicatorFactory.build(
        unit="percent", decimals=1, takes_fraction=True, ytd_method="ratio"
    )


def test_good_figures_have_no_problems(percent, fraction):
    assert figure_problems(percent, ReturnData(value=D("95.5"))) == {}
    assert figure_problems(fraction, ReturnData(numerator=D(45), denominator=D(50))) == {}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("95.1234567", "Give at most 6 decimal places."),
        ("101", "A percentage must be between 0 and 100."),
        ("-1", "A percentage must be between 0 and 100."),
    ],
)
def test_bad_percentages_are_refused_in_plain_words(percent, value, message):
    assert figure_problems(percent, ReturnData(value=D(value))) == {"value": message}


def test_more_places_than_shown_are_kept_and_shown_rounded(percent):
    from submissions.figures import shown_as

    assert figure_problems(percent, ReturnData(value=D("95.55"))) == {}
    assert shown_as(percent, D("95.55")) == "Shown and rated as 95.6%."
    assert shown_as(percent, D("95.5")) == ""
    seconds = IndicatorFactory.build(unit="seconds", decimals=0)
    assert shown_as(seconds, D("45.4")) == "Shown and rated as 45 s."


def test_a_negative_count_and_decimals_on_a_count_are_refused():
    count = IndicatorFactory.build(unit="count", decimals=0, kind="activity")
    assert figure_problems(count, ReturnData(value=D(-3))) == {"value": "This cannot be negative."}
    assert figure_problems(count, ReturnData(value=D("3.5"))) == {"value": "Give a whole number."}


def test_a_numerator_above_its_denominator_is_refused(fraction):
    found = figure_problems(fraction, ReturnData(numerator=D(60), denominator=D(50)))
    assert found == {"numerator": "The numerator (60) cannot be more than the denominator (50)."}
    zero = figure_problems(fraction, ReturnData(numerator=D(0), denominator=D(0)))
    assert zero == {"denominator": "The denominator must be more than 0."}


def test_the_percentage_is_derived_never_typed(fraction):
    data = ReturnData(value=D(12), numerator=D(45), denominator=D(50))
    assert data.figure(fraction) == D(90)


def test_not_available_needs_a_reason_and_no_figure(percent):
    found = figure_problems(percent, ReturnData(value=D(5), not_available=True))
    assert found == {
        "not_available_reason": "Say why the figure is not available.",
        "value": "Clear the figure, or untick “not available”.",
    }


def test_a_red_figure_needs_commentary_to_be_submitted():
    target = TargetFactory(target=D(95), floor=D(90))
    indicator = target.indicator
    found = submit_problems(indicator, ReturnData(value=D(85)), Judging(target))
    assert "This figure rates RED" in found["commentary"]
    assert (
        submit_problems(indicator, ReturnData(value=D(85), commentary="Why."), Judging(target))
        == {}
    )
    assert submit_problems(indicator, ReturnData(value=D(92)), Judging(target)) == {}


def test_a_blank_return_cannot_be_submitted(percent, fraction):
    assert "Enter the figure" in submit_problems(percent, ReturnData(), Judging(None, []))["value"]
    found = submit_problems(fraction, ReturnData(numerator=D(4)), Judging(None))
    assert list(found) == ["denominator"]
    assert (
        submit_problems(
            percent, ReturnData(not_available=True, not_available_reason="x"), Judging(None, [])
        )
        == {}
    )


def test_an_outlier_is_submitted_only_once_confirmed(percent):
    history = [D(v) for v in (93, 94, 92, 95, 93, 94, 96, 93, 94, 95, 92, 94)]
    found = submit_problems(percent, ReturnData(value=D(40)), Judging(None, history))
    assert "far from the last 12 figures" in found["value"]
    confirmed = ReturnData(value=D(40), outlier_confirmed=True)
    assert submit_problems(percent, confirmed, Judging(None, history)) == {}


def test_a_preview_shows_rates_and_checks_the_figure_as_a_submission_would(percent):
    from indicators.rating import Rag, Thresholds
    from indicators.year_end import YearEnd
    from submissions.figures import COMMENTARY_REQUIRED, preview

    end = YearEnd(value=None, rag=None, target=None)
    history = [D(90), D(91), D(92), D(90), D(91), D(92), D(90), D(91), D(92), D(90), D(91)]
    target = Thresholds(target=D(95), floor=D(85))

    shown = preview(percent, ReturnData(value=D("40.04")), target=target, history=history,
                    year_end=end)  # fmt: skip
    assert (shown.figure, shown.rag, shown.commentary_required) == (D("40.04"), Rag.RED, True)
    assert shown.shown_as == "Shown and rated as 40.0%."
    assert shown.outlier_message.startswith("This is far from the last 12 figures (usually ")
    assert shown.year_end is end
    assert COMMENTARY_REQUIRED.startswith("Commentary is required")

    fine = preview(percent, ReturnData(value=D("91.0")), target=target, history=history,
                   year_end=end)  # fmt: skip
    assert (fine.rag, fine.commentary_required, fine.shown_as, fine.outlier) == (
        Rag.AMBER,
        False,
        "",
        None,
    )
