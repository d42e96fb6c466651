from decimal import Decimal as D

import pytest
from django.urls import reverse

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db
URL = reverse("submissions-mine")


def post(client, ret, action="save", **fields):
    data = {"action": action, f"r{ret.pk}-version": ret.version}
    data |= {f"r{ret.pk}-{name}": value for name, value in fields.items()}
    return client.post(URL, data)


def test_an_owner_sees_their_returns_with_context(client, alice, ret):
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert "My returns: October 2023" in page
    assert "CS01" in page and "Calls answered" in page
    assert "95.0%" in page and "90.0%" in page  # target and floor
    assert "Sep-23" in page and "94.0%" in page  # the last figures
    assert "Deadline <strong>Tuesday 14 November 2023</strong>" in page  # the 10th working day


def test_before_any_month_opens_an_owner_is_told_so_not_shown_an_error(client, alice):
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200  # was a 500: the title's error summary had no formset
    page = response.content.decode()
    assert "<title>My returns" in page
    assert "No month is open for returns yet." in page


def test_an_owner_does_not_see_other_owners_returns(client, bob, ret):
    client.force_login(bob)
    assert "CS01" not in client.get(URL).content.decode()


def test_saving_a_draft_keeps_the_figure_and_stays_a_draft(client, alice, ret):
    client.force_login(alice)
    response = post(client, ret, value="93.5", commentary="")
    assert response.status_code == 302
    saved = Return.objects.get(pk=ret.pk)
    assert (saved.value, saved.status, saved.version) == (D("93.5"), "draft", 2)


def test_submitting_one_return(client, alice, ret):
    client.force_login(alice)
    response = post(client, ret, action=f"submit:{ret.pk}", value="94.5")
    assert response.status_code == 302
    assert Return.objects.get(pk=ret.pk).status == "submitted"


def test_a_red_figure_without_commentary_is_refused_beside_the_field_and_kept(client, alice, ret):
    client.force_login(alice)
    response = post(client, ret, action="submit_all", value="80")
    page = response.content.decode()
    assert response.status_code == 200
    assert "This figure rates RED: say what happened" in page
    assert 'value="80"' in page  # what was typed is still there
    assert "Nothing has been saved yet" in page
    assert Return.objects.get(pk=ret.pk).status == "draft"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ninety", "“ninety” is not a number."),
        ("1e2", "written with an exponent"),
        ("101", "A percentage must be between 0 and 100."),
    ],
)
def test_bad_figures_get_a_plain_message_and_nothing_else_typed_is_lost(
    client, alice, ret, typed, message
):
    other = Return.objects.create(
        indicator=IndicatorFactory(
            ref="CS02", owners=[alice], unit="count", decimals=0, kind="activity"
        ),
        period=ret.period,
    )
    client.force_login(alice)
    data = {
        "action": "save",
        f"r{ret.pk}-version": ret.version,
        f"r{ret.pk}-value": typed,
        f"r{ret.pk}-commentary": "My careful words",
        f"r{other.pk}-version": other.version,
        f"r{other.pk}-value": "1234",
    }
    page = client.post(URL, data).content.decode()
    assert message in page
    assert "My careful words" in page and 'value="1234"' in page
    # Save draft saves the good card; the bad one keeps what was typed, unsaved.
    assert Return.objects.get(pk=other.pk).value == D(1234)
    assert Return.objects.get(pk=ret.pk).commentary == ""


def test_a_negative_count_is_refused(client, alice, period):
    count = IndicatorFactory(ref="CS05", owners=[alice], unit="count", decimals=0, kind="activity")
    ret = Return.objects.create(indicator=count, period=period)
    client.force_login(alice)
    assert "This cannot be negative." in post(client, ret, value="-5").content.decode()


def test_a_numerator_above_its_denominator_is_refused(client, alice, period):
    fraction = IndicatorFactory(ref="FN01", owners=[alice], takes_fraction=True, ytd_method="ratio")
    TargetFactory(indicator=fraction, year=period.year)
    ret = Return.objects.create(indicator=fraction, period=period)
    client.force_login(alice)
    page = post(client, ret, numerator="60", denominator="50").content.decode()
    assert "The numerator (60) cannot be more than the denominator (50)." in page


def test_the_percentage_is_derived_from_numerator_and_denominator(client, alice, period):
    fraction = IndicatorFactory(ref="FN01", owners=[alice], takes_fraction=True, ytd_method="ratio")
    ret = Return.objects.create(indicator=fraction, period=period)
    client.force_login(alice)
    post(client, ret, numerator="45", denominator="50")
    assert Return.objects.get(pk=ret.pk).value == D(90)


