"""The report as one self-contained, accessible HTML document (inline CSS and SVG charts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from sachstand.reporting.renderers.charts import figure_svg
from sachstand.reporting.report_model import Cell, Figure, Report, Section, Table


@dataclass(frozen=True)
class _TableView:
    """A table whose cells know their column's alignment (templates cannot zip)."""

    table: Table
    rows: tuple[tuple[tuple[Cell, str], ...], ...]
    footer: tuple[tuple[tuple[Cell, str], ...], ...]
    kind: str = "table"


@dataclass(frozen=True)
class _FigureView:
    figure: Figure
    svg: SafeString
    table: _TableView
    kind: str = "figure"


def _table(table: Table) -> _TableView:
    aligns = [column.align for column in table.columns]

    def rows(source: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[tuple[Cell, str], ...], ...]:
        return tuple(tuple(zip(row, aligns, strict=False)) for row in source)

    return _TableView(table, rows(table.rows), rows(table.footer))


def _block(block: Any) -> Any:
    if isinstance(block, Figure):
        return _FigureView(block, _svg(block), _table(block.table))
    if isinstance(block, Table):
        return _table(block)
    return block


@dataclass(frozen=True)
class _SectionView:
    section: Section
    blocks: tuple[Any, ...]
    subsections: tuple[_SectionView, ...]
    heading_level: int


def _view(section: Section) -> _SectionView:
    blocks = tuple(_block(block) for block in section.blocks)
    return _SectionView(
        section=section,
        blocks=blocks,
        subsections=tuple(_view(s) for s in section.subsections),
        heading_level=min(section.level + 1, 6),
    )


def _svg(figure: Figure) -> SafeString:
    # The chart is drawn by our own renderer from our own spec; its text is Vega's escaped SVG.
    svg = figure_svg(figure).replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
    return mark_safe(svg)


def render_html(report: Report) -> str:
    """The report as an HTML document (UTF-8 text)."""
    return render_to_string(
        "reporting/report.html",
        {"report": report, "sections": tuple(_view(s) for s in report.sections)},
    )
