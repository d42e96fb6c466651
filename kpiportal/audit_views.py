from __future__ import annotations

from datetime import date

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.roles import Role, role_required

from .audit import Search, search_trail


class AuditSearchForm(forms.Form):
    ref = forms.CharField(label="Indicator reference", required=False, max_length=20)
    person = forms.CharField(label="Person", required=False, max_length=100)
    since = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return cleaned


@role_required(Role.PERFORMANCE, Role.ADMIN)
def audit_search(request: HttpRequest) -> HttpResponse:
    """Every change to a figure, target, threshold or owner: who, when, why and what."""
    form = AuditSearchForm(request.GET or None)
    entries, more, page = [], False, 1
    if form.is_bound and form.is_valid() or not form.is_bound:
        data = form.cleaned_data if form.is_bound else {}
        page_text = request.GET.get("page", "1")
        page = max(1, min(int(page_text), 1000)) if page_text.isdigit() else 1
        entries, more = search_trail(
            Search(
                ref=data.get("ref", ""),
                person=data.get("person", ""),
                since=data.get("since"),
                until=data.get("until"),
            ),
            page,
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit.html",
        {
            "form": form,
            "entries": entries,
            "page": page,
            "more": more,
            "query": query.urlencode(),
            "today": date.today(),
        },
    )
