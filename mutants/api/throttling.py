"""Rates per caller, by the view's `throttle_scope`, read from settings when asked.

DRF's own ScopedRateThrottle reads the rates once, at import: this one reads them on each
request, so that a changed setting (and a test's override) takes effect.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle


class ApiRateThrottle(ScopedRateThrottle):
    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
