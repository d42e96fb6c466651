"""The API under /api/: its schema, its documentation, and version 1."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("indicators", views.IndicatorViewSet, basename="api-indicator")
router.register("targets", views.TargetViewSet, basename="api-target")
router.register("snapshots", views.SnapshotViewSet, basename="api-snapshot")

urlpatterns = [
    # Public, like any API's documentation: they describe the API, and hold no data.
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("v1/", include(router.urls)),
    path("v1/figures/", views.FigureView.as_view(), name="api-figures"),
]
