"""Who may open each page and take each action, every role and anonymous, for a return just
submitted: the expected answers are test_every_url's table, not a second copy of it."""

from datetime import date

import pytest
from django.urls import reverse

from reports.freeze import freeze_month
from submissions.models import Return
from tests.factories import period_for, person
from tests.once import built_once
from tests.security.test_every_url import EXPECTED, ROLES, admin_answer
from tests.submissions.conftest import OCTOBER, calls_answered, submit

# The expected answers are test_every_url's EXPECTED, the one table of who may do what; here
# they are checked in another state of the world (a submitted return, before any freeze but
# the dashboards'), with URLs built for that return. page or action -> (url name, its URL)
PAGES = {
    "home": ("home", lambda r: reverse("home")),
    "indicators": ("indicators-list", lambda r: reverse("indicators-list")),
    "my returns": ("submissions-mine", lambda r: reverse("submissions-mine")),
    "a return": ("submissions-detail", lambda r: reverse("submissions-detail", args=[r.pk])),
    "live preview": (
        "submissions-preview", lambda r: reverse("submissions-preview", args=[r.pk])
    ),
    "review": ("submissions-review", lambda r: reverse("submissions-review")),
    "approve": ("submissions-approve", lambda r: reverse("submissions-approve", args=[r.pk])),
    "send back": (
        "submissions-send-back", lambda r: reverse("submissions-send-back", args=[r.pk])
    ),
    "reopen": ("submissions-reopen", lambda r: reverse("submissions-reopen", args=[r.pk])),
    "approve many": (
        "submissions-approve-many",
        lambda r: reverse("submissions-approve-many", args=[r.period.key]),
    ),
    "open a month": ("submissions-open-period", lambda r: reverse("submissions-open-period")),
    "dashboards": ("reports-index", lambda r: reverse("reports-index")),
    "a dashboard": ("reports-dashboard", lambda r: reverse("reports-dashboard", args=["2023-10"])),
    "a dashboard export": (
        "reports-export", lambda r: reverse("reports-export", args=["2023-10", "csv"])
    ),
    "freeze now": ("reports-freeze", lambda r: reverse("reports-freeze")),
    "administration": ("admin:index", lambda r: reverse("admin:index")),
}  # fmt: skip


def answers(url_name):
    """(method, {role: expected status}) from the one table; anonymous is sent to sign in."""
    if url_name.startswith("admin:"):  # only staff administrators reach the admin
        statuses = [admin_answer(url_name) if role == "admin" else 302 for role in ROLES]
        return "get", {"anonymous": 302} | dict(zip(ROLES, statuses, strict=True))
    method, statuses = EXPECTED[url_name]
    return method, {"anonymous": 302} | dict(zip(ROLES, statuses, strict=True))


CASES = [
    pytest.param(name, role, expected, id=f"{name}-{role}")
    for name, (url_name, _) in PAGES.items()
    for role, expected in answers(url_name)[1].items()
]


def build_world():
    people = {
        "owner": "alice", "other_owner": "bob", "performance": "priya", "admin": "sam",
        "reader": "rita", "no_role": "charlie",
    }  # fmt: skip
    people = {role: person(username) for role, username in people.items()}
    period = period_for(OCTOBER)
    ret = Return.objects.create(indicator=calls_answered(people["owner"], period), period=period)
    return people, submit(ret, people["owner"])


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module; each test's requests (and freeze) are rolled back."""
    yield from built_once(django_db_blocker, build_world)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role", "expected"), CASES)
def test_permission_matrix(client, world, name, role, expected):
    people, submitted = world
    if name.startswith("a dashboard"):
        freeze_month(submitted.period.month, today=date(2023, 12, 1))
    url_name, url = PAGES[name]
    method, _ = answers(url_name)
    if role != "anonymous":
        client.force_login(people[role])
    response = getattr(client, method)(url(submitted))
    assert response.status_code == expected
    if role == "anonymous":
        assert response["Location"].startswith(
            reverse("admin:login") if name == "administration" else reverse("login")
        )
