from django.urls import path, register_converter

from . import open_views, views


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
    path("dashboard/<str:month>/publish/", views.publish, name="reports-publish"),
    path("dashboard/<str:month>/withdraw/", views.withdraw, name="reports-withdraw"),
    path(
        "dashboard/<str:month>/export.<export_format:file_format>",
        views.export,
        name="reports-export",
    ),
]


class OpenFormat:
    regex = "csv|json"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(OpenFormat, "open_format")

# Open data: published snapshots, for anyone, without signing in.
open_urlpatterns = [
    path("", open_views.open_index, name="open-index"),
    path("schema.json", open_views.open_schema, name="open-schema"),
    path("all.<open_format:file_format>", open_views.open_all, name="open-all"),
    path("<str:month>/", open_views.open_month, name="open-month"),
    path("<str:month>.<open_format:file_format>", open_views.open_download, name="open-download"),
]
