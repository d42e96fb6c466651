"""Issue 14: Review's listing is read and rendered once, then kept for as long as nothing it
was read from changes (core.changes); whatever changes, however it is changed, shows on the
next page. These tests commit (transaction=True), as production does: inside a test's own
transaction nothing is kept."""

import re
from datetime import date
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core import changes
from indicators.models import Indicator
from submissions import services
from submissions.models import Action, ActionNote, Return
from submissions.review_views import PAGES_CACHE

pytestmark = pytest.mark.django_db(transaction=True)

# What a kept page still reads: the session, the person and their roles, the months, the
# service areas (the filter's choices), the count of changes, and the session saved.
KEPT_QUERIES = 7


@pytest.fixture(autouse=True)
def nothing_kept():
    caches[PAGES_CACHE].clear()
    yield
    caches[PAGES_CACHE].clear()


def review_url(period):
    return reverse("submissions-review-month", args=[period.key])


def shown(client, url, **params):
    """The page's text, and the queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    page = response.content.decode()
    # The CSRF token differs each time; nothing else may.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page), len(queries)


def rows(client, url, **params):
    """The text of the listing's rows only (the filter above lists the service areas)."""
    page = shown(client, url, **params)[0]
    return page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]


def test_review_is_read_once_then_kept_until_something_changes(client, priya, submitted, period):
    client.force_login(priya)
    url = review_url(period)

    first, read = shown(client, url)
    again, kept = shown(client, url)

    assert "Calls answered" in first and "1 return awaiting review." in first
    assert again == first
    assert kept == KEPT_QUERIES < read


def test_any_change_made_any_way_shows_on_the_next_page(client, priya, alice, submitted, period):
    client.force_login(priya)
    url = review_url(period)
    assert "Calls answered" in rows(client, url)

    # Through the ORM without signals, as a bulk edit would.
    Indicator.objects.filter(pk=submitted.indicator_id).update(title="Calls answered first time")
    assert "Calls answered first time" in rows(client, url)

    # Straight into the database, as a fix typed into psql would: each change on its own.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE indicators_servicearea SET name = 'Contact Centre' "
            "WHERE id = (SELECT service_area_id FROM indicators_indicator WHERE id = %s)",
            [submitted.indicator_id],
        )
    assert "Contact Centre" in rows(client, url)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE submissions_return SET commentary = 'Storm week.' WHERE id = %s",
            [submitted.pk],
        )
    assert "Storm week." in rows(client, url)

    get_user_model().objects.filter(pk=alice.pk).update(first_name="Alicia")
    assert "Alicia" in rows(client, url)

    Action.objects.create(
        indicator_id=submitted.indicator_id,
        opened_for=period,
        description="Two more call handlers at peak times",
        lead="Des Crilley",
        due=date(2024, 1, 31),
    )
    assert "Two more call handlers at peak times" in rows(client, url)

    ret = Return.objects.get(pk=submitted.pk)
    services.return_approve(ret=ret, user=priya, expected_version=ret.version)
    listed = rows(client, url)
    assert "No returns are awaiting review." in listed and "Calls answered" not in listed


def test_the_day_is_part_of_what_is_kept(client, priya, ret, period):
    url = review_url(period)
    client.force_login(priya)
    with mock.patch("django.utils.timezone.localdate", return_value=date(2023, 11, 10)):
        before_deadline = rows(client, url, state="all")
    with mock.patch("django.utils.timezone.localdate", return_value=date(2023, 11, 20)):
        after_deadline = rows(client, url, state="all")
    assert "Calls answered" in before_deadline and ">Overdue</span>" not in before_deadline
    assert ">Overdue</span>" in after_deadline


def test_each_person_has_their_own_page(client, priya, tom, ret, period):
    # Priya typed the figure, so she may not approve it; Tom may.
    Return.objects.filter(pk=ret.pk).update(status=Return.Status.SUBMITTED, figure_by=priya)
    url = review_url(period)
    client.force_login(priya)
    assert 'name="approve"' not in rows(client, url)
    assert shown(client, url)[1] == KEPT_QUERIES

    client.force_login(tom)  # Tom's sign-in is no change to the page; his page is his own
    assert 'name="approve"' in rows(client, url)
    assert shown(client, url)[1] == KEPT_QUERIES


def test_signing_in_is_not_a_change(client, priya, tom, submitted, period):
    client.force_login(priya)
    url = review_url(period)
    shown(client, url)
    before = changes.count()

    other = Client()
    other.force_login(tom)  # writes Tom's last_login (and his password, if rehashed)
    get_user_model().objects.filter(pk=tom.pk).update(password="!")

    assert changes.count() == before
    assert shown(client, url)[1] == KEPT_QUERIES