def test_an_outlier_needs_the_owner_to_confirm_it(client, alice, ret):
    client.force_login(alice)
    page = post(client, ret, action="submit_all", value="40", commentary="Flood").content.decode()
    assert "far from the last 12 figures" in page
    post(client, ret, action="submit_all", value="40", commentary="Flood", outlier_confirmed="on")
    saved = Return.objects.get(pk=ret.pk)
    assert (saved.status, saved.outlier_confirmed) == ("submitted", True)


def test_a_submitted_return_is_read_only_to_its_owner(client, alice, submitted):
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert f'name="r{submitted.pk}-value"' not in page
    assert "awaiting review" in page
    post(client, submitted, value="10")
    assert Return.objects.get(pk=submitted.pk).value == D("94.5")


def test_a_second_writer_is_told_who_changed_it_and_keeps_their_input(client, alice, ret):
    services.return_save(
        ret=ret, user=alice, expected_version=ret.version, data=ReturnData(value=D(93))
    )
    client.force_login(alice)
    response = post(client, ret, value="91.2")  # the version the page was loaded with
    page = response.content.decode()
    assert "Alice changed this return on" in page
    assert "Reload to see their version" in page
    assert 'value="91.2"' in page
    assert Return.objects.get(pk=ret.pk).value == D(93)


def test_the_preview_rates_the_figure_as_typed(client, alice, ret):
    client.force_login(alice)
    url = reverse("submissions-preview", args=[ret.pk])
    red = client.post(url, {f"r{ret.pk}-value": "85", f"r{ret.pk}-version": ret.version}).json()
    assert red == {
        "figure": "85.0%",
        "shown_as": "",
        "rag": "RED",
        "commentary_required": True,
        "commentary_message": "Commentary is required: this figure rates RED. Say what "
        "happened, why, and what is being done.",
        "outlier": red["outlier"],
        "forecast": red["forecast"],
        "outlook": red["outlook"],
        "errors": {},
    }
    typed = client.post(url, {f"r{ret.pk}-value": "94.96"}).json()
    assert (typed["shown_as"], typed["rag"]) == ("Shown and rated as 95.0%.", "GREEN")
    green = client.post(url, {f"r{ret.pk}-value": "95"}).json()
    assert (green["rag"], green["figure"]) == ("GREEN", "95.0%")
    bad = client.post(url, {f"r{ret.pk}-value": "abc"}).json()
    assert bad["errors"] == {"value": ["“abc” is not a number."]} and bad["rag"] == ""


def test_the_preview_of_someone_elses_return_is_a_404(client, bob, ret):
    client.force_login(bob)
    assert client.post(reverse("submissions-preview", args=[ret.pk])).status_code == 404


def test_a_returned_return_shows_the_reason(client, alice, submitted, priya):
    services.return_send_back(ret=submitted, user=priya, reason="Wrong month's data")
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert "Wrong month&#x27;s data" in page  # escaped, as every owner's text is
    assert f'name="r{submitted.pk}-value"' in page


def test_a_derived_percentage_is_rated_as_shown(client, alice, period):
    fraction = IndicatorFactory(ref="FN01", owners=[alice], takes_fraction=True, ytd_method="ratio")
    TargetFactory(indicator=fraction, year=period.year, target=D(95), floor=D(90))
    ret = Return.objects.create(indicator=fraction, period=period)
    client.force_login(alice)
    url = reverse("submissions-preview", args=[ret.pk])
    # 1899 / 2000 = 94.95%, shown as 95.0%, so GREEN against a target of 95%.
    answer = client.post(
        url, {f"r{ret.pk}-numerator": "1899", f"r{ret.pk}-denominator": "2000"}
    ).json()
    assert (answer["figure"], answer["rag"]) == ("95.0%", "GREEN")


def test_a_profiled_target_is_the_one_shown_and_rated_for_the_month(client, alice, ret):
    from datetime import date

    TargetFactory(
        indicator=ret.indicator, year=ret.period.year, period=date(2023, 10, 1),
        target=D(97), floor=D(96),
    )  # fmt: skip
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert "97.0%" in page and "for Oct-23" in page  # October's own, not the year's 95%
    # 95.5% meets the year's target but not October's floor: RED, so commentary is needed.
    response = post(client, ret, action=f"submit:{ret.pk}", value="95.5")
    assert "This figure rates RED" in response.content.decode()
    preview = client.post(
        reverse("submissions-preview", args=[ret.pk]),
        {f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "96.5"},
    ).json()
    assert preview["rag"] == "AMBER"


