from typing import Any

import redis
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from kpiportal.tasks import health_check


class Command(BaseCommand):
    help = "Check the database, the Redis broker and a Celery worker; exits non-zero on failure."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--timeout", type=float, default=10.0)

    def handle(self, *args: Any, timeout: float, **options: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        self.stdout.write(f"Database: ok ({connection.vendor})")
        broker = settings.CELERY_BROKER_URL
        if not broker:
            self.stdout.write("Broker: none set, so tasks run in the web process.")
            return
        try:
            redis.Redis.from_url(broker, socket_connect_timeout=timeout).ping()
        except redis.RedisError as error:
            raise CommandError(
                f"Broker: cannot reach Redis ({error.__class__.__name__})."
            ) from None
        self.stdout.write("Broker: ok")
        try:
            result = health_check.apply_async(expires=timeout).get(timeout=timeout)
        except Exception as error:
            raise CommandError(
                f"Worker: no answer within {timeout:g} s ({error.__class__.__name__}): "
                "is a Celery worker running?"
            ) from None
        self.stdout.write(f"Worker: ok ({result['indicators']} indicators seen)")
