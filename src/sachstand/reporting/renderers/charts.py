"""Charts: Vega-Lite specs of the report model rendered to SVG (and PNG for Word) on the server.

German number and date formats come from the de-DE locales of Vega; the font is the report's
(Fira Sans), so the charts match the text around them.
"""

from __future__ import annotations

import copy
import functools
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


def figure_svg(figure: Figure) -> str:
    """The chart as an SVG document."""
    _register_fonts()
    return vl_convert.vegalite_to_svg(_spec(figure), **LOCALE)


def figure_png(figure: Figure, *, scale: float = 2.0) -> bytes:
    """The chart as PNG, for formats that cannot embed SVG (Word)."""
    _register_fonts()
    return vl_convert.vegalite_to_png(_spec(figure), scale=scale, **LOCALE)
