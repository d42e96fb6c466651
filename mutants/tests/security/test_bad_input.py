"""Property-based tests: whatever is typed, uploaded or put in a URL, never a 500."""

import string
from datetime import date

import pytest
import tablib
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators.resources import IndicatorResource, TargetResource
from submissions.models import Return
from submissions.resources import ResultResource
from tests.factories import (
    IndicatorFactory,
    TargetFactory,
    UserFactory,
    approved_history,
    period_for,
)

pytestmark = pytest.mark.django_db
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
typed = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"-?[0-9]{0,8}([.,][0-9]{0,8})?%?", fullmatch=True),
    st.sampled_from(["", " ", "1e999", "NaN", "Infinity", "-0", "0x10", "1,000.5", "١٢٣", "95%"]),
)
# What a user could never mean as a number, that a parser might still accept.
TECHNICAL = ("Traceback", "InvalidOperation", "decimal.", "Exception", "Error at", "object at 0x")


@pytest.fixture
def owner_returns(alice):
    period = period_for(date(2023, 10, 1))
    plain = IndicatorFactory(ref="CS02", unit="count", decimals=0, kind="activity", owners=[alice])
    fraction = IndicatorFactory(ref="FN01", takes_fraction=True, ytd_method="ratio", owners=[alice])
    TargetFactory(indicator=fraction, year=period.year)
    approved_history(plain, [100, 110, 90, 105, 95, 100, 102], before=period.month)
    rets = [Return.objects.create(indicator=i, period=period) for i in (plain, fraction)]
    client = Client()
    client.force_login(alice)
    return client, rets


@FAST
@given(value=typed, numerator=typed, denominator=typed, commentary=st.text(max_size=50),
       na=st.booleans(), action=st.sampled_from(["save", "submit_all"]))  # fmt: skip
def test_the_return_form_never_fails_and_always_explains(
    owner_returns, value, numerator, denominator, commentary, na, action
):
    client, (plain, fraction) = owner_returns
    data = {
        "action": action,
        f"r{plain.pk}-version": str(Return.objects.get(pk=plain.pk).version),
        f"r{plain.pk}-value": value,
        f"r{plain.pk}-commentary": commentary,
        f"r{fraction.pk}-version": str(Return.objects.get(pk=fraction.pk).version),
        f"r{fraction.pk}-numerator": numerator,
        f"r{fraction.pk}-denominator": denominator,
    }
    if na:
        data[f"r{plain.pk}-not_available"] = "on"
    response = client.post("/returns/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        text = response.content.decode()
        assert not any(word in text for word in TECHNICAL)
        assert (
            "need your attention" in text
            or "needs your attention" in text
            or "Nothing to submit" in text
        )


@FAST
@given(value=typed)
def test_the_live_preview_never_fails(owner_returns, value):
    client, (plain, _) = owner_returns
    response = client.post(f"/return/{plain.pk}/preview/", {f"r{plain.pk}-value": value})
    assert response.status_code == 200
    answer = response.json()
    for messages in answer["errors"].values():
        assert all(not any(w in m for w in TECHNICAL) for m in messages)


cell = st.one_of(
    st.none(),
    typed,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.sampled_from(["2023/24", "2023-10", "CS02", "FN01", "kpi", "percent"]),
)


@pytest.fixture
def catalogue(db):
    UserFactory(username="bob")
    IndicatorFactory(ref="CS02", unit="count", decimals=0, kind="activity")
    IndicatorFactory(ref="FN01", takes_fraction=True, ytd_method="ratio")


@FAST
@pytest.mark.parametrize("resource", [TargetResource, IndicatorResource, ResultResource])
@given(rows=st.lists(st.lists(cell, min_size=17, max_size=17), min_size=1, max_size=4))
def test_imports_never_fail_and_every_problem_is_in_words(catalogue, resource, rows):
    columns = resource().expected_columns()
    dataset = tablib.Dataset(*[row[: len(columns)] for row in rows], headers=columns)
    result = resource().import_data(dataset, dry_run=True)
    for error in result.base_errors:
        assert type(error.error).__name__ == "ImportProblem", repr(error.error)
    for row in result.invalid_rows:
        for messages in row.error_dict.values():
            for message in messages:
                assert not any(word in str(message) for word in TECHNICAL), message


# Words that name real pages beside the months (/dashboard/freeze/ takes only a POST):
# they are not months that were typed.
PAGE_WORDS = {"freeze", "open", "chase", "cover"}
month_text = st.one_of(
    st.text(alphabet=string.printable, max_size=12).filter(
        lambda t: "/" not in t and "?" not in t and "#" not in t and t not in PAGE_WORDS
    ),
    st.from_regex(r"[0-9]{1,6}-[0-9]{1,3}", fullmatch=True),
)


@FAST
@given(month=month_text)
def test_a_month_in_any_url_is_a_page_or_a_plain_404(priya, month):
    from urllib.parse import quote

    client = Client()
    client.force_login(priya)
    for prefix in ("/review/", "/dashboard/"):
        response = client.get(f"{prefix}{quote(month, safe='')}/")
        assert response.status_code in (200, 301, 302, 404), (prefix, month)
