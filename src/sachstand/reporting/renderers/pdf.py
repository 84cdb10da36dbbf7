"""The report as an accessible, archivable PDF, typeset by Typst.

The template (``templates/report.typ``) receives the whole report as JSON through
``sys.inputs``. User texts therefore never become Typst markup: a title with ``#`` or ``*`` is
shown as typed, and there is no escaping code to get wrong.

Typst runs in a child process (``typst_worker``): its in-process caches keep every compiled
document's memory (about 270 MB for a 150-page report, growing with each report), which a
long-running server cannot afford. The child's memory is returned when it exits.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import typst
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

from sachstand.reporting.renderers.charts import figure_svg
from sachstand.reporting.report_model import Figure, Report, report_to_dict

# Tagged PDF for screen readers (PDF/UA-1) that is also fit for the archive (PDF/A-2a).
PDF_STANDARDS: list[typst.PDFStandard] = ["a-2a", "ua-1"]
WORKER = Path(__file__).with_name("typst_worker.py")
WORKER_TIMEOUT = 300  # seconds; a report of hundreds of pages takes a few


def render_pdf(report: Report) -> bytes:
    """The report as PDF; the same report always gives the same bytes."""
    font_dir = settings.SACHSTAND_FONT_DIR
    if not font_dir.is_dir():
        # Typst would silently fall back to its built-in fonts and the output would differ.
        raise ImproperlyConfigured(
            _("The report font Fira Sans is missing in %(path)s; install it with “npm ci”.")
            % {"path": font_dir}
        )
    job = {
        "template": _template().decode("utf-8"),
        "font_dir": str(font_dir),
        "report": json.dumps(_payload(report), ensure_ascii=False),
        "pdf_standards": PDF_STANDARDS,
        "timestamp": _timestamp(report).isoformat(),
    }
    result = subprocess.run(
        # By path, not as a module: importing the package would import Django for nothing.
        [sys.executable, str(WORKER)],
        input=json.dumps(job).encode("utf-8"),
        capture_output=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            _("The PDF could not be typeset: %(reason)s")
            % {"reason": result.stderr.decode("utf-8", "replace")[-2000:]}
        )
    return result.stdout


@functools.cache
def _template() -> bytes:
    return (files(__package__) / "templates" / "report.typ").read_bytes()


def _payload(report: Report) -> dict[str, Any]:
    """The report as JSON data, each figure carrying its chart as SVG instead of its spec."""
    data = report_to_dict(report)
    figures = [b for s in report.all_sections() for b in s.blocks if isinstance(b, Figure)]
    # vl-convert renders outside the GIL, so the charts of a report are drawn side by side.
    with ThreadPoolExecutor(max_workers=4) as pool:
        svgs = list(pool.map(figure_svg, figures))
    for block, svg in zip(_figure_dicts(data["sections"]), svgs, strict=True):
        del block["spec"]
        block["svg"] = svg
    return data


def _figure_dicts(sections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Figure blocks depth-first, in the order of ``Report.all_sections``."""
    for section in sections:
        yield from (b for b in section["blocks"] if b["kind"] == "figure")
        yield from _figure_dicts(section["subsections"])


def _timestamp(report: Report) -> datetime:
    """The report's date as creation date, so that a render does not depend on the clock."""
    return datetime.strptime(report.date, "%d.%m.%Y").replace(tzinfo=UTC)
