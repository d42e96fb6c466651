"""Small trend charts as SVG, drawn on the server so they print and need no script.

Each chart is also a statistical process control chart (indicators.spc): the mean and
natural process limits as faint grey lines, and special-cause points marked with a ring,
all said in words in the chart's text alternative.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from indicators.formatting import format_figure
from indicators.spc import Control, control

WIDTH, HEIGHT, PAD = 180, 48, 4
INK = "#1d3557"
# Presentation attributes, not CSS classes: the PDF draws the same SVG as an image.
LINE_STYLE = f'fill="none" stroke="{INK}" stroke-width="1.5"'
TARGET_STYLE = 'stroke="#00703c" stroke-width="1" stroke-dasharray="4 2"'
FLOOR_STYLE = 'stroke="#d4351c" stroke-width="1" stroke-dasharray="1 2"'
MEAN_STYLE = 'stroke="#6c757d" stroke-width="0.75"'
LIMIT_STYLE = 'stroke="#adb5bd" stroke-width="0.75" stroke-dasharray="2 2"'
# A special cause: a ring as well as a colour, so it does not rest on colour alone.
SPECIAL_STYLE = 'fill="none" stroke="#b35900" stroke-width="1.5"'


def spc_text(points: Sequence[dict[str, Any]], found: Control, *, unit: str, decimals: int) -> str:
    """The control chart in words: mean, limits and each special cause."""

    def shown(value: Decimal) -> str:
        return format_figure(value, unit, decimals)

    words = [
        f"mean {shown(found.mean)}, process limits {shown(found.lower)} to {shown(found.upper)}"
    ]
    causes = [f"{points[i]['label']} above the upper limit" for i in sorted(found.above)] + [
        f"{points[i]['label']} below the lower limit" for i in sorted(found.below)
    ]
    causes += [
        f"a run of {last - first + 1} {side} the mean from {points[first]['label']} "
        f"to {points[last]['label']}"
        for first, last, side in found.runs
    ]
    words.append(
        "special cause: " + "; ".join(causes) if causes else "no special cause: common variation"
    )
    return "; ".join(words)


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
    with its period, the target and floor lines, then what the control chart shows."""

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
    found = control(values)
    if found is not None:
        lines.append(spc_text(points, found, unit=unit, decimals=decimals))
    return figures + (f"; {'; '.join(lines)}" if lines else "") + "."


def of_row(row: Any) -> dict[str, Any]:
    """What a snapshot row's chart is drawn from: the same on the dashboard and the paper."""
    return {
        "points": row.trend,
        "target": row.target,
        "floor": row.floor,
        "unit": row.unit,
        "decimals": row.decimals,
        "title": f"{row.ref} {row.title}",
    }


def trend_svg(
    points: Sequence[dict[str, Any]],
    *,
    target: Decimal | None,
    floor: Decimal | None,
    unit: str,
    decimals: int,
    title: str,
) -> SafeString:
    """A sparkline of up to 13 figures, with the target (dashed) and floor (dotted) lines,
    the mean and process limits (grey), and special-cause points ringed."""
    drawn = _drawing(points, target=target, floor=floor, unit=unit, decimals=decimals)
    if drawn is None:
        return mark_safe('<span class="text-body-secondary small">No figures</span>')
    parts, words = drawn
    label = escape(f"{title}, last 13 months: {words}")
    svg = (
        f'<svg class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{label}"><title>{label}</title>' + "".join(parts) + "</svg>"
    )
    return mark_safe(svg)


def trend_image(
    points: Sequence[dict[str, Any]],
    *,
    target: Decimal | None,
    floor: Decimal | None,
    unit: str,
    decimals: int,
    title: str,
) -> tuple[str, str] | None:
    """The same chart as a standalone SVG document, and its text alternative (for the
    PDF, which places it as an image); None where there are no figures."""
    drawn = _drawing(points, target=target, floor=floor, unit=unit, decimals=decimals)
    if drawn is None:
        return None
    parts, words = drawn
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">' + "".join(parts) + "</svg>"
    )
    return svg, f"{title}, last 13 months: {words}"


def _drawing(
    points: Sequence[dict[str, Any]],
    *,
    target: Decimal | None,
    floor: Decimal | None,
    unit: str,
    decimals: int,
) -> tuple[list[str], str] | None:
    """The chart's SVG elements and the chart in words; None where there are no figures."""
    values = [Decimal(p["value"]) if p.get("value") is not None else None for p in points]
    known = [v for v in values if v is not None]
    if not known:
        return None
    found = control(values)
    scale_values = known + [v for v in (target, floor) if v is not None]
    if found is not None:
        scale_values += [found.lower, found.upper]
    low, high = min(scale_values), max(scale_values)
    if high == low:
        high, low = high + 1, low - 1
    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)

    def y(value: Decimal) -> float:
        return round(HEIGHT - PAD - float((value - low) / (high - low)) * (HEIGHT - 2 * PAD), 1)

    def x(index: int) -> float:
        return round(PAD + index * step, 1)

    def across(value: Decimal, style: str) -> str:
        return f'<line {style} x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(value)}" y2="{y(value)}"/>'

    parts = []
    if found is not None:
        parts += [across(v, LIMIT_STYLE) for v in (found.lower, found.upper)]
        parts.append(across(found.mean, MEAN_STYLE))
    for value, style in ((floor, FLOOR_STYLE), (target, TARGET_STYLE)):
        if value is not None:
            parts.append(across(value, style))
    segment: list[str] = []
    for index, value in enumerate(values + [None]):
        if value is None:
            if len(segment) > 1:
                parts.append(f'<polyline {LINE_STYLE} points="{" ".join(segment)}"/>')
            segment = []
            continue
        segment.append(f"{x(index)},{y(value)}")
    special = found.special if found is not None else frozenset()
    for index, value in enumerate(values):
        if value is not None:
            parts.append(f'<circle fill="{INK}" cx="{x(index)}" cy="{y(value)}" r="1.8"/>')
            if index in special:
                parts.append(f'<circle {SPECIAL_STYLE} cx="{x(index)}" cy="{y(value)}" r="3.6"/>')
    words = trend_text(points, values, target=target, floor=floor, unit=unit, decimals=decimals)
    return parts, words
