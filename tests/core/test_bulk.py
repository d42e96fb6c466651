"""core.bulk.update_rows: a few rows updated from arrays in one statement, many through COPY
and a temporary table; either way every field of every row given is written as it stands
on the object, and no other row."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import bulk
from submissions.models import Return
from tests.factories import IndicatorFactory, period_for

pytestmark = pytest.mark.django_db

FIELDS = [
    *("value", "numerator", "denominator", "not_available", "not_available_reason"),
    *("commentary", "status", "submitted_by", "submitted_at", "forecast"),
]


def returns(count, owner):
    period = period_for(date(2023, 10, 1))
    made = [
        Return.objects.create(
            indicator=IndicatorFactory(ref=f"BU{i:02d}", owners=[owner]),
            period=period,
            value=D(i),
            commentary="as it was",
        )
        for i in range(count)
    ]
    return made, period


def changed(rets, user):
    """The first with nothing but text (every other field empty), the rest filled in."""
    now = timezone.now()
    for i, ret in enumerate(rets):
        ret.value = None if i == 0 else D(f"{i}.25")
        ret.numerator = None if i == 0 else D(3)
        ret.denominator = None if i == 0 else D(4)
        ret.not_available = i == 0
        ret.not_available_reason = "Not collected" if i == 0 else ""
        ret.commentary = f'It\'s "quoted", {{braced}}, a\nnew line and \\ {i}'
        ret.status = Return.Status.SUBMITTED
        ret.submitted_by = None if i == 0 else user
        ret.submitted_at = None if i == 0 else now
        ret.forecast = None if i == 0 else D("99.5")
    return now


@pytest.mark.parametrize("few", [True, False], ids=["arrays", "copy"])
def test_update_rows_writes_every_field_of_the_rows_given(monkeypatch, alice, few):
    rets, _ = returns(4, alice)
    untouched = rets.pop()
    now = changed(rets, alice)
    if not few:
        monkeypatch.setattr(bulk, "FEW", 1)  # three rows are "many": the COPY
    with CaptureQueriesContext(connection) as captured:
        bulk.update_rows(rets, FIELDS)
    statements = [q["sql"].split()[0] for q in captured.captured_queries]
    assert statements == (["UPDATE"] if few else ["CREATE", "COPY", "UPDATE", "DROP"])

    first, *others = [Return.objects.get(pk=ret.pk) for ret in rets]
    assert (first.value, first.numerator, first.forecast, first.submitted_by) == (None,) * 4
    assert first.not_available and first.not_available_reason == "Not collected"
    for i, ret in enumerate(others, 1):
        assert (ret.value, ret.numerator, ret.denominator) == (D(f"{i}.25"), D(3), D(4))
        assert ret.submitted_by == alice and ret.submitted_at == now
        assert ret.forecast == D("99.5") and not ret.not_available
    for i, ret in enumerate([first, *others]):
        assert ret.commentary == f'It\'s "quoted", {{braced}}, a\nnew line and \\ {i}'
        assert ret.status == Return.Status.SUBMITTED
    kept = Return.objects.get(pk=untouched.pk)
    assert (kept.value, kept.commentary, kept.status) == (D(3), "as it was", "draft")


@pytest.mark.parametrize("few", [True, False], ids=["arrays", "copy"])
def test_update_rows_refuses_a_text_too_long_for_its_column_as_a_save_does(monkeypatch, alice, few):
    """Not cut short: a cast to varchar(500) would keep the first 500 characters. (The
    COPY's refusal comes from psycopg itself, not through Django's cursor.)"""
    import psycopg
    from django.db import DataError, transaction

    rets, _ = returns(2, alice)
    rets[0].not_available_reason = "x" * 501  # the column holds 500
    if not few:
        monkeypatch.setattr(bulk, "FEW", 1)
    with pytest.raises((DataError, psycopg.DataError)), transaction.atomic():
        bulk.update_rows(rets, ["not_available_reason"])
    assert Return.objects.get(pk=rets[0].pk).not_available_reason == ""
