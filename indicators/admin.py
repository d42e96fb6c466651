from __future__ import annotations

from django.contrib import admin
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Directorate, FinancialYear, Indicator, ServiceArea, Target
from .resources import IndicatorResource, TargetResource


class ServiceAreaInline(admin.TabularInline):
    model = ServiceArea
    extra = 0


@admin.register(Directorate)
class DirectorateAdmin(admin.ModelAdmin):
    list_display = ["name", "corporate_director", "cabinet_committee"]
    search_fields = ["name"]
    inlines = [ServiceAreaInline]


@admin.register(ServiceArea)
class ServiceAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "directorate", "head_of_service", "cabinet_member"]
    list_filter = ["directorate"]
    search_fields = ["name", "head_of_service", "cabinet_member"]


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0
    fields = ["year", "target", "floor", "lower", "upper", "note", "revised", "provisional"]
    ordering = ["-year__start_year"]


@admin.register(Indicator)
class IndicatorAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [IndicatorResource]
    list_display = [
        "ref",
        "title",
        "service_area",
        "kind",
        "unit",
        "frequency",
        "ytd_method",
        "is_active",
    ]
    list_filter = ["kind", "frequency", "unit", "is_active", "service_area__directorate"]
    search_fields = ["ref", "title", "owners__username", "owners__last_name"]
    list_select_related = ["service_area"]
    filter_horizontal = ["owners"]
    autocomplete_fields = ["context_for"]
    inlines = [TargetInline]
    fieldsets = [
        (None, {"fields": ["ref", "title", "definition", "service_area", "is_active"]}),
        (
            "How it is measured and rated",
            {
                "fields": [
                    "kind",
                    "unit",
                    "decimals",
                    "polarity",
                    "frequency",
                    "rolling_12",
                    "ytd_method",
                    "takes_fraction",
                    "numerator_label",
                    "denominator_label",
                    "context_for",
                ]
            },
        ),
        ("Owners", {"fields": ["owners"]}),
    ]


@admin.register(FinancialYear)
class FinancialYearAdmin(admin.ModelAdmin):
    list_display = ["label", "starts_on", "ends_on"]


@admin.register(Target)
class TargetAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [TargetResource]
    list_display = [
        "indicator",
        "year",
        "target",
        "floor",
        "lower",
        "upper",
        "note",
        "revised",
        "provisional",
    ]
    list_filter = ["year", "provisional", "revised", "indicator__kind"]
    search_fields = ["indicator__ref", "indicator__title"]
    list_select_related = ["indicator", "year"]
    autocomplete_fields = ["indicator"]
