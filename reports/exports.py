"""A snapshot as XLSX (openpyxl), PDF (Typst: reports/paper.py) and CSV (django-import-export)."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from indicators.formatting import format_figure
from indicators.rating import Rag
from indicators.safe_text import neutralise

from .models import SnapshotRow
from .resources import SnapshotRowResource
from .selectors import AreaSection, Dashboard, Table

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILLS = {
    Rag.GREEN: ("00703C", "FFFFFF"),
    Rag.AMBER: ("FFBF47", "0B0C0C"),
    Rag.RED: ("D4351C", "FFFFFF"),
    Rag.NA: ("E9ECEF", "212529"),
}
BOLD = Font(bold=True)
THIN = Border(bottom=Side(style="thin", color="BBBBBB"))
WRAP = Alignment(wrap_text=True, vertical="top")


def download(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_text(rows: list[SnapshotRow]) -> str:
    """UTF-8 with a byte-order mark: without it, Excel on Windows garbles £ and –."""
    return "\ufeff" + SnapshotRowResource().export(rows).csv


def number_format(unit: str, decimals: int) -> str:
    places = "0" + ("." + "0" * decimals if decimals else "")
    grouped = "#,##" + places
    return {
        "percent": f'{places}"%"',
        "count": "#,##0",
        "seconds": f'{grouped}" s"',
        "days": f'{places}" days"',
    }.get(unit, grouped)  # money in £000s as the paper writes it: 14,969


def _sheet_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _put(ws: Any, row: int, col: int, value: Any, *, fmt: str | None = None, rag: str = "") -> Any:
    if isinstance(value, Decimal):
        value = float(value)  # openpyxl writes numbers; the format gives the places shown
    cell = ws.cell(row=row, column=col, value=neutralise(value))
    if fmt and isinstance(value, int | float):
        cell.number_format = fmt
    if rag in FILLS:
        background, text = FILLS[rag]
        cell.fill = PatternFill("solid", fgColor=background)
        cell.font = Font(bold=True, color=text)
        cell.alignment = Alignment(horizontal="center")
    return cell


def _header(ws: Any, row: int, titles: list[str]) -> None:
    for col, title in enumerate(titles, start=1):
        cell = ws.cell(row=row, column=col, value=neutralise(title))
        cell.font = BOLD
        cell.border = THIN
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")


def _text_row(ws: Any, row: int, text: str, *, font: Font | None = None) -> int:
    cell = ws.cell(row=row, column=1, value=neutralise(text))
    if font:
        cell.font = font
    return row + 1


GUIDANCE = [
    "GREEN: the target has been achieved. AMBER: the floor standard has been achieved, but "
    "the target has not. RED: the floor standard has not been achieved: management action "
    "must follow.",
    "A figure is rated as shown, rounded to its stated decimal places. * means the figure "
    "was not available at the time of reporting (the RAG is that of the latest figure that "
    "was); n/a means a year-to-date figure means nothing for that measure.",
    "Activity indicators have no RAG: the year to date (or latest) figure is compared with "
    "the expected range, Yes within it, else Above or Below.",
]


def xlsx(board: Dashboard) -> bytes:
    """The summary, then one sheet per service area, laid out as the paper: a table per
    kind and frequency, each figure under a heading naming its own period."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    taken = {"summary"}
    snap = board.snapshot
    row = _text_row(ws, 1, board.organisation)
    row = _text_row(ws, row, board.title, font=Font(bold=True, size=14))
    row = _text_row(
        ws, row, f"Financial Year {board.financial_year}. Results up to {snap.month:%b %Y}."
    )
    row = _text_row(ws, row, f"Frozen {snap.frozen_at:%d %B %Y %H:%M}, version {snap.version}")
    if board.superseded_by:
        row = _text_row(
            ws,
            row,
            f"Superseded: {snap.label} was frozen again as version {board.current.version}.",
            font=Font(bold=True, color="D4351C"),
        )
    row = _text_row(ws, row + 1, "Guidance notes", font=BOLD)
    for line in GUIDANCE:
        ws.cell(row=row, column=1, value=line).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 30
        row += 1
    c = board.counts
    row += 1
    _header(ws, row, ["KPIs", "Green", "Amber", "Red", "No rating", "Improved", "Worsened"])
    for col, value in enumerate(
        [c.kpis, c.green, c.amber, c.red, c.unrated, c.improved, c.worsened], start=1
    ):
        _put(ws, row + 1, col, value)
    row = _text_row(ws, row + 2, board.direction)
    row = _text_row(ws, row + 1, "Cover summary", font=BOLD)
    cover = board.cover.text
    ws.cell(row=row, column=1, value=neutralise(cover)).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    ws.row_dimensions[row].height = 15 * (cover.count("\n") + 3)
    row += 2
    _header(
        ws,
        row,
        ["Directorate", "Service area", "Ref", "Indicator", "Latest period", "Latest RAG",
         "YTD RAG"],
    )  # fmt: skip
    for section in board.sections:
        for r in section.kpis:
            row += 1
            _put(ws, row, 1, section.directorate)
            _put(ws, row, 2, section.name)
            _put(ws, row, 3, r.ref)
            _put(ws, row, 4, r.display_title)
            _put(ws, row, 5, r.latest_label)
            _put(ws, row, 6, r.latest_rag, rag=r.latest_rag)
            _put(ws, row, 7, r.ytd_rag, rag=r.ytd_rag)
    for col, width in zip("ABCDEFG", (30, 30, 10, 60, 14, 12, 12), strict=True):
        ws.column_dimensions[col].width = width
    for section in board.sections:
        _area_sheet(wb.create_sheet(_sheet_name(section.name, taken)), section)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _ytd(r: SnapshotRow) -> Any:
    return "n/a" if r.ytd_method == "none" else r.ytd_value


