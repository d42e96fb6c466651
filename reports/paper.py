"""The dashboard as the committee's paper: a tagged PDF typeset by Typst.

Everything the paper says is worked out here, with the same helpers as the web page
(figures as shown, RAG, travel, the trend charts and their words), and handed to the
Typst template (reports/typst/dashboard.typ) as data, never as markup: a title or a
commentary is printed as written, whatever characters it holds.

Typst lays out a 500-indicator council in a second or two where WeasyPrint took 15-30 s
(docs/performance.md). The PDF is tagged (PDF/UA-1: headings, tables with header cells,
each chart's figures in words as its alternative text) and titled.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils import timezone
from django.utils.dateformat import format as format_date

from indicators.rating import Rag

from .charts import of_row, trend_image
from .models import SnapshotRow
from .selectors import Dashboard, Table
from .templatetags.dashboard import direction_text, shown, ytd_cell

TEMPLATE = Path(__file__).resolve().parent / "typst" / "dashboard.typ"


def pdf(board: Dashboard) -> bytes:
    import typst

    data = json.dumps(paper_data(board), ensure_ascii=False)
    return typst.compile(str(TEMPLATE), sys_inputs={"data": data}, pdf_standards="ua-1")


def document_title(board: Dashboard) -> str:
    title = f"{board.title}: {board.snapshot.label}"
    if board.superseded_by:
        title += f" (version {board.snapshot.version}, superseded)"
    return title


def _when(value: Any, fmt: str) -> str:
    return format_date(timezone.localtime(value), fmt)


def paper_data(board: Dashboard) -> dict[str, Any]:
    """What the paper prints, as plain data."""
    s, c = board.snapshot, board.counts
    later = board.superseded_by
    superseded = ""
    if later:
        current = board.current
        superseded = (
            f"{s.label} was frozen again as version {current.version} on "
            f"{_when(current.frozen_at, 'j F Y')}; read that one for the committee's figures."
        )
    return {
        "title": document_title(board),
        "heading": board.title,
        "organisation": board.organisation,
        "financial_year": board.financial_year,
        "results_to": f"{s.month:%b %Y}",
        "month_name": f"{s.month:%B}",
        "corporate_director": board.corporate_director,
        "frozen": f"Frozen {_when(s.frozen_at, 'j F Y')}, version {s.version}",
        "superseded": superseded,
        "uses_tolerance": board.uses_tolerance,
        "uses_profiles": board.uses_profiles,
        "counts": {
            "kpis": c.kpis,
            "green": c.green,
            "amber": c.amber,
            "red": c.red,
            "unrated": c.unrated,
        },
        "direction": board.direction,
        "previous": board.previous.label if board.previous else "",
        "changes": [
            f"{'Up' if m.up else 'Down'}: {m.row.ref} {m.row.display_title}, "
            f"{m.before} → {m.row.latest_rag}"
            for m in board.changes
        ],
        "whole_council": not board.directorate,
        "summary": [
            {
                "name": group.name,
                "areas": [
                    {
                        "name": section.name,
                        "rows": [
                            [r.ref, r.display_title, r.latest_label or "–", r.latest_rag, r.ytd_rag]
                            for r in section.kpis
                        ],
                    }
                    for section in group.kpi_sections
                ],
            }
            for group in board.groups
            if group.kpi_sections
        ],  # fmt: skip
        "sections": [
            {
                "name": section.name,
                "sub": _section_line(board, section),
                "tables": [_table(table) for table in section.tables],
            }
            for section in board.sections
        ],
    }


def _section_line(board: Dashboard, section: Any) -> str:
    line = "" if board.directorate else f"{section.directorate} · "
    line += section.head_of_service
    if section.cabinet_member:
        line += f" · Cabinet member: {section.cabinet_member}"
    return line


def _kept(text: str) -> str:
    """A figure or a word of travel on one line, as the page keeps them (`49.2 days`)."""
    return text.replace(" ", "\u00a0")


def _cells(row: SnapshotRow) -> list[str | None]:
    """Each period's figure: None where the indicator has no such period, `*` where it
    was not available."""
    return [None if p is None else _kept(shown(p["value"], row)) for p in row.cells or []]


def _figure(value: Decimal | None, row: SnapshotRow) -> str:
    return "" if value is None else _kept(shown(value, row))


def _chart(row: SnapshotRow) -> dict[str, str] | None:
    found = trend_image(**of_row(row))
    return None if found is None else {"svg": found[0], "alt": found[1]}


def _table(table: Table) -> dict[str, Any]:
    return {
        "title": table.title,
        "kpi": table.is_kpi,
        "columns": [col.label for col in table.columns],
        "rag_heading": table.rag_heading,
        "has_na": table.has_na,
        "rows": [_kpi_row(r) if table.is_kpi else _activity_row(r) for r in table.rows],
    }


def _kpi_row(r: SnapshotRow) -> dict[str, Any]:
    labels = [word for word, on in (("provisional", r.provisional), ("profile", r.profiled)) if on]
    floor, band = _figure(r.floor, r), ""
    if r.floor is None and r.target is not None and r.amber_tolerance:
        band = f"{r.amber_tolerance.normalize():f}%"
    forecast_note = ""
    if r.owner_forecast is not None:
        forecast_note = "owner's forecast"
        if r.forecast is not None:
            forecast_note += f"; projected {_figure(r.forecast, r)}"
    commentary = None
    wanted = r.latest_rag in (Rag.RED, Rag.AMBER) and (
        r.commentary or r.actions or r.forecast_reason
    )
    if wanted:
        commentary = {
            "heading": (
                f"{r.latest_rag.title()} commentary"
                + (f" for {r.latest_label}" if r.current_missing else "")
                + ":"
            )
            if r.commentary
            else "",
            "text": r.commentary,
            "actions": r.action_lines if r.actions else [],
            "forecast": (
                f"Owner's forecast of {shown(r.owner_forecast, r)}: {r.forecast_reason}"
                if r.forecast_reason and r.owner_forecast is not None
                else ""
            ),
        }
    return {
        "ref": r.ref,
        "title": r.display_title,
        "notes": r.notes,
        "cells": _cells(r),
        "rag": r.latest_rag,
        "ytd": _kept(ytd_cell(r)),
        "ytd_rag": r.ytd_rag,
        "target": _figure(r.target, r),
        "target_labels": labels if r.target is not None else [],
        "floor": floor,
        "band": band,
        "previous_year": _figure(r.previous_year_value, r),
        "travel": _kept(direction_text(r.direction)),
        "forecast": _figure(r.year_end, r),
        "forecast_note": forecast_note if r.year_end is not None else "",
        "forecast_rag": r.year_end_rag,
        "outlook": r.outlook if r.year_end_rag else "",
        "chart": _chart(r),
        "commentary": commentary,
    }


def _activity_row(r: SnapshotRow) -> dict[str, Any]:
    expected = "none set"
    if r.lower is not None:
        expected = f"{shown(r.lower, r)} – {shown(r.upper, r)}"
    commentary = None
    if r.commentary:
        commentary = {
            "heading": f"For {r.latest_label}:" if r.current_missing else "",
            "text": r.commentary,
            "actions": [],
            "forecast": "",
        }
    return {
        "ref": r.ref,
        "title": r.display_title,
        "notes": r.notes,
        "cells": _cells(r),
        "ytd": _kept(ytd_cell(r)),
        "expected": expected,
        "alert": r.alert,
        "previous_year": _figure(r.previous_year_value, r),
        "chart": _chart(r),
        "commentary": commentary,
    }
