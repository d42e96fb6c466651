import os
import threading
from typing import Any

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


def queue(name: str, *args: object) -> object:
    """Queue the task registered as `name` (run in-process where no broker is used).

    By name, so that the code asking for follow-up work need not import the tasks module
    that imports it back: the tasks sit above the services and renderers they run."""
    return task(name).delay(*args)


_FINDING = threading.Lock()


def task(name: str) -> Any:
    """The task registered as `name`. A worker finds the apps' tasks modules when it
    starts; a web process only here, the first time it queues one (autodiscovery waits for
    the `import_modules` signal, which only a worker sends). Not by sending that signal:
    Celery's Django fix-up answers it with django.setup(), which configures logging again."""
    if name not in app.tasks:
        from django.apps import apps

        with _FINDING:  # two threads of one web process at once: both find them
            app.loader.autodiscover_tasks([config.name for config in apps.get_app_configs()])
    return app.tasks[name]
