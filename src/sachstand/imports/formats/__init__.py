"""Spreadsheet files in and out: .xlsx, .ods, .csv and a .zip of CSV files.

This layer knows cells, not measures. ``read_workbook`` turns an uploaded file into plain rows
of cell values, exactly as the file holds them (the import pipeline maps columns and converts
values); ``write_workbook`` turns plain rows into a file the municipality can edit and upload
again. Every problem with an upload is a ``FileProblem`` with a German message, never another
exception, because the file comes from outside and may be anything.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from django.utils.formats import number_format
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

FORMATS = ("xlsx", "ods", "csv")

# What a download of each format is: "csv" is a ZIP with one CSV file per sheet.
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "application/zip",
}
EXTENSIONS = {"xlsx": "xlsx", "ods": "ods", "csv": "zip"}
# The hidden sheet of an xlsx export that holds the drop-down lists; an import skips it.
LISTS_SHEET = "Listen"

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
# XLSX and ODS are ZIP archives: 20 MB packed can be gigabytes unpacked, and openpyxl and
# odfpy hold a whole workbook in memory. 100 MB of XML is roughly 100,000 rows of 20 columns.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Repeated cells in ODS cost nothing in the file but memory in the rows we return.
MAX_CELLS = 5_000_000
# openpyxl creates an object for every cell of a merged range while loading, so a one-line
# merge "A1:XFD1048576" would take it seventeen billion objects; we look before it loads.
MAX_MERGED_CELLS = 1_000_000
# The widest sheet Excel and LibreOffice know; repeat counts beyond it are noise.
MAX_COLUMNS = 16_384

# The start of an OLE container: an old Excel file (.xls), or a password-protected workbook.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_KIND_BY_EXTENSION = {
    "xlsx": "xlsx",
    "xlsm": "xlsx",
    "ods": "ods",
    "csv": "csv",
    "txt": "csv",
    "zip": "zip",
}
_FORMAT_LABELS = {"xlsx": "XLSX", "ods": "ODS", "csv": "CSV", "zip": "ZIP"}
# Characters XML 1.0 cannot carry and lone surrogates UTF-8 cannot encode; text pasted from
# other programs brings them along, and openpyxl refuses to save a workbook holding them.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Not allowed in Excel sheet names, and not in file names on Windows (the CSV export).
_TITLE_FORBIDDEN = re.compile(r'[\[\]:*?/\\<>"|]')
_TITLE_LENGTH = 31
_MIN_WIDTH, _MAX_WIDTH = 8, 60  # column widths in characters when none is given


@dataclass(frozen=True)
class Row:
    number: int  # as the user sees it in the program (1-based; CSV: line of the record's start)
    cells: tuple[object, ...]  # str | int | float | Decimal | date | datetime | bool | None


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: tuple[Row, ...]  # every non-empty row, header row included, in order


@dataclass(frozen=True)
class SheetOut:
    """One sheet to write: ``rows[:note_rows]`` are notes above the header row (plain text),
    the rest are data rows under it. An instructions sheet has blank headers and no header
    row, so nothing on it is bold or frozen."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # str / int / Decimal / date / None
    choices: dict[int, tuple[str, ...]] = field(default_factory=dict)  # column -> drop-down
    widths: dict[int, int] = field(default_factory=dict)  # column -> width in characters
    note_rows: int = 0

    @property
    def has_header(self) -> bool:
        """Headers that are all blank make no header row (an instructions sheet)."""
        return any(header.strip() for header in self.headers)

    @property
    def header_row(self) -> int:
        """The 1-based row of the header, or 0 if the sheet has none."""
        return self.note_rows + 1 if self.has_header else 0

    @property
    def first_data_row(self) -> int:
        return self.note_rows + (2 if self.has_header else 1)

    @property
    def notes(self) -> tuple[tuple[object, ...], ...]:
        return self.rows[: self.note_rows]

    @property
    def data(self) -> tuple[tuple[object, ...], ...]:
        return self.rows[self.note_rows :]

    @property
    def width(self) -> int:
        """How many columns the sheet uses, drop-down columns included."""
        return max(
            [len(self.headers), *(len(row) for row in self.rows), *(c + 1 for c in self.choices)]
        )


class FileProblem(Exception):
    """A file that cannot be read at all; ``message`` is German and names the file."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_workbook(data: bytes, filename: str) -> list[Sheet]:
    """Every sheet of the uploaded file ``filename``, visible or hidden, with its non-empty rows.

    Raises ``FileProblem`` for anything that is not a readable spreadsheet within the limits.
    """
    if not data:
        raise problem(filename, _("it is empty."))
    if len(data) > MAX_BYTES:
        raise problem(
            filename, _("it is larger than %(limit)s MB.") % {"limit": MAX_BYTES // 2**20}
        )
    kind = _detect(data, filename)
    try:
        sheets = _reader(kind)(data, filename)
    except FileProblem:
        raise
    except Exception as error:
        # openpyxl and odfpy fail on damaged files with whatever exception their parsing hits
        # (KeyError, TypeError, ParseError, ...); the user needs one message, the log the rest.
        logger.info("cannot read %r as %s", filename, kind, exc_info=True)
        raise damaged(filename, kind) from error
    if sum(len(sheet.rows) for sheet in sheets) > MAX_ROWS:
        raise too_many_rows(filename)
    return sheets


def write_workbook(sheets: list[SheetOut], fmt: str) -> bytes:
    """The file for ``sheets`` in format ``fmt`` (one of ``FORMATS``); "csv" gives a ZIP with
    one UTF-8 CSV file per sheet, because one CSV file holds only one sheet."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}, expected one of {FORMATS}")
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    return _writer(fmt)(sheets)


