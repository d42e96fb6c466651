"""Whole files, as an administrator uploads them: through the admin and the command line."""

import io
import subprocess
import sys
from decimal import Decimal as D

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook

from indicators.models import FinancialYear, Target
from tests.factories import IndicatorFactory, TargetFactory, UserFactory

pytestmark = pytest.mark.django_db
CSV_FORMAT, XLSX_FORMAT = "0", "1"
HEADER = "year,ref,target,floor,lower,upper,note\n"


@pytest.fixture
def fn01():
    indicator = IndicatorFactory(ref="FN01", title="Invoices paid")
    TargetFactory(indicator=indicator, target=D("97.5"), floor=D(95))
    return indicator


def xlsx(rows, *, extra_sheets=()):
    book = Workbook()
    first = book.active
    for name in extra_sheets:
        first.title = name
        first.append(["These are the committee's notes"])
        first = book.create_sheet("Targets")
    for row in rows:
        first.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, sam, name, content, file_format):
    client.force_login(sam)
    return client.post(
        reverse("admin:indicators_target_import"),
        {"import_file": SimpleUploadedFile(name, content), "format": file_format, "resource": "0"},
    )


def test_the_admin_previews_old_and_new_then_saves_on_confirm(client, sam, fn01):
    content = (HEADER + "2023/24,FN01,98,96,,,Agreed in May\n").encode()
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT)
    text = page.content.decode()
    assert "0 new, 1 changed" in text
    assert "<del>97.5</del> → <ins>98</ins>" in text  # old → new
    assert Target.objects.get(indicator=fn01).target == D("97.5")  # nothing saved yet
    confirm = page.context["confirm_form"]
    client.post(reverse("admin:indicators_target_process_import"), confirm.initial)
    target = Target.objects.get(indicator=fn01)
    assert (target.target, target.note) == (D(98), "Agreed in May")
    record = target.history.first()
    assert record.history_user == sam


def test_a_bad_row_is_listed_and_no_confirm_is_offered(client, sam, fn01):
    page = upload(client, sam, "t.csv", (HEADER + "2023/24,FN01,90,95,,,\n").encode(), CSV_FORMAT)
    text = page.content.decode()
    assert "Nothing was saved: 1 row needs correcting" in text
    assert "floor must not be better than the target" in text
    assert "confirm_form" not in page.context or page.context["confirm_form"] is None


def test_a_windows_1252_csv_imports(client, sam, fn01):
    content = (HEADER + "2023/24,FN01,98,96,,,Agreed by the Cabinet Member – £ savings\n").encode(
        "cp1252"
    )
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT)
    assert "Agreed by the Cabinet Member – £ savings" in page.content.decode()
    assert page.context["confirm_form"] is not None


def test_a_workbook_with_a_notes_sheet_and_blank_rows_imports(client, sam, fn01):
    rows = [
        ["year", "ref", "target", "floor", "lower", "upper", "note"],
        ["2023/24", "FN01", 98, 96, None, None, None],
        [None] * 7,
    ]
    page = upload(client, sam, "targets.xlsx", xlsx(rows, extra_sheets=["Notes"]), XLSX_FORMAT)
    text = page.content.decode()
    assert "1 changed, 1 unchanged or blank" in text
    assert page.context["confirm_form"] is not None


@pytest.mark.parametrize(
    ("name", "content", "file_format", "message"),
    [
        ("targets.csv", b"", CSV_FORMAT, "The submitted file is empty."),
        ("targets.pdf", b"%PDF-1.7 ...", CSV_FORMAT, "Upload a CSV file or an Excel workbook"),
        ("targets.xlsx", b"not really a workbook", XLSX_FORMAT, "This file could not be read."),
        ("targets.xlsx", b"year,ref\n", CSV_FORMAT, "The file is not CSV"),
        ("targets.csv", b"year,ref,target,flor\n2023/24,FN01,98,96\n", CSV_FORMAT,
         "the column “floor” is missing (is “flor” a misspelling of it?)"),
        ("targets.csv", HEADER.encode(), CSV_FORMAT, "No valid data to import"),
    ],
)  # fmt: skip
def test_bad_files_get_a_plain_message_and_nothing_is_saved(
    client, sam, fn01, name, content, file_format, message
):
    page = upload(client, sam, name, content, file_format)
    assert page.status_code == 200
    assert message in page.content.decode()
    assert Target.objects.get(indicator=fn01).target == D("97.5")


