"""POST /api/v1/figures/: a source system's figure fills its owner's return, as a draft or
submitted on their behalf, with the same checks as My returns; it is never approved."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from api.models import ApiUse
from reports.freeze import freeze_month
from submissions import services
from submissions.models import Return
from tests.api.conftest import OCTOBER

pytestmark = pytest.mark.django_db
URL = reverse("api-figures")


def post(client, **body):
    return client.post(URL, {"month": "2023-10", **body}, format="json")


def the_return(ref):
    return Return.objects.get(indicator__ref=ref, period__month=OCTOBER)


def the_return_or_none(ref):
    return Return.objects.filter(indicator__ref=ref, period__month=OCTOBER).first()


def test_a_figure_is_saved_as_a_draft_for_its_owner(system, telephony, alice):
    response = post(system, ref="CS01", numerator=930, denominator="1,000")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "draft" and body["state"] == "Draft"
    assert body["value"] == "93" and (body["numerator"], body["denominator"]) == ("930", "1000")
    assert body["message"] == "Saved as a draft for Alice to check and submit."
    ret = the_return("CS01")
    assert ret.status == Return.Status.DRAFT and ret.source == Return.Source.API
    assert ret.figure_by == telephony.user  # so it cannot approve it either
    record = ret.history.latest()
    assert record.history_user == telephony.user
    assert record.history_change_reason == (
        "Posted by Contact centre telephony through the API, on behalf of Alice"
    )


def test_where_the_indicator_says_so_it_is_submitted_on_the_owners_behalf(system, telephony):
    response = post(system, ref="CS02", value=55)
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "submitted"
    assert response.json()["message"].startswith("Submitted for review on behalf of Alice")
    ret = the_return("CS02")
    assert ret.status == Return.Status.SUBMITTED and ret.submitted_by == telephony.user


def test_a_posted_figure_is_never_approved_four_eyes_still_apply(system, priya):
    post(system, ref="CS02", value=55)
    ret = the_return("CS02")
    assert ret.status != Return.Status.APPROVED
    approved = services.return_approve(ret=ret, user=priya)  # the performance team decides
    assert approved.decided_by == priya


def test_no_endpoint_of_the_api_approves(system):
    response = post(system, ref="CS02", value=55, status="approved")
    assert response.status_code == 400
    assert response.json() == {"status": ["Not a field the API takes: check its spelling."]}
    assert not Return.objects.filter(status=Return.Status.APPROVED).exists()


def test_the_schema_has_no_write_but_figures(api):
    schema = api.get(reverse("api-schema"), {"format": "json"}).json()
    writes = [
        (path, method)
        for path, operations in schema["paths"].items()
        for method in operations
        if method not in ("get", "head", "options", "parameters")
    ]
    assert writes == [("/api/v1/figures/", "post")]


def test_a_red_submitted_figure_needs_commentary_in_the_pages_words(system):
    response = post(system, ref="CS02", value=120)  # lower is better: floor 90, so RED
    assert response.status_code == 400
    assert response.json() == {
        "commentary": ["This figure rates RED: say what happened, why, and what is being done."]
    }
    assert the_return("CS02").value is None
    response = post(system, ref="CS02", value=120, commentary="Two agents off sick.")
    assert response.status_code == 200
    assert the_return("CS02").commentary == "Two agents off sick."


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"ref": "CS02", "value": "abc"}, {"value": ["“abc” is not a number."]}),
        ({"ref": "CS02", "value": 4.5e1}, None),  # a JSON number is a figure
        ({"ref": "CS02", "value": True}, {"value": ['Give a number, such as 96.5 or "96.5".']}),
        ({"ref": "CS02", "value": -5}, "value"),
        ({"ref": "CS01", "numerator": 1200, "denominator": 1000}, {
            "numerator": ["The numerator (1200) cannot be more than the denominator (1000)."]
        }),
        ({"ref": "CS01", "value": 93}, {"value": [
            "CS01 takes a numerator and a denominator: send both, and the figure is worked out."
        ]}),
        ({"ref": "CS02", "numerator": 1, "denominator": 2}, {"numerator": [
            "CS02 takes a single figure (value), not a numerator and denominator."
        ]}),
        ({"ref": "CS02", "not_available": True}, {
            "not_available_reason": ["Say why the figure is not available."]
        }),
        ({"ref": "CS02", "month": "Oct 2023", "value": 50}, {"month": [
            "“Oct 2023” is not a month: write it as YYYY-MM, for example 2023-10."
        ]}),
        ({"ref": "XX99", "value": 50}, {"ref": ["There is no indicator XX99."]}),
        ({"value": 50}, {"ref": ["This field is required."]}),
    ],
)  # fmt: skip
def test_refusals_carry_the_pages_messages_by_field(system, body, errors):
    response = post(system, **body)
    if errors is None:
        assert response.status_code == 200, response.json()
        return
    assert response.status_code == 400
    if isinstance(errors, str):
        assert errors in response.json()
    else:
        assert response.json() == errors


def test_a_figure_not_available_with_a_reason_is_recorded(system):
    response = post(system, ref="CS02", not_available=True, not_available_reason="System down")
    assert response.status_code == 200, response.json()
    ret = the_return("CS02")
    assert ret.not_available and ret.value is None and ret.status == Return.Status.SUBMITTED


def test_commentary_left_out_keeps_the_owners(system, alice):
    post(system, ref="CS01", numerator=930, denominator=1000)
    ret = the_return("CS01")
    ret.commentary = "Alice's words"
    ret.save()
    post(system, ref="CS01", numerator=940, denominator=1000)
    assert the_return("CS01").commentary == "Alice's words"
    post(system, ref="CS01", numerator=940, denominator=1000, commentary="")
    assert the_return("CS01").commentary == ""


def test_an_indicator_the_account_does_not_feed_is_refused(system):
    response = post(system, ref="FN01", value=50)
    assert response.status_code == 403
    assert response.json()["detail"] == (
        "Contact centre telephony may not post figures for FN01: an Administrator chooses "
        "the indicators a service account feeds."
    )
    assert the_return_or_none("FN01") is None


def test_a_month_not_open_is_refused(system):
    response = post(system, ref="CS02", month="2023-11", value=50)
    assert response.status_code == 409
    assert response.json()["detail"].startswith("November 2023 is not open for returns")


def test_a_frozen_month_is_refused(system):
    freeze_month(OCTOBER, today=date(2023, 12, 1))
    response = post(system, ref="CS02", value=50)
    assert response.status_code == 409
    assert "October 2023 has been frozen" in response.json()["detail"]


def test_a_return_already_submitted_is_not_changed(system, alice, catalogue, october):
    ret = Return.objects.create(indicator=catalogue["calls"], period=october)
    services.return_submit(
        ret=ret, user=alice, expected_version=1,
        data=services.ReturnData(numerator=D(930), denominator=D(1000)),
    )  # fmt: skip
    response = post(system, ref="CS01", numerator=1, denominator=1000)
    assert response.status_code == 409
    assert response.json()["detail"] == (
        "CS01 for October 2023 is submitted, so it cannot be changed."
    )
    assert the_return("CS01").numerator == 930


def test_a_person_cannot_post_figures_through_the_api(api, alice, catalogue):
    api.force_login(alice)
    response = post(api, ref="CS01", numerator=930, denominator=1000)
    assert response.status_code == 403
    assert "people enter theirs on My returns" in response.json()["detail"]


def test_without_a_token_a_post_is_refused_401(api, catalogue):
    response = post(api, ref="CS01", numerator=930, denominator=1000)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="kpiportal"'


def test_every_use_is_recorded_with_its_indicator_month_and_outcome(system, telephony):
    post(system, ref="CS02", value=55)
    post(system, ref="FN01", value=55)
    uses = list(ApiUse.objects.filter(account=telephony).order_by("pk"))
    assert [(u.ref, u.month, u.status) for u in uses] == [
        ("CS02", "2023-10", 200),
        ("FN01", "2023-10", 403),
    ]
    assert uses[0].outcome.startswith("Submitted for review on behalf of Alice")
    assert uses[1].outcome.startswith("Refused: ")
