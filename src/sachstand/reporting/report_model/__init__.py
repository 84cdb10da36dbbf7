"""The report as plain data: what a status report says, independent of how it is rendered.

The builder (``report_model.builder``) fills it from the selectors; the renderers
(``reporting.renderers``) turn it into PDF, DOCX and HTML and compute nothing on their own: every
number arrives here already formatted in German. A released report freezes this structure as JSON
(``report_to_dict``/``report_from_dict``), so it can be rendered again to the same bytes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

from django.utils.translation import gettext as _

Align = Literal["left", "right", "center"]
Light = Literal["green", "yellow", "red", ""]


@dataclass(frozen=True)
class Column:
    label: str
    align: Align = "left"


@dataclass(frozen=True)
class Cell:
    """One table cell: text as shown, optionally a traffic light drawn before it."""

    text: str
    light: Light = ""
    strong: bool = False


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str
    strong: bool = False


@dataclass(frozen=True)
class BulletList:
    kind: ClassVar[str] = "list"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    kind: ClassVar[str] = "table"
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Rows shown bold at the end (sums); part of ``rows`` count-wise but styled as a footer.
    footer: tuple[tuple[Cell, ...], ...] = ()
    empty_text: str = ""  # shown instead of the table when it has no rows


@dataclass(frozen=True)
class Figure:
    """A chart: a Vega-Lite spec with its data inline, a text alternative and the same numbers
    as a table. Renderers turn the spec into SVG (``renderers.charts``)."""

    kind: ClassVar[str] = "figure"
    title: str
    alt_text: str
    spec: dict[str, Any]
    table: Table


Block = Paragraph | BulletList | Table | Figure
BLOCK_TYPES: dict[str, type] = {t.kind: t for t in (Paragraph, BulletList, Table, Figure)}


@dataclass(frozen=True)
class Section:
    number: str  # "2", "4.3"
    title: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()

    @property
    def level(self) -> int:
        return self.number.count(".") + 1


def report_labels() -> dict[str, str]:
    """The words around the content (title page, header, footer) in the active language."""
    return {
        "contents": _("Contents"),
        "toc_placeholder": _("The table of contents is updated when the document is opened."),
        "date": _("As of"),
        "version": _("Version"),
        "status": _("Status"),
        "committee": _("Committee"),
        "page": _("Page"),
        "of": _("of"),
        "draft": _("Draft"),
    }


@dataclass(frozen=True)
class Report:
    title: str  # "Sachstandsbericht Digitalisierung"
    municipality: str  # "Stadt Musterstadt" / "Musterstadt"
    period: str  # "2026-H1"
    period_label: str  # "1. Halbjahr 2026"
    date: str  # "26.11.2026", the date of the report
    version: str  # "1" or "1 (Entwurf)"
    status: str  # "Entwurf" or "freigegeben"
    committee: str = ""  # "Ausschuss für Digitalisierung" for an excerpt
    language: str = "de"
    draft: bool = True
    labels: dict[str, str] = field(default_factory=report_labels)
    sections: tuple[Section, ...] = field(default=())

    def all_sections(self) -> list[Section]:
        """Sections depth-first, as a table of contents lists them."""
        out: list[Section] = []

        def walk(sections: tuple[Section, ...]) -> None:
            for section in sections:
                out.append(section)
                walk(section.subsections)

        walk(self.sections)
        return out


def report_to_dict(report: Report) -> dict[str, Any]:
    """A JSON-ready dict; blocks carry their kind so the structure can be read back."""

    def section(s: Section) -> dict[str, Any]:
        return {
            "number": s.number,
            "title": s.title,
            "blocks": [{"kind": b.kind, **asdict(b)} for b in s.blocks],
            "subsections": [section(sub) for sub in s.subsections],
        }

    data = {k: v for k, v in asdict(report).items() if k != "sections"}
    data["sections"] = [section(s) for s in report.sections]
    return data


def report_from_dict(data: dict[str, Any]) -> Report:
    def cells(rows: list[list[dict[str, Any]]]) -> tuple[tuple[Cell, ...], ...]:
        return tuple(tuple(Cell(**c) for c in row) for row in rows)

    def table(d: dict[str, Any]) -> Table:
        return Table(
            caption=d["caption"],
            columns=tuple(Column(**c) for c in d["columns"]),
            rows=cells(d["rows"]),
            footer=cells(d.get("footer", [])),
            empty_text=d.get("empty_text", ""),
        )

    def block(d: dict[str, Any]) -> Block:
        kind = d.pop("kind")
        if kind == "table":
            return table(d)
        if kind == "figure":
            return Figure(d["title"], d["alt_text"], d["spec"], table(d["table"]))
        if kind == "list":
            return BulletList(tuple(d["items"]))
        return BLOCK_TYPES[kind](**d)

    def section(d: dict[str, Any]) -> Section:
        return Section(
            number=d["number"],
            title=d["title"],
            blocks=tuple(block(dict(b)) for b in d["blocks"]),
            subsections=tuple(section(s) for s in d["subsections"]),
        )

    fields = {k: v for k, v in data.items() if k != "sections"}
    return Report(**fields, sections=tuple(section(s) for s in data["sections"]))