def test_a_file_over_the_size_limit_is_refused(client, sam, fn01, settings):
    settings.IMPORT_MAX_BYTES = 100
    page = upload(
        client, sam, "t.csv", (HEADER + "2023/24,FN01,98,96,,,x\n" * 5).encode(), CSV_FORMAT
    )
    assert "the most one import takes is" in page.content.decode()


def test_only_administrators_may_import(client, priya, fn01):
    priya.is_staff = True
    priya.save()
    client.force_login(priya)
    assert client.get(reverse("admin:indicators_target_import")).status_code == 403


def test_the_command_line_import_saves_nothing_and_fails_when_a_row_is_wrong(fn01, tmp_path):
    path = tmp_path / "targets.xlsx"
    path.write_bytes(
        xlsx([
            ["year", "ref", "target", "floor", "lower", "upper", "note"],
            ["2023/24", "FN01", 99, 96, None, None, None],
            ["2023/24", "NOPE", 99, 96, None, None, None],
        ])
    )  # fmt: skip
    with pytest.raises(CommandError, match="Nothing was saved: 1 problem"):
        call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")
    assert Target.objects.get(indicator=fn01).target == D("97.5")


def test_the_command_line_import_saves_a_good_file(fn01, tmp_path, capsys):
    path = tmp_path / "targets.xlsx"
    path.write_bytes(
        xlsx([["year", "ref", "target", "floor", "lower", "upper", "note"],
              ["2024/25", "FN01", 99, 96, None, None, "Agreed"]])
    )  # fmt: skip
    call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")
    assert Target.objects.get(indicator=fn01, year__start_year=2024).target == D(99)
    assert "Imported: 1 new, 0 changed" in capsys.readouterr().out


def empty_database_url(tmp_path):
    """A migrated database with no rows, for a process of its own: on PostgreSQL the test
    database itself (this test's rows are not committed, so that process sees none); on
    SQLite, whose test database is in memory, a new file migrated for it."""
    s = connection.settings_dict
    if connection.vendor == "postgresql":
        password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
        return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    env = {"DATABASE_URL": url, "PATH": "/usr/bin:/bin", "DEBUG": "1"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], env=env, check=True)
    return url


