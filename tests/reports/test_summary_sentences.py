"""The cover report's direction of travel, sentence by sentence (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from indicators.rating import Rag, rag_movement
from reports.summary import Counts, direction_sentence

OCTOBER = date(2026, 10, 1)
NONE = Counts(kpis=0, green=0, amber=0, red=0, unrated=0, improved=0, worsened=0,
              unchanged=0, not_compared=0, quarterly=0, annual=0, not_available=0)  # fmt: skip


def said(**counts: int) -> str:
    return direction_sentence(replace(NONE, **counts), OCTOBER)


@pytest.mark.parametrize(
    ("improved", "worsened", "net"),
    [(3, 2, "positive"), (2, 3, "negative"), (2, 2, "neutral"), (0, 0, "neutral")],
)
def test_the_net_direction_is_positive_only_when_more_improved(improved, worsened, net):
    assert replace(NONE, improved=improved, worsened=worsened).net_direction == net


def test_the_direction_sentence_counts_what_moved_and_what_did_not():
    assert said(improved=1, worsened=2, unchanged=1) == (
        "Net direction of travel for October was negative, with 1 KPI improving in the "
        "month and 2 showing lower results; 1 was unchanged."
    )
    assert said(improved=2, worsened=0, unchanged=3, not_compared=1) == (
        "Net direction of travel for October was positive, with 2 KPIs improving in the "
        "month and 0 showing lower results; 3 were unchanged. 1 had no earlier figure to "
        "compare with."
    )
    assert (
        said(not_compared=2)
        == "No KPI's figure for October could be compared with the period before."
    )


@pytest.mark.parametrize(
    ("why", "counts"),
    [
        ("it is reported quarterly", {"quarterly": 1}),
        ("it is reported annually", {"annual": 1}),
        ("it was not available at the time of reporting", {"not_available": 1}),
    ],
)
def test_one_kpi_without_a_figure_is_explained(why, counts):
    assert said(improved=1, **counts).endswith(
        f"lower results. The other KPI had no figure for October: {why}."
    )


def test_several_kpis_without_a_figure_are_explained_by_reason():
    many = said(improved=1, quarterly=2, annual=1, not_available=1)
    assert many.endswith(
        "The other 4 KPIs had no figure for October: 2 are reported quarterly, 1 is reported "
        "annually and 1 was not available at the time of reporting."
    )
    one_reason = said(improved=1, quarterly=1, not_available=2)
    assert one_reason.endswith(
        "The other 3 KPIs had no figure for October: 1 is reported quarterly and 2 were not "
        "available at the time of reporting."
    )
    assert said(improved=1, annual=3).endswith(
        "The other 3 KPIs had no figure for October: 3 are reported annually."
    )


def test_a_rag_moves_by_one_step_or_two_and_only_between_ratings():
    assert rag_movement(Rag.AMBER, Rag.RED) == rag_movement(Rag.GREEN, Rag.RED) == 1
    assert rag_movement(Rag.RED, Rag.AMBER) == rag_movement(Rag.RED, Rag.GREEN) == -1
    assert rag_movement(Rag.GREEN, Rag.GREEN) == 0
    assert rag_movement(Rag.GREEN, None) == rag_movement(None, Rag.RED) == 0


def test_only_red_and_amber_kpis_without_commentary_are_chased():
    from types import SimpleNamespace

    from reports.summary import missing_commentary

    def row(ref: str, kind: str, rag: str, commentary: str = "") -> SimpleNamespace:
        return SimpleNamespace(ref=ref, is_kpi=kind == "kpi", latest_rag=rag, commentary=commentary)

    rows = [
        row("R1", "kpi", Rag.RED),
        row("A1", "kpi", Rag.AMBER, "  "),
        row("R2", "kpi", Rag.RED, "Recovering"),
        row("G1", "kpi", Rag.GREEN),
        row("X1", "activity", ""),
    ]
    assert [r.ref for r in missing_commentary(rows)] == ["R1", "A1"]


def test_the_forecast_sentence_counts_the_kpis_forecast_to_miss():
    from reports.summary import forecast_sentence

    assert forecast_sentence(NONE) == ""
    assert forecast_sentence(replace(NONE, forecast_to_miss=1)) == (
        " 1 KPI is forecast to miss its target by the end of the year."
    )
    assert forecast_sentence(replace(NONE, forecast_to_miss=3)) == (
        " 3 KPIs are forecast to miss their target by the end of the year."
    )


def test_rag_changes_list_kpis_that_moved_downs_first_then_by_reference():
    from types import SimpleNamespace

    from reports.summary import rag_changes

    def row(pk: int, ref: str, rag: str, kind: str = "kpi") -> SimpleNamespace:
        return SimpleNamespace(indicator_id=pk, ref=ref, latest_rag=rag, is_kpi=kind == "kpi")

    rows = [
        row(1, "B2", Rag.GREEN),  # up from amber
        row(2, "A9", Rag.RED),  # down from green
        row(3, "A1", Rag.GREEN),  # up from red
        row(4, "C1", Rag.AMBER),  # unchanged
        row(5, "D1", ""),  # no rating now
        row(6, "E1", Rag.RED),  # no rating before
        row(7, "F1", Rag.RED, "activity"),
        row(8, "G1", Rag.RED),  # not in the previous snapshot
    ]
    previous = {1: Rag.AMBER, 2: Rag.GREEN, 3: Rag.RED, 4: Rag.AMBER, 5: Rag.RED, 6: "",
                7: Rag.GREEN}  # fmt: skip
    moved = rag_changes(rows, previous)
    assert [(m.row.ref, m.before, m.up) for m in moved] == [
        ("A9", Rag.GREEN, False),
        ("A1", Rag.RED, True),
        ("B2", Rag.AMBER, True),
    ]


@pytest.mark.django_db
def test_the_previous_snapshot_is_the_latest_version_of_the_month_before():
    from django.utils import timezone

    from reports.models import Snapshot
    from reports.summary import previous_snapshot
    from tests.factories import FinancialYearFactory

    year = FinancialYearFactory(start_year=2026)

    def frozen(month: int, version: int) -> Snapshot:
        return Snapshot.objects.create(
            month=date(2026, month, 1), version=version, year=year, frozen_at=timezone.now(),
            row_count=0,
        )  # fmt: skip

    frozen(8, 3)
    frozen(9, 1)
    latest = frozen(9, 2)
    october = frozen(10, 1)
    assert previous_snapshot(october) == latest
    assert previous_snapshot(frozen(8, 4)) is None


def test_the_counts_sort_each_kpi_by_its_rating_movement_and_why_it_has_no_figure():
    from types import SimpleNamespace

    from reports.summary import counts

    def row(rag: str, direction: str = "", *, month: date | None = OCTOBER,
            frequency: str = "monthly", outlook: str = "") -> SimpleNamespace:  # fmt: skip
        return SimpleNamespace(
            is_kpi=True, latest_rag=rag, direction=direction, latest_month=month,
            frequency=frequency, year_end_rag=outlook,
        )  # fmt: skip

    rows = [
        row(Rag.GREEN, "improved", outlook=Rag.GREEN),
        row(Rag.RED, "worsened", outlook=Rag.RED),
        row(Rag.AMBER, "unchanged", outlook=Rag.AMBER),
        row(Rag.GREEN, ""),  # a figure, nothing before it
        row(Rag.GREEN, month=date(2026, 9, 1)),  # due, not available
        row(Rag.GREEN, month=date(2026, 8, 1)),  # due, not available
        row("", month=date(2026, 9, 1), frequency="quarterly"),  # not due in October
        SimpleNamespace(
            is_kpi=False,
            latest_rag="",
            direction="",
            latest_month=OCTOBER,
            frequency="monthly",
            year_end_rag=Rag.RED,
        ),  # fmt: skip
    ]
    assert counts(rows, OCTOBER) == Counts(
        kpis=7, green=4, amber=1, red=1, unrated=1, improved=1, worsened=1, unchanged=1,
        not_compared=1, quarterly=1, annual=0, not_available=2, forecast_to_miss=2,
    )  # fmt: skip
    assert said(unchanged=2) == (
        "Net direction of travel for October was neutral, with 0 KPIs improving in the "
        "month and 0 showing lower results; 2 were unchanged."
    )
    assert said(improved=1, unchanged=1).startswith(
        "Net direction of travel for October was positive"
    )
