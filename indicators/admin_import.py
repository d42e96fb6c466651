"""The admin's spreadsheet import, made plain for an administrator on a May afternoon."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from import_export.forms import ImportForm

from core.roles import Role, has_role

from .formats import FORMATS, FileProblem


class PortalImportForm(ImportForm):
    def clean_import_file(self) -> Any:
        upload = self.cleaned_data["import_file"]
        limit = settings.IMPORT_MAX_BYTES
        if upload.size == 0:
            raise forms.ValidationError("The file is empty.")
        if upload.size > limit:
            raise forms.ValidationError(
                f"The file is {upload.size / 1_048_576:.1f} MB; the most one import takes is "
                f"{limit / 1_048_576:.0f} MB. Split it into smaller files."
            )
        name = upload.name.lower()
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(
                "Upload a CSV file or an Excel workbook (.xlsx). Older .xls files: "
                "open them in Excel and save as .xlsx first."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload, chosen = cleaned.get("import_file"), cleaned.get("format")
        if upload and chosen not in (None, ""):
            title = FORMATS[int(chosen)]().get_title().lower()
            if not upload.name.lower().endswith(f".{title}"):
                self.add_error(
                    "format",
                    f"The file is not {title.upper()}: choose the format that matches its name.",
                )
        return cleaned


IMPORT_SALT = "kpiportal.import-file"
IMPORT_MAX_AGE = 60 * 60  # an hour from checking the file to confirming it


class PortalImportMixin:
    """For ImportExportModelAdmin classes: our formats, plain errors, admins only.

    The confirm step names the uploaded file it saved by a signed token, not a path: only a
    file this portal wrote for this person's import is read (and removed), once.
    """

    formats = FORMATS
    import_form_class = PortalImportForm
    import_template_name = "admin/portal_import.html"
    import_error_display = ("message",)

    def has_import_permission(self, request: HttpRequest) -> bool:
        return has_role(request.user, Role.ADMIN) and request.user.is_staff

    def add_data_read_fail_error_to_form(self, form: Any, error: Exception) -> None:
        if isinstance(error, FileProblem):
            form.add_error("import_file", str(error))
            return
        form.add_error(
            "import_file",
            "This file could not be read. Check that it is a CSV file or an Excel workbook "
            "(.xlsx) and that the format chosen matches it; a workbook protected by a "
            "password must be saved without one first.",
        )

    def get_import_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_import_context_data(**kwargs)
        context["max_rows"] = settings.IMPORT_MAX_ROWS
        context["max_megabytes"] = settings.IMPORT_MAX_BYTES // 1_048_576
        return context

    def get_confirm_form_initial(self, request: HttpRequest, import_form: Any) -> dict[str, Any]:
        initial = super().get_confirm_form_initial(request, import_form)
        if initial.get("import_file_name"):
            initial["import_file_name"] = signing.dumps(
                {"name": initial["import_file_name"], "user": request.user.pk}, salt=IMPORT_SALT
            )
        return initial

    def process_import(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        """Confirm: the checked file, imported all or nothing, and said as it went."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = self.create_confirm_form(request)
        if not form.is_valid():
            return super().process_import(request, **kwargs)
        again = redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        try:
            token = signing.loads(
                form.cleaned_data["import_file_name"], salt=IMPORT_SALT, max_age=IMPORT_MAX_AGE
            )
        except signing.BadSignature:
            messages.error(
                request, "This import has expired or was not started here: upload the file again."
            )
            return again
        path = Path(token["name"])
        if token.get("user") != request.user.pk or path.parent != Path(tempfile.gettempdir()):
            raise PermissionDenied("Not a file uploaded for your import.")
        if not path.exists():
            messages.warning(
                request,
                "That file has been imported already (or its check expired): nothing more "
                "was done. Check the list, or upload the file again.",
            )
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
        input_format = self.get_import_formats()[int(form.cleaned_data["format"])]()
        try:
            dataset = input_format.create_dataset(path.read_bytes())
            result = self.process_dataset(dataset, form, request, **kwargs)
        except DatabaseError:
            messages.error(
                request,
                "Nothing was saved: the database could not be reached while importing. "
                "Try again in a moment; the file is kept until then.",
            )
            return again
        if result.has_errors() or result.has_validation_errors():
            # A failure is a failure: nothing was saved, and the page says why.
            context = {
                **self.admin_site.each_context(request),
                "title": "Import",
                "opts": self.model._meta,
                "result": result,
                "form": self.create_import_form(request),
                **self.get_import_context_data(),
            }
            return TemplateResponse(request, [self.import_template_name], context, status=409)
        path.unlink(missing_ok=True)
        return self.process_result(result, request)
