"""A small council frozen at October 2023, with figures worked out by hand.

CS01 calls answered (KPI, higher, ratio, target 95 floor 90): Apr–Sep 2023 approved,
October approved at 85.0% (red), so it moved from AMBER (Sep 93%) to RED.
FN06 debt over 6 months (KPI, lower, YTD none, target 30 floor 35): October's figure is
still a draft at the freeze, so it is not available: `*`, rated on September's 32%.
CS05 calls received (activity, sum, range 250,000–300,000 for the year to date).
"""

from datetime import date
from decimal import Decimal as D

import pytest

from indicators import periods
from reports.freeze import freeze_month
from submissions.models import Return
from tests.factories import IndicatorFactory, ServiceAreaFactory, TargetFactory, period_for

OCTOBER = date(2023, 10, 1)
TODAY = date(2023, 11, 20)


def approve(indicator, month, value=None, numerator=None, denominator=None, commentary=""):
    return Return.objects.create(
        indicator=indicator,
        period=period_for(month),
        value=None if value is None else D(str(value)),
        numerator=None if numerator is None else D(str(numerator)),
        denominator=None if denominator is None else D(str(denominator)),
        commentary=commentary,
        status=Return.Status.APPROVED,
    )


@pytest.fixture
def council(db):
    customer = ServiceAreaFactory(name="Customer Services", cabinet_member="Mike Hill")
    finance = ServiceAreaFactory(name="Finance", head_of_service="Andy Wood")
    calls = IndicatorFactory(
        ref="CS01", title="Calls answered", service_area=customer, takes_fraction=True,
        ytd_method="ratio",
    )  # fmt: skip
    debt = IndicatorFactory(
        ref="FN06", title="Debt over 6 months", service_area=finance, polarity="lower",
        ytd_method="none",
    )  # fmt: skip
    volume = IndicatorFactory(
        ref="CS05", title="Calls received", service_area=customer, kind="activity",
        unit="count", decimals=0, ytd_method="sum", context_for=calls,
    )  # fmt: skip
    IndicatorFactory(ref="OLD1", title="No longer reported", is_active=False)
    year = period_for(OCTOBER).year
    last_year = period_for(date(2023, 3, 1)).year
    TargetFactory(indicator=calls, year=year, target=D(95), floor=D(90))
    TargetFactory(indicator=debt, year=year, target=D(30), floor=D(35), note="Point in time")
    TargetFactory(
        indicator=volume, year=year, target=None, floor=None, lower=D(250000), upper=D(300000)
    )
    TargetFactory(indicator=calls, year=last_year, target=D(95), floor=D(90))
    # Last year: March 2023 only, for the previous year's figures.
    approve(calls, date(2023, 3, 1), 90, 900, 1000)
    approve(debt, date(2023, 3, 1), 33)
    for month in periods.months_of_year(2022)[:7]:  # Apr–Oct 2022: 40,000 calls a month
        approve(volume, month, 40000)
    # This year, April to September: calls 93%, debt 32%, 41,000 calls a month.
    for month in periods.months_of_year(2023)[:6]:
        approve(calls, month, 93, 930, 1000)
        approve(debt, month, 32)
        approve(volume, month, 41000)
    approve(calls, OCTOBER, 85, 850, 1000, commentary="Phones down for two days.")
    approve(volume, OCTOBER, 42000)
    Return.objects.create(indicator=debt, period=period_for(OCTOBER), value=D(29))  # a draft
    return {"calls": calls, "debt": debt, "volume": volume}


@pytest.fixture
def snapshot(council):
    return freeze_month(OCTOBER, today=TODAY).snapshot


@pytest.fixture
def rows(snapshot):
    return {row.ref: row for row in snapshot.rows.all()}
