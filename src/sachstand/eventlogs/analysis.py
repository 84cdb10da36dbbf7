"""Reading an event log and computing its process indicators: what the command prints.

Reads nothing into the database of sachstand; storing is ``services.eventlog_store``. The figures
are computed only from valid data, and the result says what was skipped and why. A file that
cannot be used as a whole (not XML, cut off, a mapped column missing) is an error: the result
then carries what could be read, labelled, and cannot be stored.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

import duckdb
from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.eventlogs import engine, kpis
from sachstand.eventlogs.mapping import LogMapping, MappingError
from sachstand.eventlogs.progress import LARGE_FILE, Progress, polled
from sachstand.eventlogs.tabular import (
    CSV,
    ODS,
    OLE,
    UTF8,
    UTF16,
    WINDOWS_1252,
    XES,
    XLSX,
    SourceError,
    csv_encoding,
    not_utf8,
    tabular_source,
    unreadable_message,
    utf8_copy,
)
from sachstand.eventlogs.workbook import LARGE_WORKBOOK, ods_copy, xlsx_copy
from sachstand.eventlogs.xes import XesResult, xes_load
from sachstand.eventlogs.xes_plain import plain_load

BERLIN = ZoneInfo(engine.TIME_ZONE)


@dataclass
class Skipped:
    """What was left out, and why. ``errors`` concern the file as a whole."""

    events_without_case: int = 0
    events_without_activity: int = 0
    events_without_timestamp: int = 0
    events_with_unparseable_timestamp: int = 0
    duplicate_events: int = 0
    single_event_cases: int = 0
    cases_without_valid_events: int = 0
    incomplete_cases: int = 0
    cases_with_skipped_events: int = 0
    unparseable_examples: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    COUNTS = (
        "events_without_case",
        "events_without_activity",
        "events_without_timestamp",
        "events_with_unparseable_timestamp",
        "duplicate_events",
        "single_event_cases",
        "cases_without_valid_events",
        "incomplete_cases",
        "cases_with_skipped_events",
    )

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.COUNTS}

    @property
    def anything(self) -> bool:
        return any(self.counts().values()) or bool(self.errors)


@dataclass
class SourceInfo:
    """Where the figures come from: the file, how it was read, and how much of it was used."""

    file: str
    format: str
    size: int
    sha256: str  # empty unless computed (see eventlog_analyse)
    read_at: datetime
    mapping: LogMapping
    columns: dict[str, str | None] = field(default_factory=dict)
    encoding: str | None = None  # of a CSV: utf-8, utf-16 or windows-1252
    events_read: int = 0
    cases_read: int = 0
    events_used: int = 0
    cases_used: int = 0
    first_event: datetime | None = None
    last_event: datetime | None = None
    cases_without_service: int = 0
    unmapped_channels: dict[str, int] = field(default_factory=dict)

    @property
    def completion(self) -> str:
        return "end_activity" if self.mapping.end_activities else "last_event"

    @property
    def first_day(self) -> date | None:
        return self.first_event.astimezone(BERLIN).date() if self.first_event else None

    @property
    def last_day(self) -> date | None:
        return self.last_event.astimezone(BERLIN).date() if self.last_event else None


@dataclass
class Analysis:
    source: SourceInfo
    skipped: Skipped
    rows: list[kpis.Row]  # per service and half-year
    totals: list[kpis.Row]  # per half-year over all services

    @property
    def usable(self) -> bool:
        """Whether the figures may be stored: the file was read whole and has cases."""
        return not self.skipped.errors


class _Hasher(threading.Thread):
    """SHA-256 of the file, computed beside the reading (hashlib releases the GIL)."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.digest = ""

    def run(self) -> None:
        digest = hashlib.sha256()
        with self.path.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
        self.digest = digest.hexdigest()


def eventlog_analyse(
    *,
    path: Path,
    fmt: str,
    mapping: LogMapping,
    progress: TextIO | None = None,
    fingerprint: bool = False,
    when: datetime | None = None,
) -> Analysis:
    """Read the log at ``path`` (format ``fmt``, see ``tabular.detect_format``) and compute its
    indicators; ``progress`` gets a progress bar for large files. ``fingerprint``: also compute
    the file's SHA-256, the provenance of figures that are stored (it reads the file once more,
    beside DuckDB)."""
    if fmt == XES and mapping.time:
        raise MappingError(
            _("--time-column is for CSV, Parquet and spreadsheets; an XES timestamp has its time.")
        )
    hasher = _Hasher(path) if fingerprint else None
    if hasher:
        hasher.start()
    size = path.stat().st_size
    large = size >= (LARGE_WORKBOOK if fmt == XLSX else LARGE_FILE)
    bar = Progress(progress if large else None, _("Reading %(file)s") % {"file": path.name})
    source = SourceInfo(
        file=path.name,
        format=fmt,
        size=size,
        sha256="",
        read_at=when or timezone.now(),
        mapping=mapping,
    )
    skipped = Skipped()
    rows: list[kpis.Row] = []
    totals: list[kpis.Row] = []
    with engine.session(fmt) as (con, folder):
        relation = _read(con, folder, path, fmt, mapping, bar, source, skipped)
        if relation is not None:
            rows, totals = _compute(con, relation, mapping, source, skipped)
    if hasher:
        hasher.join()
        source.sha256 = hasher.digest
    return Analysis(source=source, skipped=skipped, rows=rows, totals=totals)


