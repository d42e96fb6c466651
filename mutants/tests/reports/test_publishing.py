"""The performance team publishes a frozen snapshot as open data, and may withdraw it."""

import pytest
from django.urls import reverse

from reports.freeze import freeze_month
from reports.models import Publication
from reports.publishing import CannotPublish, snapshot_publish, snapshot_withdraw
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("reports-dashboard", args=["2023-10"])
PUBLISH = reverse("reports-publish", args=["2023-10"])
WITHDRAW = reverse("reports-withdraw", args=["2023-10"])


def test_the_dashboard_offers_the_performance_team_to_publish(client, priya, snapshot):
    client.force_login(priya)
    page = client.get(DASHBOARD).content.decode()
    assert "is not published as open data" in page
    assert f"{PUBLISH}?version=1" in page


def test_readers_see_no_publishing_controls_and_cannot_publish(client, rita, snapshot):
    client.force_login(rita)
    assert "Publish as open data" not in client.get(DASHBOARD).content.decode()
    assert client.get(PUBLISH).status_code == 403
    assert client.post(PUBLISH, {"version": 1}).status_code == 403
    assert client.post(WITHDRAW, {"version": 1, "reason": "x"}).status_code == 403
    assert not Publication.objects.exists()


def test_the_publish_page_lists_commentary_to_choose_none_ticked(client, priya, snapshot):
    client.force_login(priya)
    page = client.get(PUBLISH, {"version": 1}).content.decode()
    calls = snapshot.rows.get(ref="CS01")
    assert "Phones down for two days." in page
    assert f'name="commentary" value="{calls.pk}"' in page
    assert "checked" not in page


def test_publishing_records_who_when_and_the_commentary_chosen(client, priya, snapshot):
    client.force_login(priya)
    calls = snapshot.rows.get(ref="CS01")
    response = client.post(PUBLISH, {"version": 1, "commentary": [calls.pk]}, follow=True)
    publication = Publication.objects.get(snapshot=snapshot)
    assert publication.published_by == priya and publication.published_at
    assert list(publication.commentary_rows.all()) == [calls]
    page = response.content.decode()
    assert "is published: anyone can read it at http://testserver/open/2023-10/" in page
    assert "Withdraw from open data" in page
    record = publication.history.latest()
    assert record.history_user == priya
    assert record.history_change_reason == "Published, with the commentary of 1 indicator"


def test_publishing_needs_a_post_with_its_csrf_token(priya, snapshot):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(priya)
    assert strict.post(PUBLISH, {"version": 1}).status_code == 403
    assert not Publication.objects.exists()


def test_a_published_version_cannot_be_published_twice(priya, snapshot):
    snapshot_publish(snapshot=snapshot, user=priya)
    with pytest.raises(CannotPublish, match="already published"):
        snapshot_publish(snapshot=snapshot, user=priya)


def test_freezing_again_does_not_publish_the_new_version(priya, snapshot):
    snapshot_publish(snapshot=snapshot, user=priya)
    second = freeze_month(OCTOBER, reason="Late correction", today=TODAY).snapshot
    assert second.version == 2
    assert not Publication.objects.filter(snapshot=second).exists()
    assert Publication.objects.get(snapshot=snapshot).is_live


def test_a_superseded_version_cannot_be_published(priya, snapshot):
    freeze_month(OCTOBER, reason="Late correction", today=TODAY)
    with pytest.raises(CannotPublish, match="superseded by version 2"):
        snapshot_publish(snapshot=snapshot, user=priya)


def test_withdrawing_needs_a_reason_and_records_it(client, priya, tom, snapshot):
    snapshot_publish(snapshot=snapshot, user=priya)
    client.force_login(tom)
    response = client.post(WITHDRAW, {"version": 1, "reason": "  "}, follow=True)
    assert "Say why it is withdrawn" in response.content.decode()
    assert Publication.objects.get(snapshot=snapshot).is_live
    response = client.post(WITHDRAW, {"version": 1, "reason": "Wrong figure for CS01"}, follow=True)
    publication = Publication.objects.get(snapshot=snapshot)
    assert publication.is_withdrawn and publication.withdrawn_by == tom
    assert publication.withdrawn_reason == "Wrong figure for CS01"
    assert publication.history.latest().history_change_reason == "Withdrawn: Wrong figure for CS01"
    page = response.content.decode()
    assert "was withdrawn on" in page and "Wrong figure for CS01" in page
    assert "Publish again" in page


def test_withdrawing_asks_for_a_post(client, priya, snapshot):
    client.force_login(priya)
    assert client.get(WITHDRAW, {"version": 1}).status_code == 405


def test_a_withdrawn_version_can_be_published_again(priya, snapshot):
    snapshot_publish(snapshot=snapshot, user=priya)
    snapshot_withdraw(snapshot=snapshot, user=priya, reason="Checking a figure")
    publication = snapshot_publish(snapshot=snapshot, user=priya)
    assert publication.is_live and publication.withdrawn_reason == ""
    assert publication.history.count() == 3  # published, withdrawn, published again


def test_only_a_published_version_can_be_withdrawn(priya, snapshot):
    with pytest.raises(CannotPublish, match="is not published"):
        snapshot_withdraw(snapshot=snapshot, user=priya, reason="Oops")


def test_publishing_and_withdrawing_are_in_the_portals_audit_trail(client, priya, snapshot):
    snapshot_publish(snapshot=snapshot, user=priya)
    snapshot_withdraw(snapshot=snapshot, user=priya, reason="Wrong figure for CS01")
    client.force_login(priya)
    entries = client.get(reverse("audit-search")).context["entries"]
    found = [(e.subject, e.what, e.reason) for e in entries if e.subject.startswith("Open data")]
    assert found == [
        ("Open data: October 2023, version 1", "Changed", "Withdrawn: Wrong figure for CS01"),
        (
            "Open data: October 2023, version 1",
            "Created",
            "Published, with the commentary of 0 indicators",
        ),
    ]
    by_ref = client.get(reverse("audit-search"), {"ref": "CS01"}).context["entries"]
    assert not [e for e in by_ref if e.subject.startswith("Open data")]  # of no one indicator


def test_the_list_of_frozen_months_says_which_are_open_data(client, rita, priya, snapshot):
    client.force_login(rita)
    assert ">Published<" not in client.get(reverse("reports-index")).content.decode()
    snapshot_publish(snapshot=snapshot, user=priya)
    page = client.get(reverse("reports-index")).content.decode()
    assert '<a href="/open/2023-10/?version=1">Published<' in page
    snapshot_withdraw(snapshot=snapshot, user=priya, reason="Checking")
    assert (
        '<td class="small">Withdrawn</td>' in client.get(reverse("reports-index")).content.decode()
    )
