"""CSV files, alone or several in a ZIP archive: every value stays text.

Reading takes what German office programs write: UTF-8 with or without BOM, else Windows-1252
(Excel's "CSV (Trennzeichen-getrennt)"), UTF-16 with BOM (Excel's "Unicode-Text"); semicolon,
comma or tab as delimiter. Writing gives what German Excel opens with a double click: UTF-8
with BOM, semicolons, decimal commas and dates as DD.MM.YYYY.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import PurePath, PurePosixPath

from django.utils.translation import gettext as _

from sachstand.imports.formats import (
    Sheet,
    SheetOut,
    build_sheet,
    clean_text,
    damaged,
    problem,
    sheet_titles,
)

DELIMITERS = (";", "\t", ",")  # on a tie the first wins: German Excel writes semicolons
_SEPARATOR_HINT = re.compile(r"sep=([;,\t|])", re.IGNORECASE)  # Excel's first line "sep=;"
_CSV_SUFFIXES = (".csv", ".txt")
_HEAD_LINES = 20  # lines looked at for the delimiter
# A fixed time stamp inside the ZIP, so that the same sheets give the same bytes.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def read(data: bytes, filename: str) -> list[Sheet]:
    """One sheet, named after the file without its extension."""
    return [_sheet(data, filename, PurePath(filename).stem)]


def read_zip(data: bytes, filename: str) -> list[Sheet]:
    """One sheet per CSV file in the archive, sorted by path, named after each file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = sorted(info.filename for info in archive.infolist() if _is_csv(info))
        if not members:
            raise problem(filename, _("the ZIP archive contains no CSV files."))
        return [
            _sheet(archive.read(member), f"{filename}/{member}", PurePosixPath(member).stem)
            for member in members
        ]


def _is_csv(info: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(info.filename)
    # macOS adds "__MACOSX/._name.csv" resource forks to every archive it packs.
    hidden = path.name.startswith(".") or path.parts[0] == "__MACOSX"
    return not info.is_dir() and not hidden and path.suffix.lower() in _CSV_SUFFIXES


def _sheet(data: bytes, filename: str, name: str) -> Sheet:
    text = _decode(data, filename)
    try:
        return build_sheet(name, _records(text), filename=filename)
    except csv.Error as error:  # e.g. a field longer than csv.field_size_limit()
        raise damaged(filename, "csv") from error


def _decode(data: bytes, filename: str) -> str:
    """The text of ``data``: a BOM decides, else strict UTF-8, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        # Windows-1252 text is almost never valid UTF-8, so strict UTF-8 first decides well.
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise problem(
        filename, _("it is neither UTF-8 nor Windows-1252 encoded. Please save it as “CSV UTF-8”.")
    )


def _records(text: str) -> Iterator[tuple[int, dict[int, object]]]:
    """(line number of the record's first line, fields) for every record."""
    # newline="" leaves line breaks inside quoted fields to the csv module.
    lines = io.StringIO(text, newline="")
    heads = [line.rstrip("\r\n") for line in islice(lines, _HEAD_LINES) if line.strip()]
    hint = _SEPARATOR_HINT.fullmatch(heads[0]) if heads else None
    delimiter = hint.group(1) if hint else detect_delimiter(heads)
    lines.seek(0)
    reader = csv.reader(lines, delimiter=delimiter)
    start = 1
    for fields in reader:
        number, start = start, reader.line_num + 1
        if hint and [field.lower() for field in fields] == ["sep=", ""]:
            hint = None
            continue
        yield number, dict(enumerate(fields))


def detect_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that occurs most often outside quotes in the header line, the first of
    ``lines`` (a title above the header has none, then the next line decides); ";" if none."""
    for line in lines:
        counts = dict.fromkeys(DELIMITERS, 0)
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        best = max(counts, key=lambda delimiter: counts[delimiter])
        if counts[best]:
            return best
    return DELIMITERS[0]


def write(sheets: Sequence[SheetOut]) -> bytes:
    """A ZIP with "<sheet>.csv" for every sheet."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for sheet, title in zip(sheets, sheet_titles(sheets), strict=True):
            info = zipfile.ZipInfo(f"{title}.csv", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, sheet_csv(sheet))
    return buffer.getvalue()


def sheet_csv(sheet: SheetOut) -> bytes:
    """One sheet as CSV: UTF-8 with BOM (without it Excel reads umlauts as Windows-1252)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([cell_text(value) for value in row] for row in sheet.notes)
    if sheet.has_header:
        writer.writerow([cell_text(header) for header in sheet.headers])
    writer.writerows([cell_text(value) for value in row] for row in sheet.data)
    return out.getvalue().encode("utf-8-sig")


def cell_text(value: object) -> str:
    """``value`` as German Excel shows it, so that a double click opens numbers and dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("TRUE") if value else _("FALSE")
    if isinstance(value, datetime):
        return f"{_german_date(value)} {value:%H:%M}"
    if isinstance(value, date):
        return _german_date(value)
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return clean_text(str(value))


def _german_date(value: date) -> str:
    # strftime("%Y") does not pad years before 1000 on every platform.
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
