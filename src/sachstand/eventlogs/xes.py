"""Streaming XES reader (IEEE 1849): one trace at a time into DuckDB, never the whole tree.

lxml parses the file incrementally; at the end of each trace its events are taken, the trace is
cleared and dropped from the tree, so memory holds one trace however large the log. A trace's
attributes (``case:`` in pm4py's terms) are honoured for service and channel, wherever in the
trace they stand. Timestamps stay text here: DuckDB parses them, as for CSV, so every format
follows the same rules. Global default values (``<global>``) are not applied, as in pm4py: an
event without ``time:timestamp`` has no timestamp, not the default of 1970.
"""

from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import duckdb
from django.utils.translation import gettext as _
from lxml import etree

from sachstand.eventlogs.mapping import CASE_PREFIX, LogMapping, with_and_without_prefix
from sachstand.eventlogs.progress import Progress

GZIP_MAGIC = b"\x1f\x8b"
BATCH = 10_000  # rows per append to DuckDB
EVENT_COLUMNS = "case_id, activity, lifecycle, resource, service, channel, ts_text"
DEFAULT_RESOURCE = "org:resource"
LIFECYCLE = "lifecycle:transition"


@dataclass
class XesResult:
    traces: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    incomplete_cases: int = 0
    service_found: bool = False
    channel_found: bool = False


def open_binary(path: Path) -> tuple[BinaryIO | gzip.GzipFile, BinaryIO]:
    """The file for reading, decompressed if it is gzip (by its content, not its name), and the
    raw file underneath, whose position tells how far the reading is."""
    raw = path.open("rb")
    compressed = raw.read(2) == GZIP_MAGIC
    raw.seek(0)
    return (gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw), raw


class _Keys:
    """The attribute keys to look for, from the mapping."""

    def __init__(self, mapping: LogMapping) -> None:
        case = mapping.case
        self.case = case[len(CASE_PREFIX) :] if case.startswith(CASE_PREFIX) else case
        self.activity = mapping.activity
        self.timestamp = mapping.timestamp
        self.resource = mapping.resource or DEFAULT_RESOURCE
        self.service = self._both(mapping.service)
        self.channel = self._both(mapping.channel)

    @staticmethod
    def _both(name: str | None) -> tuple[str, ...]:
        """Trace attribute without the prefix first, then event attribute as given or without."""
        if not name:
            return ()
        given, other = with_and_without_prefix(name)
        bare = given[len(CASE_PREFIX) :] if given.startswith(CASE_PREFIX) else given
        return tuple(dict.fromkeys([bare, given, other]))


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text[text.rfind("}") + 1 :]


def _first(attributes: dict[str, str | None], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = attributes.get(key)
        if value:
            return value
    return None


def _trace_rows(trace: etree._Element, keys: _Keys, result: XesResult) -> list[tuple]:
    """The rows of one trace's events; trace attributes win for service and channel."""
    own: dict[str, str | None] = {}
    events = []
    for element in trace:
        if _local(element.tag) == "event":
            events.append({a.get("key"): a.get("value") for a in element})
        else:
            key = element.get("key")
            if key is not None:
                own[key] = element.get("value")
    case_id = own.get(keys.case) or None
    trace_service = _first(own, keys.service[:1])
    trace_channel = _first(own, keys.channel[:1])
    result.service_found |= trace_service is not None
    result.channel_found |= trace_channel is not None
    rows = []
    for event in events:
        service = trace_service or _first(event, keys.service)
        channel = trace_channel or _first(event, keys.channel)
        result.service_found |= service is not None
        result.channel_found |= channel is not None
        rows.append(
            (
                case_id,
                event.get(keys.activity) or None,
                event.get(LIFECYCLE) or None,
                event.get(keys.resource) or None,
                service,
                channel,
                event.get(keys.timestamp) or None,
            )
        )
    return rows


def xes_load(
    con: duckdb.DuckDBPyConnection, path: Path, mapping: LogMapping, progress: Progress
) -> XesResult:
    """Stream the log's events into the table ``events``; problems of the file are errors in
    the result (the complete traces before them are kept, and the result says so)."""
    con.execute(f"CREATE TABLE events ({_column_types()})")
    result = XesResult()
    stream, raw = open_binary(path)
    try:
        with con.appender("events") as appender:
            _stream(stream, raw, _Keys(mapping), appender, progress, result)
    finally:
        stream.close()
        raw.close()
    return result


def _stream(stream, raw, keys: _Keys, appender, progress: Progress, result: XesResult) -> None:
    """Parse trace by trace, appending in batches; file problems become errors."""
    size = max(os.fstat(raw.fileno()).st_size, 1)
    progress.update(0)
    batch: list[tuple] = []
    context = None
    log = None  # the <log> element, once a trace is read
    try:
        context = etree.iterparse(
            stream,
            events=("end",),
            tag="{*}trace",
            remove_comments=True,
            remove_pis=True,
            resolve_entities=False,
            no_network=True,
            huge_tree=True,
        )
        for _event, trace in context:
            log = trace.getparent()
            batch.extend(_trace_rows(trace, keys, result))
            result.traces += 1
            _drop(trace)
            if len(batch) >= BATCH:
                _append(appender, batch, result)
                progress.update(raw.tell() / size)
        if result.traces == 0 and _local(context.root.tag) != "log":
            result.errors.append(_("The file is XML but not an XES event log (no <log>)."))
    except etree.XMLSyntaxError as error:
        root = log if log is not None else getattr(context, "root", None)
        is_log = root is not None and _local(root.tag) == "log"
        result.errors.append(_syntax_message(error, result.traces, is_log))
    except (EOFError, zlib.error, OSError) as error:
        result.errors.append(
            _(
                "The compressed file is damaged or cut off (%(reason)s). Only the %(traces)d "
                "complete cases before the damage are read; the rest of the file is missing."
            )
            % {"reason": error, "traces": result.traces}
        )
    _append(appender, batch, result)
    if result.errors:
        result.incomplete_cases = _open_traces(log)


def _open_traces(log: etree._Element | None) -> int:
    """1 if the reading stopped inside a trace (its events are not used), else 0."""
    if log is None or not len(log):
        return 0
    last = log[-1]
    return int(_local(last.tag) == "trace" and last.get("sachstand-done") is None)


def _column_types() -> str:
    return ", ".join(f"{name.strip()} VARCHAR" for name in EVENT_COLUMNS.split(","))


def _append(appender, batch: list[tuple], result: XesResult) -> None:
    if batch:
        appender.append_rows(batch)
        appender.flush()
        result.events += len(batch)
        batch.clear()


def _drop(trace: etree._Element) -> None:
    """Free the trace and everything before it, so the tree never grows."""
    trace.clear()
    trace.set("sachstand-done", "")  # a trace the reading stops in has no such mark
    parent = trace.getparent()
    if parent is not None:
        while trace.getprevious() is not None:
            del parent[0]


def _syntax_message(error: etree.XMLSyntaxError, traces: int, is_log: bool) -> str:
    line, column = error.position if error.position else (0, 0)
    if not is_log:
        return _(
            "The file is not an XES event log: it cannot be read as XML (line %(line)d, "
            "column %(column)d: %(reason)s)."
        ) % {"line": line, "column": column, "reason": error.msg}
    return _(
        "The file breaks off or is damaged at line %(line)d, column %(column)d (%(reason)s). "
        "Only the %(traces)d complete cases before it are read; the rest of the file is missing."
    ) % {"line": line, "column": column, "reason": error.msg, "traces": traces}
