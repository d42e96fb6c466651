"""The admin's spreadsheet import, made plain for an administrator on a May afternoon."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest
from import_export.forms import ImportForm

from kpiportal.roles import Role, has_role

from .formats import FORMATS


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


class PortalImportMixin:
    """For ImportExportModelAdmin classes: our formats, plain errors, admins only."""

    formats = FORMATS
    import_form_class = PortalImportForm
    import_template_name = "admin/portal_import.html"
    import_error_display = ("message",)

    def has_import_permission(self, request: HttpRequest) -> bool:
        return has_role(request.user, Role.ADMIN) and request.user.is_staff

    def add_data_read_fail_error_to_form(self, form: Any, error: Exception) -> None:
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