def _read(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    path: Path,
    fmt: str,
    mapping: LogMapping,
    bar: Progress,
    source: SourceInfo,
    skipped: Skipped,
) -> str | None:
    """Build the table of cases; the relation of events it came from, or None when there is
    nothing to compute from."""
    if source.size == 0:
        skipped.errors.append(_("The file is empty."))
        return None
    try:
        if fmt == XES:
            loaded = _xes_load(con, path, mapping, bar, skipped, folder)
            if loaded is None:
                return None
            engine.cases_build(
                con, loaded.partitions, list(mapping.end_activities), mapping.channel_map
            )
            relation = loaded.relation
        else:
            relation = _tabular_read(con, folder, path, fmt, mapping, bar, source)
    except SourceError as error:
        skipped.errors.append(str(error))
        return None
    except duckdb.Error as error:
        skipped.errors.append(unreadable_message(fmt, error))
        return None
    return relation


def _tabular_read(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    path: Path,
    fmt: str,
    mapping: LogMapping,
    bar: Progress,
    source: SourceInfo,
) -> str:
    """Build the table of cases from a CSV, Parquet or spreadsheet file. A CSV in UTF-16, or one
    that turns out not to be UTF-8 (then read as Windows-1252), is read from a UTF-8 copy, a
    spreadsheet (.xlsx, .ods) from a CSV copy of its first sheet."""

    def cases_from(file: Path) -> str:
        relation, source.columns = tabular_source(con, file, fmt, mapping)
        with polled(bar, con.query_progress):
            engine.cases_build(con, [relation], list(mapping.end_activities), mapping.channel_map)
        return relation

    if fmt == OLE:
        raise SourceError(
            _(
                "The file is password-protected or in the old Excel format (.xls). Please remove "
                "the password, or save the log as CSV UTF-8, .xlsx or .ods."
            )
        )
    if fmt == XLSX:
        path, fmt = xlsx_copy(path, folder, bar), CSV
    elif fmt == ODS:
        path, fmt = ods_copy(path, folder), CSV
    elif fmt == CSV:
        source.encoding = csv_encoding(path)
        if source.encoding == UTF16:
            path = utf8_copy(path, UTF16, folder)
    try:
        return cases_from(path)
    except duckdb.Error as error:
        if source.encoding != UTF8 or not not_utf8(error):
            raise
    source.encoding = WINDOWS_1252
    return cases_from(utf8_copy(path, WINDOWS_1252, folder))


def _xes_load(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    mapping: LogMapping,
    bar: Progress,
    skipped: Skipped,
    folder: Path,
) -> XesResult | None:
    """Stream the XES file into files of traces or events, the plain way if it can be read so
    (``xes_plain``), else with the XML parser; None if a mapped attribute is missing."""
    loaded = plain_load(con, path, mapping, bar, folder) or xes_load(path, mapping, bar, folder)
    bar.finish()
    skipped.errors.extend(loaded.errors)
    skipped.incomplete_cases = loaded.incomplete_cases
    missing = [
        option
        for option, name, found in (
            ("--service-attribute", mapping.service, loaded.service_found),
            ("--channel-attribute", mapping.channel, loaded.channel_found),
        )
        if name and not found
    ]
    if missing and loaded.events:
        skipped.errors.append(_missing_attributes(mapping, missing))
        return None
    return loaded


def _missing_attributes(mapping: LogMapping, options: list[str]) -> str:
    names = {"--service-attribute": mapping.service, "--channel-attribute": mapping.channel}
    return _("No trace and no event of the log has the attribute %(names)s.") % {
        "names": ", ".join(f"{names[o]} ({o})" for o in options)
    }


def _compute(
    con: duckdb.DuckDBPyConnection,
    relation: str,
    mapping: LogMapping,
    source: SourceInfo,
    skipped: Skipped,
) -> tuple[list[kpis.Row], list[kpis.Row]]:
    counts = engine.summary(con)
    if counts["events_skipped"]:
        counts.update(engine.skip_reasons(con, relation))
    for name in Skipped.COUNTS:
        if name in counts:
            setattr(skipped, name, counts[name])
    if skipped.events_with_unparseable_timestamp:
        skipped.unparseable_examples = engine.bad_examples(con, relation)
    for name in ("events_read", "cases_read", "events_used", "cases_used"):
        setattr(source, name, counts[name])
    source.first_event, source.last_event = counts["first_event"], counts["last_event"]
    source.cases_without_service = counts["cases_without_service"] if mapping.service else 0
    if not source.cases_used:
        if not skipped.errors:
            skipped.errors.append(_("The log has no usable case (at least two valid events)."))
        return [], []
    if mapping.channel:
        source.unmapped_channels = kpis.unmapped_channels(con)
    with_channels = bool(mapping.channel)
    rows, totals = kpis.indicator_rows(
        con, by_service=bool(mapping.service), with_channels=with_channels
    )
    for row in (*rows, *totals):
        row.throughput_per_day = _throughput(row, source)
    return rows, totals


def _throughput(row: kpis.Row, source: SourceInfo) -> float | None:
    """Cases completed per calendar day of the half-year that the log covers."""
    first, last = source.first_day, source.last_day
    if first is None or last is None:
        return None
    start, end = max(row.period.start, first), min(row.period.end, last)
    days = (end - start).days + 1
    return row.cases_completed / days if days > 0 else None


def case_durations(*, path: Path, fmt: str, mapping: LogMapping) -> dict[str, float]:
    """Duration in seconds (first to last valid event) of every case the figures use."""
    source = SourceInfo(
        file=path.name,
        format=fmt,
        size=path.stat().st_size,
        sha256="",
        read_at=timezone.now(),
        mapping=mapping,
    )
    with engine.session(fmt) as (con, folder):
        if _read(con, folder, path, fmt, mapping, Progress(None), source, Skipped()) is None:
            return {}
        rows = con.execute(
            "SELECT case_id, (epoch_us(last_ts) - epoch_us(first_ts)) / 1e6 FROM cases "
            f"WHERE {engine.VALID}"
        ).fetchall()
    return dict(rows)
