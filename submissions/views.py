"""The owner's pages: "My returns", the live RAG preview, and a return's own page."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.roles import Role, role_required
from core.unsent import keep_unsent_post, unsent_post
from indicators import periods
from indicators.formatting import format_figure

from . import figures, services, workflow
from .actions import IncompleteAction
from .audit import history_entries
from .figures import COMMENTARY_REQUIRED, unanswered
from .forms import ReasonForm, ReturnForm, ReturnFormSet
from .models import AWAITING_OWNER, Return, ReturnPeriod, person_name
from .selectors import (
    build_rows,
    covered_owners,
    opened_periods,
    outstanding_elsewhere,
    own_indicator_ids,
    own_rows,
    visible_returns,
)

EDITABLE = AWAITING_OWNER
FIGURE_FIELDS = ("value", "numerator", "denominator")


def month_or_404(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return periods.parse_month(text)
    except ValueError:
        raise Http404("No such month") from None


def month_chosen(request: HttpRequest, url_name: str) -> HttpResponse | None:
    """The month picker's form (?month=2026-10, sent with its button) goes to the month's
    own address; changing the select alone does nothing (WCAG 3.2.2)."""
    text = request.GET.get("month")
    if text is None:
        return None
    return redirect(url_name, periods.month_key(month_or_404(text)))


def _has_content(data: Any, prefix: str) -> bool:
    typed = any((data.get(f"{prefix}-{name}") or "").strip() for name in FIGURE_FIELDS)
    return typed or bool(data.get(f"{prefix}-not_available"))


@keep_unsent_post
@role_required(Role.OWNER)
def my_returns(request: HttpRequest, month: str | None = None) -> HttpResponse:
    if month is None and (chosen := month_chosen(request, "submissions-mine-month")):
        return chosen
    wanted = month_or_404(month)
    # The month picker's months, newest first, read once: the latest is the page's month
    # unless one is asked for.
    open_periods = opened_periods(13)
    if wanted is None:
        period = open_periods[0] if open_periods else None
    else:  # as Review finds its month: from those read, else asked for
        period = next((p for p in open_periods if p.month == wanted), None) or (
            ReturnPeriod.objects.filter(month=wanted, opened_at__isnull=False).first()
        )
    if period is None:
        if wanted is not None:
            raise Http404("Returns for that month are not open")
        return render(request, "submissions/my_returns.html", {"period": None})
    owned = own_indicator_ids(request.user)
    rows = own_rows(owned, period)
    editable = _editable(rows, request.POST if request.method == "POST" else {})
    partly_saved: PartlySaved | None = None
    unsent = unsent_post(request)  # typed before the session ended: put back, not saved
    formset = ReturnFormSet(unsent, rows=editable) if unsent else ReturnFormSet(rows=editable)
    if unsent:
        messages.info(
            request,
            "What you typed is back on the page, not saved yet: check it, then save or submit.",
        )
    if request.method == "POST" and (copied := _copy_commentary(request, editable)):
        formset = copied  # nothing saved: the page again, with the commentary filled in
    elif request.method == "POST":
        action = request.POST.get("action", "save")
        unchanged: list[str] = []
        if action == "submit_all":
            submitting = {r.ret.pk for r in editable if _has_content(request.POST, f"r{r.ret.pk}")}
            unchanged = _returned_untouched(request.POST, editable, submitting)
            submitting -= {r.ret.pk for r in editable if r.indicator.ref in unchanged}
        elif action.startswith("submit:") and action[7:].isdigit():
            submitting = {int(action[7:])} & {r.ret.pk for r in editable}
        else:
            submitting = set()
        formset = ReturnFormSet(request.POST, rows=editable, submitting=submitting)
        if unchanged:
            messages.warning(
                request,
                f"Not submitted again: {', '.join(unchanged)}, sent back to you and not changed. "
                "Change what the reviewer asked about, or answer them, then submit "
                f"{'it' if len(unchanged) == 1 else 'them'}.",
            )
        if action == "submit_all" and not submitting:
            if not unchanged:
                messages.warning(request, "Nothing to submit yet: enter a figure first.")
        elif not submitting and not formset.is_valid():
            # Save draft with a bad card: every good card is saved; the bad one keeps what
            # was typed and its message, on a page re-read so the saved cards are current.
            partly_saved = _save_valid_cards(request, formset)
            rows = own_rows(owned, period)
            editable = _editable(rows, request.POST)
            formset = ReturnFormSet(_with_versions(request.POST, partly_saved.saved), rows=editable)
            for form in formset.forms:
                if error := partly_saved.refused.get(form.row.ret.pk):
                    _place_error(form, error)
        elif formset.is_valid() and _apply(request, formset, submitting):
            return redirect(request.path)
        # Otherwise the page lists each problem at the top, linked to its field.
    return render(
        request,
        "submissions/my_returns.html",
        {
            "period": period,
            "rows": rows,
            "forms": {form.row.ret.pk: form for form in formset.forms},
            "formset": formset,
            "elsewhere": outstanding_elsewhere(
                request.user, period, known=open_periods, indicator_ids=owned
            ),
            "open_periods": open_periods,
            "today": timezone.localdate(),
            "tally": _tally(rows),
            "partly_saved": partly_saved,
            "covering": _covering(request.user, rows),
        },
    )


def _editable(rows: list, posted: Any) -> list:
    """The cards with a form: returns the owner may change, and any posted from the page
    that no longer is (submitted meanwhile from another session), so the service says who
    and when and what was typed is kept, rather than dropped as "nothing had changed"."""
    return [row for row in rows if row.ret.status in EDITABLE or f"r{row.ret.pk}-version" in posted]


def _copy_commentary(request: HttpRequest, rows: list) -> Any:
    """ "Copy last month's commentary" without the page's script: the posted page again,
    that card's commentary replaced by the last period's, nothing saved."""
    action = request.POST.get("action", "")
    if not (action.startswith("copy:") and action[5:].isdigit()):
        return None
    row = next((r for r in rows if r.ret.pk == int(action[5:])), None)
    if row is None or not row.previous_commentary:
        return None
    data = request.POST.copy()
    data[f"r{row.ret.pk}-commentary"] = row.previous_commentary
    messages.info(
        request,
        f"{row.previous_label}'s commentary is copied into {row.indicator.ref}, not saved yet: "
        "check it still holds, then save or submit.",
    )
    return ReturnFormSet(data, rows=rows)


def _returned_untouched(data: Any, rows: list, submitting: set[int]) -> list[str]:
    """The refs of returns sent back to the owner that "Submit all" would send again as
    they were returned: neither changed nor answered. They stay with the owner."""
    returned = [
        r for r in rows if r.ret.pk in submitting and r.ret.status == Return.Status.RETURNED
    ]
    if not returned:
        return []
    probe = ReturnFormSet(data, rows=returned)
    return [
        form.row.indicator.ref
        for form in probe.forms
        if form.is_valid() and unanswered(form.row.ret, form.typed, form.row.ret.version)
    ]


def _covering(user: Any, rows: list) -> dict[int, str]:
    """For each return the user sees as a deputy, the name of the owner they cover for.
    An owner of every return on the page covers for no one there: nothing is read."""
    others = [row for row in rows if all(owner.pk != user.pk for owner in row.owners)]
    covered = covered_owners(user) if others else {}
    found = {}
    for row in others:
        owner = next((o for o in row.owners if o.pk in covered), None)
        if owner is not None:
            found[row.ret.pk] = person_name(owner)
    return found


def _tally(rows: list) -> list[tuple[str, int]]:
    """How many of the user's returns are in each state, for the line under the heading."""
    counts = Counter(row.ret.task for row in rows)
    return [(task.label.lower(), counts[task]) for task in Return.Task if counts[task]]


