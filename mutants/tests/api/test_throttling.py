"""Too many requests from one caller are refused with 429, at the rates in settings."""

import pytest
from django.urls import reverse

from api.models import ApiUse

pytestmark = pytest.mark.django_db


@pytest.fixture
def slow(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"figures": "2/minute", "read": "3/minute"},
    }


def test_posting_too_often_is_refused_with_429(system, telephony, slow):
    body = {"ref": "CS02", "month": "2023-10", "value": 55}
    answers = [system.post(reverse("api-figures"), body, format="json") for _ in range(3)]
    assert [a.status_code for a in answers[:2]] == [200, 409]  # the second: already submitted
    refused = answers[2]
    assert refused.status_code == 429
    assert refused.json()["detail"].startswith("Too many requests: try again in ")
    assert int(refused["Retry-After"]) > 0
    assert ApiUse.objects.filter(account=telephony, status=429).exists()


def test_reading_too_often_is_refused_with_429(api, rita, catalogue, slow):
    api.force_login(rita)
    answers = [api.get(reverse("api-indicator-list")).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]


def test_each_caller_has_their_own_count(api, rita, priya, catalogue, slow):
    api.force_login(rita)
    for _ in range(3):
        api.get(reverse("api-indicator-list"))
    api.force_login(priya)
    assert api.get(reverse("api-indicator-list")).status_code == 200