def test_a_negative_figure_is_taken_where_the_indicator_allows_it(client, alice, period):
    change = IndicatorFactory(
        ref="EH01", title="Change in empty homes", unit="percent", decimals=0, polarity="lower",
        minimum=D(-100), owners=[alice],
    )  # fmt: skip
    TargetFactory(indicator=change, year=period.year, target=D(-10), floor=None)
    ret = Return.objects.create(indicator=change, period=period)
    client.force_login(alice)
    assert "Give a figure from -100 to 100." in post(client, ret, value="-120").content.decode()
    assert post(client, ret, action=f"submit:{ret.pk}", value="-16").status_code == 302
    saved = Return.objects.get(pk=ret.pk)
    assert (saved.value, saved.status) == (D(-16), "submitted")


def test_a_ratio_too_large_to_be_a_figure_gets_a_message_not_an_error_page(client, alice, period):
    cost = IndicatorFactory(
        ref="GL05", title="Cost per case", unit="number", decimals=0, polarity="lower",
        takes_fraction=True, ytd_method="ratio", owners=[alice],
    )  # fmt: skip
    ret = Return.objects.create(indicator=cost, period=period)
    client.force_login(alice)
    response = post(client, ret, numerator="1000000000000", denominator="0.01")
    assert response.status_code == 200
    assert "This figure is too large to be right: check it." in response.content.decode()
    assert 'value="1000000000000"' in response.content.decode()  # what was typed is kept
    assert Return.objects.get(pk=ret.pk).numerator is None


def test_the_month_picker_goes_to_the_month_chosen_with_its_button(client, alice, ret):
    client.force_login(alice)
    response = client.get(URL, {"month": "2023-10"})
    assert (response.status_code, response["Location"]) == (302, "/returns/2023-10/")
    assert client.get(URL, {"month": "October"}).status_code == 404
    page = client.get("/returns/2023-10/").content.decode()
    assert 'id="month-select" name="month">' in page  # no data-navigate: no script moves on
    assert "<title>My returns: October 2023 – kpiportal</title>" in page


def test_each_return_is_a_task_in_words(client, alice, ret, period, submitted_cs02):
    drafted = Return.objects.create(
        indicator=IndicatorFactory(ref="CS03", owners=[alice]), period=period, commentary="Soon"
    )
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert f'<strong class="task-tag task-todo" id="task-{ret.pk}">To do</strong>' in page
    assert f'<strong class="task-tag task-draft" id="task-{drafted.pk}">Draft</strong>' in page
    assert f'id="task-{submitted_cs02.pk}">Submitted</strong>' in page
    assert f'href="#return-{ret.pk}" aria-describedby="task-{ret.pk}"' in page
    assert "3 indicators due: 1 to do, 1 draft, 1 submitted" in page


@pytest.fixture
def submitted_cs02(alice, period):
    other = Return.objects.create(
        indicator=IndicatorFactory(ref="CS02", owners=[alice], kind="activity"), period=period
    )
    return services.return_submit(
        ret=other, user=alice, expected_version=1, data=ReturnData(value=D(5))
    )


def test_a_failed_submit_lists_the_errors_linked_to_their_fields(client, alice, ret):
    client.force_login(alice)
    page = post(client, ret, action=f"submit:{ret.pk}", value="40").content.decode()
    assert "<title>Error: My returns: October 2023 – kpiportal</title>" in page
    assert "There is a problem: 1 return needs your attention" in page
    assert f'<a href="#id_r{ret.pk}-value">CS01: This is far from the last 12 figures' in page
    assert f'<a href="#id_r{ret.pk}-commentary">CS01: This figure rates RED' in page
    assert f'aria-invalid="true" aria-describedby="id_r{ret.pk}-value_error"' in page
    assert '<span class="visually-hidden">Error: </span>' in page
    # Rated and checked as typed, not as saved: so the box the message asks for is there.
    assert f'data-prefix="r{ret.pk}" data-outlier>' in page
    assert '<span class="rag rag-RED">RED</span>' in page
    assert f'id="id_r{ret.pk}-outlier_confirmed"' in page