def _floor(r: SnapshotRow) -> Any:
    if r.floor is None and r.target is not None and r.amber_tolerance:
        return f"amber within {r.amber_tolerance.normalize():f}%"
    return r.floor


def _notes(r: SnapshotRow) -> str:
    if r.owner_forecast is None:
        return r.notes
    projected = "" if r.forecast is None else f" (projected {shown_figure(r.forecast, r)})"
    reason = f": {r.forecast_reason}" if r.forecast_reason else ""
    forecast = f"Owner's forecast {shown_figure(r.owner_forecast, r)}{projected}{reason}"
    return " ".join(t for t in (r.notes, forecast) if t)


def shown_figure(value: Any, r: SnapshotRow) -> str:
    return format_figure(value, r.unit, r.decimals)


def _commentary(r: SnapshotRow) -> str:
    if not r.commentary or (r.is_kpi and r.latest_rag not in (Rag.RED, Rag.AMBER)):
        return ""
    if r.current_missing:
        return f"For {r.latest_label}: {r.commentary}"
    return r.commentary


# The columns after the four periods: (heading, the row's value, how to write it); a
# heading of None is the table's own RAG heading (Month RAG, Qtr RAG, Year RAG).
KPI_COLUMNS = [
    (None, lambda r: r.latest_rag, "rag"),
    ("YTD", _ytd, "number"),
    ("YTD RAG", lambda r: r.ytd_rag, "rag"),
    ("Target", lambda r: r.target, "number"),
    ("Floor", _floor, "number"),
    ("Previous year", lambda r: r.previous_year_value, "number"),
    ("Direction", lambda r: r.direction, "text"),
    ("Forecast", lambda r: r.year_end, "number"),
    ("Forecast RAG", lambda r: r.year_end_rag, "rag"),
    ("Outlook", lambda r: r.outlook, "text"),
    ("Commentary", _commentary, "wrap"),
    ("Actions", lambda r: "\n".join(r.action_lines), "wrap"),
    ("Notes", _notes, "wrap"),
]
ACTIVITY_COLUMNS = [
    ("YTD", _ytd, "number"),
    ("Lower", lambda r: r.lower, "number"),
    ("Upper", lambda r: r.upper, "number"),
    ("In range?", lambda r: r.alert, "text"),
    ("Previous year YTD", lambda r: r.previous_year_value, "number"),
    ("Commentary", _commentary, "wrap"),
    ("Notes", lambda r: r.notes, "wrap"),
]


def _area_sheet(ws: Any, section: AreaSection) -> None:
    ws["A1"] = neutralise(section.name)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = neutralise(
        f"{section.directorate}. {section.head_of_service}. "
        f"Cabinet member: {section.cabinet_member}"
    )
    row = 4
    for table in section.tables:
        columns = KPI_COLUMNS if table.is_kpi else ACTIVITY_COLUMNS
        row = _table(ws, row, table, columns) + 2
    widths = [9, 50, 12, 12, 12, 12, 11, 11, 11, 11, 11, 12, 12, 11, 11, 11, 60, 50, 40]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "C6"


def _table(ws: Any, row: int, table: Table, columns: list) -> int:
    """A titled table: ref, indicator, its four periods by name, then `columns`. Its last row."""
    ws.cell(row=row, column=1, value=table.title).font = BOLD
    row += 1
    headings = [table.rag_heading if h is None else h for h, _, _ in columns]
    _header(ws, row, ["Ref", "Indicator", *(c.label for c in table.columns), *headings])
    first = len(table.columns) + 3
    for r in table.rows:
        row += 1
        fmt = number_format(r.unit, r.decimals)
        _put(ws, row, 1, r.ref)
        _put(ws, row, 2, r.display_title)
        for i, point in enumerate(r.cells or []):
            if point is not None:
                value = _value(point)
                _put(ws, row, 3 + i, "*" if value is None else value, fmt=fmt)
        for col, (_, value_of, how) in enumerate(columns, start=first):
            value = value_of(r)
            if how == "rag":
                _put(ws, row, col, value, rag=value)
            elif how == "number":
                _put(ws, row, col, value, fmt=fmt)
            elif value:
                _put(ws, row, col, value).alignment = WRAP if how == "wrap" else Alignment()
    row += 1
    note = "* not available at the time of reporting"
    if table.has_na:
        note += "; n/a: no year-to-date figure for this measure"
    ws.cell(row=row, column=1, value=note + ".").font = Font(italic=True, size=9)
    return row


def _value(point: dict[str, Any]) -> Decimal | None:
    return Decimal(point["value"]) if point.get("value") is not None else None


def pdf(board: Dashboard) -> bytes:
    """A4 landscape, the same content as the HTML dashboard, as a tagged PDF typeset by
    Typst (reports/paper.py)."""
    from .paper import pdf as typeset

    return typeset(board)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def cover_docx(board: Dashboard) -> bytes:
    """The cover summary as a Word document, to drop into the committee report template:
    plain paragraphs in the document's own styles, the reds as a bulleted list."""
    from docx import Document

    snap = board.snapshot
    document = Document()
    document.core_properties.title = f"{board.title}: cover summary, {snap.label}"
    document.core_properties.author = board.organisation
    document.add_heading(f"{board.title}: {snap.label}", level=1)
    document.add_paragraph(
        f"{board.organisation}. Financial Year {board.financial_year}; results up to the end "
        f"of {snap.month:%B %Y} (version {snap.version})."
    )
    for paragraph in board.cover.paragraphs:
        document.add_paragraph(paragraph)
    if board.cover.reds:
        document.add_paragraph(board.cover.reds_heading)
        for red in board.cover.reds:
            document.add_paragraph(red, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
