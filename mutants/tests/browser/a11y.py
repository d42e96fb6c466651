"""Checks a browser test makes on the page as a keyboard user meets it (WCAG 2.2 AA).

`focus_problems` looks at the focused element: a visible outline (3px, 3:1 against what
it sits on: 2.4.7, 1.4.11), fully in the viewport, with nothing painted over it (the
sticky Save / Submit bar, the navbar: 2.4.11), and its outline not cut off by a
scrolling box. `contrast` is WCAG's contrast ratio of two CSS colours.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from django.urls import Resolver404, resolve

# WCAG's relative luminance and contrast ratio, and the colour an element sits on.
COLOUR_JS = """
const rgba = (text) => {
  const m = text.match(/rgba?\\(([^)]+)\\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
};
const luminance = (c) => {
  const f = (v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const over = (top, under) => ({  // a translucent colour painted over an opaque one
  r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a), a: 1,
});
const backgroundOf = (el) => {
  const layers = [];
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
  }
  let colour = {r: 255, g: 255, b: 255, a: 1};
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
};
const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (typeof el.className === 'string' && el.className.trim()
    ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
  (el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '') +
  ` "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
"""

FOCUS_JS = (
    "() => {"
    + COLOUR_JS
    + """
  const el = document.activeElement;
  if (!el || el === document.body) return {element: 'nothing', problems: ['nothing has focus']};
  const problems = [];
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth) || 0;
  const offset = parseFloat(style.outlineOffset) || 0;
  if (style.outlineStyle === 'none' || width < 3) {
    problems.push(`outline ${style.outlineStyle} ${style.outlineWidth}, not a 3px outline`);
  } else {
    const outline = rgba(style.outlineColor);
    const behind = backgroundOf(offset >= 0 ? el.parentElement : el);
    const ratio = contrast(outline, behind);
    if (ratio < 3) {
      problems.push(`outline ${style.outlineColor}: ${ratio.toFixed(2)}:1 on its background`);
    }
  }
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) problems.push('it has no size: it cannot be seen');
  // Wholly in view; something bigger than the viewport (a table's scrolling box) in view.
  const fits = r.width <= innerWidth && r.height <= innerHeight;
  const outside = fits
    ? r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth
    : r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth;
  if (outside) {
    problems.push(`not ${fits ? 'wholly ' : ''}in the viewport (${Math.round(r.left)},` +
      `${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)} in ` +
      `${innerWidth}x${innerHeight})`);
  }
  const [vl, vt] = [Math.max(r.left, 0), Math.max(r.top, 0)];
  const [vw, vh] = [Math.min(r.right, innerWidth) - vl, Math.min(r.bottom, innerHeight) - vt];
  for (const [fx, fy] of [[0.5, 0.5], [0.15, 0.2], [0.85, 0.2], [0.15, 0.8], [0.85, 0.8]]) {
    const x = vl + vw * fx, y = vt + vh * fy;
    if (vw <= 0 || vh <= 0) break;
    const hit = document.elementFromPoint(x, y);
    const label = hit && hit.closest('label');
    const mine = hit && (el.contains(hit) || hit.contains(el) || (label && label.control === el));
    if (hit && !mine) { problems.push('covered by ' + describe(hit)); break; }
  }
  const extent = width + Math.max(offset, 0);
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    const s = getComputedStyle(box);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const b = box.getBoundingClientRect();
    const [bl, bt] = [b.left + box.clientLeft, b.top + box.clientTop];
    const [br, bb] = [bl + box.clientWidth, bt + box.clientHeight];
    if (r.left - extent < bl - 0.5 || r.right + extent > br + 0.5 ||
        r.top - extent < bt - 0.5 || r.bottom + extent > bb + 0.5) {
      problems.push('its outline is cut off by the scrolling box ' + describe(box));
      break;
    }
  }
  return {element: describe(el), problems};
}"""
)

CONTRAST_JS = "([a, b]) => {" + COLOUR_JS + "return contrast(rgba(a), rgba(b)); }"
BACKGROUND_JS = (
    "(el) => {" + COLOUR_JS + "const c = backgroundOf(el); return `rgb(${c.r}, ${c.g}, ${c.b})`; }"
)


# Bootstrap scrolls smoothly: what is judged is where focus ends up, once scrolling stops.
SETTLE_JS = """async () => {
  let last = '', same = 0;
  for (let i = 0; i < 90 && same < 3; i++) {
    await new Promise((done) => requestAnimationFrame(done));
    const now = `${scrollX},${scrollY}`;
    same = now === last ? same + 1 : 0;
    last = now;
  }
}"""


def focus_problems(page: Any) -> tuple[str, list[str]]:
    """(the focused element, what is wrong with how it shows focus); [] when all is well."""
    page.evaluate(SETTLE_JS)
    answer = page.evaluate(FOCUS_JS)
    return answer["element"], answer["problems"]


def assert_focus_shown(page: Any, where: str = "") -> str:
    element, problems = focus_problems(page)
    assert problems == [], f"Focus on {element}{' ' + where if where else ''}: {problems}"
    return element


def contrast(page: Any, colour: str, other: str) -> float:
    return page.evaluate(CONTRAST_JS, [colour, other])


def background(page: Any, selector: str) -> str:
    """The opaque colour the first element matching `selector` sits on."""
    return page.locator(selector).first.evaluate(BACKGROUND_JS)


def url_name(page: Any) -> str:
    """The URL name of the page the browser is on; "" for a page that is not found."""
    try:
        return resolve(urlparse(page.url).path).url_name or ""
    except Resolver404:
        return ""


def tab_until(page: Any, found: Any, *, limit: int = 400, back: bool = False) -> list[str]:
    """Press Tab (Shift+Tab with `back`) until `found(page)` is true, checking that focus
    is shown and not hidden at every stop; returns the elements passed through."""
    seen: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if page.evaluate("document.activeElement === document.body") and seen[-1:] != ["-"]:
            seen.append("-")  # past the end of the page: the next Tab starts it again
            continue
        seen.append(assert_focus_shown(page, f"on {page.url}"))
        if found(page):
            return seen
    raise AssertionError(f"Not reached after {limit} presses of Tab: {seen[-5:]}")


def focused_is(**expected: str) -> Any:
    """A test for `tab_until`: the focused element has these properties (`text` is part of
    its aria-label, text or value; `name_end` ends its name)."""

    def check(page: Any) -> bool:
        info = page.evaluate(
            """() => { const el = document.activeElement; return {
                tag: el.tagName.toLowerCase(), name: el.getAttribute('name') || '',
                id: el.id || '', type: el.getAttribute('type') || '',
                text: (el.getAttribute('aria-label') || el.textContent.trim() || el.value || '')
                    .replace(/\\s+/g, ' '),
            }; }"""
        )
        tests = {
            "text": lambda value: value in info["text"],
            "name_end": lambda value: info["name"].endswith(value),
        }
        return all(
            tests[key](value) if key in tests else info[key] == value
            for key, value in expected.items()
        )

    return check
