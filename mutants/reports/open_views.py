"""Open data: published snapshots for anyone, without signing in (see docs/open-data.md).

Only what the performance team has published is here. A withdrawn snapshot answers 410
Gone with the notice of when and why, never a bare 404.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from . import opendata
from .exports import download
from .models import Publication

SCHEMA_FILE = settings.BASE_DIR / "docs" / "open-data.schema.json"
CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"


def _open_to_all(response: HttpResponse) -> HttpResponse:
    """Open data may be fetched by anyone's web page, not only read on ours."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def _withdrawn_page(request: HttpRequest, gone: opendata.Withdrawn) -> HttpResponse:
    return render(
        request,
        "reports/open_withdrawn.html",
        {"gone": gone, "publication": gone.publication, "current": gone.current},
        status=410,
    )


@require_safe
def open_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "reports/open_index.html",
        {"months": opendata.open_index(), "licence": settings.OPEN_DATA_LICENCE},
    )


@require_safe
def open_month(request: HttpRequest, month: str) -> HttpResponse:
    try:
        publication = opendata.open_publication(month, request.GET.get("version"))
    except opendata.Withdrawn as gone:
        return _withdrawn_page(request, gone)
    board = opendata.open_board(publication, request.GET.get("directorate", ""))
    return render(
        request,
        "reports/open_dashboard.html",
        {"board": board, "publication": publication, "licence": settings.OPEN_DATA_LICENCE},
    )


def _file_name(publication: Publication | None, directorate: str, file_format: str) -> str:
    name = "open-data-all-months"
    if publication is not None:
        snapshot = publication.snapshot
        name = f"open-data-{snapshot.key}-v{snapshot.version}"
    if directorate:
        name += "-" + _slug(directorate)
    return f"{name}.{file_format}"


def _file(
    rows: list, file_format: str, name: str, *, period: str | None, scope: str
) -> HttpResponse:
    if file_format == "csv":
        return _open_to_all(download(opendata.csv_text(rows), name, CSV_TYPE))
    content = opendata.json_text(rows, period=period, scope=scope)
    return _open_to_all(download(content, name, JSON_TYPE))


@require_safe
def open_download(request: HttpRequest, month: str, file_format: str) -> HttpResponse:
    """One published month in the long format: the whole council, or one directorate."""
    try:
        publication = opendata.open_publication(month, request.GET.get("version"))
    except opendata.Withdrawn as gone:
        if file_format == "json":
            notice = {
                "detail": str(gone),
                "withdrawn_at": timezone.localtime(gone.publication.withdrawn_at).isoformat(
                    timespec="seconds"
                ),
                "reason": gone.publication.withdrawn_reason,
            }
            body = json.dumps(notice, ensure_ascii=False)
            return _open_to_all(HttpResponse(body, status=410, content_type=JSON_TYPE))
        return _open_to_all(
            HttpResponse(str(gone), status=410, content_type="text/plain; charset=utf-8")
        )
    directorate = request.GET.get("directorate", "")
    if directorate and not publication.snapshot.rows.filter(directorate=directorate).exists():
        raise Http404("No such directorate in this snapshot")
    rows = opendata.long_rows([publication], directorate)
    name = _file_name(publication, directorate, file_format)
    scope = directorate or "Whole council"
    return _file(rows, file_format, name, period=publication.snapshot.key, scope=scope)


@require_safe
def open_all(request: HttpRequest, file_format: str) -> HttpResponse:
    """Every published month in one long file: each month's latest published version."""
    publications = [m.publication for m in opendata.open_index() if not m.withdrawn]
    rows = opendata.long_rows(publications)
    name = _file_name(None, "", file_format)
    return _file(rows, file_format, name, period=None, scope="Whole council")


@require_safe
def open_schema(request: HttpRequest) -> HttpResponse:
    """The JSON Schema the JSON files follow, kept with the documentation."""
    response = FileResponse(SCHEMA_FILE.open("rb"), content_type="application/schema+json")
    return _open_to_all(response)
