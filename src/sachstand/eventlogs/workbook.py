"""Spreadsheets: the first sheet of an Excel workbook (.xlsx) or an OpenDocument spreadsheet
(.ods) becomes a UTF-8 CSV in the temporary folder, which DuckDB then reads like any CSV log,
with the same column mapping.

Its first non-empty row is the header; columns right of the header have no name a mapping could
give and are left out; empty rows are left out. A spreadsheet stores no time zone: dates and
times are written as they are shown and read as Berlin time, as in a CSV without offset. Whole
numbers (spreadsheets store every number as a float) lose their ".0", so that case 4711 stays
"4711".

An Excel sheet is streamed by openpyxl and never held in memory whole. An OpenDocument file is
read by the plan import's reader (``imports.formats.read_workbook``), whole and within its
limits (20 MB, 100,000 rows): odfpy has no streaming mode, and OpenDocument logs are small.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from sachstand.eventlogs.progress import Progress
from sachstand.eventlogs.tabular import XLSX, SourceError, unreadable_message

if TYPE_CHECKING:
    from openpyxl import Workbook

_PROGRESS_EVERY = 20_000  # rows
# openpyxl reads some 7,000 rows of a log a second (docs/eventlogs.md): from a megabyte of
# workbook (about 30,000 rows) on, the reading gets a progress bar.
LARGE_WORKBOOK = 1024 * 1024


def xlsx_copy(path: Path, folder: Path, bar: Progress) -> Path:
    """The first sheet of the workbook at ``path`` as a CSV file in ``folder``."""
    from openpyxl import load_workbook  # only here: it takes a while to import

    with path.open("rb") as file:  # an open file: openpyxl would judge a name by its suffix
        try:
            book = load_workbook(file, read_only=True, data_only=True, keep_links=False)
        except Exception as error:
            # openpyxl fails on a damaged file with whatever its parsing hits (BadZipFile,
            # KeyError, AttributeError, ...), as the plan import knows; one message for all.
            raise SourceError(unreadable_message(XLSX, error)) from None
        return _sheet_copy(book, folder / "workbook.csv", bar)


def ods_copy(path: Path, folder: Path) -> Path:
    """The first sheet of the OpenDocument spreadsheet at ``path`` as a CSV file in ``folder``."""
    from sachstand.imports.formats import FileProblem, read_workbook

    try:
        sheets = read_workbook(path.read_bytes(), path.name)
    except FileProblem as problem:
        raise SourceError(problem.message) from None
    rows = (row.cells for row in sheets[0].rows) if sheets else iter(())
    return _csv_written(rows, folder / "workbook.csv", Progress(None), 0)


def _sheet_copy(book: Workbook, target: Path, bar: Progress) -> Path:
    try:
        sheet = book.worksheets[0] if book.worksheets else None  # chart sheets hold no cells
        rows = sheet.iter_rows(values_only=True) if sheet else iter(())
        total = (sheet.max_row or 0) if sheet else 0
        return _csv_written(rows, target, bar, total)
    except SourceError:
        raise
    except Exception as error:  # a damaged sheet, see above
        raise SourceError(unreadable_message(XLSX, error)) from None
    finally:
        book.close()


def _csv_written(rows: Iterable[tuple], target: Path, bar: Progress, total: int) -> Path:
    """``rows`` written to ``target`` from the first non-empty one (the header) on, as wide as
    the header."""
    width = 0
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for number, row in enumerate(rows, start=1):
            if total and number % _PROGRESS_EVERY == 0:
                bar.update(number / total)
            if all(value is None or value == "" for value in row):
                continue
            if not width:
                width = _header_width(row)
            cells = [_text(value) for value in row[:width]]
            writer.writerow(cells + [""] * (width - len(cells)))
    if not width:
        raise SourceError(_("The first sheet of the workbook is empty."))
    return target


def _header_width(row: tuple) -> int:
    """Up to the header's last named column."""
    named = [index for index, value in enumerate(row) if value not in (None, "")]
    return named[-1] + 1


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return str(value)