def test_the_real_command_prints_each_problem_plainly(tmp_path, settings):
    """Run as an administrator would, in a process of its own, against an empty database."""
    path = tmp_path / "targets.csv"
    path.write_text(HEADER + "2023/24,NOPE,99,96,,,\n")
    url = empty_database_url(tmp_path)
    env = {"DATABASE_URL": url, "PATH": "/usr/bin:/bin", "DEBUG": "1"}
    done = subprocess.run(
        [sys.executable, "manage.py", "import", "indicators.resources.TargetResource", str(path),
         "--no-input"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Line 2, ref: There is no indicator with the reference “NOPE”." in done.stderr


def test_each_import_step_is_named_in_the_title(client, sam, fn01):
    client.force_login(sam)
    page = client.get(reverse("admin:indicators_target_import")).content.decode()
    assert "<title>Import targets: choose a file | kpiportal</title>" in page
    good = upload(client, sam, "t.csv", (HEADER + "2023/24,FN01,98,96,,,\n").encode(), CSV_FORMAT)
    assert "<title>Import targets: check | kpiportal</title>" in good.content.decode()
    assert "<h1>Import targets: check</h1>" in good.content.decode()
    bad = upload(client, sam, "t.csv", (HEADER + "2023/24,FN01,90,95,,,\n").encode(), CSV_FORMAT)
    assert "<title>Error: Import targets: nothing saved | kpiportal</title>" in bad.content.decode()
    empty = upload(client, sam, "t.csv", b"", CSV_FORMAT)
    assert "<title>Error: Import targets: choose a file | kpiportal</title>" in (
        empty.content.decode()
    )


def confirm_data(page):
    import re

    text = page.content.decode()
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', text))
    return {k: fields[k] for k in ("import_file_name", "original_file_name", "format", "resource")}


def test_confirming_twice_imports_once_and_says_so(client, sam, fn01):
    content = (HEADER + "2023/24,FN01,98,96,,,Agreed in May\n").encode()
    data = confirm_data(upload(client, sam, "targets.csv", content, CSV_FORMAT))
    url = reverse("admin:indicators_target_process_import")
    assert client.post(url, data).status_code == 302
    again = client.post(url, data, follow=True)
    assert again.status_code == 200
    assert "That file has been imported already" in again.content.decode()
    assert Target.objects.get(indicator=fn01, year__start_year=2023).target == D(98)


def test_the_confirm_step_reads_only_the_file_the_portal_wrote_for_this_import(
    client, sam, fn01, tmp_path
):
    import tempfile

    with tempfile.NamedTemporaryFile(delete=False, suffix=".keep") as victim:
        victim.write(b"year,ref,target,floor,lower,upper,note\n")
    content = (HEADER + "2023/24,FN01,98,96,,,\n").encode()
    data = confirm_data(upload(client, sam, "targets.csv", content, CSV_FORMAT))
    url = reverse("admin:indicators_target_process_import")
    forged = client.post(url, data | {"import_file_name": victim.name}, follow=True)
    assert "This import has expired or was not started here" in forged.content.decode()
    from pathlib import Path

    assert Path(victim.name).exists()  # not read, not deleted
    Path(victim.name).unlink()


def test_a_lost_database_during_confirm_is_reported_as_a_failure(client, sam, fn01, monkeypatch):
    from django.db import OperationalError

    from indicators.admin import TargetAdmin

    content = (HEADER + "2023/24,FN01,98,96,,,\n").encode()
    data = confirm_data(upload(client, sam, "targets.csv", content, CSV_FORMAT))

    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(TargetAdmin, "process_dataset", lost)
    page = client.post(reverse("admin:indicators_target_process_import"), data, follow=True)
    text = page.content.decode()
    assert "Nothing was saved: the database could not be reached" in text
    assert "Import finished" not in text
    assert Target.objects.get(indicator=fn01, year__start_year=2023).target == D("97.5")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\xef\xbb\xbf" + HEADER.encode() + b"2024/25,FN01,99,96,,,\n", "Imported: 1 new"),
        ((HEADER + "2024/25,FN01,99,96,,,Cabinet – 18 May\n").encode("utf-16"), "Imported: 1"),
        ((HEADER + "2024/25,FN01,99,96,,,Café\n").encode("cp1252"), "Imported: 1 new"),
    ],
    ids=["utf-8 with a byte-order mark", "utf-16", "windows-1252"],
)
def test_the_command_line_reads_files_as_the_admin_does(fn01, tmp_path, capsys, content, says):
    path = tmp_path / "targets.csv"
    path.write_bytes(content)
    call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")
    assert says in capsys.readouterr().out
    assert Target.objects.get(indicator=fn01, year__start_year=2024).target == D(99)


def test_a_huge_sheet_is_refused_at_once_without_being_read(fn01, tmp_path, settings):
    """A 1.6 KB workbook with one cell at row 1,048,576 held a web worker for 30 s."""
    book = Workbook()
    sheet = book.active
    sheet.append(["year", "ref", "target", "floor", "lower", "upper", "note"])
    sheet.append(["2024/25", "FN01", 99, 96, None, None, None])
    sheet.cell(row=1_048_576, column=1, value="x")
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "targets.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(CommandError, match="more than 10,000 rows"):
        call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")


def test_blank_rows_count_against_the_limit_as_they_are_read(fn01, tmp_path, settings):
    settings.IMPORT_MAX_ROWS = 50
    rows = [["year", "ref", "target", "floor", "lower", "upper", "note"]]
    rows += [[None] * 7] * 200 + [["2024/25", "FN01", 99, 96, None, None, None]]
    path = tmp_path / "targets.xlsx"
    path.write_bytes(xlsx(rows))
    with pytest.raises(CommandError, match="more than 50 rows"):
        call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")


