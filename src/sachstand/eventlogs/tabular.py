"""CSV and Parquet logs: DuckDB reads the file itself, in parallel, only the mapped columns.

Nothing is loaded into Python: the file becomes the relation of events the engine expects, with
every column as text (typed Parquet timestamps included: an instant keeps its offset, a timestamp
without zone is read as Europe/Berlin, as in CSV). CSV needs a header line; the delimiter is
detected (``,`` ``;`` tab). ``.csv.gz`` is read as it is.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from django.utils.translation import gettext as _

from sachstand.eventlogs.engine import quote_identifier, quote_literal
from sachstand.eventlogs.mapping import LogMapping, with_and_without_prefix
from sachstand.eventlogs.xes import DEFAULT_RESOURCE, GZIP_MAGIC

XES, CSV, PARQUET = "xes", "csv", "parquet"


class SourceError(Exception):
    """The file cannot be used at all; the message is German and says why."""


def detect_format(path: Path) -> str:
    """By the name (.xes, .xes.gz, .csv, .csv.gz, .tsv, .txt, .parquet), else by the content."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last == ".xes":
        return XES
    if last in (".csv", ".tsv", ".txt"):
        return CSV
    if last in (".parquet", ".pq"):
        return PARQUET
    with path.open("rb") as file:
        head = file.read(4)
    if head == b"PAR1":
        return PARQUET
    return XES if head.startswith(GZIP_MAGIC) or head.lstrip()[:1] == b"<" else CSV


def reader_sql(path: Path, fmt: str) -> str:
    if fmt == PARQUET:
        return f"read_parquet({quote_literal(str(path))})"
    return f"read_csv({quote_literal(str(path))}, all_varchar = true, header = true)"


def _columns(con: duckdb.DuckDBPyConnection, reader: str, fmt: str) -> list[str]:
    try:
        return [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
    except duckdb.Error as error:
        raise SourceError(unreadable_message(fmt, error)) from None


def unreadable_message(fmt: str, error: Exception) -> str:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return _("The file cannot be read as %(format)s: %(reason)s") % {
        "format": fmt.upper(),
        "reason": reason,
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

    return (
        f"SELECT {text('case')} AS case_id, {text('activity')} AS activity, "
        f"NULL::VARCHAR AS lifecycle, {text('resource')} AS resource, "
        f"{text('service')} AS service, {text('channel')} AS channel, "
        f"{text('timestamp')} AS ts_text FROM {reader}"
    )
