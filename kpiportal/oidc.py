"""Sign-in with the council's own accounts: OpenID Connect (Microsoft Entra ID, or any
provider), through mozilla-django-oidc.

- People are matched by e-mail (case-insensitively), never by the provider's name alone.
- Someone the portal does not know is refused with a plain message, unless
  OIDC_CREATE_USERS is on: then they are created at first sign-in with no role, and an
  administrator gives them one in the portal.
- Where OIDC_GROUP_ROLES maps the provider's groups to roles, each sign-in sets the
  person's roles from their groups (Entra sends group ids in the `groups` claim); without
  a mapping, roles are given in the portal and the provider's groups are ignored.
- Password sign-in stays for small councils and the demo; PASSWORD_SIGN_IN=0 turns it off.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from core.roles import Role

from .forms import SignInForm

log = logging.getLogger(__name__)
BACKEND = "kpiportal.oidc.CouncilAccounts"


def enabled() -> bool:
    return bool(settings.OIDC_RP_CLIENT_ID)


def group_roles() -> dict[str, Role]:
    """OIDC_GROUP_ROLES, "group=Role name,group=Role name", as {group: Role}."""
    found: dict[str, Role] = {}
    for pair in settings.OIDC_GROUP_ROLES:
        group, _, role = pair.partition("=")
        found[group.strip()] = Role(role.strip())
    return found


class CouncilAccounts(OIDCAuthenticationBackend):
    """Who a provider's signed-in person is in the portal."""

    def get_userinfo(self, access_token: str, id_token: str, payload: dict) -> dict:
        # Entra puts groups in the ID token, not in what the userinfo endpoint returns.
        return {**payload, **super().get_userinfo(access_token, id_token, payload)}

    def verify_claims(self, claims: dict) -> bool:
        return bool(claims.get("email"))

    def filter_users_by_claims(self, claims: dict) -> Any:
        email = (claims.get("email") or "").strip()
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email, is_active=True)

    def create_user(self, claims: dict) -> Any:
        if not settings.OIDC_CREATE_USERS:
            log.info("Council sign-in refused: no portal account for this e-mail")
            self.request.council_account_unknown = True  # type: ignore[union-attr]
            return None
        email = claims["email"].strip()
        user = get_user_model().objects.create_user(
            username=self._free_username(email.split("@")[0]),
            email=email,
            first_name=claims.get("given_name", "")[:150],
            last_name=claims.get("family_name", "")[:150],
        )
        user.set_unusable_password()  # they sign in through the council's accounts
        user.save()
        self._set_roles(user, claims)
        return user

    def update_user(self, user: Any, claims: dict) -> Any:
        self._set_roles(user, claims)
        return user

    def _set_roles(self, user: Any, claims: dict) -> None:
        mapping = group_roles()
        if not mapping:
            return  # roles are given in the portal
        wanted = {mapping[g] for g in claims.get("groups", []) or [] if g in mapping}
        role_groups = Group.objects.filter(name__in=[r.value for r in Role])
        user.groups.remove(*[g for g in role_groups if Role(g.name) not in wanted])
        user.groups.add(*[g for g in role_groups if Role(g.name) in wanted])

    def _free_username(self, wanted: str) -> str:
        model = get_user_model()
        name, n = wanted[:140] or "user", 1
        while model.objects.filter(username=name).exists():
            n += 1
            name = f"{wanted[:140]}{n}"
        return name


def start(request: HttpRequest) -> HttpResponse:
    """To the council's sign-in page (404 where the portal has none configured)."""
    if not enabled():
        raise Http404("Sign-in with council accounts is not set up")
    return OIDCAuthenticationRequestView.as_view()(request)


def callback(request: HttpRequest) -> HttpResponse:
    """Back from the council's sign-in page: signed in, or told plainly why not."""
    if not enabled():
        raise Http404("Sign-in with council accounts is not set up")
    response = OIDCAuthenticationCallbackView.as_view()(request)
    if request.user.is_authenticated:
        return response
    if getattr(request, "council_account_unknown", False):
        said = (
            "Your council account is not set up in the portal yet. Ask the performance team "
            "to add you, with your council e-mail address."
        )
    else:
        said = "Signing in with your council account did not work. Try again."
    messages.error(request, said)
    return redirect("login")


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    """Sign out of the portal; where the provider offers it, out of the council's account
    too (the provider then sends the person back to the portal's sign-in page)."""
    id_token = request.session.get("oidc_id_token")
    logout(request)
    end = settings.OIDC_OP_LOGOUT_ENDPOINT
    if enabled() and end and id_token:
        # A page with a link, not a redirect: a form may only lead to the portal itself
        # (the CSP's form-action), and the person may want to stay signed in elsewhere.
        back = settings.SITE_URL.rstrip("/") + reverse("login")
        query = urlencode({"id_token_hint": id_token, "post_logout_redirect_uri": back})
        return render(request, "registration/signed_out.html", {"provider": f"{end}?{query}"})
    return redirect(settings.LOGOUT_REDIRECT_URL or "login")


class SignInView(LoginView):
    """The sign-in page: the council's accounts where set up, passwords where allowed."""

    authentication_form = SignInForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            council_sign_in=enabled(), password_sign_in=settings.PASSWORD_SIGN_IN, **kwargs
        )

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.PASSWORD_SIGN_IN:
            messages.error(request, "Sign in with your council account.")
            return redirect("login")
        return super().post(request, *args, **kwargs)
