"""Charts: Vega-Lite specs of the report model rendered to SVG (and PNG for Word) on the server.

German number and date formats come from the de-DE locales of Vega; the font is the report's
(Fira Sans), so the charts match the text around them.

A release renders each chart up to six times (two editions, three formats) and most charts are
the same in both editions, so the last SVGs are kept by their spec. Word's PNG is rasterised from
that SVG: the same bytes as vl-convert's own PNG (which draws the SVG first), in a third of the
time.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import vl_convert
from django.conf import settings

from sachstand.reporting.report_model import Figure

FONT = "Fira Sans"
CONFIG: dict[str, Any] = {
    "font": FONT,
    "background": "white",
    "view": {"stroke": None},
    "axis": {"labelFontSize": 11, "titleFontSize": 11, "grid": True, "gridColor": "#e5e5e5"},
    "legend": {"labelFontSize": 11, "titleFontSize": 11, "orient": "bottom"},
    "title": {"fontSize": 13, "anchor": "start"},
}
LOCALE = {"format_locale": "de-DE", "time_format_locale": "de-DE"}


@functools.cache
def _register_fonts() -> None:
    font_dir = settings.SACHSTAND_FONT_DIR
    if font_dir.is_dir():
        vl_convert.register_font_directory(str(font_dir))


def _spec(figure: Figure) -> dict[str, Any]:
    spec = copy.deepcopy(figure.spec)
    spec["config"] = {**CONFIG, **spec.get("config", {})}
    spec.setdefault("width", 480)
    return spec


# A chart's SVG is 10–50 kB; a report has a few dozen charts.
@functools.lru_cache(maxsize=128)
def _svg(spec: str) -> str:
    _register_fonts()
    return vl_convert.vegalite_to_svg(json.loads(spec), **LOCALE)


def figure_svg(figure: Figure) -> str:
    """The chart as an SVG document."""
    return _svg(json.dumps(_spec(figure), ensure_ascii=False))


def figure_png(figure: Figure, *, scale: float = 2.0) -> bytes:
    """The chart as PNG, for formats that cannot embed SVG (Word)."""
    return vl_convert.svg_to_png(figure_svg(figure), scale=scale)
