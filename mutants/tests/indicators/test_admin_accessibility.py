"""The project's own admin pages, for a screen reader (WCAG 1.3.1, 4.1.2) and a finger
(2.5.8). The browser sweep runs axe on them; these check what axe cannot see."""

import re
from decimal import Decimal as D

import pytest

from tests.factories import FinancialYearFactory, IndicatorFactory, TargetFactory

pytestmark = pytest.mark.django_db


def test_every_input_of_the_targets_inline_is_named_with_its_column_and_year(client, sam):
    indicator = IndicatorFactory(ref="CS01")
    TargetFactory(indicator=indicator, year=FinancialYearFactory(start_year=2023), target=D(95))
    TargetFactory(indicator=indicator, year=FinancialYearFactory(start_year=2024), target=D(96))
    client.force_login(sam)
    page = client.get(f"/admin/indicators/indicator/{indicator.pk}/change/").content.decode()
    row = re.compile(r'<(input|select)[^>]*name="targets-(\d+)-(\w+)"[^>]*>')
    named = {}
    for tag in (m.group(0) for m in row.finditer(page)):
        if 'type="hidden"' in tag:
            continue
        label = re.search(r'aria-label="([^"]*)"', tag)
        assert label, f"no name: {tag}"
        named[re.search(r'name="([^"]*)"', tag).group(1)] = label.group(1)
    for column in ("Year", "Target", "Floor standard", "Note"):
        assert {named[f"targets-{i}-{column.split()[0].lower()}"] for i in (0, 1)} == {
            f"{column}, 2023/24",
            f"{column}, 2024/25",
        }
    assert "Delete the targets for 2023/24" in named.values()
    assert (
        len(named) >= 2 * 9
    )  # year, target, floor, lower, upper, note, revised, provisional, delete


def test_the_admin_loads_the_portal_accessibility_fixes(client, sam):
    client.force_login(sam)
    page = client.get("/admin/indicators/indicator/").content.decode()
    assert "/static/css/admin.css" in page and "/static/js/admin_a11y.js" in page
