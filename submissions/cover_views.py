"""Cover while an owner is away: the owner names a deputy for a date range."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.roles import Role, role_required

from .forms import DeputyForm
from .models import Deputy, person_name


@role_required(Role.OWNER)
def cover(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    form = DeputyForm(request.POST or None, owner=request.user, today=today)
    if request.method == "POST" and form.is_valid():
        named = form.save(commit=False)
        named.owner = named.created_by = request.user
        named._history_user = request.user
        named.save()
        messages.success(
            request,
            f"{person_name(named.deputy)} covers your returns "
            f"{named.span.replace(' to ', ' until ')}.",
        )
        return redirect("submissions-cover")
    return render(
        request,
        "submissions/cover.html",
        {
            "form": form,
            "today": today,
            "named": Deputy.objects.filter(owner=request.user, ends__gte=today).select_related(
                "deputy"
            ),
            "covering": Deputy.objects.filter(deputy=request.user, ends__gte=today).select_related(
                "owner"
            ),
        },
    )


@role_required(Role.OWNER)
@require_POST
def end_cover(request: HttpRequest, pk: int) -> HttpResponse:
    """End a cover now (or drop one not yet started); the history keeps what it was."""
    named = get_object_or_404(Deputy, pk=pk, owner=request.user)
    today = timezone.localdate()
    named._history_user = request.user
    if named.starts >= today:
        named.delete()
    else:
        named.ends = today - timezone.timedelta(days=1)
        named.save()
    messages.success(request, f"{person_name(named.deputy)} no longer covers your returns.")
    return redirect("submissions-cover")
