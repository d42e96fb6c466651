# `celery -A kpiportal` finds the app here; it lives in the core.
from core.celery import app as celery_app

__all__ = ("celery_app",)
