"""What the command shows: a German table, or one JSON object; both from the same analysis."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, npgettext

from sachstand.core.collation import german_sort_key
from sachstand.core.formatting import format_date, format_number
from sachstand.eventlogs.analysis import Analysis, Skipped
from sachstand.eventlogs.engine import TIME_ZONE
from sachstand.eventlogs.kpis import Row
from sachstand.eventlogs.mapping import CHANNELS, UNKNOWN_CHANNEL
from sachstand.eventlogs.tabular import WINDOWS_1252
from sachstand.onlineservices.models import Channel

DAY = 86400
SERVICE_WIDTH = 40  # longer names are cut in the table (JSON has them whole)


def _rounded(value: float | None, places: int = 3) -> float | None:
    return None if value is None else round(value, places)


def row_json(row: Row) -> dict[str, Any]:
    return {
        "service": row.service,
        "period": str(row.period),
        "cases_started": row.cases_started,
        "cases_completed": row.cases_completed,
        "cases_open": row.cases_open,
        "duration_median_s": _rounded(row.duration_median_s),
        "duration_p90_s": _rounded(row.duration_p90_s),
        "duration_mean_s": _rounded(row.duration_mean_s),
        "throughput_per_day": _rounded(row.throughput_per_day),
        "channels": row.channels,
    }


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """The JSON object of ``--format json`` (without what ``--apply`` stored)."""
    source, skipped = analysis.source, analysis.skipped
    return {
        "source": {
            "file": source.file,
            "format": source.format,
            "size": source.size,
            "sha256": source.sha256 or None,
            "read_at": timezone.localtime(source.read_at).isoformat(),
            "time_zone": TIME_ZONE,
            "mapping": source.mapping.as_dict(),
            "columns": source.columns,
            "encoding": source.encoding,
            "completion": source.completion,
            "completion_note": completion_note(analysis),
            "events_read": source.events_read,
            "events_used": source.events_used,
            "cases_read": source.cases_read,
            "cases_used": source.cases_used,
            "first_event": source.first_event.isoformat() if source.first_event else None,
            "last_event": source.last_event.isoformat() if source.last_event else None,
            "cases_without_service": source.cases_without_service,
            "unmapped_channels": source.unmapped_channels,
        },
        "skipped": {
            **skipped.counts(),
            "unparseable_examples": skipped.unparseable_examples,
            "errors": skipped.errors,
        },
        "rows": [row_json(row) for row in sorted_rows(analysis.rows)],
        "totals": [row_json(row) for row in analysis.totals],
    }


def sorted_rows(rows: list[Row]) -> list[Row]:
    """Services in German order, the cases without a service last, half-years ascending."""
    return sorted(
        rows, key=lambda r: (r.service is None, german_sort_key(r.service or ""), r.period)
    )


def completion_note(analysis: Analysis) -> str:
    ends = analysis.source.mapping.end_activities
    if not ends:
        return _("No --end-activity given: every case counts as completed at its last event.")
    return _(
        "A case counts as completed when it reaches one of the end activities %(ends)s, in the "
        "half-year of its last event; the others stay open."
    ) % {"ends": ", ".join(f"“{end}”" for end in ends)}


def skipped_lines(skipped: Skipped) -> list[str]:
    """One German line per reason something was left out, with its count."""
    texts = {
        "events_without_case": lambda n: ngettext(
            "%(count)s event without a case id", "%(count)s events without a case id", n
        ),
        "events_without_activity": lambda n: ngettext(
            "%(count)s event without an activity", "%(count)s events without an activity", n
        ),
        "events_without_timestamp": lambda n: ngettext(
            "%(count)s event without a timestamp", "%(count)s events without a timestamp", n
        ),
        "events_with_unparseable_timestamp": lambda n: ngettext(
            "%(count)s event whose timestamp cannot be read",
            "%(count)s events whose timestamp cannot be read",
            n,
        ),
        "duplicate_events": lambda n: ngettext(
            "%(count)s duplicate event (same case, activity, transition, resource and time)",
            "%(count)s duplicate events (same case, activity, transition, resource and time)",
            n,
        ),
        "single_event_cases": lambda n: ngettext(
            "%(count)s case with only one event (it has no duration)",
            "%(count)s cases with only one event (they have no duration)",
            n,
        ),
        "cases_without_valid_events": lambda n: ngettext(
            "%(count)s case without any valid event", "%(count)s cases without any valid event", n
        ),
        "incomplete_cases": lambda n: ngettext(
            "%(count)s case cut off where the file breaks off",
            "%(count)s cases cut off where the file breaks off",
            n,
        ),
        "cases_with_skipped_events": lambda n: ngettext(
            "%(count)s case is used without its skipped events",
            "%(count)s cases are used without their skipped events",
            n,
        ),
    }
    lines = []
    for name, count in skipped.counts().items():
        if count:
            line = texts[name](count) % {"count": format_number(count)}
            if name == "events_with_unparseable_timestamp" and skipped.unparseable_examples:
                examples = ", ".join(f"“{e}”" for e in skipped.unparseable_examples)
                line += _(" (for example %(examples)s)") % {"examples": examples}
            lines.append(line)
    return lines


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(size / 1024 / 1024, 1)} MB"
    return f"{format_number(size / 1024, 1)} KB"


def events_in_cases(events: int, cases: int) -> str:
    """The counts in words, singular or plural: "1 Ereignis in 1 Vorgang"."""
    return _("%(events)s in %(cases)s") % {
        "events": ngettext("%(count)s event", "%(count)s events", events)
        % {"count": format_number(events)},
        "cases": npgettext("in", "%(count)s case", "%(count)s cases", cases)
        % {"count": format_number(cases)},
    }


def header_lines(analysis: Analysis) -> list[str]:
    source = analysis.source
    what = {"file": source.file, "format": source.format.upper(), "size": _size(source.size)}
    lines = [
        _("Event log %(file)s (%(format)s, %(size)s), SHA-256 %(sha)s")
        % {**what, "sha": source.sha256}
        if source.sha256
        else _("Event log %(file)s (%(format)s, %(size)s)") % what,
        _("Read: %(read)s; used: %(used)s.")
        % {
            "read": events_in_cases(source.events_read, source.cases_read),
            "used": events_in_cases(source.events_used, source.cases_used),
        },
    ]
    if source.encoding == WINDOWS_1252:
        lines.append(_("The file is not UTF-8; it was read as Windows-1252."))
    if source.first_day and source.last_day:
        lines.append(
            _("The log runs from %(first)s to %(last)s (dates in Europe/Berlin).")
            % {"first": format_date(source.first_day), "last": format_date(source.last_day)}
        )
    lines.append(completion_note(analysis))
    if source.cases_without_service:
        lines.append(
            ngettext(
                "%(count)s case has no service; it is counted under “–”.",
                "%(count)s cases have no service; they are counted under “–”.",
                source.cases_without_service,
            )
            % {"count": format_number(source.cases_without_service)}
        )
    if source.unmapped_channels:
        values = ", ".join(
            f"{value} ({format_number(n)})" for value, n in source.unmapped_channels.items()
        )
        lines.append(
            _("Channel values without a --channel-map, counted as unknown: %(values)s")
            % {"values": values}
        )
    return lines


def _cut(text: str) -> str:
    return text if len(text) <= SERVICE_WIDTH else text[: SERVICE_WIDTH - 1] + "…"


def _days(seconds: float | None) -> str:
    return "–" if seconds is None else format_number(seconds / DAY, 1)


def _table(rows: list[Row], with_channels: bool, label_all: bool) -> list[str]:
    headers = [
        _("service"),
        _("half-year"),
        _("started"),
        _("completed"),
        _("open"),
        _("median (days)"),
        _("p90 (days)"),
        _("mean (days)"),
        _("per day"),
    ]
    channel_names = {**{c.value: str(c.label) for c in Channel}, UNKNOWN_CHANNEL: _("unknown")}
    if with_channels:
        headers += [channel_names[c] for c in (*CHANNELS, UNKNOWN_CHANNEL)]
    body = []
    for row in rows:
        service = _("all services") if label_all else _cut(row.service or "–")
        cells = [
            service,
            str(row.period),
            format_number(row.cases_started),
            format_number(row.cases_completed),
            format_number(row.cases_open),
            _days(row.duration_median_s),
            _days(row.duration_p90_s),
            _days(row.duration_mean_s),
            "–" if row.throughput_per_day is None else format_number(row.throughput_per_day, 2),
        ]
        if with_channels:
            cells += [format_number(row.channels.get(c, 0)) for c in (*CHANNELS, UNKNOWN_CHANNEL)]
        body.append(cells)
    widths = [max(len(str(line[i])) for line in [headers, *body]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        first = [cells[0].ljust(widths[0]), cells[1].ljust(widths[1])]
        rest = [cell.rjust(width) for cell, width in zip(cells[2:], widths[2:], strict=True)]
        return "  ".join(first + rest).rstrip()

    return [line(headers), *(line(cells) for cells in body)]


def table_lines(analysis: Analysis) -> list[str]:
    """The report of ``--format table``: where the figures come from, what was skipped, the
    figures per service and half-year (durations in days), then all services together."""
    lines = header_lines(analysis)
    skipped = skipped_lines(analysis.skipped)
    if skipped:
        lines += ["", _("Skipped:"), *(f"  {text}" for text in skipped)]
    if analysis.skipped.errors:
        lines += ["", _("Errors (nothing can be stored):")]
        lines += [f"  {error}" for error in analysis.skipped.errors]
    with_channels = bool(analysis.source.mapping.channel)
    if analysis.rows and analysis.source.mapping.service:
        lines += ["", *_table(sorted_rows(analysis.rows), with_channels, label_all=False)]
    if analysis.totals:
        lines += ["", *_table(analysis.totals, with_channels, label_all=True)]
    return lines
