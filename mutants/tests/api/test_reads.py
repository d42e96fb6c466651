"""Reads: indicators, targets, snapshots and their rows, under the portal's role rules."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from reports.freeze import freeze_month
from reports.publishing import snapshot_publish
from submissions.models import Return
from tests.api.conftest import OCTOBER

pytestmark = pytest.mark.django_db
INDICATORS = reverse("api-indicator-list")
TARGETS = reverse("api-target-list")
SNAPSHOTS = reverse("api-snapshot-list")


@pytest.fixture
def frozen(catalogue, october):
    Return.objects.create(
        indicator=catalogue["calls"], period=october,
        numerator=D(850), denominator=D(1000), value=D(85), commentary="Phones down",
        status=Return.Status.APPROVED,
    )  # fmt: skip
    return freeze_month(OCTOBER, today=date(2023, 12, 1)).snapshot


def refs(response):
    return [i["ref"] for i in response.json()["results"]]


@pytest.mark.parametrize("person", ["alice", "priya", "sam", "rita"])
def test_people_with_a_role_read_the_whole_catalogue(api, catalogue, person, request):
    api.force_login(request.getfixturevalue(person))
    response = api.get(INDICATORS)
    assert response.status_code == 200
    assert refs(response) == ["CS01", "CS02", "FN01"]


def test_an_indicator_by_its_reference_with_its_national_ids(api, rita, catalogue):
    api.force_login(rita)
    found = api.get(reverse("api-indicator-detail", args=["cs01"])).json()
    assert (found["ref"], found["lof_id"], found["lginform_id"]) == ("CS01", "LOF-3", "1234")
    assert found["directorate"] == "Customer and Communities"
    assert api.get(reverse("api-indicator-detail", args=["NOPE"])).status_code == 404


def test_the_catalogue_filters(api, rita, catalogue):
    api.force_login(rita)
    catalogue["debt"].is_active = False
    catalogue["debt"].save()
    assert refs(api.get(INDICATORS, {"active": "true"})) == ["CS01", "CS02"]
    assert refs(api.get(INDICATORS, {"active": "false"})) == ["FN01"]


def test_someone_without_a_role_may_read_nothing(api, charlie, catalogue, frozen):
    api.force_login(charlie)
    for url in (INDICATORS, TARGETS, SNAPSHOTS):
        response = api.get(url)
        assert response.status_code == 403
        assert response.json()["detail"] == (
            "Your role does not give access to this: ask the performance team."
        )


def test_without_signing_in_nothing_is_read(api, catalogue):
    for url in (INDICATORS, TARGETS, SNAPSHOTS):
        response = api.get(url)
        assert response.status_code == 401
        assert "Sign in to the portal" in response.json()["detail"]


def test_a_service_account_reads_only_the_indicators_it_feeds(system, catalogue):
    assert refs(system.get(INDICATORS)) == ["CS01", "CS02"]
    assert system.get(reverse("api-indicator-detail", args=["FN01"])).status_code == 404
    assert {t["ref"] for t in system.get(TARGETS).json()["results"]} == {"CS01", "CS02"}


def test_a_service_account_reads_no_snapshots(system, frozen):
    assert system.get(SNAPSHOTS).status_code == 403
    assert system.get(reverse("api-snapshot-rows", args=[frozen.pk])).status_code == 403


def test_targets_by_indicator_and_year(api, priya, catalogue):
    api.force_login(priya)
    found = api.get(TARGETS, {"ref": "cs02", "year": "2023/24"}).json()["results"]
    assert found == [
        {
            "id": catalogue["wait"].targets.get().pk, "ref": "CS02", "year": "2023/24",
            "period": None, "target": "60.000000", "floor": "90.000000", "lower": None,
            "upper": None, "note": "", "provisional": False, "revised": False,
        }
    ]  # fmt: skip
    assert api.get(TARGETS, {"year": "2030/31"}).json()["results"] == []


def test_snapshots_and_their_rows_as_frozen(api, rita, priya, frozen):
    api.force_login(rita)
    listed = api.get(SNAPSHOTS, {"month": "2023-10"}).json()["results"]
    assert [(s["month"], s["version"], s["published"]) for s in listed] == [("2023-10", 1, False)]
    snapshot_publish(snapshot=frozen, user=priya)
    assert api.get(reverse("api-snapshot-detail", args=[frozen.pk])).json()["published"] is True
    rows = api.get(reverse("api-snapshot-rows", args=[frozen.pk])).json()
    assert rows["count"] == 3
    calls = next(r for r in rows["results"] if r["ref"] == "CS01")
    assert (calls["latest_period"], calls["latest_value"], calls["latest_rag"]) == (
        "2023-10",
        "85.000000",
        "RED",
    )
    assert (calls["latest_numerator"], calls["latest_denominator"]) == ("850.000000", "1000.000000")
    assert calls["commentary"] == "Phones down"  # readers see it in the portal too
    assert api.get(SNAPSHOTS, {"month": "October"}).status_code == 400


def test_people_cannot_write_through_the_read_endpoints(api, priya, catalogue):
    api.force_login(priya)
    assert api.post(INDICATORS, {"ref": "NEW"}, format="json").status_code == 405
    detail = reverse("api-indicator-detail", args=["CS01"])
    assert api.delete(detail).status_code == 405
