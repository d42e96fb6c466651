from django.urls import path, register_converter

from . import views


class ExportFormat:
    regex = "xlsx|pdf|csv"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ExportFormat, "export_format")

urlpatterns = [
    path("dashboard/", views.snapshot_index, name="reports-index"),
    path("dashboard/freeze/", views.freeze_now, name="reports-freeze"),
    path("dashboard/freeze/check/", views.freeze_check, name="reports-freeze-check"),
    path("dashboard/<str:month>/", views.dashboard_view, name="reports-dashboard"),
    path("dashboard/<str:month>/cover.docx", views.cover_docx, name="reports-cover-docx"),
    path(
        "dashboard/<str:month>/export.<export_format:file_format>",
        views.export,
        name="reports-export",
    ),
]
