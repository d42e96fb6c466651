from datetime import date
from decimal import Decimal as D

import pytest

from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

OCTOBER = date(2023, 10, 1)


@pytest.fixture
def period(db):
    """October 2023, open, deadline 14 November 2023."""
    return period_for(OCTOBER)


def calls_answered(alice, period):
    """Alice's KPI: calls answered, higher is better, target 95, floor 90, one place."""
    indicator = IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
    approved_history(indicator, [93, 94, 92, 95, 93, 94, 96, 93, 94, 95, 92, 94], before=OCTOBER)
    return indicator


def submit(ret, alice):
    """Alice submits her return: 94.5."""
    from submissions import services
    from submissions.figures import ReturnData

    return services.return_submit(
        ret=ret, user=alice, expected_version=ret.version, data=ReturnData(value=D("94.5"))
    )


@pytest.fixture
def kpi(alice, period):
    """Alice's KPI: calls answered, higher is better, target 95, floor 90, one place."""
    return calls_answered(alice, period)


@pytest.fixture
def ret(kpi, period):
    """Alice's draft return for October."""
    return Return.objects.create(indicator=kpi, period=period)


@pytest.fixture
def submitted(ret, alice):
    return submit(ret, alice)
