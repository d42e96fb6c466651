"""Issue 14: the navigation's and Review's rows' links are reversed once and kept
(core.reversing); a portal mounted under a prefix still links under it, and at the root
not."""

import re

import pytest
from django.urls import get_script_prefix, reverse, set_script_prefix

from tests.submissions.test_review import review_url

pytestmark = pytest.mark.django_db


def links(page: str) -> set[str]:
    return set(re.findall(r'<a class="nav-link[^"]*" href="([^"]+)"', page))


def row_links(page: str) -> set[str]:
    return set(re.findall(r'<td class="ref"><a href="([^"]+)"', page))


def test_a_portal_mounted_under_a_prefix_links_under_it_and_one_at_the_root_does_not(
    client, priya, submitted, period
):
    client.force_login(priya)
    url = review_url(period)
    at_root = client.get(url).content.decode()
    # What Django's WSGI handler does for a request under SCRIPT_NAME=/kpi (the test
    # client's handler does not).
    root = get_script_prefix()
    set_script_prefix("/kpi/")
    try:
        mounted = client.get(url).content.decode()
    finally:
        set_script_prefix(root)
    again = client.get(url).content.decode()
    assert "/review/" in links(at_root) and links(again) == links(at_root)
    assert links(mounted) == {f"/kpi{link}" for link in links(at_root)}
    detail = reverse("submissions-detail", args=[submitted.pk])
    assert row_links(at_root) == row_links(again) == {detail}
    assert row_links(mounted) == {f"/kpi{detail}"}
