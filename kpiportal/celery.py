import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kpiportal.settings")

app = Celery("kpiportal")
app.config_from_object("django.conf:settings", namespace="CELERY")


def use_memory_broker_if_none(celery_app: Celery) -> None:
    """No broker: tasks run in-process. Celery still opens a producer for an eager task,
    and with no URL kombu warned "No hostname was supplied" on every e-mail sent."""
    if not celery_app.conf.broker_url:
        celery_app.conf.broker_url = "memory://localhost/"  # a host: kombu warns without


use_memory_broker_if_none(app)
app.autodiscover_tasks()
