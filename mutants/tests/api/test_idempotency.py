"""A post sent again with the same Idempotency-Key answers as before and changes nothing."""

import pytest
from django.urls import reverse

from api.models import ApiUse, IdempotentRequest
from api.services import service_account_create
from submissions.models import Return
from tests.api.conftest import OCTOBER

pytestmark = pytest.mark.django_db
URL = reverse("api-figures")
FIGURE = {"ref": "CS02", "month": "2023-10", "value": 55}


def post(client, key, body=FIGURE):
    return client.post(URL, body, format="json", HTTP_IDEMPOTENCY_KEY=key)


def test_the_same_key_again_gets_the_first_answer_and_changes_nothing(system):
    first = post(system, "figure-0001")
    assert first.status_code == 200 and "Idempotent-Replayed" not in first
    ret = Return.objects.get(indicator__ref="CS02", period__month=OCTOBER)
    versions, history = ret.version, ret.history.count()
    again = post(system, "figure-0001")
    assert again.status_code == 200 and again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    ret.refresh_from_db()
    assert (ret.version, ret.history.count()) == (versions, history)
    assert ApiUse.objects.filter(idempotency_key="figure-0001").count() == 2


def test_a_refusal_is_answered_the_same_way_again(system):
    first = post(system, "figure-0002", {**FIGURE, "value": "abc"})
    assert first.status_code == 400
    again = post(system, "figure-0002", {**FIGURE, "value": "abc"})
    assert (again.status_code, again.json()) == (400, first.json())


def test_the_same_key_with_another_figure_is_refused(system):
    post(system, "figure-0003")
    response = post(system, "figure-0003", {**FIGURE, "value": 56})
    assert response.status_code == 422
    assert "was sent before with a different request" in response.json()["detail"]
    ret = Return.objects.get(indicator__ref="CS02", period__month=OCTOBER)
    assert ret.value == 55


def test_keys_belong_to_their_account(system, catalogue, sam):
    from rest_framework.test import APIClient

    other, token = service_account_create(name="Finance system", indicators=[catalogue["wait"]])
    post(system, "shared-key")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    response = post(client, "shared-key", {**FIGURE, "value": 50})
    assert response.status_code == 409  # its own post: the return was already submitted
    assert IdempotentRequest.objects.filter(key="shared-key").count() == 2


def test_a_key_too_long_is_refused(system):
    response = post(system, "k" * 256)
    assert response.status_code == 400
    assert "Idempotency-Key is up to 255" in response.json()["detail"]


@pytest.mark.django_db(transaction=True)  # as the web processes run: each its own connection
def test_two_posts_with_one_key_at_once_record_the_figure_once(telephony, postgres):
    import threading

    from django.db import connection
    from rest_framework.test import APIClient

    barrier = threading.Barrier(2)
    answers, errors = [], []

    def send():
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {telephony.token}")
        try:
            barrier.wait(timeout=10)
            answers.append(post(client, "at-once"))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[0].json() == answers[1].json()
    assert sorted(a.get("Idempotent-Replayed", "") for a in answers) == ["", "true"]
    ret = Return.objects.get(indicator__ref="CS02", period__month=OCTOBER)
    assert ret.history.filter(history_change_reason__startswith="Submitted").count() == 1
