"""The admin's change history pages answer a malformed address with "not found"."""

import pytest
from django.contrib import admin
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from core.history import HistoryAdmin
from tests.factories import IndicatorFactory, UserFactory

pytestmark = pytest.mark.django_db

WITH_HISTORY = [
    model for model, model_admin in admin.site._registry.items()
    if isinstance(model_admin, SimpleHistoryAdmin)
]  # fmt: skip


def test_every_history_admin_checks_its_addresses():
    assert len(WITH_HISTORY) >= 5
    for model in WITH_HISTORY:
        assert isinstance(admin.site._registry[model], HistoryAdmin), model


@pytest.mark.parametrize("model", WITH_HISTORY, ids=lambda m: m._meta.label)
@pytest.mark.parametrize("object_id", ["1/change", "not-a-number", "1 OR 1=1"])
def test_a_malformed_history_address_is_not_found_not_an_error(client, model, object_id):
    """Editing the address by hand (".../1/change/history/") raised ValueError: a 500."""
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    IndicatorFactory()
    opts = model._meta
    history = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[object_id])
    assert client.get(history).status_code == 404
    if "/" not in object_id:  # one record of its history: the address takes no slash
        name = f"admin:{opts.app_label}_{opts.model_name}_simple_history"
        assert client.get(reverse(name, args=[object_id, 1])).status_code == 404
        assert client.get(reverse(name, args=[1, object_id])).status_code == 404
