"""The DuckDB side: a private database per run, and the table of cases built from the events.

Every format arrives as one relation of events with text columns (case_id, activity, lifecycle,
resource, service, channel, ts_text); from here on the rules are the same for XES, CSV and
Parquet. Timestamps are parsed by DuckDB: ISO 8601 with or without offset (without: read as
Europe/Berlin, a local time that does not exist moves forward an hour, an ambiguous one is the
later, standard-time instant) and German ``TT.MM.JJJJ[ HH:MM[:SS]]``. Durations are differences
of instants in microseconds, so a log that mixes +01:00 and +02:00 neither gains nor loses an
hour; Europe/Berlin is used only to tell in which half-year an instant falls.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

TIME_ZONE = "Europe/Berlin"
# DuckDB's own memory; beyond it, it spills to the temporary folder. XES is read into a table
# on disk event by event, so it needs little; CSV and Parquet are aggregated straight from the
# file, where more memory saves spilling.
MEMORY_LIMITS = {"xes": "128MB"}
MEMORY_LIMIT = "1GB"
GERMAN_FORMATS = "['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%d.%m.%Y']"
# Instants outside these years are typing errors (or a system's "no date"), not events.
EARLIEST, LATEST = "1900-01-01 00:00:00+00", "2999-12-31 00:00:00+00"


@contextmanager
def session(fmt: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A private DuckDB database for reading a log of format ``fmt``, in a temporary folder that
    is removed afterwards. XES events are stored in a database file there (they are written
    event by event and may be far larger than memory); CSV and Parquet are aggregated straight
    from the file, so their database stays in memory. Beyond its memory limit DuckDB spills to
    the folder, so memory stays flat however large the log is."""
    with tempfile.TemporaryDirectory(prefix="sachstand-eventlog-") as folder:
        database = str(Path(folder) / "log.duckdb") if fmt == "xes" else ":memory:"
        con = duckdb.connect(
            database,
            config={
                "memory_limit": MEMORY_LIMITS.get(fmt, MEMORY_LIMIT),
                "temp_directory": folder,
                "preserve_insertion_order": False,
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
            },
        )
        try:
            con.execute(f"SET TimeZone = '{TIME_ZONE}'")
            con.execute("SET enable_progress_bar = true")
            con.execute("SET enable_progress_bar_print = false")
            yield con
        finally:
            con.close()


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _parsed(source: str) -> str:
    """The events with the text of their timestamp (``ts_given``) and their instant (``ts``),
    both NULL where the event has no activity (it is not used); ``ts`` is also NULL where the
    timestamp cannot be read or is implausible."""
    return f"""
        SELECT case_id, activity, lifecycle, resource, service, channel, ts_given,
               CASE WHEN t BETWEEN TIMESTAMPTZ '{EARLIEST}' AND TIMESTAMPTZ '{LATEST}'
                    THEN t END AS ts
        FROM (
            SELECT *, coalesce(
                       TRY_CAST(ts_given AS TIMESTAMPTZ),
                       TRY_CAST(try_strptime(ts_given, {GERMAN_FORMATS}) AS TIMESTAMPTZ)) AS t
            FROM (SELECT *, CASE WHEN activity IS NOT NULL THEN ts_text END AS ts_given
                  FROM ({source}))
        )"""


def cases_build(con: duckdb.DuckDBPyConnection, source: str, end_activities: list[str]) -> None:
    """One row per case id: how many events of which kind, first and last instant, service and
    channel (of the earliest event that names them) and whether it reached an end activity.

    Duplicates are events of the same case equal in activity, lifecycle transition, resource and
    instant (compared by a 64-bit hash: a false match within one case is below 10^-15). Only
    plain counts are taken per event, which keeps this one pass over the file about as fast as
    a query that validates nothing; the exact duplicate check is the one extra.
    """
    completed = (
        "bool_or(ts IS NOT NULL AND list_contains($end, activity))" if end_activities else "true"
    )
    sql = f"""
        CREATE TABLE cases AS
        SELECT case_id,
               count(*) AS n_rows,
               count(activity) AS n_activity,
               count(ts_given) AS n_given,
               count(ts) AS n_valid,
               count(ts) - list_unique(list(
                   CASE WHEN ts IS NOT NULL THEN hash(activity, lifecycle, resource, ts) END))
                   AS n_dup,
               min(ts) AS first_ts,
               max(ts) AS last_ts,
               arg_min(service, ts) AS service,
               arg_min(channel, ts) AS channel,
               {completed} AS completed
        FROM ({_parsed(source)})
        GROUP BY case_id"""
    con.execute(sql, {"end": end_activities} if end_activities else None)


def valid(alias: str = "") -> str:
    """The condition for a case the figures use: it has an id and two distinct valid events."""
    prefix = f"{alias}." if alias else ""
    return f"{prefix}case_id IS NOT NULL AND {prefix}n_valid - {prefix}n_dup >= 2"


VALID = valid()

SUMMARY_SQL = f"""
    SELECT coalesce(sum(n_rows) FILTER (case_id IS NULL), 0),
           coalesce(sum(n_rows - n_activity) FILTER (case_id IS NOT NULL), 0),
           coalesce(sum(n_activity - n_given) FILTER (case_id IS NOT NULL), 0),
           coalesce(sum(n_given - n_valid) FILTER (case_id IS NOT NULL), 0),
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
    "events_without_activity",
    "events_without_timestamp",
    "events_with_unparseable_timestamp",
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


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    row = con.execute(SUMMARY_SQL).fetchone()
    return dict(zip(SUMMARY_FIELDS, row or (), strict=True))


def bad_examples(con: duckdb.DuckDBPyConnection, source: str, limit: int = 3) -> list[str]:
    """Some timestamps that cannot be read: a second pass, made only when there are any."""
    rows = con.execute(
        f"SELECT DISTINCT ts_given FROM ({_parsed(source)}) "
        "WHERE case_id IS NOT NULL AND ts IS NULL AND ts_given IS NOT NULL "
        "ORDER BY ts_given LIMIT ?",
        [limit],
    ).fetchall()
    return [row[0] for row in rows]
