from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API for source systems"

    def ready(self) -> None:
        from . import schema  # noqa: F401  (registers the token's OpenAPI description)
