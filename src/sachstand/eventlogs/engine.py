"""The DuckDB side: a private database per run, and the table of cases built from the events.

Every format arrives as one relation of events with text columns (case_id, activity, lifecycle,
resource, service, channel, ts_text); from here on the rules are the same for XES, CSV and
Parquet. Timestamps are parsed by DuckDB: ISO 8601 with or without offset (without: read as
Europe/Berlin, a local time that does not exist moves forward an hour, an ambiguous one is the
later, standard-time instant) and German ``TT.MM.JJJJ[ HH:MM[:SS]]``. Durations are differences
of instants in microseconds, so a log that mixes +01:00 and +02:00 neither gains nor loses an
hour; Europe/Berlin is used only to tell in which half-year an instant falls.

The events are read once, in one grouping by case; a second pass over them is made only for a
log that has events to skip, to say why (see ``skip_reasons``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from sachstand.eventlogs.mapping import CHANNELS, UNKNOWN_CHANNEL

TIME_ZONE = "Europe/Berlin"
# DuckDB's own memory; beyond it, it spills to the temporary folder. The grouping of a CSV or
# Parquet file by case needs the most: with 1 GB it runs a fifth faster on 10 million events than
# with 768 MB (where it has to evict and re-read its own buffers), and the whole command still
# peaks at about 700 MB. XES is grouped in parts of bounded size (see xes.PART_BYTES), so there
# DuckDB needs little, and the memory stays flat in the file size.
MEMORY_LIMITS = {"xes": "128MB"}
MEMORY_LIMIT = "1GB"
GERMAN_FORMATS = "['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%d.%m.%Y']"
# An offset after a space ("2026-03-28 12:00:00 +01:00", as `date` and many logs write it).
SPACED_OFFSET_FORMAT = "'%Y-%m-%d %H:%M:%S %z'"
# Instants outside these years are typing errors (or a system's "no date"), not events.
EARLIEST, LATEST = "1900-01-01 00:00:00+00", "2999-12-31 00:00:00+00"
# Their half-years as year * 2 + (0 or 1).
EARLIEST_HALF_YEAR, LATEST_HALF_YEAR = 1900 * 2, 2999 * 2 + 1


@contextmanager
def session(fmt: str) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    """A private in-memory DuckDB database for reading a log of format ``fmt`` and a temporary
    folder, removed afterwards, where DuckDB spills beyond its memory limit and the XES reader
    writes the events it parsed."""
    with tempfile.TemporaryDirectory(prefix="sachstand-eventlog-") as name:
        folder = Path(name)
        con = duckdb.connect(
            ":memory:",
            config={
                "memory_limit": MEMORY_LIMITS.get(fmt, MEMORY_LIMIT),
                "temp_directory": str(folder / "spill"),
                "preserve_insertion_order": False,
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
            },
        )
        try:
            con.execute(f"SET TimeZone = '{TIME_ZONE}'")
            con.execute("SET enable_progress_bar = true")
            con.execute("SET enable_progress_bar_print = false")
            yield con, folder
        finally:
            con.close()


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _parsed(source: str) -> str:
    """The events with the text of their timestamp (``ts_given``) and their instant (``ts``),
    both NULL where the event has no activity (it is not used); ``ts`` is also NULL where the
    timestamp cannot be read or is implausible. The German formats, then an offset after a space,
    are tried only for the texts that are not ISO 8601 (``coalesce`` evaluates its further
    arguments only there)."""
    return f"""
        SELECT case_id, activity, lifecycle, resource, service, channel, ts_given,
               CASE WHEN t BETWEEN TIMESTAMPTZ '{EARLIEST}' AND TIMESTAMPTZ '{LATEST}'
                    THEN t END AS ts
        FROM (
            SELECT *, coalesce(
                       TRY_CAST(ts_given AS TIMESTAMPTZ),
                       TRY_CAST(try_strptime(ts_given, {GERMAN_FORMATS}) AS TIMESTAMPTZ),
                       try_strptime(ts_given, {SPACED_OFFSET_FORMAT})) AS t
            FROM (SELECT *, CASE WHEN activity IS NOT NULL THEN ts_text END AS ts_given
                  FROM ({source}))
        )"""


def channel_map_load(con: duckdb.DuckDBPyConnection, channel_map: dict[str, str]) -> None:
    """The given VALUE=CHANNEL pairs; a value that is already a channel's code maps to it."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE channel_map (value VARCHAR PRIMARY KEY, channel VARCHAR)"
    )
    if channel_map:
        con.executemany("INSERT INTO channel_map VALUES (?, ?)", list(channel_map.items()))


