"""PDF and XLSX are rendered once per snapshot and kept, by a worker when there is one."""

import pytest
from django.urls import reverse

from reports import rendering
from reports.freeze import freeze_month
from reports.models import RenderedExport
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db
PDF = reverse("reports-export", args=["2023-10", "pdf"])


@pytest.fixture
def counted(monkeypatch):
    calls = []

    def fake(file_format):
        def render(board):
            calls.append((file_format, board.directorate))
            return f"{file_format} of {board.scope}".encode()

        return render

    monkeypatch.setattr(rendering, "RENDERERS", {f: fake(f) for f in ("pdf", "xlsx")})
    return calls


def test_without_a_worker_the_first_download_renders_and_later_ones_are_served(
    client, rita, snapshot, counted
):
    client.force_login(rita)
    first = client.get(PDF)
    second = client.get(PDF)
    assert first.content == second.content == b"pdf of Whole council"
    assert counted == [("pdf", "")]
    assert RenderedExport.objects.get().file_format == "pdf"


def test_each_directorate_has_its_own_copy(client, rita, snapshot, counted):
    client.force_login(rita)
    client.get(PDF, {"directorate": "Customer and Communities"})
    client.get(PDF)
    assert counted == [("pdf", "Customer and Communities"), ("pdf", "")]
    assert client.get(PDF, {"directorate": "Nowhere"}).status_code == 404


def test_with_a_worker_the_reader_is_asked_to_wait_while_it_renders(
    client, rita, snapshot, counted, monkeypatch
):
    queued = []
    monkeypatch.setattr(rendering, "worker_available", lambda: True)
    monkeypatch.setattr(rendering, "queue_render", lambda *args: queued.append(args) or True)
    client.force_login(rita)
    response = client.get(PDF)
    assert response.status_code == 202
    assert "Preparing the PDF of October 2023" in response.content.decode()
    assert queued == [(snapshot, "", "pdf")] and counted == []
    rendering.render_and_store(snapshot, "", "pdf")  # what the worker does
    assert client.get(PDF).status_code == 200


def test_with_the_broker_down_it_renders_in_the_request(
    client, rita, snapshot, counted, monkeypatch
):
    monkeypatch.setattr(rendering, "worker_available", lambda: True)
    monkeypatch.setattr(rendering, "queue_render", lambda *args: False)
    client.force_login(rita)
    assert client.get(PDF).status_code == 200
    assert counted == [("pdf", "")]


def test_a_freeze_asks_a_worker_for_the_whole_councils_files(
    council, monkeypatch, django_capture_on_commit_callbacks
):
    queued = []
    monkeypatch.setattr(rendering, "worker_available", lambda: True)
    monkeypatch.setattr(rendering, "queue_render", lambda *args: queued.append(args[1:]) or True)
    with django_capture_on_commit_callbacks(execute=True):
        freeze_month(OCTOBER, today=TODAY)
    assert queued == [("", "pdf"), ("", "xlsx")]


def test_the_render_task_renders_once(snapshot, counted):
    from reports.tasks import render_export

    assert render_export(snapshot.pk, "", "xlsx") > 0
    assert render_export(snapshot.pk, "", "xlsx") == 0
    assert counted == [("xlsx", "")]
