"""Streaming XES reader (IEEE 1849): one trace at a time, never the whole tree. It reads the
logs that ``xes_plain`` cannot be sure of, and words the messages of damaged files.

lxml parses the file incrementally and hands over only finished traces (``tag`` filter); each
trace's events become rows, the trace and everything before it is dropped from the tree, so
memory holds one trace however large the log. The rows go, as Python writes them, to a
tab-separated file in the run's temporary folder (the csv module's C writer, every value quoted
so that tabs, quotes and line breaks in names survive); DuckDB then reads that file like any
CSV, in parallel, and parses the timestamps itself, so every format follows the same rules and
no timestamp is parsed in Python.

A trace's attributes (``case:`` in pm4py's terms) are honoured for service and channel, wherever
in the trace they stand. Global default values (``<global>``) are not applied, as in pm4py: an
event without ``time:timestamp`` has no timestamp, not the default of 1970.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import zlib
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from django.utils.translation import gettext as _
from lxml import etree

from sachstand.eventlogs.engine import quote_literal
from sachstand.eventlogs.mapping import CASE_PREFIX, LogMapping, with_and_without_prefix
from sachstand.eventlogs.progress import Progress

GZIP_MAGIC = b"\x1f\x8b"
PROGRESS_EVERY = 1_000  # traces between updates of the progress bar
# DuckDB's read buffer for the files of events, per thread (its default is 32 MB); a row of
# one event may be as long (its values are the event's names, not documents).
READ_BUFFER = 4 * 1024 * 1024
# The events are split by case id into parts of about this much XES text (a quarter of a
# million events of a typical log), which DuckDB groups one after the other: its memory for a
# part is bounded, however large the log. A gzip file is assumed to have shrunk by this factor
# at most (more parts than needed cost little).
PART_BYTES = 64 * 1024 * 1024
GZIP_RATIO = 50
EVENT_COLUMNS = ("case_id", "activity", "lifecycle", "resource", "service", "channel", "ts_text")
DEFAULT_RESOURCE = "org:resource"
LIFECYCLE = "lifecycle:transition"


def _read_sql(files: str) -> str:
    """The events in the tab-separated files that ``xes_load`` writes (``files``: a DuckDB list
    of file names)."""
    columns = ", ".join(f"'{name}': 'VARCHAR'" for name in EVENT_COLUMNS)
    return (
        f"SELECT * FROM read_csv({files}, delim = '\\t', quote = '\"', escape = '\"', "
        f"header = false, auto_detect = false, new_line = '\\n', columns = {{{columns}}}, "
        f"buffer_size = {READ_BUFFER}, max_line_size = {READ_BUFFER})"
    )


@dataclass
class XesResult:
    files: list[Path]  # one per part; a case is in one part only
    sql: Callable[[str], str] = _read_sql  # the events in the files given as a DuckDB list
    traces: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    incomplete_cases: int = 0
    service_found: bool = False
    channel_found: bool = False

    @property
    def partitions(self) -> list[str]:
        """The SQL of the events read, one relation per part."""
        return [self.sql(self.files_literal([path])) for path in self.files]

    @property
    def relation(self) -> str:
        """The SQL of all events read."""
        return self.sql(self.files_literal())

    def files_literal(self, files: list[Path] | None = None) -> str:
        """``files`` (default: all) as a DuckDB list of file names."""
        return "[" + ", ".join(quote_literal(str(p)) for p in (files or self.files)) + "]"


def part_of(case_id: bytes, parts: int) -> int:
    """The part a case id's events go to: traces with the same id meet in one part."""
    return zlib.crc32(case_id) % parts if parts > 1 else 0


def part_count(path: Path) -> int:
    """Into how many parts the events of the log at ``path`` are split, by its size."""
    with path.open("rb") as file:
        compressed = file.read(2) == GZIP_MAGIC
    size = path.stat().st_size * (GZIP_RATIO if compressed else 1)
    return max(1, math.ceil(size / PART_BYTES))


def open_binary(path: Path) -> tuple[BinaryIO | gzip.GzipFile, BinaryIO]:
    """The file for reading, decompressed if it is gzip (by its content, not its name), and the
    raw file underneath, whose position tells how far the reading is."""
    return open_binary_from(path.open("rb"))


def open_binary_from(raw: BinaryIO) -> tuple[BinaryIO | gzip.GzipFile, BinaryIO]:
    """As ``open_binary``, for a file already open at its start."""
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


