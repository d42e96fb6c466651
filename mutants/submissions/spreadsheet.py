"""My returns as a spreadsheet: written for an owner to fill in offline, and read back.

The workbook has a row per return, its context (target, floor, last figures, state)
locked, and white cells for what the page's form asks. Reading it back turns each row
into what the page would have posted for that card, so the upload is checked by the same
form, with the same messages, and saved or submitted by the same service: there is no
second path around the rules.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from indicators.formats import XLSX, FileProblem
from indicators.formatting import format_figure
from indicators.safe_text import FORMULA_STARTS, neutralise

from .forms import ReturnForm
from .models import AWAITING_OWNER, Return, ReturnPeriod
from .selectors import ReturnRow

EDITABLE = AWAITING_OWNER
YES = {"y", "yes", "true", "x", "1", "✓"}


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    field: str = ""  # the form field it fills; "" for context, locked
    yes_no: bool = False


COLUMNS = [
    Column("ref", 8),
    Column("Indicator", 36),
    Column("Unit", 12),
    Column("Target", 10),
    Column("Floor", 10),
    Column("Last figures", 28),
    Column("State", 16),
    Column("Reviewer's reason", 30),
    Column("Figure", 10, "value"),
    Column("Numerator", 11, "numerator"),
    Column("Denominator", 12, "denominator"),
    Column("Not available", 11, "not_available", yes_no=True),
    Column("Why not available", 24, "not_available_reason"),
    Column("Commentary", 50, "commentary"),
    Column("Outlier checked", 10, "outlier_confirmed", yes_no=True),
    Column("Answer to the reviewer", 30, "reply"),
    Column("return id", 9),
    Column("version", 8),
]
HEADERS = [c.header for c in COLUMNS]
WHITE = PatternFill("solid", fgColor="FFFFFF")
GREY = PatternFill("solid", fgColor="E7E9EC")


def workbook(rows: list[ReturnRow], period: ReturnPeriod, who: str) -> bytes:
    """The owner's returns for `period` as an XLSX: context locked, their cells open."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Returns"
    sheet.append(
        [f"My returns: {period.label}, for {who}. Fill in the white cells, then upload this "
         f"file on the My returns page. Deadline {period.deadline:%-d %B %Y}."]
    )  # fmt: skip
    sheet["A1"].font = Font(bold=True)
    sheet.append(HEADERS)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    yes_no = DataValidation(type="list", formula1='"Yes"', allow_blank=True)
    sheet.add_data_validation(yes_no)
    for row in rows:
        sheet.append([neutralise(v) for v in _values(row)])
        line = sheet.max_row
        open_fields = _fields_of(row) if row.ret.status in EDITABLE else set()
        for index, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(line, index)
            editable = column.field in open_fields
            cell.protection = Protection(locked=not editable)
            cell.fill = WHITE if editable else GREY
            cell.alignment = Alignment(vertical="top", wrap_text=column.width > 20)
            if editable and column.yes_no:
                yes_no.add(cell)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for header in ("return id", "version"):  # the portal's own keys: kept, out of the way
        sheet.column_dimensions[get_column_letter(HEADERS.index(header) + 1)].hidden = True
    sheet.freeze_panes = "C3"
    sheet.protection.sheet = True  # the context cannot be typed over by mistake
    sheet.protection.formatColumns = False  # but columns can be widened
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fields_of(row: ReturnRow) -> set[str]:
    fraction = row.indicator.takes_fraction
    names = {"not_available", "not_available_reason", "commentary", "outlier_confirmed"}
    names |= {"numerator", "denominator"} if fraction else {"value"}
    if row.ret.status == Return.Status.RETURNED:
        names.add("reply")
    return names


def _number(value: Decimal | None) -> Any:
    return None if value is None else float(value) if value % 1 else int(value)


