"""A form posted after its session ended is not lost (WCAG 2.2.1).

The post is kept in the new, anonymous session and the person is sent to sign in; Django
keeps session data across signing in, so the page they come back to can put what they
typed back into its form for them to check and save. Nothing is saved on their behalf.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, QueryDict

from .templatetags.a11y import idle_time

SESSION_KEY = "kpiportal_unsent_post"
NOT_KEPT = {"csrfmiddlewaretoken"}


def keep_unsent_post(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Outermost on a view whose form is worth keeping: an anonymous POST is kept, then
    the person signs in again. `unsent_post` gives it back."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and not request.user.is_authenticated:
            request.session[SESSION_KEY] = {
                "path": request.path,
                "data": {k: request.POST.getlist(k) for k in request.POST if k not in NOT_KEPT},
            }
            messages.info(
                request,
                f"You were signed out after {idle_time()} without activity. Sign in again and "
                "what you typed will be put back for you to check and save.",
            )
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def unsent_post(request: HttpRequest) -> QueryDict | None:
    """What was posted to this page before signing in again, once; None if nothing was."""
    kept = request.session.get(SESSION_KEY)
    if not kept or kept.get("path") != request.path:
        return None
    del request.session[SESSION_KEY]
    data = QueryDict(mutable=True)
    for key, values in kept["data"].items():
        data.setlist(key, values)
    return data
