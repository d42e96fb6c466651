"""No personal data or secrets in logs."""

import logging

import pytest
from django.urls import reverse

from core.logs import RedactPersonalData, redact

pytestmark = pytest.mark.django_db


def test_email_addresses_and_secrets_are_masked():
    assert redact("sent to alice.moreno@example.gov.uk") == "sent to [e-mail]"
    assert redact("GET /x?password=hunter2&next=/") == "GET /x?password=[redacted]&next=/"
    assert redact("token=abc123 sessionid=xyz") == "token=[redacted] sessionid=[redacted]"


def test_the_filter_masks_what_any_logger_writes():
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "mail to %s", ("bob@example.org",), None
    )
    RedactPersonalData().filter(record)
    assert record.getMessage() == "mail to [e-mail]"


def test_signing_in_and_failing_logs_no_username_address_or_password(client, alice, caplog):
    caplog.set_level(logging.DEBUG)
    client.post(reverse("login"), {"username": "alice", "password": "wrong-secret-1"})
    client.post(reverse("login"), {"username": "alice", "password": "correct horse battery"})
    text = caplog.text
    # The lines that could name someone are written (django-axes logs every attempt)...
    assert "AXES: New login failure by a client." in text
    assert "AXES: Successful login by a client." in text
    # ...and none of them names the account, the address or either password.
    assert "wrong-secret-1" not in text and "correct horse battery" not in text
    assert "alice" not in text.lower() and "127.0.0.1" not in text


def test_a_returned_notice_logs_no_email_address(
    alice, priya, caplog, django_capture_on_commit_callbacks
):
    from datetime import date
    from decimal import Decimal as D

    from django.core import mail

    from submissions import services
    from submissions.figures import ReturnData
    from submissions.models import Return
    from tests.factories import IndicatorFactory, period_for

    caplog.set_level(logging.DEBUG)
    ret = Return.objects.create(
        indicator=IndicatorFactory(owners=[alice]), period=period_for(date(2023, 10, 1))
    )
    ret = services.return_submit(
        ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(96))
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.return_send_back(ret=ret, user=priya, reason="Check")
    # The notice went to Alice's address and its delivery was logged...
    assert [m.to for m in mail.outbox] == [["alice@example.gov.uk"]]
    delivered = [r.getMessage() for r in caplog.records if "deliver_notification" in r.getMessage()]
    assert any("succeeded" in line for line in delivered), caplog.text
    # ...without the address anywhere in the log.
    assert "@example.gov.uk" not in caplog.text


@pytest.fixture
def no_broker(monkeypatch):
    """The demo's setting: no CELERY_BROKER_URL, tasks in-process."""
    from kombu import pools

    from core.celery import app, use_memory_broker_if_none

    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)  # Celery would read it
    was = app.conf.broker_url
    app.conf.broker_url = ""
    pools.reset()
    app._pool = app.amqp._producer_pool = None
    use_memory_broker_if_none(app)
    yield
    app.conf.broker_url = was
    pools.reset()
    app._pool = app.amqp._producer_pool = None


def test_sending_an_e_mail_with_no_broker_logs_no_kombu_warning(
    alice, priya, caplog, django_capture_on_commit_callbacks, no_broker
):
    from datetime import date
    from decimal import Decimal as D

    from django.core import mail

    from submissions import services
    from submissions.figures import ReturnData
    from submissions.models import Return
    from tests.factories import IndicatorFactory, period_for

    ret = Return.objects.create(
        indicator=IndicatorFactory(owners=[alice]), period=period_for(date(2023, 10, 1))
    )
    ret = services.return_submit(ret=ret, user=alice, expected_version=1, data=ReturnData(D(96)))
    caplog.set_level(logging.INFO)
    with django_capture_on_commit_callbacks(execute=True):
        services.return_send_back(ret=ret, user=priya, reason="Check")
    assert len(mail.outbox) == 1  # sent, in-process
    # The in-process run is logged, so the log was listening...
    assert "deliver_notification" in caplog.text and "succeeded" in caplog.text
    # ...and it holds no warning: no kombu "No hostname" nor anything else.
    assert "No hostname" not in caplog.text
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
