"""Every URL pattern in the URLconf, found automatically, as anonymous and as each role.

A new page fails this test until it is given its expected answers below, so no page can
be added without saying who may see it.
"""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from reports.freeze import freeze_month
from reports.publishing import snapshot_publish
from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, period_for, person
from tests.once import built_once

ROLES = ["owner", "other_owner", "performance", "admin", "reader", "no_role"]
PUBLIC = {
    "login": 200, "healthz": 200, "favicon": 301, "accessibility": 200, "session-keepalive": 200,
    # A set-your-password link: with a made-up token, a page saying the link is not valid.
    "password_reset_confirm": 200, "password_reset_complete": 200,
    # Council sign-in (OpenID Connect): not set up here, so no such page; see test_oidc.
    "oidc_authentication_init": 404, "oidc_authentication_callback": 404,
    # Open data: published snapshots, for anyone (October is published below).
    "open-index": 200, "open-schema": 200, "open-all": 200, "open-month": 200,
    "open-download": 200,
    # The API's schema and documentation describe it and hold no data.
    "api-schema": 200, "api-docs": 200,
}  # fmt: skip
# url name -> (method, expected status for each role in ROLES); anonymous -> sign in
EXPECTED = {
    "home": ("get", [200, 200, 200, 200, 200, 200]),
    "logout": ("post", [302, 302, 302, 302, 302, 302]),
    "audit-search": ("get", [403, 403, 200, 200, 403, 403]),
    "kpiportal-lockouts": ("get", [403, 403, 200, 200, 403, 403]),
    "kpiportal-lockout-lift": ("post", [403, 403, 404, 404, 403, 403]),  # no such lockout
    "indicators-list": ("get", [200, 200, 200, 200, 200, 403]),
    "indicators-detail": ("get", [200, 200, 200, 200, 200, 403]),
    "submissions-mine": ("get", [200, 200, 403, 403, 403, 403]),
    "submissions-mine-month": ("get", [200, 200, 403, 403, 403, 403]),
    "submissions-cover": ("get", [200, 200, 403, 403, 403, 403]),
    "submissions-spreadsheet": ("get", [200, 200, 403, 403, 403, 403]),  # an XLSX
    "submissions-spreadsheet-confirm": ("post", [302, 302, 403, 403, 403, 403]),  # no upload
    "submissions-end-cover": ("post", [404, 404, 403, 403, 403, 403]),  # not their cover
    "submissions-detail": ("get", [200, 404, 200, 403, 403, 403]),
    "submissions-preview": ("post", [200, 404, 200, 403, 403, 403]),
    "submissions-approve": ("post", [403, 403, 302, 403, 403, 403]),
    "submissions-send-back": ("post", [403, 403, 400, 403, 403, 403]),
    "submissions-reopen": ("post", [403, 403, 400, 403, 403, 403]),
    "submissions-review": ("get", [403, 403, 200, 403, 403, 403]),
    "submissions-actions": ("get", [403, 403, 200, 403, 403, 403]),
    "submissions-review-month": ("get", [403, 403, 200, 403, 403, 403]),
    "submissions-approve-many": ("post", [403, 403, 302, 403, 403, 403]),
    "submissions-open-period": ("post", [403, 403, 302, 403, 403, 403]),
    "submissions-chase": ("post", [403, 403, 302, 403, 403, 403]),
    "reports-index": ("get", [200, 200, 200, 200, 200, 403]),
    "reports-dashboard": ("get", [200, 200, 200, 200, 200, 403]),
    "reports-export": ("get", [200, 200, 200, 200, 200, 403]),
    "reports-freeze": ("post", [403, 403, 302, 403, 403, 403]),
    "reports-freeze-check": ("get", [403, 403, 302, 403, 403, 403]),  # no month: back
    "reports-cover-docx": ("get", [403, 403, 200, 403, 403, 403]),
    "reports-publish": ("get", [403, 403, 200, 403, 403, 403]),
    "reports-withdraw": ("post", [403, 403, 302, 403, 403, 403]),  # no reason: back
    # The API: read under the portal's roles; anonymous is 401 (API_ANONYMOUS), not a redirect.
    "api-indicator-list": ("get", [200, 200, 200, 200, 200, 403]),
    "api-indicator-detail": ("get", [200, 200, 200, 200, 200, 403]),
    "api-target-list": ("get", [200, 200, 200, 200, 200, 403]),
    "api-target-detail": ("get", [200, 200, 200, 200, 200, 403]),
    "api-snapshot-list": ("get", [200, 200, 200, 200, 200, 403]),
    "api-snapshot-detail": ("get", [200, 200, 200, 200, 200, 403]),
    "api-snapshot-rows": ("get", [200, 200, 200, 200, 200, 403]),
    "api-figures": ("post", [403, 403, 403, 403, 403, 403]),  # service accounts only
}
# What an administrator (staff with the admin role, not a superuser) gets from each admin
# page: 200, showing the admin's own header, unless named here or below. Row pages are for
# the first row of the model, or for a key no row has where the world has none of them.
ADMIN_ANSWERS = {
    # Read-only records: nobody adds or deletes them; no row: back to the index.
    "admin:api_apiuse_add": 403, "admin:api_apiuse_delete": 403,
    "admin:api_apiuse_change": 302, "admin:api_apiuse_history": 302,
    "admin:submissions_notification_add": 403, "admin:submissions_notification_change": 302,
    "admin:submissions_notification_delete": 302, "admin:submissions_notification_history": 302,
    "admin:submissions_return_add": 403, "admin:submissions_return_delete": 403,
    # No service account, deputy or reminder in the world: back to the index, or not found
    # (simple-history's own pages).
    "admin:api_serviceaccount_change": 302, "admin:api_serviceaccount_delete": 302,
    "admin:api_serviceaccount_history": 404, "admin:api_serviceaccount_simple_history": 404,
    "admin:submissions_deputy_change": 302, "admin:submissions_deputy_delete": 302,
    "admin:submissions_deputy_history": 404, "admin:submissions_deputy_simple_history": 404,
    "admin:submissions_reminder_change": 302, "admin:submissions_reminder_delete": 302,
    "admin:submissions_reminder_history": 302,
    # People: an administrator adds and edits accounts, but deletes none and sets no password.
    "admin:auth_group_add": 403, "admin:auth_group_delete": 403,
    "admin:auth_user_delete": 403, "admin:auth_user_password_change": 403,
    "admin:autocomplete": 403,
    # Imports are POSTed from the import page.
    "admin:indicators_indicator_process_import": 405,
    "admin:indicators_target_process_import": 405,
    "admin:submissions_return_process_import": 405,
    "admin:view_on_site": 404,  # a made-up content type
}  # fmt: skip
# Login records and Celery's schedules are not the administrator's: refused, though a history
# page for a row that is not there sends them back to the index first.
NOT_THE_ADMINS = ("admin:axes_", "admin:django_celery_beat_")