def test_a_column_named_twice_is_refused_naming_it(client, sam, fn01):
    content = b"year,ref,target,floor,lower,upper,note,ref\n2024/25,FN01,99,96,,,,FN02\n"
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT).content.decode()
    assert "The column “ref” appears more than once (columns B and H)" in page


def test_a_formula_with_no_saved_result_is_refused_naming_its_column(client, sam, fn01):
    book = Workbook()
    sheet = book.active
    sheet.append(["year", "ref", "target", "floor", "lower", "upper", "note"])
    sheet.append(["2024/25", "FN01", "=95+4", 96, None, None, None])
    out = io.BytesIO()
    book.save(out)  # openpyxl saves formulas without results, as a program that does not
    page = upload(client, sam, "targets.xlsx", out.getvalue(), XLSX_FORMAT).content.decode()
    assert "Line 2, target: a formula with no saved result (=95+4)" in page


def test_percent_cells_and_a_title_row_read_as_the_committee_sent_them(client, sam, fn01):
    book = Workbook()
    sheet = book.active
    sheet.append(["Targets agreed by the Policy and Resources Cabinet Committee, 18 May 2024"])
    sheet.append([])
    sheet.append(["year", "ref", "target", "floor", "lower", "upper", "note"])
    sheet.append(["2024/25", "FN01", 0.98, 0.955, None, None, None])
    for cell in (sheet["C4"], sheet["D4"]):
        cell.number_format = "0.0%"
    out = io.BytesIO()
    book.save(out)
    page = upload(client, sam, "targets.xlsx", out.getvalue(), XLSX_FORMAT)
    text = page.content.decode()
    assert "The header is on line 3 of the sheet" in text and "lines above it were skipped" in text
    assert "Did you mean" not in text and "has more decimal places" not in text
    client.post(reverse("admin:indicators_target_process_import"), confirm_data(page))
    target = Target.objects.get(indicator=fn01, year__start_year=2024)
    assert (target.target, target.floor) == (D(98), D("95.5"))


def test_empty_cells_show_blank_in_the_table_of_problems(client, sam, fn01):
    content = (HEADER + "2024/25,NOPE,99,96,,,\n").encode()
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT).content.decode()
    table = page[page.index("import-preview") :]
    assert "None" not in table[: table.index("</table>")]


def may_round(count, prefix):
    """A targets file as the May round brings it: next year's target for `count` indicators
    (new) and a revised target for this year (changed), on the same indicators."""
    indicators = [IndicatorFactory(ref=f"{prefix}{n:03d}") for n in range(count)]
    for indicator in indicators:
        TargetFactory(indicator=indicator, target=D(90), floor=D(80))
    lines = [f"2024/25,{i.ref},92,85,,,Agreed in May" for i in indicators]
    lines += [f"2023/24,{i.ref},91,80,,,Revised in May" for i in indicators]
    return (HEADER + "\n".join(lines) + "\n").encode()


def test_a_may_round_is_checked_and_saved_in_the_same_queries_whatever_its_length(client, sam):
    """Each row used to look for its target, its year and its indicator, check the model's
    constraints and save itself and its history: some ten queries a row, half a minute for
    5,000 indicators, each way (bench/imports.py)."""
    from django.test.utils import CaptureQueriesContext

    def queries(count, prefix):
        content = may_round(count, prefix)
        with CaptureQueriesContext(connection) as checked:
            page = upload(client, sam, "targets.csv", content, CSV_FORMAT)
        assert f"{count} new, {count} changed" in page.content.decode()
        url = reverse("admin:indicators_target_process_import")
        with CaptureQueriesContext(connection) as saved:
            assert client.post(url, confirm_data(page)).status_code == 302
        assert (
            Target.objects.filter(indicator__ref__startswith=prefix, note="Agreed in May").count()
            == count
        )
        return [
            len([q for q in step if "indicators_" in q["sql"]]) for step in (checked, saved)
        ]  # the catalogue's and targets' queries: signing in and the session are not counted

    FinancialYear.objects.get_or_create(start_year=2024)  # made once, by the first import
    assert queries(20, "MANY") == queries(2, "FEW")