def _utc_half_year(column: str) -> str:
    """The half-year (year * 2 + 0 or 1) of an instant on the UTC calendar: no time zone
    arithmetic, so cheap for a million cases."""
    utc = f"make_timestamp(epoch_us({column}))"
    return f"year({utc}) * 2 + (month({utc}) > 6)::INTEGER"


def _berlin_half_years() -> str:
    """The starts of the half-years 1900-H1 to 3000-H1 in Berlin, as a list of instants."""
    return f"""(SELECT list(make_timestamptz(q // 2, 1 + 6 * (q % 2), 1, 0, 0, 0, '{TIME_ZONE}')
                            ORDER BY q)
                FROM range({EARLIEST_HALF_YEAR}, {LATEST_HALF_YEAR + 2}) AS t(q))"""


def cases_build(
    con: duckdb.DuckDBPyConnection,
    sources: list[str],
    end_activities: list[str],
    channel_map: dict[str, str],
) -> None:
    """The table ``cases``, one row per case id, from one pass over the events: how many events
    and how many valid ones (with an activity and a readable timestamp), how many of those
    repeat another, first and last instant, service and channel (of the earliest event that
    names them, the channel also mapped), whether it reached an end activity, its duration and
    the half-years of its first and last event. ``sources`` are relations of events, each case
    in one of them only; they are grouped one after the other, which bounds the memory.

    Duplicates are events of the same case equal in activity, lifecycle transition, resource and
    instant, compared by a 64-bit hash (a false match within one case is below 10^-15). Every
    case keeps the list of its events' hashes, but counting the distinct ones in it is the
    expensive part, so it is done only for the cases that may have a duplicate at all: each
    valid event also sets one of 127 bits chosen by its hash, and a case whose valid events set
    as many bits as there are of them has no two alike. Exact either way; it only saves work
    (for cases of ten events, two in three need no count).

    Half-years are year * 2 + (0 or 1), by the date in Europe/Berlin. Berlin is ahead of UTC
    (by one to three hours, ever since 1893), so an instant's half-year in Berlin is the one on
    the UTC calendar or the next: the next one when the instant is at or after that half-year's
    start in Berlin. Those starts are computed once by the time zone rules (DuckDB's ICU); each
    case then needs a comparison, not a time zone conversion.
    """
    channel_map_load(con, channel_map)
    completed = (
        "bool_or(ts IS NOT NULL AND list_contains($end, activity))" if end_activities else "true"
    )
    parameters = {"end": end_activities} if end_activities else None
    for number, source in enumerate(sources):
        target = "CREATE OR REPLACE TABLE cases AS" if number == 0 else "INSERT INTO cases"
        con.execute(_cases_sql(target, source, completed), parameters)