def admin_answer(name):
    if name in ADMIN_ANSWERS:
        return ADMIN_ANSWERS[name]
    if name.startswith(NOT_THE_ADMINS):
        return 302 if name.endswith("_history") else 403
    return 200


# API endpoints answer a request with no session or token 401, as APIs do.
API_ANONYMOUS = 401
SAMPLE = {"month": "2023-10", "ref": "CS01", "file_format": "csv"}


def patterns(resolver=None, prefix=""):
    """(namespaced name, pattern) for every named URL, recursively."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            space = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from patterns(entry, space)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{prefix}{entry.name}", entry.pattern


def admin_object(name):
    """The model admin page `name` is for, and a row of it (None if there is none)."""
    from django.contrib import admin

    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        if name.startswith(prefix) and name[len(prefix) :] in ADMIN_OBJECT_PAGES:
            return model, model._default_manager.order_by("pk").first()
    return None, None


ADMIN_OBJECT_PAGES = {"change", "delete", "history", "simple_history"}
MISSING = 999_999_999  # no row has this key


def admin_url_for(name, pattern):
    """An admin page for a row that exists where there is one, so the page has it to show."""
    model, row = admin_object(name)
    if model is None:
        return None
    pk = row.pk if row is not None else MISSING
    if name.endswith("_simple_history"):
        entry = row.history.order_by("pk").first() if row is not None else None
        return reverse(name, args=[pk, entry.pk if entry is not None else MISSING])
    return reverse(name, args=[pk])


def url_for(name, pattern, ret, ids=None):
    """A URL for the pattern, with sample values for its parameters."""
    if name.startswith("admin:") and (url := admin_url_for(name, pattern)):
        return url
    regex = pattern.regex
    named = list(pattern.converters) or list(regex.groupindex)
    kwargs = {}
    for key in named:
        if key in SAMPLE:
            kwargs[key] = SAMPLE[key]
        elif key == "app_label":
            kwargs[key] = "indicators"
        elif key in ("pk", "object_id", "id") and name.startswith("api-"):
            kwargs[key] = ids[name.split("-")[1]]
        elif key in ("pk", "object_id", "id"):
            kwargs[key] = ret.pk
        else:
            kwargs[key] = "x"
    if not named and regex.groups:  # positional groups, as simple-history's admin uses
        return reverse(name, args=[ret.pk] * regex.groups)
    return reverse(name, kwargs=kwargs)


ALL = sorted(dict(patterns()).items())


def test_every_page_has_its_expected_answers():
    ours = {name for name, _ in ALL if not name.startswith("admin:")}
    assert ours - set(EXPECTED) - set(PUBLIC) == set(), "a page without expected answers"


def build_world():
    alice, bob, priya, sam, rita, charlie = map(
        person, ["alice", "bob", "priya", "sam", "rita", "charlie"]
    )
    period = period_for(date(2023, 10, 1))
    indicator = IndicatorFactory(ref="CS01", owners=[alice])
    IndicatorFactory(ref="FN01", owners=[bob])
    target = TargetFactory(indicator=indicator, year=period.year)
    ret = Return.objects.create(indicator=indicator, period=period)
    ret = services.return_submit(
        ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(96))
    )
    snapshot = freeze_month(period.month, today=date(2023, 12, 1)).snapshot
    snapshot_publish(snapshot=snapshot, user=priya)
    ids = {"snapshot": snapshot.pk, "target": target.pk}
    people = {
        "owner": alice, "other_owner": bob, "performance": priya, "admin": sam,
        "reader": rita, "no_role": charlie,
    }  # fmt: skip
    return ret, people, ids


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module; each test's requests are rolled back after it."""
    yield from built_once(django_db_blocker, build_world)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[name for name, _ in ALL])