def _reader(kind: str) -> Callable[[bytes, str], list[Sheet]]:
    # Imported on use: the format modules import this package for Row, Sheet and the limits.
    if kind == "xlsx":
        from sachstand.imports.formats import xlsx

        return xlsx.read
    if kind == "ods":
        from sachstand.imports.formats import ods

        return ods.read
    from sachstand.imports.formats import csv

    return csv.read_zip if kind == "zip" else csv.read


def _writer(fmt: str) -> Callable[[Sequence[SheetOut]], bytes]:
    from sachstand.imports.formats import csv, ods, xlsx

    return {"xlsx": xlsx.write, "ods": ods.write, "csv": csv.write}[fmt]


def _detect(data: bytes, filename: str) -> str:
    """Which reader gets the file: the content decides where it is sure, else the extension."""
    extension = PurePath(filename).suffix.lower().lstrip(".")
    claimed = _KIND_BY_EXTENSION.get(extension)
    if data.startswith(OLE_SIGNATURE) and (claimed or extension in ("xls", "xlt")):
        raise problem(
            filename,
            _(
                "it is password-protected or in the old Excel format (.xls). Please remove the "
                "password or save it as .xlsx."
            ),
        )
    archive_kind = _zip_kind(data, filename)
    if archive_kind in ("xlsx", "ods"):
        return archive_kind
    if claimed is None:
        raise problem(filename, unsupported_reason())
    if archive_kind == "zip":
        # A ZIP that is neither workbook: CSV files, or a damaged workbook its reader reports.
        return claimed if claimed in ("xlsx", "ods") else "zip"
    if claimed != "csv" and looks_like_text(data):
        return "csv"  # systems export CSV under any name, ".xlsx" and ".zip" included
    return claimed