def _cases_sql(target: str, source: str, completed: str) -> str:
    codes = ", ".join(f"'{c}'" for c in CHANNELS)
    first = EARLIEST_HALF_YEAR
    return f"""
        {target}
        SELECT c.case_id, n_rows, n_valid,
               CASE WHEN n_valid < 2 OR bit_count(bits) = n_valid THEN 0
                    ELSE n_valid - list_unique(hashes) END AS n_dup,
               first_ts, last_ts, service,
               c.channel AS channel_value,
               CASE WHEN c.channel IS NULL THEN '{UNKNOWN_CHANNEL}'
                    ELSE coalesce(m.channel,
                                  CASE WHEN lower(c.channel) IN ({codes})
                                       THEN lower(c.channel) END,
                                  '{UNKNOWN_CHANNEL}') END AS channel,
               m.channel IS NULL AND lower(c.channel) NOT IN ({codes}) AS unmapped,
               s + (first_ts >= starts[s - {first} + 2])::INTEGER AS p_start,
               e + (last_ts >= starts[e - {first} + 2])::INTEGER AS p_end,
               (epoch_us(last_ts) - epoch_us(first_ts)) / 1e6 AS duration_s,
               completed
        FROM (
            SELECT *, {_utc_half_year("first_ts")} AS s, {_utc_half_year("last_ts")} AS e
            FROM (
                SELECT case_id,
                       count(*) AS n_rows,
                       count(ts) AS n_valid,
                       bit_or(1::HUGEINT << (h % 127)::HUGEINT) AS bits,
                       list(h) AS hashes,
                       min(ts) AS first_ts,
                       max(ts) AS last_ts,
                       arg_min(service, ts) AS service,
                       arg_min(channel, ts) AS channel,
                       {completed} AS completed
                FROM (SELECT *, CASE WHEN ts IS NOT NULL
                                     THEN hash(activity, lifecycle, resource, ts) END AS h
                      FROM ({_parsed(source)}))
                GROUP BY case_id)
        ) AS c
        CROSS JOIN (SELECT {_berlin_half_years()} AS starts)
        LEFT JOIN channel_map m ON m.value = c.channel"""


def valid(alias: str = "") -> str:
    """The condition for a case the figures use: it has an id and two distinct valid events."""
    prefix = f"{alias}." if alias else ""
    return f"{prefix}case_id IS NOT NULL AND {prefix}n_valid - {prefix}n_dup >= 2"


VALID = valid()

SUMMARY_SQL = f"""
    SELECT coalesce(sum(n_rows) FILTER (case_id IS NULL), 0),
           coalesce(sum(n_rows - n_valid) FILTER (case_id IS NOT NULL), 0),
           coalesce(sum(n_dup) FILTER (case_id IS NOT NULL), 0),
           count(*) FILTER (case_id IS NOT NULL AND n_valid > 0 AND n_valid - n_dup = 1),
           count(*) FILTER (case_id IS NOT NULL AND n_valid = 0),
           count(*) FILTER ({VALID} AND n_rows > n_valid),
           coalesce(sum(n_rows), 0),
           count(*) FILTER (case_id IS NOT NULL),
           coalesce(sum(n_valid - n_dup) FILTER ({VALID}), 0),
           count(*) FILTER ({VALID}),
           min(first_ts) FILTER ({VALID}),
           max(last_ts) FILTER ({VALID}),
           count(*) FILTER ({VALID} AND service IS NULL)
    FROM cases"""

SUMMARY_FIELDS = (
    "events_without_case",
    "events_skipped",
    "duplicate_events",
    "single_event_cases",
    "cases_without_valid_events",
    "cases_with_skipped_events",
    "events_read",
    "cases_read",
    "events_used",
    "cases_used",
    "first_event",
    "last_event",
    "cases_without_service",
)

REASON_FIELDS = (
    "events_without_activity",
    "events_without_timestamp",
    "events_with_unparseable_timestamp",
)


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    row = con.execute(SUMMARY_SQL).fetchone()
    return dict(zip(SUMMARY_FIELDS, row or (), strict=True))


def skip_reasons(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, int]:
    """Why the events of cases with an id were skipped, by reason: a second pass over the
    events, made only when ``summary`` counted any (``events_skipped``)."""
    row = con.execute(
        f"""SELECT count(*) FILTER (activity IS NULL),
                   count(*) FILTER (activity IS NOT NULL AND ts_given IS NULL),
                   count(*) FILTER (ts_given IS NOT NULL AND ts IS NULL)
            FROM ({_parsed(source)}) WHERE case_id IS NOT NULL"""
    ).fetchone()
    return dict(zip(REASON_FIELDS, row or (0, 0, 0), strict=True))


def bad_examples(con: duckdb.DuckDBPyConnection, source: str, limit: int = 3) -> list[str]:
    """Some timestamps that cannot be read: a further pass, made only when there are any."""
    rows = con.execute(
        f"SELECT DISTINCT ts_given FROM ({_parsed(source)}) "
        "WHERE case_id IS NOT NULL AND ts IS NULL AND ts_given IS NOT NULL "
        "ORDER BY ts_given LIMIT ?",
        [limit],
    ).fetchall()
    return [row[0] for row in rows]
