"""The fast way through an XES log that is written plainly, as nearly every exporting system
writes it; any other log is read by the XML parser (``xes.xes_load``).

A plain log has, after its header, only traces of this form (any whitespace between elements)::

    <trace>
      <string key="concept:name" value="V-123"/>          trace attributes, before the events
      <event>
        <string key="concept:name" value="Antrag eingegangen"/>
        <date key="time:timestamp" value="2026-01-05T09:00:00+01:00"/>
      </event>
    </trace>

with attributes of the simple types (string, date, int, float, boolean, id), written
``key="…" value="…"`` with one space between, values in double quotes and without character
references other than the five predefined entities. Then ``</log>``. Comments, nested or list
attributes, trace attributes after the events, another encoding than UTF-8, a document type,
prefixed element names, a trace of more than ``MAX_TRACE_BYTES``, a damaged or cut-off file:
anything else makes the log be read by the parser, which also words the error messages.

Python only cuts the text into lines, one trace each, with bulk byte operations (XML turns
tabs and line breaks in attribute values into spaces; so does this); DuckDB reads the lines in
parallel, checks every one against the grammar above (RE2, linear time) and takes the values
apart with string functions. The header goes through lxml, so that what precedes the traces is
well-formed and declares nothing that would change their meaning.
"""

from __future__ import annotations

import re
import zlib
from contextlib import ExitStack
from pathlib import Path

import duckdb
from lxml import etree

from sachstand.eventlogs.engine import quote_literal
from sachstand.eventlogs.mapping import LogMapping
from sachstand.eventlogs.progress import Progress
from sachstand.eventlogs.xes import (
    EVENT_COLUMNS,
    LIFECYCLE,
    XesResult,
    _Keys,
    _local,
    open_binary,
    part_count,
    part_of,
)

BLOCK = 8 * 1024 * 1024  # bytes read at a time
# A longer trace (some 30,000 events) makes the log be read by the parser: DuckDB's lines are
# at most this long.
MAX_TRACE_BYTES = 8 * 1024 * 1024
TRACE_END = b"</trace>"
_TAIL = re.compile(rb"\s*</log>\s*")
_WHITESPACE = bytes.maketrans(b"\t\n", b"  ")
# What XML allows in an attribute value, written plainly: no quote, no "<", "&" only as one of
# the predefined entities. Keys are plainer still.
_VALUE = r'(?:[^"<&]|&(?:amp|lt|gt|quot|apos);)*'
_ATTRIBUTE = r'<(?:string|date|int|float|boolean|id) key="[^"<&]*" value="' + _VALUE + r'" */>'
GRAMMAR = rf" *<trace> *(?:{_ATTRIBUTE} *)*(?:<event> *(?:{_ATTRIBUTE} *)*</event> *)*</trace>"
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))
_ENTITY_BYTES = tuple((entity.encode(), char.encode()) for entity, char in _ENTITIES)
LINE_END = TRACE_END + b"\n"


def plain_load(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    mapping: LogMapping,
    progress: Progress,
    folder: Path,
) -> XesResult | None:
    """The log's traces as lines in files in ``folder``, one file per part (by case id), or
    None when the log is not plain (see the module) and the parser has to read it."""
    keys = _Keys(mapping)
    files = [folder / f"traces-{n}.txt" for n in range(part_count(path))]
    result = XesResult(files=files, sql=lambda files: _events_sql(files, keys))
    plain = False
    try:
        with ExitStack() as stack:
            outputs = [stack.enter_context(name.open("wb")) for name in files]
            plain = _split(path, keys, outputs, progress, result)
        plain = plain and _check(con, result, keys)
    except (EOFError, zlib.error, OSError):  # a damaged gzip file: the parser says where
        plain = False
    finally:
        if not plain:
            for name in files:
                name.unlink(missing_ok=True)
    return result if plain else None


def _split(path: Path, keys: _Keys, outputs: list, progress: Progress, result: XesResult) -> bool:
    """Write the traces, one a line, to the output of their case id's part; False as soon as
    the text is not plain."""
    stream, raw = open_binary(path)
    with stream, raw:
        size = max(path.stat().st_size, 1)
        buffer = stream.read(BLOCK)
        start = buffer.find(b"<trace>")
        if start < 0 or not _header_plain(buffer[:start]):
            return False
        buffer = buffer[start:]
        needle = f'key="{keys.case}" value="'.encode()
        while True:
            block = stream.read(BLOCK)
            if block:
                buffer += block
            end = buffer.rfind(TRACE_END)
            if end >= 0:
                end += len(TRACE_END)
                if not _write(buffer[:end], needle, outputs, result):
                    return False
                buffer = buffer[end:]
            if len(buffer) > MAX_TRACE_BYTES:
                return False
            progress.update(raw.tell() / size)
            if not block:
                return _TAIL.fullmatch(buffer) is not None