def _zip_kind(data: bytes, filename: str) -> str | None:
    """ "xlsx", "ods" or "zip" for a readable ZIP archive, None for anything else."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise problem(
                    filename,
                    _("unpacked, it is larger than %(limit)s MB.")
                    % {"limit": MAX_UNPACKED_BYTES // 2**20},
                )
            return archive_kind(archive)
    except FileProblem:
        raise
    except Exception:
        # Not a ZIP, or one too broken to list: the extension decides, its reader reports.
        return None


def archive_kind(archive: zipfile.ZipFile) -> str:
    """ "xlsx" or "ods" for a ZIP archive that is a workbook of that kind, else "zip"."""
    names = set(archive.namelist())
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if {"content.xml", "mimetype"} <= names and (archive.read("mimetype").strip() == _ODS_MIMETYPE):
        return "ods"
    return "zip"


def looks_like_text(data: bytes) -> bool:
    """Whether the start of a file is text: a UTF-16 byte order mark, or no zero byte."""
    head = data[:65536]
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def build_sheet(
    name: str, rows: Iterable[tuple[int, Mapping[int, object]]], *, filename: str
) -> Sheet:
    """A ``Sheet`` from (row number, {0-based column: value}) pairs in order.

    Blank rows are left out, trailing columns that are blank in every row are dropped and every
    row is padded with None to the same width, so that ``row.cells[i]`` works for every column.
    A reader may hand in the same mapping object for consecutive repeated rows; it is looked at
    once and its cells are shared.
    """
    kept: list[tuple[int, Mapping[int, object]]] = []
    previous: Mapping[int, object] | None = None
    last = -1
    width = 0
    for number, cells in rows:
        if cells is not previous:
            previous = cells
            last = max(
                (column for column, value in cells.items() if not is_blank(value)), default=-1
            )
        if last < 0:
            continue
        kept.append((number, cells))
        width = max(width, last + 1)
        # Checked as rows come: ODS repeats make huge sheets from a few bytes.
        if len(kept) > MAX_ROWS:
            raise too_many_rows(filename)
        if len(kept) * width > MAX_CELLS:
            raise problem(
                filename,
                _("it contains more than %(limit)s cells.")
                % {"limit": number_format(MAX_CELLS, force_grouping=True)},
            )
    result: list[Row] = []
    for number, cells in kept:
        if result and cells is previous:
            result.append(Row(number, result[-1].cells))
        else:
            result.append(Row(number, tuple(cells.get(column) for column in range(width))))
        previous = cells
    return Sheet(name, tuple(result))


def clean_text(text: str) -> str:
    """``text`` without the characters a spreadsheet file cannot hold."""
    return _UNWRITABLE.sub("", text)


def sheet_titles(sheets: Sequence[SheetOut]) -> list[str]:
    """Valid, distinct sheet titles (Excel compares them ignoring case), in order."""
    used: set[str] = set()
    return [unique_title(sheet.name, used) for sheet in sheets]


def unique_title(name: str, used: set[str]) -> str:
    """A valid title for ``name`` not in ``used`` (which it is added to)."""
    base = _TITLE_FORBIDDEN.sub("_", clean_text(name)).strip().strip("'")[:_TITLE_LENGTH]
    base = base or _("Sheet")
    title, number = base, 1
    while title.casefold() in used:
        number += 1
        suffix = f" ({number})"
        title = base[: _TITLE_LENGTH - len(suffix)] + suffix
    used.add(title.casefold())
    return title


def natural_width(sheet: SheetOut, column: int) -> int:
    """Characters enough for the header and the first hundred values, within sensible bounds."""
    values = [sheet.headers[column] if column < len(sheet.headers) else ""]
    values += [row[column] for row in sheet.data[:100] if column < len(row)]
    longest = max(
        (len(line) for value in values if value is not None for line in str(value).split("\n")),
        default=0,
    )
    return min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH)


def problem(filename: str, reason: str) -> FileProblem:
    return FileProblem(
        _("The file “%(name)s” cannot be read as a spreadsheet: %(reason)s")
        % {"name": filename, "reason": reason}
    )


def damaged(filename: str, kind: str) -> FileProblem:
    return problem(
        filename,
        _("it is damaged or not a valid %(format)s file.") % {"format": _FORMAT_LABELS[kind]},
    )


def too_many_rows(filename: str) -> FileProblem:
    return problem(
        filename,
        _("it contains more than %(limit)s rows. Please split it into several files.")
        % {"limit": number_format(MAX_ROWS, force_grouping=True)},
    )


def unsupported_reason() -> str:
    return _(
        "its format is not supported. Accepted are Excel workbooks (.xlsx, .xlsm), "
        "OpenDocument spreadsheets (.ods), CSV files (.csv, .txt) and ZIP archives of CSV "
        "files (.zip)."
    )


# Every msgid of this package with its German translation, for the maintainer to paste into
# locale/de/LC_MESSAGES/django.po; a test keeps it complete.
GERMAN = {
    "The file “%(name)s” cannot be read as a spreadsheet: %(reason)s": (
        "Die Datei „%(name)s“ kann nicht als Tabelle gelesen werden: %(reason)s"
    ),
    "it is empty.": "Sie ist leer.",
    "it is larger than %(limit)s MB.": "Sie ist größer als %(limit)s MB.",
    "unpacked, it is larger than %(limit)s MB.": "Entpackt ist sie größer als %(limit)s MB.",
    "it contains more than %(limit)s rows. Please split it into several files.": (
        "Sie enthält mehr als %(limit)s Zeilen. Bitte teilen Sie sie auf mehrere Dateien auf."
    ),
    "it contains more than %(limit)s cells.": "Sie enthält mehr als %(limit)s Zellen.",
    "it has merged ranges of more than %(limit)s cells in all.": (
        "Sie enthält verbundene Zellbereiche mit zusammen mehr als %(limit)s Zellen."
    ),
    "it is damaged or not a valid %(format)s file.": (
        "Sie ist beschädigt oder keine gültige %(format)s-Datei."
    ),
    (
        "it is password-protected or in the old Excel format (.xls). Please remove the "
        "password or save it as .xlsx."
    ): (
        "Sie ist kennwortgeschützt oder im alten Excel-Format (.xls). Bitte entfernen Sie das "
        "Kennwort oder speichern Sie sie als .xlsx."
    ),
    "it is password-protected. Please save it without a password.": (
        "Sie ist kennwortgeschützt. Bitte speichern Sie sie ohne Kennwort."
    ),
    (
        "its format is not supported. Accepted are Excel workbooks (.xlsx, .xlsm), "
        "OpenDocument spreadsheets (.ods), CSV files (.csv, .txt) and ZIP archives of CSV "
        "files (.zip)."
    ): (
        "Ihr Format wird nicht unterstützt. Angenommen werden Excel-Arbeitsmappen (.xlsx, "
        ".xlsm), OpenDocument-Tabellen (.ods), CSV-Dateien (.csv, .txt) und ZIP-Archive mit "
        "CSV-Dateien (.zip)."
    ),
    "it is neither UTF-8 nor Windows-1252 encoded. Please save it as “CSV UTF-8”.": (
        "Sie ist weder UTF-8- noch Windows-1252-kodiert. Bitte speichern Sie sie als „CSV UTF-8“."
    ),
    "the ZIP archive contains no CSV files.": "Das ZIP-Archiv enthält keine CSV-Dateien.",
    "Sheet": "Tabelle",
    "Invalid value": "Ungültiger Wert",
    "Please choose a value from the list.": "Bitte wählen Sie einen Wert aus der Liste.",
    "TRUE": "WAHR",
    "FALSE": "FALSCH",
}