def _apply(request: HttpRequest, formset: Any, submitting: set[int]) -> bool:
    """Save and submit in one go through the service; on a refusal, nothing is saved and
    the refusal is shown beside its field."""
    forms = list(formset.forms)
    entries = [
        services.Entry(
            ret=form.row.ret,
            data=form.data_for_service(),
            version=form.cleaned_data["version"],
            submit=form.row.ret.pk in submitting,
            changed=form.has_changed(),
            actions=form.action_changes(),
        )
        for form in forms
    ]
    try:
        done = services.returns_save_and_submit(
            user=request.user,
            entries=entries,
            judged={form.row.ret.pk: form.row for form in forms},  # read for this page
        )
    except services.EntryRefused as refused:
        _place_error(forms[refused.index], refused.error)
        return False
    parts = []
    if done.submitted:
        parts.append(f"Submitted {_count(done.submitted, 'return')} for review.")
    if done.saved:
        parts.append(f"Saved {_count(done.saved, 'draft')}.")
    if any(entry.actions for entry in entries):
        parts.append("Actions updated.")
    messages.success(request, " ".join(parts) or "Nothing had changed.")
    return True


def _place_error(form: ReturnForm, error: Exception) -> None:
    """A service's refusal beside the field it is about (or at the top of the card)."""
    problems = getattr(error, "problems", None)
    if not problems:
        form.add_error(None, str(error))
        return
    for name, message in problems.items():
        if isinstance(error, IncompleteAction):
            name = NEW_ACTION_FIELDS.get(name, name)
        form.add_error(name if name in form.fields else None, message)


@dataclass
class PartlySaved:
    saved: dict[int, int] = field(default_factory=dict)  # return id: its version now
    refused: dict[int, Exception] = field(default_factory=dict)