def test_commentary_over_the_limit_is_refused_in_words_and_kept(client, alice, ret):
    client.force_login(alice)
    page = post(client, ret, value="94", commentary="x" * 4001).content.decode()
    assert "Commentary must be 4,000 characters or fewer (it has 4001)." in page
    assert "x" * 4001 in page
    assert Return.objects.get(pk=ret.pk).commentary == ""


def test_a_post_after_the_session_ended_is_put_back_after_signing_in(client, alice, ret):
    """Signed out while typing: the post is kept, then put back, unsaved, after sign-in."""
    data = {"action": "save", f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "93.5",
            f"r{ret.pk}-commentary": "Typed before the session ended"}  # fmt: skip
    response = client.post("/returns/2023-10/", data)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/returns/2023-10/"
    assert "without activity" in client.get(response["Location"]).content.decode()
    client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery"})
    page = client.get("/returns/2023-10/").content.decode()
    assert 'value="93.5"' in page and "Typed before the session ended" in page
    assert "What you typed is back on the page, not saved yet" in page
    assert Return.objects.get(pk=ret.pk).value is None  # nothing saved on their behalf
    assert "Typed before the session ended" not in client.get("/returns/2023-10/").content.decode()


def test_what_is_put_back_is_only_for_the_page_it_was_typed_on(client, alice, ret):
    client.post(URL, {"action": "save", f"r{ret.pk}-value": "93.5"})
    client.force_login(alice)
    assert 'value="93.5"' not in client.get("/returns/2023-10/").content.decode()
    assert 'value="93.5"' in client.get(URL).content.decode()


def test_a_figure_with_more_places_than_shown_is_kept_as_typed(client, alice, ret):
    client.force_login(alice)
    response = post(client, ret, action=f"submit:{ret.pk}", value="94.96")
    assert response.status_code == 302
    saved = Return.objects.get(pk=ret.pk)
    assert (saved.value, saved.status) == (D("94.96"), "submitted")  # rated GREEN, as 95.0%


def test_saving_a_return_another_session_submitted_says_who_and_keeps_what_was_typed(
    client, alice, bob, ret
):
    ret.indicator.owners.add(bob)
    client.force_login(alice)
    client.get(URL)  # Alice's page, with version 1
    services.return_submit(
        ret=ret, user=bob, expected_version=1, data=ReturnData(value=D("94.5"))
    )  # Bob submits from his own session meanwhile
    response = post(client, ret, value="93.1", commentary="Alice's words")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bob submitted this return on" in page and "it is now submitted" in page
    assert page.count("Bob submitted this return on") <= 2  # summary and card, not more
    assert 'value="93.1"' in page and "Alice&#x27;s words" in page
    assert "Nothing had changed" not in page
    assert Return.objects.get(pk=ret.pk).value == D("94.5")


def test_the_page_says_which_other_open_months_still_need_the_owners_returns(
    client, alice, kpi, ret
):
    """October's page, with September still open and one of Alice's returns in it unsent;
    an old month still open is named too, newest first."""
    from datetime import date

    from submissions.selectors import outstanding_elsewhere
    from tests.factories import period_for

    late = IndicatorFactory(ref="CS09", owners=[alice])  # its figures are still to come
    september = period_for(date(2023, 9, 1))
    Return.objects.create(indicator=late, period=september)
    long_ago = period_for(date(2021, 4, 1))
    Return.objects.create(indicator=late, period=long_ago)
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert "You also have 1 return to finish for" in page
    assert '<a href="/returns/2023-09/">September 2023</a>' in page
    assert '<a href="/returns/2021-04/">April 2021</a>' in page
    assert page.index("September 2023</a>") < page.index("April 2021</a>")  # newest first
    # The months already read are used as they are; any others are read.
    found = outstanding_elsewhere(alice, ret.period, known=[september])
    assert found == [(september, 1), (long_ago, 1)] and found[0][0] is september


def test_a_return_whose_reviewer_has_left_still_shows(client, alice, priya, submitted):
    """A returned return whose reviewer's account was deleted (the return keeps no one as
    its decider) shows the reason without a name, not a server error (Django's template
    tried the missing person's username; the cards are Jinja2 now, issue 14)."""
    services.return_send_back(ret=submitted, user=priya, reason="Wrong month's data")
    approver = type(priya).objects.create_user("leaving", password="x")
    Return.objects.filter(pk=submitted.pk).update(decided_by=approver)
    approver.delete()  # decided_by is set to nobody
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<strong>Returned:</strong> Wrong month&#x27;s data" in page
