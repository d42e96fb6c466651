"""The admin's change history pages (django-simple-history), refusing a malformed address
with "not found" rather than an error page.

simple-history's views look the object up by the address's id as given: an id that is not
one (``/admin/indicators/indicator/1/change/history/``, an easy slip when editing an
address by hand, or a probe) raised ValueError, a 500 and an error e-mail."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from simple_history.admin import SimpleHistoryAdmin


class HistoryAdmin(SimpleHistoryAdmin):
    def _checked_id(self, object_id: str, model: Any = None) -> None:
        try:
            (model or self.model)._meta.pk.to_python(unquote(object_id))
        except (ValidationError, ValueError, TypeError) as error:
            raise Http404("There is no such record.") from error

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: Any = None
    ) -> HttpResponse:
        self._checked_id(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: Any = None
    ) -> HttpResponse:
        self._checked_id(object_id)
        history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
        self._checked_id(version_id, history.model)  # one record of its history
        return super().history_form_view(request, object_id, version_id, extra_context)
