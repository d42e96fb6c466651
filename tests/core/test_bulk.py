"""core.bulk.update_rows: a few rows updated from arrays in one statement, many through COPY
and a temporary table; either way every field of every row given is written as it stands
on the object, and no other row."""

from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("few", [True, False], ids=["arrays", "copy"])
def test_update_rows_takes_values_of_mixed_types_as_a_save_does(monkeypatch, alice, few):
    """A column given a plain int on one object and a value Django converts on another
    (a bool, a text) is written, as saving each would write it: Django makes an Int4 of
    the converted one, and psycopg refuses an array mixing that with a plain int."""
    rets, _ = returns(2, alice)
    rets[0].version, rets[1].version = 3, True
    rets[0].returned_version, rets[1].returned_version = "4", 2
    if not few:
        monkeypatch.setattr(bulk, "FEW", 1)
    bulk.update_rows(rets, ["version", "returned_version"])
    saved = [Return.objects.get(pk=ret.pk) for ret in rets]
    assert [(r.version, r.returned_version) for r in saved] == [(3, 4), (1, 2)]


VALUES = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.integers(min_value=-(2**31), max_value=2**31 - 1),
    st.booleans(),
    st.decimals(places=2, max_value=10**6, min_value=-(10**6)),
    st.sampled_from([D("NaN"), D("Infinity"), D("1E+3")]),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.dates(),
    st.datetimes(),  # naive
    st.datetimes(timezones=st.just(UTC)),
)


def _copied_fields():
    """Every field the writes by COPY and by arrays give values for: a return's, its
    history's, an indicator's and its owners' history's."""
    from indicators.models import Indicator

    models = [Return, Return.history.model, Indicator, Indicator.history.model]
    models.append(
        Indicator.history.model._meta.get_field("historicalindicator_owners").related_model
    )
    return [f for model in models for f in model._meta.concrete_fields]


def written(value):
    """What psycopg writes for `value` in a COPY (text), None for NULL, or the error it
    refuses it with (a text with a NUL character, say)."""
    import psycopg
    from psycopg.adapt import PyFormat, Transformer

    if value is None:
        return None
    connection.ensure_connection()
    dumper = Transformer(connection.connection).get_dumper(value, PyFormat.TEXT)
    try:
        return bytes(dumper.dump(value))
    except psycopg.Error as error:
        return type(error)


@pytest.mark.filterwarnings("ignore:DateTimeField .* received a naive datetime:RuntimeWarning")
@pytest.mark.parametrize("field", _copied_fields(), ids=lambda f: f"{f.model.__name__}.{f.name}")
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=VALUES)
@example(value="\x00")  # refused by psycopg, either way
@example(value=datetime(2026, 12, 7, 9, 30))  # naive: Django makes it local time
@example(value=0.1)  # a float: Django rounds it to the field's places
@example(value=D("NaN"))  # Django refuses it
def test_a_value_is_written_as_djangos_get_db_prep_save_gives_it(field, value, postgres):
    """The shortcut (a value Django gives as it is, given as it is) never has PostgreSQL
    write anything other than Django's would: a naive time, a float for a decimal, a text
    for a number all still go through Django's preparing (and fail where it fails)."""
    try:
        expected = field.get_db_prep_save(value, connection)
    except Exception as error:  # Django refuses it: so must the shortcut, alike
        with pytest.raises(type(error)):
            bulk._preparer(field, connection)(value)
        return
    assert written(bulk._preparer(field, connection)(value)) == written(expected)