def _values(row: ReturnRow) -> list[Any]:
    ret, indicator, target = row.ret, row.indicator, row.target

    def shown(value: Decimal | None) -> str:
        return format_figure(value, indicator.unit, indicator.decimals, missing="")

    recent = ", ".join(f"{label}: {shown(value) or '*'}" for label, value in row.recent)
    return [
        indicator.ref,
        indicator.title,
        indicator.get_unit_display(),
        shown(target.target) if target and indicator.is_kpi else "",
        shown(target.floor) if target and indicator.is_kpi else "",
        recent,
        ret.get_status_display(),
        ret.reason if ret.status == Return.Status.RETURNED else "",
        _number(ret.value) if not indicator.takes_fraction else None,
        _number(ret.numerator),
        _number(ret.denominator),
        "Yes" if ret.not_available else "",
        ret.not_available_reason,
        ret.commentary,
        "Yes" if ret.outlier_confirmed else "",
        ret.owner_reply,
        ret.pk,
        ret.version,
    ]


@dataclass
class Upload:
    """What a file asks, as the page would have posted it, or the problems reading it."""

    data: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)  # the rows read, in the file's order


def read(content: bytes, rows: list[ReturnRow], period: ReturnPeriod) -> Upload:
    """The owner's filled-in workbook, as form data for the returns they may change."""
    upload = Upload()
    if len(content) > settings.IMPORT_MAX_BYTES:
        upload.problems.append(
            f"The file is larger than {settings.IMPORT_MAX_BYTES // (1024 * 1024)} MB: "
            "upload the spreadsheet downloaded from this page."
        )
        return upload
    try:
        dataset = XLSX().create_dataset(content)
    except FileProblem as problem:
        upload.problems.append(str(problem))
        return upload
    except Exception:  # not a workbook at all (zip errors, XML errors, ...)
        upload.problems.append(
            "This file could not be read as an Excel workbook (.xlsx): upload the spreadsheet "
            "downloaded from this page, saved as .xlsx."
        )
        return upload
    headers = [str(h).strip() for h in dataset.headers or []]
    missing = [h for h in ("ref", "return id", "version") if h not in headers]
    if missing:
        upload.problems.append(
            f"The file has no {', '.join(missing)} column: upload the spreadsheet downloaded "
            "from this page (its columns must stay as they are)."
        )
        return upload
    mine = {row.ret.pk: row for row in rows}
    # Rows above the header are padded back in, so counting from 2 gives the file's lines.
    for line, values in enumerate(dataset, start=2):
        cells = dict(zip(headers, values, strict=False))
        if all(_text(v) == "" for v in values):
            continue
        ref, pk = _text(cells.get("ref")), _text(cells.get("return id"))
        row = mine.get(int(pk)) if pk.isdigit() else None
        if row is None or row.indicator.ref != ref:
            upload.problems.append(
                f"Line {line}: {ref or 'a row'} is not one of your returns for {period.label}. "
                "Download the spreadsheet again and copy your figures into it."
            )
            continue
        if row.ret.status not in EDITABLE:
            continue  # submitted or approved: its row is there to read, not to change
        upload.refs.append(ref)
        upload.data |= _posted(row, cells)
    if not upload.refs and not upload.problems:
        upload.problems.append(f"The file has none of your returns for {period.label} to change.")
    return upload


def _posted(row: ReturnRow, cells: dict[str, Any]) -> dict[str, str]:
    """What the page would post for this card: every field as the form shows it, with the
    spreadsheet's cells in the columns it fills."""
    form = ReturnForm(row=row, prefix=f"r{row.ret.pk}", initial=ReturnForm.initial_for(row))
    data: dict[str, str] = {}
    for name in form.fields:
        bound = form[name]
        value = bound.value()
        if isinstance(bound.field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif value is not None:
            data[bound.html_name] = str(bound.field.widget.format_value(value) or "")
    for column in COLUMNS:
        if not column.field or column.field not in form.fields:
            continue
        key = f"r{row.ret.pk}-{column.field}"
        value = cells.get(column.header, "")
        if column.yes_no:
            data.pop(key, None)
            if _text(value).lower() in YES:
                data[key] = "on"
        else:
            data[key] = _text(value)
    data[f"r{row.ret.pk}-version"] = _text(cells.get("version"))
    return data


def _text(value: Any) -> str:
    """A cell as the text an owner would have typed in the form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else ""
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    text = str(value).strip()
    if text.startswith("'") and text[1:2] and text[1:2] in FORMULA_STARTS:
        text = text[1:]  # the apostrophe the portal put before text that looked like a formula
    return text
