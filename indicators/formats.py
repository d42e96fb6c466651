"""File formats for spreadsheet imports that forgive what real files look like.

CSV is read as bytes and decoded as UTF-8 (with or without a byte-order mark), falling
back to Windows-1252, which is what Excel on Windows saves. XLSX reads the first sheet
whose header row has a `ref` column, so a workbook with a notes or cover sheet first
still imports. Blank rows are dropped from neither: resources skip them, so row numbers
stay those of the file.
"""

from __future__ import annotations

import io
from typing import Any

import tablib
from import_export.formats import base_formats


def decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


class CSV(base_formats.CSV):
    def is_binary(self) -> bool:
        return True  # read bytes, so the encoding is ours to work out

    def get_read_mode(self) -> str:
        return "rb"

    def create_dataset(self, in_stream: Any) -> tablib.Dataset:
        text = decode(in_stream)
        if "\x00" in text:
            raise ValueError("This is not a text file.")
        return tablib.Dataset().load(text, format="csv")

    def export_data(self, dataset: tablib.Dataset, **kwargs: Any) -> Any:
        return super().export_data(dataset, **kwargs)


def _cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class XLSX(base_formats.XLSX):
    def create_dataset(self, in_stream: Any) -> tablib.Dataset:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
        sheets = list(book.worksheets)
        chosen = next((s for s in sheets if _has_ref_header(s)), book.active)
        dataset = tablib.Dataset()
        rows = chosen.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return dataset
        width = max((i + 1 for i, v in enumerate(header) if v not in (None, "")), default=0)
        dataset.headers = [_cell(v) if v is not None else "" for v in header[:width]]
        for row in rows:
            values = list(row[:width]) + [None] * max(0, width - len(row))
            dataset.append([_cell(v) for v in values])
        dataset.title = chosen.title
        return dataset


def _has_ref_header(sheet: Any) -> bool:
    first = next(sheet.iter_rows(max_row=1, values_only=True), ())
    return any(isinstance(v, str) and v.strip().lower() == "ref" for v in first)


FORMATS = [CSV, XLSX]
