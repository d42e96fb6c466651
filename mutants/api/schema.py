"""How the OpenAPI schema describes a service account's token (loaded in ApiConfig.ready)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object


class ServiceAccountTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ServiceAccountAuthentication"
    name = "serviceAccountToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        scheme = build_bearer_security_scheme_object(
            header_name="Authorization", token_prefix="Bearer"
        )
        scheme["description"] = (
            "A service account's token, issued by an Administrator in the portal's admin."
        )
        return scheme
