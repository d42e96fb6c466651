"""Who may open each page and take each action: one table, every role and anonymous."""

from datetime import date

import pytest
from django.urls import reverse

from reports.freeze import freeze_month

ROLES = ["anonymous", "owner", "other_owner", "performance", "admin", "reader"]

# page or action -> (method, how to build the URL, expected status for each role in ROLES)
MATRIX = {
    "home": ("get", lambda r: reverse("home"), [302, 200, 200, 200, 200, 200]),
    "indicators": ("get", lambda r: reverse("indicators-list"), [302, 200, 200, 200, 200, 200]),
    "my returns": ("get", lambda r: reverse("submissions-mine"), [302, 200, 200, 403, 403, 403]),
    "a return": (
        "get",
        lambda r: reverse("submissions-detail", args=[r.pk]),
        [302, 200, 404, 200, 403, 403],
    ),
    "live preview": (
        "post",
        lambda r: reverse("submissions-preview", args=[r.pk]),
        [302, 200, 404, 200, 403, 403],
    ),
    "review": ("get", lambda r: reverse("submissions-review"), [302, 403, 403, 200, 403, 403]),
    "approve": (
        "post",
        lambda r: reverse("submissions-approve", args=[r.pk]),
        [302, 403, 403, 302, 403, 403],
    ),
    "send back": (
        "post",
        lambda r: reverse("submissions-send-back", args=[r.pk]),
        [302, 403, 403, 400, 403, 403],
    ),
    "reopen": (
        "post",
        lambda r: reverse("submissions-reopen", args=[r.pk]),
        [302, 403, 403, 400, 403, 403],
    ),
    "approve many": (
        "post",
        lambda r: reverse("submissions-approve-many", args=[r.period.key]),
        [302, 403, 403, 302, 403, 403],
    ),
    "open a month": (
        "post",
        lambda r: reverse("submissions-open-period"),
        [302, 403, 403, 302, 403, 403],
    ),
    "dashboards": ("get", lambda r: reverse("reports-index"), [302, 200, 200, 200, 200, 200]),
    "a dashboard": (
        "get",
        lambda r: reverse("reports-dashboard", args=["2023-10"]),
        [302, 200, 200, 200, 200, 200],
    ),
    "a dashboard export": (
        "get",
        lambda r: reverse("reports-export", args=["2023-10", "csv"]),
        [302, 200, 200, 200, 200, 200],
    ),
    "freeze now": (
        "post",
        lambda r: reverse("reports-freeze"),
        [302, 403, 403, 302, 403, 403],
    ),
    "administration": ("get", lambda r: reverse("admin:index"), [302, 302, 302, 302, 200, 302]),
}

CASES = [
    pytest.param(name, role, expected[i], id=f"{name}-{role}")
    for name, (_, _, expected) in MATRIX.items()
    for i, role in enumerate(ROLES)
]


@pytest.fixture
def people(alice, bob, priya, sam, rita):
    return {"owner": alice, "other_owner": bob, "performance": priya, "admin": sam, "reader": rita}


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role", "expected"), CASES)
def test_permission_matrix(client, people, submitted, name, role, expected):
    if name.startswith("a dashboard"):
        freeze_month(submitted.period.month, today=date(2023, 12, 1))
    method, url, _ = MATRIX[name]
    if role != "anonymous":
        client.force_login(people[role])
    response = getattr(client, method)(url(submitted))
    assert response.status_code == expected
    if role == "anonymous":
        assert response["Location"].startswith(
            reverse("admin:login") if name == "administration" else reverse("login")
        )
