"""A council with October 2023 open for returns, and a telephony system that feeds two of
its indicators through the API.

CS01 calls answered: a percentage from numerator and denominator, target 95 floor 90;
posted figures are saved as drafts for Alice. CS02 average wait: seconds, lower is
better, target 60 floor 90; posted figures are submitted on Alice's behalf. FN01 is
Bob's, and the telephony system does not feed it.
"""

from datetime import date
from decimal import Decimal as D

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from api.services import service_account_create
from tests.factories import IndicatorFactory, ServiceAreaFactory, TargetFactory, period_for

OCTOBER = date(2023, 10, 1)


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    """Throttling counts in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def october(db):
    return period_for(OCTOBER)


@pytest.fixture
def catalogue(october, alice, bob):
    area = ServiceAreaFactory(name="Customer Services")
    calls = IndicatorFactory(
        ref="CS01", title="Calls answered", service_area=area, takes_fraction=True,
        ytd_method="ratio", owners=[alice], lof_id="LOF-3", lginform_id="1234",
    )  # fmt: skip
    wait = IndicatorFactory(
        ref="CS02", title="Average wait", service_area=area, unit="seconds", decimals=0,
        polarity="lower", owners=[alice], api_submits=True,
    )  # fmt: skip
    debt = IndicatorFactory(ref="FN01", title="Debt", owners=[bob])
    year = october.year
    TargetFactory(indicator=calls, year=year, target=D(95), floor=D(90))
    TargetFactory(indicator=wait, year=year, target=D(60), floor=D(90))
    TargetFactory(indicator=debt, year=year)
    return {"calls": calls, "wait": wait, "debt": debt}


@pytest.fixture
def telephony(catalogue, sam):
    account, token = service_account_create(
        name="Contact centre telephony",
        indicators=[catalogue["calls"], catalogue["wait"]],
        by=sam,
    )
    account.token = token
    return account


@pytest.fixture
def system(telephony):
    """The telephony system's client, sending its token."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {telephony.token}")
    return client


@pytest.fixture
def api():
    return APIClient()