def test_imported_targets_are_recorded_as_the_administrators_from_the_file(client, sam, fn01):
    content = (HEADER + "2023/24,FN01,98,96,,,Agreed in May\n2024/25,FN01,99,96,,,\n").encode()
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT)
    client.post(reverse("admin:indicators_target_process_import"), confirm_data(page))
    changed = Target.objects.get(indicator=fn01, year__start_year=2023)
    new = Target.objects.get(indicator=fn01, year__start_year=2024)
    for target, kind, value in ((changed, "~", D(98)), (new, "+", D(99))):
        record = target.history.first()
        assert (record.history_type, record.target, record.provisional) == (kind, value, False)
        assert record.history_user == sam
        assert record.history_change_reason == "Imported from targets.csv"
    assert changed.history.count() == 2  # made by the factory, then imported


def test_a_target_added_by_someone_else_while_a_file_is_saved_leaves_nothing_half_saved(
    fn01, tmp_path, monkeypatch
):
    """Between the file's targets being read and written, another administrator adds one
    the file also has: the database refuses it, and none of the file is saved."""
    from indicators.resources import TargetResource

    other = IndicatorFactory(ref="FN02")
    read = TargetResource.before_import

    def then_someone_adds_one(self, dataset, **kwargs):
        read(self, dataset, **kwargs)
        year, _ = FinancialYear.objects.get_or_create(start_year=2024)
        Target.objects.create(indicator=other, year=year, target=D(50))

    monkeypatch.setattr(TargetResource, "before_import", then_someone_adds_one)
    path = tmp_path / "targets.csv"
    path.write_text(HEADER + "2023/24,FN01,98,96,,,\n2024/25,FN02,60,,,,\n")
    with pytest.raises(CommandError):
        call_command("import", "indicators.resources.TargetResource", str(path), "--no-input")
    assert Target.objects.get(indicator=fn01).target == D("97.5")
    assert not Target.objects.filter(indicator=other).exists()


def test_a_year_exported_then_imported_with_one_change_saves_only_that_one(client, sam, fn01):
    """The May round as administrators do it: export the targets, correct one, import the
    file back. The rest are reported unchanged, and nothing is written for them."""
    from indicators.resources import TargetResource

    TargetFactory(indicator=IndicatorFactory(ref="FN02"), target=D(40), floor=D(35))
    exported = TargetResource().export().csv
    assert exported.count("\n") == 3  # the header and both targets
    content = exported.replace("FN01,97.5,", "FN01,98,")
    page = upload(client, sam, "targets.csv", content.encode(), CSV_FORMAT)
    text = page.content.decode()
    assert "0 new, 1 changed, 1 unchanged or blank" in text
    start = text.index("Preview: the 1 new and changed row")
    preview = text[start : text.index("</table>", start)]
    assert "The 1 unchanged or blank row is not listed." in preview
    assert "<del>97.5</del> → <ins>98</ins>" in preview and "FN02" not in preview
    client.post(reverse("admin:indicators_target_process_import"), confirm_data(page))
    assert Target.objects.get(indicator=fn01).target == D(98)
    assert Target.objects.get(indicator__ref="FN01").history.count() == 2  # made, then changed
    assert Target.objects.get(indicator__ref="FN02").history.count() == 1  # made only


def test_a_provisional_target_confirmed_at_the_same_figures_is_a_change(client, sam, fn01):
    """Carried over provisionally from last year, then agreed by the committee unchanged:
    the import confirms it, so it counts as changed and is no longer provisional."""
    Target.objects.filter(indicator=fn01).update(provisional=True)
    content = (HEADER + "2023/24,FN01,97.5,95,,,\n").encode()
    page = upload(client, sam, "targets.csv", content, CSV_FORMAT)
    assert "0 new, 1 changed, 0 unchanged or blank" in page.content.decode()
    client.post(reverse("admin:indicators_target_process_import"), confirm_data(page))
    assert Target.objects.get(indicator=fn01).provisional is False


