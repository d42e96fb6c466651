"""The dashboard's web pages, rendered once and kept: a frozen snapshot never changes.

A page differs by snapshot, scope (the whole council, a directorate, a service area) and
audience (the performance team also sees the draft cover summary and the commentary
gaps). What is kept (reports.RenderedPage) is the page's own part, not the site's frame
around it (navigation, the signed-in person, messages), which every request renders.

A kept page is served while it is still what would be rendered now: while its month has
no later version (an earlier version's page says it is superseded) and the code that
rendered it is the code running (a release may change the layout). Otherwise it is
rendered again and replaces the kept one. A re-freeze also drops the earlier versions'
pages (reports/freeze.py), as it drops their files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from core.prepared import Prepared

from .models import RenderedPage, Snapshot
from .selectors import Dashboard, dashboard

Audience = RenderedPage.Audience
# Where the code that renders a page lives: any change there renders every page again.
_CODE = ("kpiportal", "indicators", "submissions", "reports", "templates")


@dataclass(frozen=True)
class Page:
    title: str
    content: SafeString
    board: Dashboard | None = None  # when rendered for this request, not served as kept


@cache
def code_fingerprint() -> str:
    """A digest of the portal's Python and templates, and the settings a page shows, read
    once a process: a release that changes any of them renders the pages again."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    for folder in _CODE:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".html") and "migrations" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    shown = (settings.ORGANISATION_NAME, settings.DASHBOARD_PAGE_INDICATORS)
    digest.update(repr(shown).encode())
    return digest.hexdigest()


# The page as kept (compiled once: core.prepared).
_KEPT = Prepared(
    lambda snapshot, directorate, service_area, audience, latest_version, code: (
        RenderedPage.objects.filter(
            snapshot_id=snapshot,
            directorate=directorate,
            service_area=service_area,
            audience=audience,
            latest_version=latest_version,
            code=code,
        )
        .values_list("title", "content")
        .order_by("pk")[:1]
    )
)


def dashboard_page(
    snapshot: Snapshot,
    latest_version: int,
    *,
    directorate: str = "",
    service_area: str = "",
    audience: str = Audience.EVERYONE,
) -> Page:
    """The page as kept, if it is still current; else rendered now and kept."""
    key = {
        "snapshot": snapshot,
        "directorate": directorate,
        "service_area": service_area,
        "audience": audience,
    }
    found = _KEPT.list(
        **key | {"snapshot": snapshot.pk}, latest_version=latest_version, code=code_fingerprint()
    )
    if found:
        (title, content) = found[0]
        return Page(title=title, content=mark_safe(content))
    board = dashboard(
        snapshot, directorate, service_area, page_limit=settings.DASHBOARD_PAGE_INDICATORS
    )
    content = render_to_string(
        "reports/_dashboard_page.html",
        {"board": board, "is_performance": audience == Audience.TEAM},
    )
    title = board.title + f": {snapshot.label}"
    if board.superseded_by:
        title += f" (version {snapshot.version}, superseded)"
    fields = {
        "latest_version": latest_version,
        "code": code_fingerprint(),
        "title": title,
        "content": content,
    }
    try:
        with transaction.atomic():
            RenderedPage.objects.update_or_create(**key, defaults=fields)
    except IntegrityError:
        pass  # another request kept the same page meanwhile: theirs serves from now on
    return Page(title=title, content=mark_safe(content), board=board)
