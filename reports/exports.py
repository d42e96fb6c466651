"""A snapshot as XLSX (openpyxl), PDF (WeasyPrint) and CSV (django-import-export)."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from indicators.periods import period_label

from .models import SnapshotRow
from .resources import SnapshotRowResource, neutralise
from .selectors import Dashboard

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILLS = {
    "GREEN": ("00703C", "FFFFFF"),
    "AMBER": ("FFBF47", "0B0C0C"),
    "RED": ("D4351C", "FFFFFF"),
    "N/A": ("E9ECEF", "212529"),
}
BOLD = Font(bold=True)
THIN = Border(bottom=Side(style="thin", color="BBBBBB"))
WRAP = Alignment(wrap_text=True, vertical="top")


def download(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_text(rows: list[SnapshotRow]) -> str:
    return SnapshotRowResource().export(rows).csv


def number_format(unit: str, decimals: int) -> str:
    places = "0" + ("." + "0" * decimals if decimals else "")
    grouped = "#,##" + places
    return {
        "percent": f'{places}"%"',
        "count": "#,##0",
        "gbp_thousands": f'"£"{grouped}"k"',
        "seconds": f'{grouped}" s"',
        "days": f'{places}" days"',
    }.get(unit, grouped)


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
        cell = ws.cell(row=row, column=col, value=title)
        cell.font = BOLD
        cell.border = THIN
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")


def _value(point: dict[str, Any]) -> Decimal | None:
    return Decimal(point["value"]) if point.get("value") is not None else None


def xlsx(board: Dashboard) -> bytes:
    """The summary, then one sheet per service area; RAG cells filled, numbers as numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    taken = {"summary"}
    snap = board.snapshot
    ws["A1"] = f"Performance dashboard: {board.scope}, {snap.label}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Frozen {snap.frozen_at:%d %B %Y %H:%M}, version {snap.version}"
    c = board.counts
    _header(ws, 4, ["KPIs", "Green", "Amber", "Red", "No rating", "Improved", "Worsened"])
    for col, value in enumerate(
        [c.kpis, c.green, c.amber, c.red, c.unrated, c.improved, c.worsened], start=1
    ):
        _put(ws, 5, col, value)
    ws["A7"] = "Cover summary"
    ws["A7"].font = BOLD
    ws["A8"] = neutralise(board.cover)
    ws["A8"].alignment = WRAP
    ws.merge_cells("A8:G8")
    ws.row_dimensions[8].height = 15 * (board.cover.count("\n") + 3)
    row = 10
    _header(ws, row, ["Ref", "Indicator", "Service area", "Latest", "Latest RAG", "YTD", "YTD RAG"])
    for section in board.sections:
        for r in section.kpis:
            row += 1
            fmt = number_format(r.unit, r.decimals)
            _put(ws, row, 1, r.ref)
            _put(ws, row, 2, r.title)
            _put(ws, row, 3, r.service_area)
            _put(ws, row, 4, r.latest_value, fmt=fmt)
            _put(ws, row, 5, r.latest_rag, rag=r.latest_rag)
            _put(ws, row, 6, r.ytd_value, fmt=fmt)
            _put(ws, row, 7, r.ytd_rag, rag=r.ytd_rag)
    for col, width in zip("ABCDEFG", (10, 60, 30, 12, 12, 12, 12), strict=True):
        ws.column_dimensions[col].width = width
    for section in board.sections:
        _area_sheet(wb.create_sheet(_sheet_name(section.name, taken)), section, board)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# The columns after the last four periods: (heading, the row's value, how to write it).
KPI_COLUMNS = [
    ("Month RAG", lambda r: r.latest_rag, "rag"),
    ("YTD", lambda r: r.ytd_value, "number"),
    ("YTD RAG", lambda r: r.ytd_rag, "rag"),
    ("Target", lambda r: r.target, "number"),
    ("Floor", lambda r: r.floor, "number"),
    ("Previous year", lambda r: r.previous_year_value, "number"),
    ("Direction", lambda r: r.direction, "text"),
]
ACTIVITY_COLUMNS = [
    ("Alert", lambda r: r.alert, "text"),
    ("YTD", lambda r: r.ytd_value, "number"),
    ("Lower", lambda r: r.lower, "number"),
    ("Upper", lambda r: r.upper, "number"),
    ("Previous year YTD", lambda r: r.previous_year_value, "number"),
    ("", lambda r: None, "text"),  # blank, so the last columns line up with the KPIs'
    ("", lambda r: None, "text"),
]
LAST_COLUMNS = [
    ("Periods", lambda r: _labels(r), "text"),
    ("Commentary", lambda r: r.commentary, "wrap"),
    ("Notes", lambda r: r.notes, "wrap"),
]


def _area_sheet(ws: Any, section: Any, board: Dashboard) -> None:
    ws["A1"] = section.name
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        f"{section.directorate}. {section.head_of_service}. "
        f"Cabinet member: {section.cabinet_member}"
    )
    months = [period_label(m) for m in _last_months(board)]
    row = 4
    for title, rows, columns in (
        ("Key performance indicators", section.kpis, KPI_COLUMNS),
        ("Activity indicators", section.activities, ACTIVITY_COLUMNS),
    ):
        if rows:
            row = _table(ws, row, title, months, rows, columns + LAST_COLUMNS) + 2
    widths = [9, 50, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 24, 60, 40]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "C6" if section.kpis else "C4"


def _table(ws: Any, row: int, title: str, months: list[str], rows: list, columns: list) -> int:
    """A titled table: ref, indicator, the last four periods, then `columns`. Its last row."""
    ws.cell(row=row, column=1, value=title).font = BOLD
    row += 1
    _header(ws, row, ["Ref", "Indicator", *months, *(heading for heading, _, _ in columns)])
    for r in rows:
        row += 1
        fmt = number_format(r.unit, r.decimals)
        _put(ws, row, 1, r.ref)
        _put(ws, row, 2, r.title)
        _recent(ws, row, 3, r, fmt)
        for col, (_, value_of, how) in enumerate(columns, start=7):
            value = value_of(r)
            if how == "rag":
                _put(ws, row, col, value, rag=value)
            elif how == "number":
                _put(ws, row, col, value, fmt=fmt)
            elif value is not None:
                _put(ws, row, col, value).alignment = WRAP if how == "wrap" else Alignment()
    return row


def _last_months(board: Dashboard) -> list[Any]:
    from indicators.periods import add_months

    return [add_months(board.snapshot.month, -i) for i in range(3, -1, -1)]


def _recent(ws: Any, row: int, col: int, r: SnapshotRow, fmt: str) -> None:
    """The last four periods, right-aligned under the four month headings."""
    points = r.recent[-4:]
    offset = 4 - len(points)
    for i, point in enumerate(points):
        value = _value(point)
        _put(ws, row, col + offset + i, value if value is not None else "*", fmt=fmt)


def _labels(r: SnapshotRow) -> str:
    """For quarterly and annual indicators, which periods the four figures are."""
    return "" if r.frequency == "monthly" else ", ".join(p["label"] for p in r.recent)


def pdf(board: Dashboard) -> bytes:
    """A4 landscape, the same content as the HTML dashboard."""
    from weasyprint import HTML

    css = (Path(settings.BASE_DIR) / "static" / "css" / "print.css").read_text()
    html = render_to_string("reports/dashboard_pdf.html", {"board": board, "css": css})
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
