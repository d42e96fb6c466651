from django.apps import AppConfig


class KpiportalConfig(AppConfig):
    """The site on top: home, sign-in, the audit pages, the demo and the settings."""

    name = "kpiportal"
    verbose_name = "KPI portal"

    def ready(self) -> None:
        from . import clock

        clock.install()  # the demo's clock, where DEMO_TODAY is set
