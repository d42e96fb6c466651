from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import audit_views, views
from .forms import SignInForm

admin.site.site_header = "kpiportal administration"
admin.site.site_title = "kpiportal"
admin.site.index_title = "Catalogue, targets and people"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("session/keepalive/", views.keepalive, name="session-keepalive"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(authentication_form=SignInForm),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("audit/", audit_views.audit_search, name="audit-search"),
    path("indicators/", include("indicators.urls")),
    path("", include("submissions.urls")),
    path("", include("reports.urls")),
    path("admin/", admin.site.urls),
]
