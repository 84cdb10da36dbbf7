"""From raw sheets to typed rows: find each sheet's kind and header row, map the columns, parse
every cell. Nothing here touches the database; every problem names sheet, row, column and value."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from sachstand.imports import values as v
from sachstand.imports.columns import NOT_DATA, SHEETS, Column, SheetSpec
from sachstand.imports.formats import LISTS_SHEET, Sheet

HEADER_SEARCH_ROWS = 10
NOT_DATA_KEYS = {v.header_key(name) for name in NOT_DATA}


def column_letter(number: int) -> str:
    """The spreadsheet name of column ``number`` (1: A, 27: AA), as openpyxl names it; written
    out here so that starting any command does not import openpyxl (and numpy with it)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    value: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = [_("sheet “%(sheet)s”") % {"sheet": self.sheet}] if self.sheet else []
        if self.row:
            where.append(_("row %(row)d") % {"row": self.row})
        if self.column:
            where.append(_("column %(column)s") % {"column": self.column})
        value = _(" (value “%(value)s”)") % {"value": self.value} if self.value else ""
        return f"{', '.join(where)}{value}: {self.message}"


@dataclass
class ParsedRow:
    sheet: str
    number: int
    values: dict[str, Any]
    cells: dict[str, tuple[str, str]]  # key -> (column as shown, raw text), for problems
    problems: list[Problem] = field(default_factory=list)

    def problem(self, key: str, message: str) -> Problem:
        column, raw = self.cells.get(key, ("", ""))
        found = Problem(self.sheet, self.number, column, raw, message)
        self.problems.append(found)
        return found


@dataclass
class ParsedWorkbook:
    rows: dict[str, list[ParsedRow]]  # sheet spec key -> rows
    problems: list[Problem]
    notes: list[str]


def parse_workbook(
    sheets: list[Sheet], specs: tuple[SheetSpec, ...] = SHEETS, *, what: str = ""
) -> ParsedWorkbook:
    """Typed rows per sheet kind of ``specs`` (by default the plan's sheets); ``what`` names
    the kind of file in the note about sheets that are not part of it."""
    result = ParsedWorkbook({spec.key: [] for spec in specs}, [], [])
    for sheet in sheets:
        if v.header_key(sheet.name) in NOT_DATA_KEYS or sheet.name == LISTS_SHEET:
            continue  # the template's instructions and drop-down lists
        spec = _spec_of(sheet, specs)
        if spec is None:
            result.notes.append(
                _("Sheet “%(sheet)s” is not part of %(what)s and was ignored.")
                % {"sheet": sheet.name, "what": what or _("a plan")}
            )
            continue
        result.rows[spec.key].extend(_parse_sheet(sheet, spec, result))
    return result


def _spec_of(sheet: Sheet, specs: tuple[SheetSpec, ...]) -> SheetSpec | None:
    name = v.header_key(sheet.name)
    by_name = next((spec for spec in specs if name in spec.names()), None)
    if by_name is not None:
        return by_name
    # A single CSV file or an unnamed sheet: the columns tell what it is.
    scores = [(_header_score(sheet, spec), spec) for spec in specs]
    score, spec = max(scores, key=lambda pair: pair[0])
    return spec if score >= 2 else None


def _header_score(sheet: Sheet, spec: SheetSpec) -> int:
    best = 0
    for row in sheet.rows[:HEADER_SEARCH_ROWS]:
        best = max(best, len(_mapping(row.cells, spec)[0]))
    return best


def _mapping(cells: tuple[object, ...], spec: SheetSpec) -> tuple[dict[int, Column], list[str]]:
    mapping: dict[int, Column] = {}
    unknown: list[str] = []
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        text = v.parse_text(cell) if not v.is_blank(cell) else ""
        if not text:
            continue
        key = v.header_key(text)
        column = next((c for c in spec.columns if key in c.spellings()), None)
        if column is None or column.key in taken:
            unknown.append(text)
        else:
            mapping[index] = column
            taken.add(column.key)
    return mapping, unknown


def _parse_sheet(sheet: Sheet, spec: SheetSpec, result: ParsedWorkbook) -> list[ParsedRow]:
    header_index = None
    for position, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        if len(_mapping(row.cells, spec)[0]) >= 2:
            header_index = position
            break
    if header_index is None:
        result.problems.append(
            Problem(sheet.name, None, "", "", _("No header row with known column names found."))
        )
        return []
    header = sheet.rows[header_index]
    mapping, unknown = _mapping(header.cells, spec)
    for text in unknown:
        result.notes.append(
            _("Column “%(column)s” in sheet “%(sheet)s” is not known and was ignored.")
            % {"column": text, "sheet": sheet.name}
        )
    present = {c.key for c in mapping.values()}
    for column in spec.columns:
        if column.required and column.key not in present:
            result.problems.append(
                Problem(
                    sheet.name,
                    header.number,
                    column.label,
                    "",
                    _("The required column “%(column)s” is missing.") % {"column": column.label},
                )
            )
    return [_parse_row(sheet.name, row, mapping) for row in sheet.rows[header_index + 1 :]]


def _parse_row(sheet: str, row: Any, mapping: dict[int, Column]) -> ParsedRow:
    parsed = ParsedRow(sheet, row.number, {}, {})
    for index, column in mapping.items():
        cell = row.cells[index] if index < len(row.cells) else None
        shown = f"{column_letter(index + 1)} ({column.label})"
        parsed.cells[column.key] = (shown, "" if v.is_blank(cell) else v.parse_text(cell))
        if v.is_blank(cell):
            parsed.values[column.key] = None
            if column.required:
                parsed.problem(column.key, _("This field must not be empty."))
            continue
        try:
            parsed.values[column.key] = column.parse(cell)
        except v.ValueProblem as problem:
            parsed.problem(column.key, problem.message)
    return parsed