def changed_catalogue(indicators, column, change):
    """The catalogue's export of `indicators`, as CSV bytes, with `change` made to every
    cell of `column` (a title changed: all changed; a reference: all new)."""
    import tablib

    from indicators.models import Indicator
    from indicators.resources import IndicatorResource

    exported = IndicatorResource().export(
        queryset=Indicator.objects.filter(pk__in=[i.pk for i in indicators]).order_by("ref")
    )
    at = exported.headers.index(column)
    rows = [
        [change(value) if n == at else value for n, value in enumerate(row)] for row in exported
    ]
    return tablib.Dataset(*rows, headers=exported.headers).csv.encode()


def exported_catalogue(indicators):
    return changed_catalogue(indicators, "ref", str)  # as exported: nothing changed


def retitled_catalogue(indicators):
    return changed_catalogue(indicators, "title", lambda title: f"{title} (revised)")


def new_catalogue(indicators, prefix="N"):
    return changed_catalogue(indicators, "ref", lambda ref: f"{prefix}{ref}")


def preview_catalogue(client, user, content):
    """The admin's check of a catalogue file (CSV bytes), signed in as `user`: its preview."""
    client.force_login(user)
    return client.post(
        reverse("admin:indicators_indicator_import"),
        {"import_file": SimpleUploadedFile("catalogue.csv", content), "format": CSV_FORMAT,
         "resource": "0"},
    )  # fmt: skip


def test_a_retitled_catalogue_is_saved_with_each_indicators_history_and_owners(client, sam):
    """Changed indicators whose owners stay are written together: each still gets its
    history record, the administrator's, from the file, with its owners as they were."""
    from indicators.models import Indicator

    alice, bob = UserFactory(username="alice"), UserFactory(username="bob")
    shared = IndicatorFactory(ref="FN01", title="Invoices paid", owners=[alice, bob])
    nobody = IndicatorFactory(ref="FN02", title="Debt recovered", owners=[])
    records_before = {i.pk: i.history.count() for i in (shared, nobody)}
    client.force_login(sam)
    page = client.post(
        reverse("admin:indicators_indicator_import"),
        {"import_file": SimpleUploadedFile("catalogue.csv", retitled_catalogue([shared, nobody])),
         "format": CSV_FORMAT, "resource": "0"},
    )  # fmt: skip
    assert "0 new, 2 changed, 0 unchanged or blank" in page.content.decode()
    assert client.post(
        reverse("admin:indicators_indicator_process_import"), confirm_data(page)
    ).status_code == 302  # fmt: skip
    for indicator, owners in ((shared, {alice.pk, bob.pk}), (nobody, set())):
        saved = Indicator.objects.get(pk=indicator.pk)
        assert saved.title == f"{indicator.title} (revised)"
        assert {user.pk for user in saved.owners.all()} == owners
        record = saved.history.first()
        assert (record.history_type, record.title) == ("~", saved.title)
        assert record.history_user == sam
        assert record.history_change_reason == "Imported from catalogue.csv"
        assert {then.user_id for then in record.owners.all()} == owners
        assert saved.history.count() == records_before[saved.pk] + 1


@pytest.mark.parametrize(
    ("make", "kind", "dry_run"),
    [(exported_catalogue, "skip", True), (retitled_catalogue, "update", False),
     (new_catalogue, "new", False)],
)  # fmt: skip
def test_a_catalogue_is_checked_and_saved_in_the_same_queries_however_long(db, make, kind, dry_run):
    """Checking an unchanged catalogue, each row looked for its indicator, its service area,
    its owners (three times) and the any-case reference rule: 24 s for 5,000. Saving,
    each changed or new indicator was saved on its own, with its owners and their
    history: 5,000 took 34 s retitled, 53 s new (bench/imports.py), near gunicorn's minute."""
    from indicators.formats import CSV
    from indicators.models import Directorate, ServiceArea
    from indicators.resources import IndicatorResource

    owner = UserFactory(username="alice")
    area = ServiceArea.objects.create(
        directorate=Directorate.objects.create(name="Finance"), name="Payments"
    )

    def queries(count, prefix):
        made = [
            IndicatorFactory(ref=f"{prefix}{n:03d}", service_area=area, owners=[owner])
            for n in range(count)
        ]
        file = CSV().create_dataset(make(made))
        with CaptureQueriesContext(connection) as done:
            result = IndicatorResource().import_data(
                file, dry_run=dry_run, file_name="catalogue.csv"
            )
        assert result.totals[kind] == count and not result.has_errors()
        return len([q for q in done if "SAVEPOINT" not in q["sql"]])

    assert queries(20, "MANY") == queries(2, "FEW")


