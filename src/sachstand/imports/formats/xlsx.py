"""Excel workbooks (.xlsx, .xlsm) with openpyxl.

Reading loads the full workbook (not read-only: merged ranges are only known there) with
``data_only=True``, so a formula cell gives the value Excel last calculated and saved. openpyxl
cannot calculate, so a formula in a file that no spreadsheet program has saved since (one
written by openpyxl itself, say) reads as None.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from openpyxl.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sachstand.imports.formats import (
    LISTS_SHEET,
    MAX_MERGED_CELLS,
    Sheet,
    SheetOut,
    build_sheet,
    clean_text,
    natural_width,
    problem,
    sheet_titles,
    unique_title,
)

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MONEY_FORMAT = "#,##0.00"
_LAST_ROW = 1_048_576
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([^\"']+)[\"']")


def read(data: bytes, filename: str) -> list[Sheet]:
    """Every worksheet, visible or hidden (chart sheets hold no cells)."""
    _refuse_huge_merges(data, filename)
    workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True, keep_links=False)
    try:
        return [_sheet(worksheet, filename) for worksheet in workbook.worksheets]
    finally:
        workbook.close()


def _refuse_huge_merges(data: bytes, filename: str) -> None:
    """Refuse merged ranges too large for openpyxl to load (see MAX_MERGED_CELLS)."""
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                # A plain search, as openpyxl will parse the XML anyway; the whole part in
                # memory is within MAX_UNPACKED_BYTES, which the dispatcher checked.
                xml = archive.read(name)
                total += sum(_area(match.group(1)) for match in _MERGE_REF.finditer(xml))
    if total > MAX_MERGED_CELLS:
        raise problem(
            filename,
            _("it has merged ranges of more than %(limit)s cells in all.")
            % {"limit": number_format(MAX_MERGED_CELLS, force_grouping=True)},
        )


def _area(reference: bytes) -> int:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(reference.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError):
        return 0  # openpyxl will fail on it itself
    return (max_col - min_col + 1) * (max_row - min_row + 1)


def _sheet(worksheet: Worksheet, filename: str) -> Sheet:
    # iter_rows() would create a cell for every coordinate up to the last used one; the stored
    # cells are all we need, and a stray formatted cell at XFD1048576 costs nothing this way.
    cells: dict[int, dict[int, object]] = {}
    for (row, column), cell in worksheet._cells.items():
        if cell.value is not None:
            cells.setdefault(row, {})[column - 1] = _value(cell.value)
    for merged in worksheet.merged_cells.ranges:
        value = cells.get(merged.min_row, {}).get(merged.min_col - 1)
        if value is None:
            continue
        for row in range(merged.min_row, merged.max_row + 1):
            target = cells.setdefault(row, {})
            for column in range(merged.min_col - 1, merged.max_col):
                target[column] = value
    return build_sheet(worksheet.title, sorted(cells.items()), filename=filename)


def _value(value: object) -> object:
    if isinstance(value, datetime):
        # Excel has no date type: a date is a datetime at midnight.
        return value.date() if value.time() == time(0) and value.tzinfo is None else value
    if isinstance(value, time):
        return value.isoformat()  # a time of day, which the API's cell types do not know
    if isinstance(value, timedelta):
        return str(value)  # a duration, formatted [h]:mm
    if isinstance(value, (str, int, float, bool, Decimal, date)):
        return value
    return str(value)


def write(sheets: Sequence[SheetOut]) -> bytes:
    """Header row bold and frozen, dates and amounts formatted, drop-down lists from a hidden
    sheet "Listen" (inline lists cannot exceed 255 characters)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    titles = sheet_titles(sheets)
    lists = _Lists(workbook, used={title.casefold() for title in titles})
    for sheet, title in zip(sheets, titles, strict=True):
        worksheet = workbook.create_sheet(title)
        _fill(worksheet, sheet)
        for column, choices in sorted(sheet.choices.items()):
            if choices:
                _add_drop_down(worksheet, sheet, column, lists.reference(choices))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class _Lists:
    """The hidden sheet with one column per distinct drop-down list, created on first use."""

    def __init__(self, workbook: Workbook, used: set[str]) -> None:
        self.workbook = workbook
        self.used = used
        self.worksheet: Worksheet | None = None
        self.columns: dict[tuple[str, ...], str] = {}

    def reference(self, choices: tuple[str, ...]) -> str:
        if self.worksheet is None:
            self.worksheet = self.workbook.create_sheet(unique_title(LISTS_SHEET, self.used))
            self.worksheet.sheet_state = "hidden"
        if choices not in self.columns:
            column = len(self.columns) + 1
            for row, choice in enumerate(choices, start=1):
                _put(self.worksheet.cell(row=row, column=column), choice)
            self.columns[choices] = get_column_letter(column)
        letter = self.columns[choices]
        title = quote_sheetname(self.worksheet.title)
        return f"{title}!${letter}$1:${letter}${len(choices)}"


def _fill(worksheet: Worksheet, sheet: SheetOut) -> None:
    for row, values in enumerate(sheet.notes, start=1):
        for column, value in enumerate(values, start=1):
            _put(worksheet.cell(row=row, column=column), value)
    if sheet.has_header:
        bold = Font(bold=True)
        for column, header in enumerate(sheet.headers, start=1):
            cell = worksheet.cell(row=sheet.header_row, column=column)
            _put(cell, header)
            cell.font = bold
        worksheet.freeze_panes = worksheet.cell(row=sheet.header_row + 1, column=1)
    for row, values in enumerate(sheet.data, start=sheet.first_data_row):
        for column, value in enumerate(values, start=1):
            _put(worksheet.cell(row=row, column=column), value)
    for column in range(sheet.width):
        width = sheet.widths.get(column) or natural_width(sheet, column)
        worksheet.column_dimensions[get_column_letter(column + 1)].width = width


def _put(cell: Cell, value: object) -> None:
    if value is None:
        return
    if isinstance(value, str):
        cell.value = clean_text(value)
        # openpyxl takes any text starting with "=" for a formula; a title is never one.
        cell.data_type = "s"
        return
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value)  # Excel knows no time zones; show local time
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    cell.value = value


def _add_drop_down(worksheet: Worksheet, sheet: SheetOut, column: int, source: str) -> None:
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.errorStyle = "stop"
    validation.showErrorMessage = True
    validation.errorTitle = _("Invalid value")
    validation.error = _("Please choose a value from the list.")
    letter = get_column_letter(column + 1)
    # The whole column, so that rows the user adds get the drop-down too.
    validation.add(f"{letter}{sheet.first_data_row}:{letter}{_LAST_ROW}")
    worksheet.add_data_validation(validation)
