from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from reports.urls import open_urlpatterns

from . import audit_views, lockout_views, oidc, views

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
        oidc.SignInView.as_view(),
        name="login",
    ),
    path("accounts/logout/", oidc.sign_out, name="logout"),
    # Sign-in with the council's accounts (OpenID Connect): 404 where none is set up.
    path("oidc/authenticate/", oidc.start, name="oidc_authentication_init"),
    path("oidc/callback/", oidc.callback, name="oidc_authentication_callback"),
    # The link an administrator sends, for a person to set their own password.
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("audit/", audit_views.audit_search, name="audit-search"),
    path("lockouts/", lockout_views.lockouts, name="kpiportal-lockouts"),
    path("lockouts/<int:pk>/lift/", lockout_views.lift, name="kpiportal-lockout-lift"),
    path("indicators/", include("indicators.urls")),
    path("", include("submissions.urls")),
    path("", include("reports.urls")),
    path("open/", include(open_urlpatterns)),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
]
