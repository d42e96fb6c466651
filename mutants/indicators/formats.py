"""File formats for spreadsheet imports: one reader for the admin and the command line.

Real files are forgiven what they look like, and refused, quickly and in words, what
cannot be read for sure:

- CSV is read as bytes and decoded as UTF-8 (with or without a byte-order mark), UTF-16
  (which Excel's "Unicode text" writes), or else Windows-1252, what Excel on Windows saves.
- XLSX is read row by row (openpyxl's read-only mode), from the first sheet whose first
  rows have a `ref` column; a title row or two above the header is skipped, saying so.
  A cell formatted as a percentage (0.96 shown as 96%) is read as 96, as it is shown.
- Every row counts against IMPORT_MAX_ROWS as it is read, blank or not, so a sheet with
  a stray cell at row 1,048,576 is refused at once rather than read for half a minute.
- A column named twice, and a formula with no saved result (the file was written by a
  program that does not calculate), are refused naming the column.

Blank rows are kept (resources skip them), and rows above the header are padded back, so
that the row numbers in every message are the spreadsheet's own.
"""

from __future__ import annotations

import io
from collections import Counter
from decimal import Decimal
from typing import Any

import tablib
from django.conf import settings
from import_export.formats import base_formats
from openpyxl.utils import get_column_letter

HEADER_SEARCH_ROWS = 10  # a title or two above the header is fine; further down is not


class FileProblem(ValueError):
    """A file that cannot be read for sure, said plainly (str of it)."""


def decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def too_many_rows() -> FileProblem:
    limit = settings.IMPORT_MAX_ROWS
    return FileProblem(
        f"The file has more than {limit:,} rows (blank ones count too): the most one import "
        f"takes is {limit:,}. Split it, or delete the empty rows below your data."
    )


def _check_header(header: list[Any], where: str = "") -> None:
    names = [str(h).strip().lower() for h in header if h not in (None, "")]
    twice = [name for name, n in Counter(names).items() if n > 1]
    if twice:
        columns = [
            get_column_letter(i + 1)
            for i, h in enumerate(header)
            if h not in (None, "") and str(h).strip().lower() == twice[0]
        ]
        raise FileProblem(
            f"The column “{twice[0]}” appears more than once{where} (columns "
            f"{' and '.join(columns)}): keep one, so that it is clear which to read."
        )


class CSV(base_formats.CSV):
    def is_binary(self) -> bool:
        return True  # read bytes, so the encoding is ours to work out

    def get_read_mode(self) -> str:
        return "rb"

    def create_dataset(self, in_stream: Any) -> tablib.Dataset:
        text = decode(in_stream)
        if "\x00" in text:
            raise FileProblem("This is not a text file: save it as CSV, or upload the .xlsx.")
        if text.count("\n") > settings.IMPORT_MAX_ROWS + 1:
            raise too_many_rows()
        dataset = tablib.Dataset().load(text, format="csv")
        _check_header(list(dataset.headers or []))
        return dataset


def _cell(value: Any, number_format: str = "") -> Any:
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""  # blank, not "None", in any table of problems
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return Decimal(str(value)) * 100  # 0.96 shown as 96%: read as shown
    return value


class XLSX(base_formats.XLSX):
    def create_dataset(self, in_stream: Any) -> tablib.Dataset:
        import openpyxl

        data = bytes(in_stream)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        # The same file with its formulas: a formula with no saved result reads as blank
        # from the first, and is caught by comparing with this one.
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        found = next(
            ((sheet, line) for sheet in book.worksheets if (line := _header_line(sheet))),
            None,
        )
        sheet, line = found if found else (book.active, 1)
        limit = settings.IMPORT_MAX_ROWS + line
        if (sheet.max_row or 0) > limit:
            raise too_many_rows()  # the sheet says how far down it goes: no need to read it
        rows = zip(
            sheet.iter_rows(min_row=line),
            formulas[sheet.title].iter_rows(min_row=line),
            strict=False,
        )
        header_cells, _ = next(rows, ((), ()))
        header = [_cell(c.value) for c in header_cells]
        width = max((i + 1 for i, v in enumerate(header) if v != ""), default=0)
        where = f" in the sheet “{sheet.title}”"
        _check_header(header[:width], where)
        dataset = tablib.Dataset()
        dataset.headers = header[:width]
        dataset.title = sheet.title
        dataset.header_line = line
        for _ in range(line - 1):  # rows above the header: the file's row numbers stay true
            dataset.append([""] * width)
        for count, (cells, raw) in enumerate(rows, start=line + 1):
            if count > limit:
                raise too_many_rows()
            values = []
            for i in range(width):
                cell = cells[i] if i < len(cells) else None
                formula = raw[i].value if i < len(raw) else None
                value = getattr(cell, "value", None)
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    raise FileProblem(
                        f"Line {count}, {dataset.headers[i] or get_column_letter(i + 1)}: a "
                        f"formula with no saved result ({formula[:40]}). Open the file in "
                        "Excel, save it, and import it again; or paste the figures as values."
                    )
                values.append(_cell(value, getattr(cell, "number_format", "") or ""))
            dataset.append(values)
        return dataset


def _header_line(sheet: Any) -> int:
    """The line (1-based) of the first of the sheet's first rows with a `ref` column; 0 if
    there is none."""
    for line, row in enumerate(
        sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), start=1
    ):
        if any(isinstance(v, str) and v.strip().lower() == "ref" for v in row):
            return line
    return 0


FORMATS = [CSV, XLSX]
