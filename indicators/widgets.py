"""Import-export widgets that refuse bad cells with a plain message (a ValueError).

django-import-export turns a ValueError raised while a cell is read into a validation
error on that column, which the admin preview and the command line list by row.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from import_export import widgets

from . import periods
from .models import Directorate, FinancialYear, Indicator, ServiceArea
from .numbers import parse_figure


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


class FigureWidget(widgets.Widget):
    """A number cell: plain decimals out, and text in a number cell refused in words."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Decimal | None:
        if isinstance(value, bool):
            raise ValueError(f"“{value}” is not a number.")
        if isinstance(value, int | float | Decimal):
            number = Decimal(str(value))
            if not number.is_finite():
                raise ValueError(f"“{value}” is not a number.")
            return number
        return parse_figure(_text(value))  # NotAFigure is a ValueError, in words

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> Any:
        if value is None:
            return ""
        number = Decimal(value).normalize()
        text = format(number, "f")
        return text if not kwargs.get("force_native_type") else number


class MonthWidget(widgets.Widget):
    """A month written 2023-10 (a date cell from Excel is fine); blank is no month."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> date | None:
        return parse_month_cell(value)

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return periods.month_key(value) if value else ""


def parse_month_cell(value: Any) -> date | None:
    """A spreadsheet's month cell: 2023-10, 2023-10-01 or a date; None if blank."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return date(value.year, value.month, 1)
    text = _text(value)
    if not text:
        return None
    return periods.parse_month(text[:7] if len(text) == 10 and text[7] == "-" else text)


class ChoiceWidget(widgets.Widget):
    """A code from a fixed list (kpi, activity...), case and spaces forgiven."""

    def __init__(self, choices: list[str], what: str) -> None:
        super().__init__()
        self.choices = choices
        self.what = what

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> str:
        text = _text(value).lower().replace(" ", "_")
        if text not in self.choices:
            shown = _text(value) or "(empty)"
            raise ValueError(f"“{shown}” is not a {self.what}: use {', '.join(self.choices)}.")
        return text


class YearWidget(widgets.Widget):
    """A financial year written 2023/24; the year is made if it does not exist yet.

    Each year is found (or made) once per import, not once a row: `forget()` starts afresh,
    as every import must (a checked file's new year went with the check's rollback)."""

    def __init__(self) -> None:
        super().__init__()
        self._known: dict[int, FinancialYear] = {}

    def forget(self) -> None:
        self._known = {}

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> FinancialYear:
        start = periods.parse_year_label(_text(value))
        if start not in self._known:
            self._known[start], _ = FinancialYear.objects.get_or_create(start_year=start)
        return self._known[start]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return value.label if value else ""


class IndicatorRefWidget(widgets.Widget):
    """An indicator reference, found whatever its case; refs are looked up once per import."""

    def __init__(self) -> None:
        super().__init__()
        self._by_ref: dict[str, Indicator] | None = None

    def lookup(self, value: Any) -> Indicator | None:
        if self._by_ref is None:
            self._by_ref = {i.ref.upper(): i for i in Indicator.objects.all()}
        return self._by_ref.get(_text(value).upper())

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Indicator:
        if not _text(value):
            raise ValueError("The reference is missing.")
        indicator = self.lookup(value)
        if indicator is None:
            raise ValueError(f"There is no indicator with the reference “{_text(value)}”.")
        return indicator

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return value.ref if value else ""


class ServiceAreaWidget(widgets.Widget):
    """The service area named in the row, under the row's directorate; both made if missing.

    Each is found (or made) once per import; `forget()` starts afresh, as every import
    must (what a checked file made went with the check's rollback)."""

    def __init__(self) -> None:
        super().__init__()
        self._known: dict[tuple[str, str], ServiceArea] = {}

    def forget(self) -> None:
        self._known = {}

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> ServiceArea:
        name = _text(value)
        directorate_name = _text((row or {}).get("directorate"))
        if not name:
            raise ValueError("The service area is missing.")
        if not directorate_name:
            raise ValueError("The directorate is missing.")
        key = (directorate_name, name)
        if key not in self._known:
            directorate, _ = Directorate.objects.get_or_create(name=directorate_name)
            self._known[key], _ = ServiceArea.objects.get_or_create(
                directorate=directorate, name=name
            )
        return self._known[key]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return value.name if value else ""


class UsernamesWidget(widgets.ManyToManyWidget):
    """Owners as usernames separated by `;`; an unknown username is an error, not dropped."""

    def __init__(self) -> None:
        super().__init__(get_user_model(), separator=";", field="username")
        self._by_name: dict[str, Any] | None = None

    def forget(self) -> None:
        self._by_name = None

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        names = [n.strip() for n in _text(value).split(";") if n.strip()]
        if self._by_name is None:  # everyone, read once per import: a file names most
            self._by_name = {u.username: u for u in self.model.objects.all()}
        unknown = sorted({n for n in names if n not in self._by_name})
        if unknown:
            raise ValueError(f"No such user: {', '.join(unknown)}.")
        return [self._by_name[n] for n in dict.fromkeys(names)]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        if value is None:
            return ""
        return ";".join(sorted(u.username for u in value.all()))
