"""PDF and XLSX of a snapshot, rendered once and kept: a snapshot never changes.

A whole-council file takes a second or so (the PDF is typeset by Typst, reports/paper.py;
the workbook by openpyxl) and would be the same every time, so a worker renders the
whole-council files as soon as a month is frozen, and a download is then served
straight from the database. Without a worker (the demo, tests) it renders on first ask.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from core.celery import app, queue

from . import exports
from .models import RenderedExport, Snapshot
from .selectors import dashboard

RENDERERS = {"pdf": exports.pdf, "xlsx": exports.xlsx}
PRERENDERED = ("pdf", "xlsx")


def stored(snapshot: Snapshot, directorate: str, file_format: str) -> bytes | None:
    content = (
        RenderedExport.objects.filter(
            snapshot=snapshot, directorate=directorate, file_format=file_format
        )
        .values_list("content", flat=True)
        .first()
    )
    return None if content is None else bytes(content)


def render_and_store(snapshot: Snapshot, directorate: str, file_format: str) -> bytes:
    """Render (outside any transaction: it is slow) and keep it; a second renderer that
    finished first wins, and its copy is the one served."""
    content = RENDERERS[file_format](dashboard(snapshot, directorate))
    try:
        with transaction.atomic():
            RenderedExport.objects.create(
                snapshot=snapshot, directorate=directorate, file_format=file_format, content=content
            )
    except IntegrityError:
        return stored(snapshot, directorate, file_format) or content
    return content


def worker_available() -> bool:
    return not app.conf.task_always_eager


def queue_render(snapshot: Snapshot, directorate: str, file_format: str) -> bool:
    """Ask a worker to render; False if the broker cannot be reached."""
    from kombu.exceptions import OperationalError

    try:
        queue("reports.render_export", snapshot.pk, directorate, file_format)
    except (OperationalError, OSError):
        return False
    return True


def prerender_after_freeze(snapshot: Snapshot) -> None:
    """Once a freeze commits, have a worker render the whole council's PDF and XLSX."""
    if worker_available():
        for file_format in PRERENDERED:
            transaction.on_commit(lambda f=file_format: queue_render(snapshot, "", f))
