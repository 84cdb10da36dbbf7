"""Renderers turn a report model into files. They lay out; they never compute or query."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sachstand.reporting.report_model import Report


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    content_type: str
    render: Callable[[Report], bytes]


def _pdf(report: Report) -> bytes:
    from sachstand.reporting.renderers.pdf import render_pdf

    return render_pdf(report)


def _docx(report: Report) -> bytes:
    from sachstand.reporting.renderers.docx import render_docx

    return render_docx(report)


def _html(report: Report) -> bytes:
    from sachstand.reporting.renderers.html import render_html

    return render_html(report).encode("utf-8")


FORMATS: dict[str, Format] = {
    "pdf": Format("pdf", "pdf", "application/pdf", _pdf),
    "docx": Format(
        "docx",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _docx,
    ),
    "html": Format("html", "html", "text/html; charset=utf-8", _html),
}


def render_all(report: Report) -> dict[str, bytes]:
    """Every format of ``report``, as released reports store them."""
    return {name: fmt.render(report) for name, fmt in FORMATS.items()}