class _Traces:
    """Turns finished traces into rows; remembers which tags are events (with any namespace)."""

    def __init__(self, keys: _Keys, result: XesResult) -> None:
        self.keys = keys
        self.result = result
        self.is_event: dict[str, bool] = {}

    def _event_tag(self, tag: object) -> bool:
        known = self.is_event.get(tag)  # type: ignore[call-overload]
        if known is None:
            known = self.is_event[tag] = _local(tag) == "event"  # type: ignore[index]
        return known

    def rows(self, trace: etree._Element) -> list[tuple]:
        """The rows of one trace's events; trace attributes win for service and channel."""
        keys, result = self.keys, self.result
        own: dict[str, str | None] = {}
        events = []
        for element in trace:
            if self._event_tag(element.tag):
                events.append({a.get("key"): a.get("value") for a in reversed(element)})
            else:
                key = element.get("key")
                if key is not None:
                    own.setdefault(key, element.get("value"))
        case_id = own.get(keys.case) or None
        service = _first(own, keys.service[:1])
        channel = _first(own, keys.channel[:1])
        result.service_found |= service is not None
        result.channel_found |= channel is not None
        by_event = (
            (keys.service if service is None else ()),
            (keys.channel if channel is None else ()),
        )
        activity, timestamp, resource = keys.activity, keys.timestamp, keys.resource
        rows = []
        for event in events:
            row = (
                case_id,
                event.get(activity) or None,
                event.get(LIFECYCLE) or None,
                event.get(resource) or None,
                service or _first(event, by_event[0]),
                channel or _first(event, by_event[1]),
                event.get(timestamp) or None,
            )
            rows.append(row)
        if rows and (service is None or channel is None):
            result.service_found |= any(row[4] is not None for row in rows)
            result.channel_found |= any(row[5] is not None for row in rows)
        return rows


def xes_load(path: Path, mapping: LogMapping, progress: Progress, folder: Path) -> XesResult:
    """Stream the log's events into files in ``folder`` (``XesResult.partitions`` reads them);
    problems of the file are errors in the result (the complete traces before them are kept,
    and the result says so)."""
    parts = part_count(path)
    result = XesResult(files=[folder / f"events-{n}.tsv" for n in range(parts)])
    stream, raw = open_binary(path)
    try:
        with ExitStack() as files:
            writers = [
                csv.writer(
                    files.enter_context(name.open("w", encoding="utf-8", newline="")),
                    delimiter="\t",
                    lineterminator="\n",
                    quoting=csv.QUOTE_ALL,
                )
                for name in result.files
            ]
            _stream(stream, raw, _Traces(_Keys(mapping), result), writers, progress, result)
    finally:
        stream.close()
        raw.close()
    return result


def _stream(
    stream, raw, traces: _Traces, writers: list, progress: Progress, result: XesResult
) -> None:
    """Parse trace by trace, writing each one's rows to the part of its case id; file problems
    become errors."""
    size = max(os.fstat(raw.fileno()).st_size, 1)
    progress.update(0)
    context = None
    log = None  # the <log> element, once a trace is read
    parts = len(writers)
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
            if log is None:
                log = trace.getparent()
            rows = traces.rows(trace)
            if rows:
                case_id = rows[0][0]
                part = part_of(case_id.encode() if case_id else b"", parts)
                writers[part].writerows(rows)
            result.events += len(rows)
            result.traces += 1
            _drop(trace)
            if result.traces % PROGRESS_EVERY == 0:
                progress.update(raw.tell() / size)
        if result.traces == 0 and _local(context.root.tag) != "log":
            result.errors.append(_("The file is XML but not an XES event log (no <log>)."))
    except etree.XMLSyntaxError as error:
        is_log = _local(log.tag) == "log" if log is not None else _starts_as_log(raw)
        result.errors.append(_syntax_message(error, result.traces, is_log))
    except (EOFError, zlib.error, OSError) as error:
        result.errors.append(
            _(
                "The compressed file is damaged or cut off (%(reason)s). Only the %(traces)d "
                "complete cases before the damage are read; the rest of the file is missing."
            )
            % {"reason": error, "traces": result.traces}
        )
    if result.errors:
        result.incomplete_cases = _open_traces(log)


def _starts_as_log(raw: BinaryIO) -> bool:
    """Whether the file's first element is <log>: asked when the XML breaks before the first
    trace is complete, so that a damaged log is not called "not an XES event log"."""
    raw.seek(0)
    stream, _raw = open_binary_from(raw)
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True)
    first = None
    with suppress(etree.XMLSyntaxError, EOFError, zlib.error, OSError):
        while first is None and (chunk := stream.read(1 << 16)):
            parser.feed(chunk)
            first = next(iter(parser.read_events()), None)
    first = first or next(iter(parser.read_events()), None)  # those read before an error
    return first is not None and _local(first[1].tag) == "log"


def _open_traces(log: etree._Element | None) -> int:
    """1 if the reading stopped inside a trace (its events are not used), else 0."""
    if log is None or not len(log):
        return 0
    last = log[-1]
    return int(_local(last.tag) == "trace" and last.get("sachstand-done") is None)


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
