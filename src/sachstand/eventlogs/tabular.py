"""CSV and Parquet logs: DuckDB reads the file itself, in parallel, only the mapped columns.

Nothing is loaded into Python: the file becomes the relation of events the engine expects, with
every column as text (typed Parquet timestamps included: an instant keeps its offset, a timestamp
without zone is read as Europe/Berlin, as in CSV). CSV needs a header line; the delimiter is
detected (``,`` ``;`` tab). ``.csv.gz`` is read as it is.

A CSV is read as UTF-8 (a byte order mark is skipped). What Windows programs in Germany write as
"CSV" is often Windows-1252, and Excel's "Unicode text" is UTF-16: those are converted to a UTF-8
copy in the temporary folder first (``utf8_copy``), UTF-16 by its byte order mark, Windows-1252
when DuckDB finds bytes that are not UTF-8 (``not_utf8``) – as the plan import decides.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

import duckdb
from django.utils.translation import gettext as _

from sachstand.eventlogs.engine import quote_identifier, quote_literal
from sachstand.eventlogs.mapping import LogMapping, with_and_without_prefix
from sachstand.eventlogs.xes import DEFAULT_RESOURCE, GZIP_MAGIC, open_binary
from sachstand.imports.formats import OLE_SIGNATURE, archive_kind, looks_like_text

XES, CSV, PARQUET, XLSX, ODS = "xes", "csv", "parquet", "xlsx", "ods"
# An OLE container: an old Excel file or a password-protected workbook, which are not read.
OLE = "ole"
_ZIP_MAGIC = b"PK\x03\x04"
UTF8, UTF16, WINDOWS_1252 = "utf-8", "utf-16", "windows-1252"
_CODECS = {UTF16: "utf-16", WINDOWS_1252: "cp1252"}
_ENCODING_NAMES = {UTF16: "UTF-16", WINDOWS_1252: "Windows-1252"}
_CHUNK = 4 * 1024 * 1024  # even, so that a chunk of UTF-16 never ends in half a code unit
_CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")
_CSV_COLUMNS = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")


class SourceError(Exception):
    """The file cannot be used at all; the message is German and says why."""


def detect_format(path: Path) -> str:
    """By the name (.xes, .xes.gz, .csv, .csv.gz, .tsv, .txt, .parquet, .xlsx, .xls, .ods), else
    by the content; an OLE container by its content always."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    with path.open("rb") as file:
        head = file.read(len(OLE_SIGNATURE))
    if head == OLE_SIGNATURE:  # whatever the name: a password-protected .xlsx is one, too
        return OLE
    by_name = {".xes": XES, ".csv": CSV, ".tsv": CSV, ".txt": CSV, ".parquet": PARQUET}
    by_name |= {".pq": PARQUET, ".xlsx": XLSX, ".xlsm": XLSX, ".xls": OLE, ".ods": ODS}
    if last in by_name:
        return by_name[last]
    if head.startswith(b"PAR1"):
        return PARQUET
    if head.startswith(_ZIP_MAGIC):
        return _zipped_spreadsheet(path)
    return XES if head.startswith(GZIP_MAGIC) or head.lstrip()[:1] == b"<" else CSV


def _zipped_spreadsheet(path: Path) -> str:
    """An Excel workbook or an OpenDocument spreadsheet, as the plan import tells them apart;
    any other zip goes the CSV way, where ``csv_encoding`` names it an archive."""
    try:
        with zipfile.ZipFile(path) as archive:
            kind = archive_kind(archive)
    except (zipfile.BadZipFile, OSError):
        return CSV
    return {"xlsx": XLSX, "ods": ODS}.get(kind, CSV)


def reader_sql(path: Path, fmt: str) -> str:
    if fmt == PARQUET:
        return f"read_parquet({quote_literal(str(path))})"
    return f"read_csv({quote_literal(str(path))}, all_varchar = true, header = true)"


def csv_encoding(path: Path) -> str:
    """UTF-16 when the (decompressed) file starts with its byte order mark, else UTF-8; whether
    it really is UTF-8 shows only in the reading (``not_utf8``). A zip archive or a file with
    zero bytes (a PDF, say) is no CSV at all: ``SourceError``."""
    file, raw = open_binary(path)
    with raw, file:
        head = file.read(4096)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return UTF16
    if head.startswith(_ZIP_MAGIC):
        raise SourceError(_("The file is a zip archive. Please unpack the event log from it."))
    if not looks_like_text(head):
        raise SourceError(
            _(
                "The file is not text, so it is no CSV file. sachstand reads event logs as XES, "
                "CSV, Parquet, Excel (.xlsx) and OpenDocument (.ods)."
            )
        )
    return UTF8


def not_utf8(error: Exception) -> bool:
    """Whether DuckDB stopped reading a CSV at bytes that are not UTF-8."""
    return isinstance(error, duckdb.Error) and "Invalid unicode" in str(error)