def test_new_indicators_are_previewed_with_their_owners_then_saved_with_history(client, sam):
    """A council loading its catalogue: new indicators are written together after the last
    row, each with its owners and one history record, the administrator's, from the file,
    which names its owners."""
    from indicators.models import Indicator

    alice, bob = UserFactory(username="alice"), UserFactory(username="bob")
    template = IndicatorFactory(ref="FN01", title="Invoices paid", owners=[alice, bob])
    page = preview_catalogue(client, sam, new_catalogue([template]))
    text = page.content.decode()
    assert "1 new, 0 changed" in text
    assert "NFN01" in text and "alice" in text and "bob" in text  # its owners, previewed
    assert not Indicator.objects.filter(ref="NFN01").exists()  # only checked
    assert client.post(
        reverse("admin:indicators_indicator_process_import"), confirm_data(page)
    ).status_code == 302  # fmt: skip
    made = Indicator.objects.get(ref="NFN01")
    assert (made.title, {u.pk for u in made.owners.all()}) == ("Invoices paid", {alice.pk, bob.pk})
    (record,) = made.history.all()
    assert (record.history_type, record.history_user) == ("+", sam)
    assert record.history_change_reason == "Imported from catalogue.csv"
    assert {then.user_id for then in record.owners.all()} == {alice.pk, bob.pk}


def test_a_new_indicators_cells_are_previewed_as_text(client, sam):
    """A new row's cells are shown whole and as text: markup in a title is escaped, not
    run (its blank "before" is not read: a new row has nothing to strike through)."""
    template = IndicatorFactory(ref="FN01", title="Rent <b>arrears</b> & costs")
    page = preview_catalogue(client, sam, new_catalogue([template]))
    text = page.content.decode()
    preview = text[text.index("import-preview") :]
    assert "Rent &lt;b&gt;arrears&lt;/b&gt; &amp; costs" in preview
    assert "<b>arrears</b>" not in preview and "<del>" not in preview


def test_an_indicator_added_by_someone_else_while_a_catalogue_is_saved_leaves_nothing_saved(
    tmp_path, monkeypatch
):
    """Between the catalogue being read and the file written, someone adds an indicator
    the file also brings: the database refuses it, and none of the file is saved (neither
    the other new one, nor the retitled one, nor the one whose owners change, which was
    saved in its row before the refusal)."""
    from indicators.models import Indicator
    from indicators.resources import IndicatorResource

    alice, _ = UserFactory(username="alice"), UserFactory(username="bob")
    kept = IndicatorFactory(ref="FN01", title="Invoices paid")
    handed = IndicatorFactory(ref="FN03", title="Debt recovered", owners=[alice])
    read = IndicatorResource.before_import

    def then_someone_adds_one(self, dataset, **kwargs):
        read(self, dataset, **kwargs)
        IndicatorFactory(ref="NFN01", title="Added in the admin meanwhile")

    monkeypatch.setattr(IndicatorResource, "before_import", then_someone_adds_one)
    file = retitled_catalogue([kept]).decode() + new_catalogue([kept]).decode().split("\n", 1)[1]
    file += new_catalogue([kept], prefix="M").decode().split("\n", 1)[1]
    file += changed_catalogue([handed], "owners", lambda _: "bob").decode().split("\n", 1)[1]
    path = tmp_path / "catalogue.csv"
    path.write_text(file)
    with pytest.raises(CommandError):
        call_command("import", "indicators.resources.IndicatorResource", str(path), "--no-input")
    assert Indicator.objects.get(ref="FN01").title == "Invoices paid"
    assert not Indicator.objects.filter(ref="MFN01").exists()
    assert [owner.username for owner in Indicator.objects.get(ref="FN03").owners.all()] == ["alice"]
