"""Charts of the public pages: the report model's figures, rendered to SVG once and cached.

Rendering a chart costs 40–60 ms (the first in a process about half a second); the public pages
must answer in well under 100 ms, so the SVG is cached under a hash of its spec: the same data
renders once, changed data renders anew.
"""

from __future__ import annotations

import hashlib
import json

from django.core.cache import cache

from sachstand.reporting.renderers.charts import figure_svg
from sachstand.reporting.report_model import Figure

TIMEOUT = 7 * 24 * 3600


def cached_svg(figure: Figure) -> str:
    key = (
        "portal-chart:"
        + hashlib.sha256(json.dumps(figure.spec, sort_keys=True, default=str).encode()).hexdigest()
    )
    svg = cache.get(key)
    if svg is None:
        svg = figure_svg(figure)
        cache.set(key, svg, TIMEOUT)
    return svg
