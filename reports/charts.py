"""Small trend charts as SVG, drawn on the server so they print and need no script."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from indicators.formatting import format_figure

WIDTH, HEIGHT, PAD = 180, 48, 4
INK = "#1d3557"
# Presentation attributes, not CSS classes: WeasyPrint draws the SVG in PDFs too.
LINE_STYLE = f'fill="none" stroke="{INK}" stroke-width="1.5"'
TARGET_STYLE = 'stroke="#00703c" stroke-width="1" stroke-dasharray="4 2"'
FLOOR_STYLE = 'stroke="#d4351c" stroke-width="1" stroke-dasharray="1 2"'


def trend_text(
    points: Sequence[dict[str, Any]],
    values: Sequence[Decimal | None],
    *,
    target: Decimal | None,
    floor: Decimal | None,
    unit: str,
    decimals: int,
) -> str:
    """The chart in words, for a screen reader and the PDF's alternative text: every figure
    with its period, then the target and floor lines."""

    def shown(value: Decimal) -> str:
        return format_figure(value, unit, decimals)

    figures = ", ".join(
        f"{p['label']} {'not available' if v is None else shown(v)}"
        for p, v in zip(points, values, strict=True)
    )
    lines = []
    if target is not None:
        lines.append(f"target {shown(target)} (dashed line)")
    if floor is not None:
        lines.append(f"floor standard {shown(floor)} (dotted line)")
    return figures + (f"; {', '.join(lines)}" if lines else "") + "."


def trend_svg(
    points: Sequence[dict[str, Any]],
    *,
    target: Decimal | None,
    floor: Decimal | None,
    unit: str,
    decimals: int,
    title: str,
) -> SafeString:
    """A sparkline of up to 13 figures, with the target (dashed) and floor (dotted) lines."""
    values = [Decimal(p["value"]) if p.get("value") is not None else None for p in points]
    known = [v for v in values if v is not None]
    if not known:
        return mark_safe('<span class="text-body-secondary small">No figures</span>')
    scale_values = known + [v for v in (target, floor) if v is not None]
    low, high = min(scale_values), max(scale_values)
    if high == low:
        high, low = high + 1, low - 1
    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)

    def y(value: Decimal) -> float:
        return round(HEIGHT - PAD - float((value - low) / (high - low)) * (HEIGHT - 2 * PAD), 1)

    def x(index: int) -> float:
        return round(PAD + index * step, 1)

    parts = []
    for value, style in ((floor, FLOOR_STYLE), (target, TARGET_STYLE)):
        if value is not None:
            parts.append(
                f'<line {style} x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(value)}" y2="{y(value)}"/>'
            )
    segment: list[str] = []
    for index, value in enumerate(values + [None]):
        if value is None:
            if len(segment) > 1:
                parts.append(f'<polyline {LINE_STYLE} points="{" ".join(segment)}"/>')
            segment = []
            continue
        segment.append(f"{x(index)},{y(value)}")
    for index, value in enumerate(values):
        if value is not None:
            parts.append(f'<circle fill="{INK}" cx="{x(index)}" cy="{y(value)}" r="1.8"/>')
    label = trend_text(points, values, target=target, floor=floor, unit=unit, decimals=decimals)
    label = f"{title}, last 13 months: {label}"
    svg = (
        f'<svg class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>'
        + "".join(parts)
        + "</svg>"
    )
    return mark_safe(svg)