def utf8_copy(path: Path, encoding: str, folder: Path) -> Path:
    """The CSV at ``path`` (plain or gzip) in ``encoding``, written to ``folder`` as UTF-8.
    A byte the encoding does not have, or a file that has UTF-8 characters before its first
    byte that is not UTF-8 (two encodings mixed), is a ``SourceError`` that names the line."""
    target = folder / f"{encoding}.csv"
    decoder = codecs.getincrementaldecoder(_CODECS[encoding])(errors="strict")
    probe = _Utf8Probe() if encoding == WINDOWS_1252 else None
    line = 1
    try:
        file, raw = open_binary(path)
        with raw, file, target.open("w", encoding="utf-8", newline="") as out:
            while chunk := file.read(_CHUNK):
                if probe and probe.mixed_at(chunk, line):
                    raise SourceError(
                        _(
                            "The file mixes encodings: line %(line)s has a byte that is not "
                            "UTF-8, but lines before it have UTF-8 characters. Please save the "
                            "file as “CSV UTF-8”."
                        )
                        % {"line": probe.line}
                    )
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    before = chunk[: error.start].decode(_CODECS[encoding], errors="replace")
                    raise SourceError(
                        _(
                            "Line %(line)s of the file has a byte (0x%(byte)02X) that is neither "
                            "UTF-8 nor %(encoding)s. Please save the file as “CSV UTF-8”."
                        )
                        % {
                            "line": line + before.count("\n"),
                            "byte": error.object[error.start],
                            "encoding": _ENCODING_NAMES[encoding],
                        }
                    ) from None
                line += text.count("\n")
                out.write(text)
            out.write(decoder.decode(b"", final=True))
    except (OSError, EOFError, UnicodeDecodeError) as error:  # a damaged gzip, half a character
        raise SourceError(unreadable_message(CSV, error)) from None
    return target


class _Utf8Probe:
    """Looks, chunk by chunk, for the first byte that is not UTF-8, and tells whether UTF-8
    characters beyond ASCII came before it: then the file is UTF-8 with some other bytes mixed
    in, and reading it all as Windows-1252 would garble the UTF-8 part."""

    def __init__(self) -> None:
        self.done = False
        self.beyond_ascii = False
        self.tail = b""  # the start of a character cut by the chunk's end
        self.line = 0

    def mixed_at(self, chunk: bytes, line: int) -> bool:
        if self.done:
            return False
        data, self.tail = self.tail + chunk, b""
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data" and error.end == len(data):
                self.tail = data[error.start :]  # complete it with the next chunk
                data = data[: error.start]
            else:
                self.done = True
                valid = data[: error.start]
                self.line = line + valid.count(b"\n")
                return self.beyond_ascii or not valid.isascii()
        self.beyond_ascii = self.beyond_ascii or not data.isascii()
        return False


def _columns(con: duckdb.DuckDBPyConnection, reader: str, fmt: str) -> list[str]:
    try:
        return [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
    except duckdb.Error as error:
        if not_utf8(error):
            raise  # read again as Windows-1252 (see analysis)
        raise SourceError(unreadable_message(fmt, error)) from None


def unreadable_message(fmt: str, error: Exception) -> str:
    """German, and for a CSV with the line DuckDB stopped at (counting the header line as 1)."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    line = _CSV_LINE.search(lines[0]) if fmt == CSV and lines else None
    if line:
        columns = _CSV_COLUMNS.search(str(error))
        if columns:
            return _(
                "Line %(line)s of the CSV file has %(found)s fields, its header line %(expected)s."
            ) % {"line": line.group(1), "found": columns.group(2), "expected": columns.group(1)}
        details = [text for text in lines[1:] if not text.startswith("Original Line")]
        return _("Line %(line)s of the CSV file cannot be read: %(reason)s") % {
            "line": line.group(1),
            "reason": details[0] if details else lines[0],
        }
    return _("The file cannot be read as %(format)s: %(reason)s") % {
        "format": fmt.upper(),
        "reason": lines[0] if lines else type(error).__name__,
    }


def tabular_source(
    con: duckdb.DuckDBPyConnection, path: Path, fmt: str, mapping: LogMapping
) -> tuple[str, dict[str, str | None]]:
    """The SQL of the events relation, and which column each role was found in."""
    reader = reader_sql(path, fmt)
    present = _columns(con, reader, fmt)
    found: dict[str, str | None] = {}
    missing = []
    wanted = {
        "case": ([mapping.case], "--case-column"),
        "activity": ([mapping.activity], "--activity-column"),
        "timestamp": ([mapping.timestamp], "--timestamp-column"),
    }
    if mapping.time:
        wanted["time"] = ([mapping.time], "--time-column")
    if mapping.resource:
        wanted["resource"] = ([mapping.resource], "--resource-column")
    if mapping.service:
        wanted["service"] = (list(with_and_without_prefix(mapping.service)), "--service-attribute")
    if mapping.channel:
        wanted["channel"] = (list(with_and_without_prefix(mapping.channel)), "--channel-attribute")
    for role, (names, option) in wanted.items():
        column = next((name for name in names if name in present), None)
        if column is None:
            missing.append(f"{names[0]} ({option})")
        found[role] = column
    if missing:
        raise SourceError(
            _("The file has no column %(missing)s. Its columns: %(columns)s.")
            % {"missing": ", ".join(missing), "columns": ", ".join(present)}
        )
    if "resource" not in found:
        found["resource"] = DEFAULT_RESOURCE if DEFAULT_RESOURCE in present else None
    return _select(reader, found, fmt), found


def _select(reader: str, found: dict[str, str | None], fmt: str) -> str:
    def text(role: str) -> str:
        column = found.get(role)
        if column is None:
            return "NULL::VARCHAR"
        if fmt == CSV:  # read as text, an empty field (quoted or not) is already NULL
            return quote_identifier(column)
        return f"nullif(CAST({quote_identifier(column)} AS VARCHAR), '')"

    timestamp = text("timestamp")
    if found.get("time"):  # the date's first word ("03.02.2025", "2025-02-03"), then the time
        timestamp = (
            f"CASE WHEN {timestamp} IS NOT NULL THEN concat_ws(' ', "
            f"regexp_extract({timestamp}, '^[^ T]+'), {text('time')}) END"
        )
    return (
        f"SELECT {text('case')} AS case_id, {text('activity')} AS activity, "
        f"NULL::VARCHAR AS lifecycle, {text('resource')} AS resource, "
        f"{text('service')} AS service, {text('channel')} AS channel, "
        f"{timestamp} AS ts_text FROM {reader}"
    )