def _header_plain(header: bytes) -> bool:
    """Whether what precedes the first trace is a well-formed start of an XES log in UTF-8 that
    declares no document type (which could define entities)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(header + b"</log>", parser)
    except etree.XMLSyntaxError:
        return False
    info = root.getroottree().docinfo
    encoding = (info.encoding or "UTF-8").upper().replace("-", "")
    return _local(root.tag) == "log" and not info.doctype and encoding == "UTF8"


def _write(text: bytes, needle: bytes, outputs: list, result: XesResult) -> bool:
    """Write complete traces; False if the text has what a line of DuckDB cannot hold."""
    if b"\r" in text:  # XML reads a line break, \r\n or \r, as \n
        text = text.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if b"\x00" in text or b"\x01" in text:  # not allowed in XML; \x01 separates no columns
        return False
    text = text.translate(_WHITESPACE)
    result.traces += text.count(TRACE_END)
    result.events += text.count(b"<event>")
    if len(outputs) == 1:
        outputs[0].write(text.replace(TRACE_END, LINE_END))
        return True
    for line in text.split(TRACE_END)[:-1]:
        output = outputs[part_of(_case_id(line, needle), len(outputs))]
        output.write(line)
        output.write(LINE_END)
    return True


def _case_id(line: bytes, needle: bytes) -> bytes:
    """The case id of a trace as text, as DuckDB will read it (entities replaced), to choose its
    part: traces with the same id end up in the same part."""
    head = line.find(b"<event>")
    start = line.find(needle, 0, head if head >= 0 else len(line))
    if start < 0:
        return b""
    start += len(needle)
    value = line[start : line.find(b'"', start)]
    if b"&" in value:
        for entity, char in _ENTITY_BYTES:
            value = value.replace(entity, char)
    return value


def _check(con: duckdb.DuckDBPyConnection, result: XesResult, keys: _Keys) -> bool:
    """Whether every line is a plain trace (and UTF-8, and not too long); also whether the
    mapped service and channel attributes occur with a value."""
    found = {}
    for name, variants in (("service", keys.service), ("channel", keys.channel)):
        if not variants:
            found[name] = "false"
            continue
        trace = quote_literal(f'key="{re.escape(variants[0])}" value="[^"]')
        event = quote_literal("|".join(f'key="{re.escape(v)}" value="[^"]' for v in variants))
        found[name] = f"bool_or(regexp_matches(head, {trace}) OR regexp_matches(body, {event}))"
    lines = 0
    for name in result.files:  # one after the other: the memory does not grow with the parts
        query = f"""
            SELECT count(*) FILTER (NOT regexp_full_match(line, {quote_literal(GRAMMAR)})),
                   count(*), {found["service"]}, {found["channel"]}
            FROM (SELECT line, head, substr(line, length(head) + 1) AS body
                  FROM (SELECT line, split_part(line, '<event>', 1) AS head
                        FROM {_lines(result.files_literal([name]))}))"""
        try:
            row = con.execute(query).fetchone()
        except duckdb.Error:  # not UTF-8, a line too long
            return False
        bad, count, service_found, channel_found = row or (1, 0, False, False)
        if bad:
            return False
        lines += count
        result.service_found |= bool(service_found)
        result.channel_found |= bool(channel_found)
    return lines == result.traces


def _lines(files: str) -> str:
    return (
        f"read_csv({files}, columns = {{'line': 'VARCHAR'}}, delim = '\\x01', quote = '', "
        f"escape = '', header = false, auto_detect = false, new_line = '\\n', "
        f"max_line_size = {MAX_TRACE_BYTES}, buffer_size = {2 * MAX_TRACE_BYTES})"
    )


def _value(key: str, column: str) -> str:
    """The value of the attribute ``key`` in the text of an event (or a trace's head): the text
    between ``key="KEY" value="`` and the next quote, or NULL. A value holds no quote, so the
    sequence cannot stand inside another attribute; the first of equal keys counts."""
    needle = quote_literal(f'key="{key}" value="')
    return f"nullif(split_part(split_part({column}, {needle}, 2), '\"', 1), '')"


def _decoded(column: str) -> str:
    replaced = column
    for entity, char in _ENTITIES:
        replaced = f"replace({replaced}, {quote_literal(entity)}, {quote_literal(char)})"
    return f"CASE WHEN contains({column}, '&') THEN {replaced} ELSE {column} END AS {column}"


def _first(variants: tuple[str, ...], trace: str) -> str:
    """Service or channel: the trace's attribute, else the event's under any of its names."""
    if not variants:
        return "NULL::VARCHAR"
    return f"coalesce({trace}, {', '.join(_value(v, 'e') for v in variants)})"


def _events_sql(files: str, keys: _Keys) -> str:
    """The events of the trace lines in ``files`` (a DuckDB list of file names), with the
    columns of ``xes.EVENT_COLUMNS``."""
    trace_service = _value(keys.service[0], "head") if keys.service else "NULL"
    trace_channel = _value(keys.channel[0], "head") if keys.channel else "NULL"
    return f"""
        SELECT {", ".join(_decoded(c) for c in EVENT_COLUMNS)}
        FROM (
            SELECT case_id,
                   {_value(keys.activity, "e")} AS activity,
                   {_value(LIFECYCLE, "e")} AS lifecycle,
                   {_value(keys.resource, "e")} AS resource,
                   {_first(keys.service, "t_service")} AS service,
                   {_first(keys.channel, "t_channel")} AS channel,
                   {_value(keys.timestamp, "e")} AS ts_text
            FROM (
                SELECT {_value(keys.case, "head")} AS case_id,
                       {trace_service} AS t_service,
                       {trace_channel} AS t_channel,
                       unnest(string_split(line, '<event>')[2:]) AS e
                FROM (SELECT line, split_part(line, '<event>', 1) AS head FROM {_lines(files)})
            )
        )"""