def _save_valid_cards(request: HttpRequest, formset: Any) -> PartlySaved:
    """Save draft: each valid, changed card on its own, through the same service."""
    done = PartlySaved()
    for form in formset.forms:
        if not form.is_valid() or not form.has_changed():
            continue
        entry = services.Entry(
            ret=form.row.ret,
            data=form.data_for_service(),
            version=form.cleaned_data["version"],
            changed=True,
            actions=form.action_changes(),
        )
        try:
            services.returns_save_and_submit(user=request.user, entries=[entry])
        except services.EntryRefused as refused:
            done.refused[form.row.ret.pk] = refused.error
        else:
            done.saved[form.row.ret.pk] = Return.objects.get(pk=form.row.ret.pk).version
    if done.saved:
        messages.success(request, f"Saved {_count(len(done.saved), 'draft')}.")
    return done


def _with_versions(data: Any, saved: dict[int, int]) -> Any:
    """The posted cards, a saved one at its new version (the others as they were read, so
    a card someone else changed meanwhile is still refused, not overwritten)."""
    data = data.copy()
    for pk, version in saved.items():
        data[f"r{pk}-version"] = str(version)
    return data


NEW_ACTION_FIELDS = {
    "description": "new_action",
    "lead": "new_action_lead",
    "due": "new_action_due",
}


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


@role_required(Role.OWNER, Role.PERFORMANCE)
@require_POST
def preview(request: HttpRequest, pk: int) -> JsonResponse:
    """What the figure being typed would show and rate, by the same rules as a submission."""
    ret = get_object_or_404(visible_returns(request.user).select_related("period"), pk=pk)
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), ret.period)
    form = ReturnForm(request.POST, prefix=f"r{ret.pk}", row=row)
    form.is_valid()
    errors = {
        name: [str(message) for message in form.errors[name]]
        for name in (*FIGURE_FIELDS, "not_available_reason")
        if name in form.errors
    }
    answer: dict[str, Any] = {
        "figure": "",
        "shown_as": "",
        "rag": "",
        "commentary_required": False,
        "commentary_message": "",
        "outlier": "",
        "forecast": "",
        "outlook": "",
        "errors": errors,
    }
    if not any(name in errors for name in FIGURE_FIELDS):
        indicator = row.indicator
        data = form.data_for_service(form.cleaned_data)
        shown = figures.preview(
            indicator,
            data,
            target=row.target,
            history=row.history,
            year_end=row.year_end_with(data),
        )
        answer |= {
            "figure": format_figure(shown.figure, indicator.unit, indicator.decimals, missing=""),
            "shown_as": shown.shown_as,
            "rag": shown.rag.value if shown.rag else "",
            "commentary_required": shown.commentary_required,
            "commentary_message": COMMENTARY_REQUIRED if shown.commentary_required else "",
            "outlier": shown.outlier_message,
            "forecast": format_figure(
                shown.year_end.value, indicator.unit, indicator.decimals, missing=""
            ),
            "outlook": shown.year_end.outlook,
        }
    return JsonResponse(answer)


@role_required(Role.OWNER, Role.PERFORMANCE)
def return_detail(request: HttpRequest, pk: int) -> HttpResponse:
    ret = get_object_or_404(visible_returns(request.user), pk=pk)
    return render_detail(request, ret)


def render_detail(
    request: HttpRequest, ret: Return, *, reason_form: ReasonForm | None = None, status: int = 200
) -> HttpResponse:
    """A return's page: figures, context, decisions open to this user, and its audit trail."""
    # Owners prefetched: the workflow checks them to offer (or not) the edit button.
    one = Return.objects.filter(pk=ret.pk).prefetch_related("indicator__owners")
    (row,) = build_rows(one, ret.period)
    user, ret = request.user, row.ret
    return render(
        request,
        "submissions/return_detail.html",
        {
            "row": row,
            "ret": ret,
            "history": history_entries(ret),
            "can_approve": workflow.allowed(workflow.Action.APPROVE, ret, user),
            "can_send_back": workflow.allowed(workflow.Action.SEND_BACK, ret, user),
            "can_reopen": workflow.allowed(workflow.Action.REOPEN, ret, user),
            "can_edit": workflow.allowed(workflow.Action.SAVE, ret, user),
            "approve_refusal": _refusal(workflow.Action.APPROVE, ret, user)
            if ret.status == Return.Status.SUBMITTED
            else "",
            "reason_form": reason_form or ReasonForm(initial={"version": ret.version}),
            "edit_url": reverse("submissions-mine-month", args=[ret.period.key]),
        },
        status=status,
    )


def _refusal(action: workflow.Action, ret: Return, user: Any) -> str:
    try:
        workflow.check(action, ret, user)
    except workflow.TransitionNotAllowed as error:
        return str(error)
    return ""
