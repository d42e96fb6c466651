"""Open data at /open/: published snapshots for anyone, without signing in."""

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.urls import reverse

from reports.freeze import freeze_month
from reports.opendata import COLUMNS
from reports.publishing import snapshot_publish, snapshot_withdraw
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db
DOCS = Path(settings.BASE_DIR) / "docs"
SCHEMA = json.loads((DOCS / "open-data.schema.json").read_text())
PAGE = reverse("open-month", args=["2023-10"])
CSV = reverse("open-download", args=["2023-10", "csv"])
JSON = reverse("open-download", args=["2023-10", "json"])
OGL = "Open Government Licence v3.0"


@pytest.fixture
def published(snapshot, priya, council):
    """October published, with CS01's commentary ticked; CS05 (activity) given references."""
    volume = council["volume"]
    volume.lginform_id, volume.oflog_id = "1234", "OF-07"
    volume.save()
    calls = snapshot.rows.get(ref="CS01")
    return snapshot_publish(snapshot=snapshot, user=priya, commentary_rows=[calls.pk])


def rows_of(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_nothing_is_open_before_it_is_published(client, snapshot):
    assert "No month has been published yet." in client.get("/open/").content.decode()
    for url in (PAGE, CSV, JSON):
        assert client.get(url).status_code == 404
    assert json.loads(client.get("/open/all.json").content)["rows"] == []


def test_the_index_lists_published_months_for_anyone(client, published):
    page = client.get("/open/").content.decode()
    assert "October 2023" in page and PAGE in page and CSV in page and JSON in page
    assert OGL in page
    assert "?directorate=Customer%20and%20Communities" in page


def test_the_open_page_has_the_dashboards_tables_without_signing_in(client, published):
    response = client.get(PAGE)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Whole Council Performance Dashboard" in page and "Results up to Oct 2023" in page
    for text in ("85.0%", "91.9%", "95.0%", "RED", "AMBER", "288,000", "Key Performance"):
        assert text in page
    assert "Phones down for two days." in page  # ticked when publishing
    assert "Draft cover summary" not in page and "Commentary missing" not in page
    assert OGL in page


def test_commentary_not_ticked_is_not_published(client, snapshot, priya):
    snapshot_publish(snapshot=snapshot, user=priya)  # nothing ticked
    assert "Phones down" not in client.get(PAGE).content.decode()
    assert {r["commentary"] for r in rows_of(client.get(CSV))} == {""}
    assert {r["commentary"] for r in json.loads(client.get(JSON).content)["rows"]} == {""}


def test_a_directorates_open_page_and_files(client, published):
    scope = {"directorate": "Customer and Communities"}
    page = client.get(PAGE, scope).content.decode()
    assert "Customer and Communities Performance Dashboard" in page
    assert {r["directorate"] for r in rows_of(client.get(CSV, scope))} == {
        "Customer and Communities"
    }
    assert json.loads(client.get(JSON, scope).content)["scope"] == "Customer and Communities"
    assert client.get(PAGE, {"directorate": "Nowhere"}).status_code == 404
    assert client.get(CSV, {"directorate": "Nowhere"}).status_code == 404


def test_the_csv_holds_one_row_per_indicator_in_the_documented_columns(client, published):
    response = client.get(CSV)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="open-data-2023-10-v1.csv"' in response["Content-Disposition"]
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = rows_of(response)
    assert tuple(rows[0]) == COLUMNS
    by_ref = {r["ref"]: r for r in rows}
    assert set(by_ref) == {"CS01", "CS05", "FN06"}
    calls = by_ref["CS01"]
    assert calls["period"] == "2023-10" and calls["value_period"] == "2023-10"
    assert (calls["value"], calls["numerator"], calls["denominator"]) == ("85", "850", "1000")
    assert (calls["target"], calls["floor"], calls["rag"]) == ("95", "90", "RED")
    assert calls["direction"] == "worsened" and calls["not_available"] == "false"
    assert calls["commentary"] == "Phones down for two days."
    assert calls["snapshot_version"] == "1" and calls["licence"] == OGL
    assert calls["licence_url"] == settings.OPEN_DATA_LICENCE["url"]
    debt = by_ref["FN06"]  # October's figure was a draft at the freeze: `*`
    assert debt["not_available"] == "true" and debt["value_period"] == "2023-09"
    assert debt["value"] == "32" and debt["ytd_rag"] == "N/A"
    volume = by_ref["CS05"]
    assert (volume["lginform_id"], volume["oflog_id"], volume["lof_id"]) == ("1234", "OF-07", "")
    assert (volume["lower"], volume["upper"], volume["rag"]) == ("250000", "300000", "")


def test_the_json_is_valid_against_the_published_schema(client, published):
    response = client.get(JSON)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    document = json.loads(response.content)
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    assert document["licence"] == OGL and document["period"] == "2023-10"
    calls = next(r for r in document["rows"] if r["ref"] == "CS01")
    assert calls["value"] == 85 and calls["rag"] == "RED" and calls["not_available"] is False
    volume = next(r for r in document["rows"] if r["ref"] == "CS05")
    assert volume["rag"] is None and volume["alert"] == "Yes"


def test_the_schema_rejects_what_the_format_does_not_allow():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    row = dict.fromkeys(COLUMNS, "")
    document = {
        "publisher": "x", "licence": OGL, "licence_url": "https://example.org/", "period": None,
        "scope": "Whole council", "columns": list(COLUMNS), "rows": [row],
    }  # fmt: skip
    assert not validator.is_valid(document)  # a row of blanks is not a row


def test_every_column_is_in_the_documentation_and_the_schema():
    doc = (DOCS / "open-data.md").read_text()
    documented = re.findall(r"^\| `([a-z_]+)` \|", doc, flags=re.MULTILINE)
    assert tuple(documented) == COLUMNS
    assert tuple(SCHEMA["$defs"]["row"]["required"]) == COLUMNS
    assert tuple(SCHEMA["properties"]["columns"]["const"]) == COLUMNS


def test_the_schema_is_served_for_machines(client):
    response = client.get(reverse("open-schema"))
    assert response.status_code == 200
    assert json.loads(b"".join(response.streaming_content)) == SCHEMA


def test_every_published_month_in_one_file(client, council, priya):
    september = freeze_month(OCTOBER.replace(month=9), today=TODAY).snapshot
    october = freeze_month(OCTOBER, today=TODAY).snapshot
    freeze_month(OCTOBER.replace(month=8), today=TODAY)  # frozen, never published
    snapshot_publish(snapshot=september, user=priya)
    snapshot_publish(snapshot=october, user=priya)
    rows = rows_of(client.get("/open/all.csv"))
    assert [r["period"] for r in rows] == ["2023-10"] * 3 + ["2023-09"] * 3
    document = json.loads(client.get("/open/all.json").content)
    jsonschema.validate(document, SCHEMA)
    assert document["period"] is None and len(document["rows"]) == 6


def test_a_new_version_is_not_open_until_published(client, published, priya):
    second = freeze_month(OCTOBER, reason="Late correction", today=TODAY).snapshot
    assert {r["snapshot_version"] for r in rows_of(client.get(CSV))} == {"1"}
    assert client.get(PAGE, {"version": 2}).status_code == 404
    assert "version 2" not in client.get(PAGE).content.decode()  # not even mentioned
    snapshot_publish(snapshot=second, user=priya)
    assert {r["snapshot_version"] for r in rows_of(client.get(CSV))} == {"2"}
    earlier = client.get(PAGE, {"version": 1}).content.decode()
    assert "This version has been superseded." in earlier
    assert f"{PAGE}?version=2" in earlier


def test_a_withdrawn_snapshot_answers_410_with_its_notice(client, published, tom):
    snapshot_withdraw(snapshot=published.snapshot, user=tom, reason="A figure was wrong")
    response = client.get(PAGE)
    assert response.status_code == 410
    page = response.content.decode()
    assert re.search(r"This snapshot was withdrawn on \d+ \w+ \d{4}: A figure was wrong", page)
    csv_response = client.get(CSV)
    assert csv_response.status_code == 410
    assert "A figure was wrong" in csv_response.content.decode()
    json_response = client.get(JSON)
    assert json_response.status_code == 410
    assert json.loads(json_response.content)["reason"] == "A figure was wrong"
    index = client.get("/open/").content.decode()
    assert "Withdrawn on" in index and "A figure was wrong" in index
    assert json.loads(client.get("/open/all.json").content)["rows"] == []


def test_a_withdrawn_version_points_to_the_one_still_published(client, published, priya):
    second = freeze_month(OCTOBER, reason="Late correction", today=TODAY).snapshot
    snapshot_publish(snapshot=second, user=priya)
    snapshot_withdraw(snapshot=published.snapshot, user=priya, reason="Superseded")
    assert client.get(PAGE).status_code == 200
    response = client.get(PAGE, {"version": 1})
    assert response.status_code == 410
    assert "read the current version" in response.content.decode()


def test_open_pages_keep_the_content_security_policy(client, published):
    policy = client.get(PAGE)["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_an_owners_reason_for_a_missing_figure_is_published_only_if_ticked(client, council, priya):
    from submissions.models import Return
    from tests.factories import IndicatorFactory, TargetFactory, period_for

    lost = IndicatorFactory(ref="HR01", title="Sickness days")
    TargetFactory(indicator=lost, year=period_for(OCTOBER).year, note="New indicator")
    Return.objects.create(
        indicator=lost, period=period_for(OCTOBER), not_available=True,
        not_available_reason="Payroll system migration", status=Return.Status.APPROVED,
    )  # fmt: skip
    snapshot = freeze_month(OCTOBER, today=TODAY).snapshot
    row = snapshot.rows.get(ref="HR01")
    assert row.not_available_note == "Not available: Payroll system migration"
    publication = snapshot_publish(snapshot=snapshot, user=priya)
    page = client.get(PAGE).content.decode()
    assert "New indicator" in page and "Payroll system migration" not in page
    snapshot_withdraw(snapshot=snapshot, user=priya, reason="Tick HR01")
    publication = snapshot_publish(snapshot=snapshot, user=priya, commentary_rows=[row.pk])
    assert publication.commentary_rows.get() == row
    assert "Payroll system migration" in client.get(PAGE).content.decode()
