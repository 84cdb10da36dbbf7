"""The real logs of the tests, and small logs written on the spot for one rule each."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from django.core.management import call_command

from sachstand.eventlogs.analysis import Analysis, case_durations, eventlog_analyse
from sachstand.eventlogs.mapping import LogMapping
from sachstand.eventlogs.tabular import detect_format

DATA = Path(__file__).parent / "data"
BPIC15 = DATA / "BPIC15_1.xes.gz"
RUNNING_EXAMPLE = DATA / "running-example.xes"
ROAD_TRAFFIC = DATA / "roadtraffic100traces.xes"

HEADER = ("case:concept:name", "concept:name", "time:timestamp")


def write_csv(path: Path, rows: list[tuple], header: tuple[str, ...] = HEADER) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _attribute(key: str, value: str) -> str:
    tag = "date" if key == "time:timestamp" else "string"
    return f"<{tag} key={quoteattr(key)} value={quoteattr(value)}/>"


def write_xes(path: Path, traces: list[tuple[dict[str, str], list[dict[str, str]]]]) -> Path:
    """``traces``: (trace attributes, events as attribute dicts), written as XES 1.0."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<log xmlns="http://www.xes-standard.org/">']
    for attributes, events in traces:
        parts.append("<trace>")
        parts += [_attribute(k, v) for k, v in attributes.items()]
        for event in events:
            parts += ["<event>", *(_attribute(k, v) for k, v in event.items()), "</event>"]
        parts.append("</trace>")
    parts.append("</log>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def event(activity: str, timestamp: str | None, **more: str) -> dict[str, str]:
    values = {"concept:name": activity, **more}
    if timestamp is not None:
        values["time:timestamp"] = timestamp
    return values


def analyse(path: Path, **mapping) -> Analysis:
    return eventlog_analyse(path=path, fmt=detect_format(path), mapping=LogMapping(**mapping))


def case_durations_of(path: Path, **mapping) -> dict[str, float]:
    return case_durations(path=path, fmt=detect_format(path), mapping=LogMapping(**mapping))


def command(*args: str) -> tuple[int, str]:
    """Run ``sachstand eventlog`` as the command line does; its exit code and its output."""
    out = io.StringIO()
    try:
        call_command("eventlog", *args, stdout=out, stderr=io.StringIO())
    except SystemExit as exit_:
        return int(exit_.code or 0), out.getvalue()
    return 0, out.getvalue()


def command_json(*args: str) -> tuple[int, dict]:
    code, out = command(*args, "--format=json")
    return code, json.loads(out)