def test_inside_a_transaction_nothing_is_kept(client, priya, submitted, period):
    # Its own changes are counted only when it commits: a page read inside one is not kept.
    client.force_login(priya)
    with transaction.atomic():
        assert changes.count() is None
        read = shown(client, review_url(period))[1]
        assert shown(client, review_url(period))[1] == read > KEPT_QUERIES


REVIEWS = [{}, {"state": "all"}, {"rag": "RED"}, {"rag": "none"}, {"state": "all", "overdue": "1"}]


def test_every_table_the_listing_reads_counts_its_changes(client, priya, submitted, period):
    """If Review comes to read another table, this fails until the migration counts its
    changes too (submissions/migrations/0010_changes_counted.py). Everything a row can
    show is there to be read: figures before, a target, an owner, an action with a note."""
    action = Action.objects.create(
        indicator_id=submitted.indicator_id,
        opened_for=period,
        description="Two more call handlers at peak times",
        lead="Des Crilley",
        due=date(2024, 1, 31),
    )
    ActionNote.objects.create(
        action=action, period=period, written_on=date(2023, 11, 2), text="One started."
    )
    client.force_login(priya)
    read = set()
    for params in REVIEWS:
        caches[PAGES_CACHE].clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(review_url(period), params).status_code == 200
        for query in queries:
            read |= set(re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?', query["sql"]))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'kp_count_change'"
        )
        counted = {table for (table,) in cursor.fetchall()}
        cursor.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'kp_count_truncate'"
        )
        truncates_counted = {table for (table,) in cursor.fetchall()}

    tables = set(connection.introspection.table_names())
    listing = (read & tables) - {"django_session", changes.TABLE}
    assert {"submissions_return", "indicators_target", "submissions_actionnote"} <= listing
    assert listing <= counted
    assert listing <= truncates_counted


def test_a_commit_never_waits_for_another_over_the_count(submitted):
    """Another transaction holding a row of the count, as one committing at the same
    moment does, does not hold a change up: it is counted on another row, at once.
    (Were it to wait, a commit holding other locks could deadlock with that one.)"""
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        # The row a commit would take (the trigger's own choice), held by another.
        other.execute("SELECT id FROM kp_changes FOR UPDATE SKIP LOCKED LIMIT 1")
        before = changes.count()
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
            try:
                Return.objects.filter(pk=submitted.pk).update(commentary="Counted at once.")
            finally:
                cursor.execute("RESET lock_timeout")
        assert changes.count() == before + 1
    finally:
        other.rollback()
        other.close()


def test_a_transaction_counts_once_however_much_it_changes(submitted, kpi, priya):
    before = changes.count()
    with transaction.atomic():
        Return.objects.filter(pk=submitted.pk).update(commentary="One.")
        Indicator.objects.filter(pk=kpi.pk).update(title="Two")
        get_user_model().objects.filter(pk=priya.pk).update(last_name="Three")
    assert changes.count() == before + 1
    with transaction.atomic():
        Return.objects.filter(pk=submitted.pk).update(commentary="Rolled back.")
        transaction.set_rollback(True)
    assert changes.count() == before + 1


def test_the_count_is_read_before_anything_the_listing_shows(client, priya, submitted, period):
    client.force_login(priya)
    with CaptureQueriesContext(connection) as queries:
        client.get(review_url(period))
    tables = [" ".join(re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?', q["sql"])) for q in queries]
    counted_at = next(i for i, t in enumerate(tables) if changes.TABLE in t)
    listing = [i for i, t in enumerate(tables) if "submissions_" in t or "indicators_" in t]
    assert counted_at < min(listing)


def test_a_page_read_across_a_change_is_not_kept(client, priya, submitted, period):
    """Were it kept, it could be half what was there before the change and half after."""
    from submissions import review_views

    real = review_views.review_listing

    def with_a_change_meanwhile(*args, **kwargs):
        found = real(*args, **kwargs)
        Indicator.objects.filter(pk=submitted.indicator_id).update(title="Changed meanwhile")
        return found

    client.force_login(priya)
    url = review_url(period)
    before = changes.count()
    with mock.patch.object(review_views, "review_listing", with_a_change_meanwhile):
        shown(client, url)
    # Another request that read the count just before that change was committed:
    with mock.patch.object(review_views, "count_changes", return_value=before):
        page = rows(client, url)
    assert "Changed meanwhile" in page


def test_a_migration_is_counted_as_a_change(client, priya, submitted, period):
    # It may rewrite a table without the triggers seeing it.
    client.force_login(priya)
    url = review_url(period)
    shown(client, url)
    call_command("migrate", verbosity=0)
    assert shown(client, url)[1] > KEPT_QUERIES
