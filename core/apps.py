from typing import Any

from django.apps import AppConfig, apps


def _after_last_app(sender: AppConfig, **kwargs: Any) -> None:
    """post_migrate is sent once per app with models; act once, after the last of them."""
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if with_models and sender.label == with_models[-1].label:
        from .permissions import grant_role_permissions

        grant_role_permissions(sender, **kwargs)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "KPI portal core"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # core has no models, so it never sends post_migrate itself.
        post_migrate.connect(_after_last_app, dispatch_uid="kpiportal-role-permissions")
