"""Every change to a figure, target, threshold or ownership: who, when, why, searchable."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from indicators.models import Target
from submissions import services
from submissions.figures import ReturnData
from submissions.handover import ownership_handover
from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, UserFactory, period_for

pytestmark = pytest.mark.django_db
URL = reverse("audit-search")


@pytest.fixture
def history(alice, priya, sam):
    indicator = IndicatorFactory(ref="CS01", owners=[alice])
    other = IndicatorFactory(ref="FN01", owners=[alice])
    target = TargetFactory(indicator=indicator)
    ret = Return.objects.create(indicator=indicator, period=period_for(date(2023, 10, 1)))
    services.return_save(ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(93)))
    submitted = services.return_submit(
        ret=ret, user=alice, expected_version=2, data=ReturnData(value=D("93.5"))
    )
    services.return_send_back(ret=submitted, user=priya, reason="Check the source")
    target.target, target._change_reason, target._history_user = D(96), "Committee decision", sam
    target.save()
    ownership_handover(
        leaving=alice, successor=UserFactory(username="bob", first_name="Bob"), user=sam
    )
    return indicator, other


def entries(client, **params):
    return client.get(URL, params).context["entries"]


def test_the_trail_says_who_when_why_and_what(client, priya, history):
    client.force_login(priya)
    found = entries(client, ref="CS01")
    returned = next(e for e in found if e.reason == "Returned: Check the source")
    assert returned.who == "Priya" and returned.subject == "Return for October 2023"
    # States by their labels, figures as the indicator shows them (one place, a %).
    assert ("state", "Submitted", "Returned to owner") in [
        (c.field, c.old, c.new) for c in returned.changes
    ]
    saved = next(e for e in found if e.reason == "Submitted")
    assert ("figure", "93.0%", "93.5%") in [(c.field, c.old, c.new) for c in saved.changes]
    target = next(e for e in found if e.reason == "Committee decision")
    assert ("target", "95.0%", "96.0%") in [(c.field, c.old, c.new) for c in target.changes]
    handover = [e for e in found if e.reason == "Handed over from Alice to Bob"]
    assert any(
        (c.field, c.old, c.new) == ("owners", "Alice", "Alice, Bob")
        for e in handover
        for c in e.changes
    )
    assert all(e.ref == "CS01" for e in found)


def test_the_trail_searches_by_person_and_date(client, priya, history):
    client.force_login(priya)
    assert {e.who for e in entries(client, person="priya")} == {"Priya"}
    assert entries(client, since="2001-01-01", until="2001-12-31") == []
    today = date.today().isoformat()
    assert entries(client, since=today, until=today)


def test_a_bad_date_range_gets_a_plain_message(client, priya, history):
    client.force_login(priya)
    page = client.get(URL, {"since": "2024-05-01", "until": "2024-04-01"})
    assert page.status_code == 200
    assert "The end date is before the start date." in page.content.decode()
    assert "Enter a valid date." in client.get(URL, {"since": "yesterday"}).content.decode()


def test_owners_and_readers_cannot_read_the_trail(client, alice, rita):
    for user in (alice, rita):
        client.force_login(user)
        assert client.get(URL).status_code == 403


def test_the_trail_costs_the_same_queries_whatever_the_history(
    client, priya, history, django_assert_max_num_queries
):
    client.force_login(priya)
    client.get(URL)
    with django_assert_max_num_queries(17):  # six kinds of record: two for actions
        client.get(URL)
    for month in range(1, 10):
        Return.objects.create(indicator=history[1], period=period_for(date(2022, month, 1)))
    with django_assert_max_num_queries(17):  # six kinds of record: two for actions
        client.get(URL)


def test_an_admin_change_to_a_target_must_say_why(client, sam, history):
    target = Target.objects.get(indicator__ref="CS01")
    client.force_login(sam)
    url = reverse("admin:indicators_target_change", args=[target.pk])
    data = {"indicator": target.indicator.pk, "year": target.year.pk, "target": "97", "floor": "90",
            "note": "", "lower": "", "upper": ""}  # fmt: skip
    refused = client.post(url, data)
    assert refused.status_code == 200 and "This field is required." in refused.content.decode()
    client.post(url, data | {"change_reason": "Cabinet 18 May"})
    record = Target.objects.get(pk=target.pk).history.first()
    assert (record.target, record.history_change_reason, record.history_user) == (
        D(97),
        "Cabinet 18 May",
        sam,
    )
