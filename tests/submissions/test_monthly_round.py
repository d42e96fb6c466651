"""The monthly round as owners live it (issue 17): each test is the journey on the page."""

from decimal import Decimal as D

import pytest
from django.core import mail
from django.urls import reverse

from submissions import services
from submissions.models import Notification, Return
from submissions.notifications import deliver_pending
from tests.factories import IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db
URL = reverse("submissions-mine")


def card(ret, **fields):
    """What the page posts for one card: the saved figures as shown, plus what was typed."""
    shown = {
        "version": ret.version,
        "value": format(ret.value.normalize(), "f") if ret.value is not None else "",
    }
    shown["commentary"] = ret.commentary
    return {f"r{ret.pk}-{name}": value for name, value in (shown | fields).items()}


@pytest.fixture
def sent_back(submitted, priya):
    """CS01, submitted by Alice at 94.5, returned by Priya with a question."""
    return services.return_send_back(ret=submitted, user=priya, reason="Please check this figure")


@pytest.fixture
def cs02(alice, period):
    indicator = IndicatorFactory(ref="CS02", title="Letters answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
    return Return.objects.create(indicator=indicator, period=period)


class TestAReturnedReturnGoesBackOnlyChangedOrAnswered:
    def test_submit_all_leaves_an_untouched_returned_return_with_its_owner(
        self, client, alice, sent_back, cs02
    ):
        client.force_login(alice)
        data = {"action": "submit_all"} | card(sent_back) | card(cs02, value="96")
        response = client.post(URL, data, follow=True)
        page = response.content.decode()
        assert Return.objects.get(pk=cs02.pk).status == "submitted"
        assert Return.objects.get(pk=sent_back.pk).status == "returned"
        assert "Not submitted again: CS01, sent back to you and not changed" in page
        assert "Submitted 1 return for review." in page
        assert not Notification.objects.filter(event="resubmitted").exists()

    def test_an_answer_sends_it_back_and_the_reviewer_reads_it(
        self, client, alice, priya, sent_back, django_capture_on_commit_callbacks
    ):
        client.force_login(alice)
        answer = "Checked with the call system: 94.5 is right."
        data = {"action": "submit_all"} | card(sent_back, reply=answer)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(URL, data)
        assert Return.objects.get(pk=sent_back.pk).status == "submitted"
        deliver_pending()
        (message,) = [m for m in mail.outbox if "back for review" in m.subject]
        assert "has been answered and submitted again" in message.body
        assert answer in message.body
        client.force_login(priya)
        review = client.get(reverse("submissions-review")).content.decode()
        assert "Answer to the reviewer:" in review and "94.5 is right" in review
        detail = client.get(reverse("submissions-detail", args=[sent_back.pk])).content.decode()
        assert "Owner's answer to the reviewer:" in detail
        assert "Answer to the reviewer" in detail  # in the return's history too

    def test_a_changed_figure_sends_it_back_without_an_answer(self, client, alice, sent_back):
        client.force_login(alice)
        data = {"action": "submit_all"} | card(sent_back, value="93.8")
        client.post(URL, data)
        assert Return.objects.get(pk=sent_back.pk).status == "submitted"

    def test_submitting_it_alone_untouched_asks_for_an_answer_beside_the_field(
        self, client, alice, sent_back
    ):
        client.force_login(alice)
        data = {"action": f"submit:{sent_back.pk}"} | card(sent_back)
        page = client.post(URL, data).content.decode()
        assert "change what the reviewer asked about, or answer them here" in page
        assert f'id="error_1_id_r{sent_back.pk}-reply"' in page or f"r{sent_back.pk}-reply" in page
        assert Return.objects.get(pk=sent_back.pk).status == "returned"

    def test_a_draft_saved_since_it_was_returned_counts_as_changed(self, client, alice, sent_back):
        client.force_login(alice)
        client.post(URL, {"action": "save"} | card(sent_back, value="93.8"))
        again = Return.objects.get(pk=sent_back.pk)
        client.post(URL, {"action": "submit_all"} | card(again))
        assert Return.objects.get(pk=sent_back.pk).status == "submitted"

    def test_the_next_send_back_starts_without_the_old_answer(
        self, client, alice, priya, sent_back
    ):
        client.force_login(alice)
        client.post(URL, {"action": "submit_all"} | card(sent_back, reply="It is right."))
        again = Return.objects.get(pk=sent_back.pk)
        services.return_send_back(ret=again, user=priya, reason="Still looks high")
        page = client.get(URL).content.decode()
        assert "Still looks high" in page and "It is right." not in page


class TestSaveDraftSavesEveryGoodCard:
    def test_one_bad_card_keeps_its_message_and_the_rest_are_saved(self, client, alice, ret, cs02):
        client.force_login(alice)
        data = {"action": "save"} | card(ret, value="93.5") | card(cs02, value="ninety")
        page = client.post(URL, data).content.decode()
        assert Return.objects.get(pk=ret.pk).value == D("93.5")  # the good card is saved
        assert Return.objects.get(pk=cs02.pk).value is None
        assert "Saved 1 draft." in page
        assert "Your other changes were saved as drafts" in page
        assert "“ninety” is not a number." in page and 'value="ninety"' in page
        # The saved card is on the page at its new version: fixing the bad one and saving
        # again saves it, and is not refused as someone else's change.
        assert f'name="r{ret.pk}-version" value="2"' in page
        again = {"action": "save"} | card(Return.objects.get(pk=ret.pk)) | card(cs02, value="97")
        client.post(URL, again)
        assert Return.objects.get(pk=cs02.pk).value == D("97")

    def test_a_bad_card_for_a_return_submitted_meanwhile_still_says_why(
        self, client, alice, submitted
    ):
        """Found by hypothesis (test_bad_input): the page read again after a partial save
        must keep the cards that were posted, as the first reading did."""
        client.force_login(alice)
        data = {"action": "save"} | card(submitted, not_available="on", commentary="x")
        page = client.post(URL, data).content.decode()
        assert "needs your attention" in page

    def test_a_card_someone_else_changed_is_still_refused_not_overwritten(
        self, client, alice, bob, ret, cs02
    ):
        ret.indicator.owners.add(bob)
        client.force_login(alice)
        stale = card(ret, value="93.5")
        services.return_save(
            ret=ret, user=bob, expected_version=1, data=services.ReturnData(value=D("91"))
        )
        data = {"action": "save"} | stale | card(cs02, value="ninety")
        page = client.post(URL, data).content.decode()
        assert "Bob changed this return on" in page
        assert Return.objects.get(pk=ret.pk).value == D("91")


@pytest.fixture
def said_in_september(kpi):
    """September's approved return for CS01 (made by the factory's history) says something."""
    september = Return.objects.get(indicator=kpi, period__month="2023-09-01")
    september.commentary = "Two advisers on long-term sick leave; agency cover from 1 October."
    september.save()
    return september.commentary


class TestCopyLastMonthsCommentary:
    def test_the_button_copies_it_in_unsaved_and_marks_it_copied(
        self, client, alice, ret, said_in_september
    ):
        client.force_login(alice)
        page = client.get(URL).content.decode()
        assert "Copy Sep-23's commentary" in page  # the apostrophe is the template's own
        data = {"action": f"copy:{ret.pk}"} | card(ret, value="93.7")
        page = client.post(URL, data).content.decode()
        assert "agency cover from 1 October.</textarea>" in page
        assert 'value="93.7"' in page  # what was typed is kept
        assert "commentary is copied into CS01, not saved yet" in page
        assert Return.objects.get(pk=ret.pk).commentary == ""
        marker = page.split('data-role="copied"')[1].split(">")[0]
        assert "hidden" not in marker  # shown: copied and not edited

    def test_saved_unedited_it_stays_marked_on_the_card_and_on_review(
        self, client, alice, priya, ret, said_in_september
    ):
        client.force_login(alice)
        client.post(
            URL,
            {"action": f"submit:{ret.pk}"} | card(ret, value="94", commentary=said_in_september),
        )
        assert Return.objects.get(pk=ret.pk).status == "submitted"
        client.force_login(priya)
        review = client.get(reverse("submissions-review")).content.decode()
        assert "Copied from Sep-23" in review

    def test_edited_it_is_no_longer_marked(self, client, alice, priya, ret, said_in_september):
        client.force_login(alice)
        edited = said_in_september + " Cover now in place."
        client.post(URL, {"action": "save"} | card(ret, value="94", commentary=edited))
        page = client.get(URL).content.decode()
        marker = page.split('data-role="copied"')[1].split(">")[0]
        assert "hidden" in marker
        client.force_login(priya)
        assert "Copied from" not in client.get(reverse("submissions-review")).content.decode()


@pytest.fixture
def dan(db):
    """Dan owns indicators of his own and covers Alice's leave."""
    from core.roles import Role
    from tests.factories import UserFactory

    return UserFactory(
        username="dan", first_name="Dan", last_name="Deputy", roles=[Role.OWNER, Role.PERFORMANCE]
    )


@pytest.fixture
def on_10_november():
    from datetime import date
    from unittest import mock

    with mock.patch("django.utils.timezone.localdate", return_value=date(2023, 11, 10)):
        yield


class TestDeputies:
    def name_dan(self, client, alice, dan, starts="2023-11-01", ends="2023-11-30"):
        client.force_login(alice)
        return client.post(
            reverse("submissions-cover"), {"deputy": dan.pk, "starts": starts, "ends": ends}
        )

    def test_an_owner_names_a_deputy_who_then_submits_for_them(
        self, client, alice, dan, priya, ret, settings, on_10_november
    ):
        response = self.name_dan(client, alice, dan)
        assert response.status_code == 302
        page = client.get(reverse("submissions-cover")).content.decode()
        assert "Dan Deputy" in page and "1 November to 30 November 2023" in page

        client.force_login(dan)
        mine = client.get(URL).content.decode()
        assert "CS01" in mine and "Covering for Alice" in mine
        client.post(URL, {"action": f"submit:{ret.pk}"} | card(ret, value="94.5"))
        done = Return.objects.get(pk=ret.pk)
        assert (done.status, done.submitted_by, done.submitted_for) == ("submitted", dan, alice)
        assert done.history.first().history_change_reason == (
            "Submitted for Alice, as their deputy"
        )
        client.force_login(priya)
        review = client.get(reverse("submissions-review")).content.decode()
        assert "by Dan Deputy for Alice" in review

    def test_four_eyes_hold_for_both(self, client, alice, dan, ret, on_10_november):
        self.name_dan(client, alice, dan)
        client.force_login(dan)
        client.post(URL, {"action": f"submit:{ret.pk}"} | card(ret, value="94.5"))
        done = Return.objects.get(pk=ret.pk)
        # Dan (on the performance team too) may not approve what he submitted for Alice.
        response = client.post(
            reverse("submissions-approve", args=[ret.pk]), {"version": done.version}, follow=True
        )
        assert "someone else on the performance team must approve it" in response.content.decode()
        assert Return.objects.get(pk=ret.pk).status == "submitted"
        from submissions import workflow

        alice.groups.add(*dan.groups.all())  # were Alice on the team, nor could she
        with pytest.raises(workflow.TransitionNotAllowed) as refused:
            workflow.check(workflow.Action.APPROVE, done, alice)
        assert str(refused.value) == (
            "CS01 for October 2023 was submitted for you by your deputy, so someone else on "
            "the performance team must approve it."
        )

    def test_outside_the_dates_the_deputy_sees_nothing_and_cannot_submit(
        self, client, alice, dan, ret, on_10_november
    ):
        self.name_dan(client, alice, dan, starts="2023-11-20", ends="2023-11-24")
        client.force_login(dan)
        assert "CS01" not in client.get(URL).content.decode()
        client.post(URL, {"action": f"submit:{ret.pk}"} | card(ret, value="94.5"))
        assert Return.objects.get(pk=ret.pk).status == "draft"

    def test_reminders_go_to_both_saying_for_whom(self, alice, dan, ret):
        from datetime import date

        from submissions.models import Deputy
        from submissions.notifications import reminders

        Deputy.objects.create(
            owner=alice, deputy=dan, starts=date(2023, 11, 1), ends=date(2023, 11, 30)
        )
        sent = {m.to[0]: m.body for m in reminders([ret], date(2023, 11, 10))}
        assert set(sent) == {alice.email, dan.email}
        assert "(you are covering for Alice" in sent[dan.email]
        assert "covering" not in sent[alice.email]

    def test_bad_dates_get_a_message_beside_the_field(self, client, alice, dan, on_10_november):
        page = self.name_dan(client, alice, dan, starts="2023-11-20", ends="2023-11-12")
        assert "The cover must end on or after the day it starts." in page.content.decode()
        page = self.name_dan(client, alice, dan, starts="2023-10-01", ends="2023-10-20")
        assert "That date has passed" in page.content.decode()

    def test_an_owner_ends_the_cover(self, client, alice, dan, ret, on_10_november):
        self.name_dan(client, alice, dan)
        from submissions.models import Deputy

        cover = Deputy.objects.get()
        client.post(reverse("submissions-end-cover", args=[cover.pk]))
        client.force_login(dan)
        assert "CS01" not in client.get(URL).content.decode()


def download(client, month="2023-10"):
    import io

    from openpyxl import load_workbook

    response = client.get(reverse("submissions-spreadsheet", args=[month]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def upload(client, book, month="2023-10"):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    out = io.BytesIO()
    book.save(out)
    file = SimpleUploadedFile("my-returns.xlsx", out.getvalue())
    return client.post(reverse("submissions-spreadsheet", args=[month]), {"file": file})


def fill(book, ref, **cells):
    sheet = book["Returns"]
    headers = [c.value for c in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        if row[0].value == ref:
            for header, value in cells.items():
                row[headers.index(header)].value = value
            return row
    raise AssertionError(f"{ref} not in the sheet")


class TestMyReturnsAsASpreadsheet:
    def test_the_download_locks_the_context_and_opens_the_owners_cells(self, client, alice, ret):
        client.force_login(alice)
        book = download(client)
        sheet = book["Returns"]
        assert sheet.protection.sheet
        assert "My returns: October 2023" in sheet["A1"].value  # a title row above the header
        headers = [c.value for c in sheet[2]]
        row = fill(book, "CS01")
        cell = dict(zip(headers, row, strict=False))
        assert cell["Target"].value == "95.0%" and cell["Target"].protection.locked
        assert not cell["Figure"].protection.locked and not cell["Commentary"].protection.locked
        assert cell["Numerator"].protection.locked  # CS01 takes a figure, not a fraction

    def test_a_round_trip_previews_then_submits_through_the_same_rules(
        self, client, alice, ret, cs02
    ):
        client.force_login(alice)
        book = download(client)
        fill(book, "CS01", Figure=93.6, Commentary="Two advisers on leave; cover from November.")
        fill(book, "CS02", Figure=97)
        preview = upload(client, book)
        page = preview.content.decode()
        assert preview.status_code == 200
        assert "Check your spreadsheet: October 2023" in page
        assert "2 returns in the file; 2 with changes" in page
        assert "→ 93.6" in page and "AMBER" in page
        assert Return.objects.get(pk=ret.pk).value is None  # nothing saved yet
        confirm = reverse("submissions-spreadsheet-confirm", args=["2023-10"])
        done = client.post(confirm, {"action": "submit"}, follow=True).content.decode()
        assert "Submitted 2 returns for review." in done
        saved = Return.objects.get(pk=ret.pk)
        assert (saved.status, saved.value, saved.submitted_by) == ("submitted", D("93.6"), alice)
        assert saved.commentary.startswith("Two advisers")
        # and it is all gone from the session: confirming again does nothing more
        again = client.post(confirm, {"action": "submit"}, follow=True).content.decode()
        assert "nothing from it is waiting" in again

    def test_one_bad_row_means_nothing_is_saved_and_it_says_why(self, client, alice, ret, cs02):
        client.force_login(alice)
        book = download(client)
        fill(book, "CS01", Figure="ninety")
        fill(book, "CS02", Figure=97)
        preview = upload(client, book)
        page = preview.content.decode()
        assert preview.status_code == 400
        assert "“ninety” is not a number." in page
        assert "Save 2 as drafts" not in page and "for review</button>" not in page
        assert Return.objects.get(pk=cs02.pk).value is None

    def test_a_red_figure_without_commentary_may_be_saved_but_not_submitted(
        self, client, alice, ret
    ):
        client.force_login(alice)
        book = download(client)
        fill(book, "CS01", Figure=80)
        page = upload(client, book).content.decode()
        assert "Before it can be submitted:" in page and "This figure rates RED" in page
        assert "Save 1 as draft" in page and "for review</button>" not in page
        confirm = reverse("submissions-spreadsheet-confirm", args=["2023-10"])
        client.post(confirm, {"action": "save"})
        assert (Return.objects.get(pk=ret.pk).value, Return.objects.get(pk=ret.pk).status) == (
            D(80),
            "draft",
        )

    def test_a_return_changed_since_the_download_is_refused_on_confirming(
        self, client, alice, bob, ret
    ):
        ret.indicator.owners.add(bob)
        client.force_login(alice)
        book = download(client)
        fill(book, "CS01", Figure=93.6)
        upload(client, book)
        services.return_save(
            ret=ret, user=bob, expected_version=1, data=services.ReturnData(value=D("91"))
        )
        confirm = reverse("submissions-spreadsheet-confirm", args=["2023-10"])
        page = client.post(confirm, {"action": "save"}).content.decode()
        assert "Bob changed this return on" in page
        assert Return.objects.get(pk=ret.pk).value == D("91")

    def test_rows_that_are_not_the_owners_are_named(self, client, alice, bob, ret, period):
        other = Return.objects.create(
            indicator=IndicatorFactory(ref="FN01", owners=[bob]), period=period
        )
        client.force_login(alice)
        book = download(client)
        row = fill(book, "CS01", Figure=93.6)
        row[0].value, row[16].value = "FN01", other.pk  # someone else's return
        page = upload(client, book).content.decode()
        assert "Line 3: FN01 is not one of your returns for October 2023" in page
        assert Return.objects.get(pk=other.pk).value is None

    def test_a_file_that_is_not_a_workbook_gets_a_plain_message(self, client, alice, ret):
        from django.core.files.uploadedfile import SimpleUploadedFile

        client.force_login(alice)
        file = SimpleUploadedFile("my-returns.xlsx", b"not a spreadsheet")
        response = client.post(reverse("submissions-spreadsheet", args=["2023-10"]), {"file": file})
        assert response.status_code == 400
        assert "could not be read as an Excel workbook" in response.content.decode()

    def test_a_percentage_typed_as_one_in_excel_is_read_as_shown(self, client, alice, ret):
        client.force_login(alice)
        book = download(client)
        row = fill(book, "CS01", Figure=0.936)  # what Excel stores when 93.6% is typed
        row[8].number_format = "0.0%"
        page = upload(client, book).content.decode()
        assert "→ 93.6" in page
        confirm = reverse("submissions-spreadsheet-confirm", args=["2023-10"])
        client.post(confirm, {"action": "save"})
        assert Return.objects.get(pk=ret.pk).value == D("93.6")