def test_every_url_as_anonymous_and_each_role(client, world, name, pattern):
    ret, people, ids = world
    url = url_for(name, pattern, ret, ids)
    if name in PUBLIC:
        assert client.get(url).status_code == PUBLIC[name]
        return
    if name.startswith("admin:"):
        login = reverse("admin:login")
        if name in ("admin:login", "admin:logout", "admin:javascript-catalog"):
            return
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(login)
        for role in ROLES:
            client.force_login(people[role])
            response = client.get(url)
            if role == "admin":
                assert response.status_code == admin_answer(name), f"{name} as an administrator"
                if response.status_code == 302:
                    assert response["Location"] == reverse("admin:index"), name
                elif response.status_code == 200 and name != "admin:jsi18n":
                    assert "kpiportal administration" in response.content.decode(), name
            else:  # only staff administrators reach the admin
                assert response.status_code == 302, f"{name} as {role}"
                assert response["Location"].startswith(login)
        return
    method, expected = EXPECTED[name]
    response = getattr(client, method)(url)
    if name.startswith("api-"):
        assert response.status_code == API_ANONYMOUS, f"{name} as anonymous"
    else:
        assert response.status_code == 302, f"{name} as anonymous"
        assert response["Location"].startswith(reverse("login"))
    for role, status in zip(ROLES, expected, strict=True):
        client.force_login(people[role])
        response = getattr(client, method)(url)
        assert response.status_code == status, f"{name} as {role}"
