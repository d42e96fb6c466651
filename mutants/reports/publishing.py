"""Publishing a frozen snapshot as open data, and withdrawing it: the performance team's
deliberate steps, each atomic, checked against the current state, and in the history.

A snapshot is never published by freezing it, nor by freezing its month again: each
version is published by hand. A withdrawn snapshot leaves a notice at its open address.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone

from .models import Publication, Snapshot, SnapshotRow


class CannotPublish(Exception):
    """A publish or withdraw that is not allowed, said plainly."""


def _locked(snapshot: Snapshot) -> Publication | None:
    return Publication.objects.select_for_update().filter(snapshot=snapshot).first()


def commentary_choices(snapshot: Snapshot) -> list[SnapshotRow]:
    """The rows with anything to choose about: commentary, actions, a forecast's reason or
    the reason a figure was not available."""
    return [
        row
        for row in snapshot.rows.all()
        if row.commentary.strip()
        or row.actions
        or row.forecast_reason.strip()
        or row.not_available_note
    ]


@transaction.atomic
def snapshot_publish(
    *, snapshot: Snapshot, user: Any, commentary_rows: Iterable[int] = ()
) -> Publication:
    """Publish `snapshot` as open data, with the commentary of `commentary_rows` (row ids).

    1. Refuse a version that is already published, or that a later version has superseded.
    2. Record who and when, clearing any earlier withdrawal (it stays in the history).
    3. Keep the chosen rows of this snapshot whose commentary may be read; no other's is.
    """
    later = Snapshot.objects.filter(month=snapshot.month, version__gt=snapshot.version)
    if later.exists():
        raise CannotPublish(
            f"Version {snapshot.version} of {snapshot.label} has been superseded by version "
            f"{later.order_by('-version').first().version}: publish the current version."
        )
    publication = _locked(snapshot)
    if publication is not None and not publication.is_withdrawn:
        raise CannotPublish(
            f"Version {snapshot.version} of {snapshot.label} is already published "
            f"(on {timezone.localtime(publication.published_at):%-d %B %Y})."
        )
    again = publication is not None
    publication = publication or Publication(snapshot=snapshot)
    publication.published_at, publication.published_by = timezone.now(), user
    publication.withdrawn_at = publication.withdrawn_by = None
    publication.withdrawn_reason = ""
    chosen = list(snapshot.rows.filter(pk__in=[int(pk) for pk in commentary_rows]))
    publication._history_user = user
    publication._change_reason = (
        f"{'Published again' if again else 'Published'}, with the commentary of "
        f"{len(chosen)} indicator{'' if len(chosen) == 1 else 's'}"
    )
    publication.save()
    publication.commentary_rows.set(chosen)
    return publication


@transaction.atomic
def snapshot_withdraw(*, snapshot: Snapshot, user: Any, reason: str) -> Publication:
    """Withdraw a published snapshot: its open pages and files answer 410 with the reason."""
    reason = reason.strip()
    if not reason:
        raise CannotPublish("Say why it is withdrawn: the open data page shows the reason.")
    publication = _locked(snapshot)
    if publication is None or publication.is_withdrawn:
        raise CannotPublish(f"Version {snapshot.version} of {snapshot.label} is not published.")
    publication.withdrawn_at, publication.withdrawn_by = timezone.now(), user
    publication.withdrawn_reason = reason[:2000]
    publication._history_user = user
    publication._change_reason = f"Withdrawn: {publication.withdrawn_reason}"
    publication.save()
    return publication
