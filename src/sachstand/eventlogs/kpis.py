"""Process indicators per service and half-year, computed by DuckDB from the table of cases.

A case counts as started in the half-year of its first event and as completed in the half-year
of its last event, if it is completed at all: with end activities only the cases that reached
one, without them every case. Its duration is first to last event. Open at a half-year's end are
the cases started by then and not completed by then. The 90th percentile is the nearest-rank
value (position ⌈0.9·n⌉ of the sorted durations), as the indicator K-BZ-P90 defines it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from sachstand.core.halfyear import HalfYear
from sachstand.eventlogs.engine import valid
from sachstand.eventlogs.mapping import CHANNELS, UNKNOWN_CHANNEL


@dataclass
class Row:
    """The figures of one service (None: all services, or the cases without a service) in one
    half-year. Durations in seconds; channels of the cases started in the half-year."""

    service: str | None
    period: HalfYear
    cases_started: int
    cases_completed: int
    cases_open: int
    duration_median_s: float | None
    duration_p90_s: float | None
    duration_mean_s: float | None
    channels: dict[str, int] = field(default_factory=dict)
    throughput_per_day: float | None = None


def channel_map_load(con: duckdb.DuckDBPyConnection, channel_map: dict[str, str]) -> None:
    """The given VALUE=CHANNEL pairs; a value that is already a channel's code maps to it."""
    con.execute("CREATE TEMP TABLE channel_map (value VARCHAR PRIMARY KEY, channel VARCHAR)")
    if channel_map:
        con.executemany("INSERT INTO channel_map VALUES (?, ?)", list(channel_map.items()))


def cases_valid_build(con: duckdb.DuckDBPyConnection) -> None:
    """The cases the figures are computed from, with their mapped channel and half-years as
    year * 2 + (0 or 1), by the date in the session's time zone, Europe/Berlin."""
    codes = ", ".join(f"'{c}'" for c in CHANNELS)
    con.execute(f"""
        CREATE TEMP TABLE valid AS
        SELECT service, channel_value, channel, unmapped,
               s.year * 2 + (s.month > 6)::INTEGER AS p_start,
               e.year * 2 + (e.month > 6)::INTEGER AS p_end,
               duration_s, completed
        FROM (
            SELECT c.service,
                   c.channel AS channel_value,
                   CASE WHEN c.channel IS NULL THEN '{UNKNOWN_CHANNEL}'
                        ELSE coalesce(m.channel,
                                      CASE WHEN lower(c.channel) IN ({codes})
                                           THEN lower(c.channel) END,
                                      '{UNKNOWN_CHANNEL}') END AS channel,
                   m.channel IS NULL AND lower(c.channel) NOT IN ({codes}) AS unmapped,
                   date_part(['year', 'month'], c.first_ts) AS s,
                   date_part(['year', 'month'], c.last_ts) AS e,
                   (epoch_us(c.last_ts) - epoch_us(c.first_ts)) / 1e6 AS duration_s,
                   c.completed
            FROM cases c LEFT JOIN channel_map m ON m.value = c.channel
            WHERE {valid("c")}
        )""")


def unmapped_channels(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        "SELECT channel_value, count(*) FROM valid WHERE unmapped "
        "GROUP BY channel_value ORDER BY count(*) DESC, channel_value"
    ).fetchall()
    return dict(rows)


def _rows_sql(group: str) -> str:
    channel_counts = ", ".join(
        f"count(*) FILTER (channel = '{c}') AS {c}" for c in (*CHANNELS, UNKNOWN_CHANNEL)
    )
    channel_columns = ", ".join(f"s.{c}" for c in (*CHANNELS, UNKNOWN_CHANNEL))
    same = "IS NOT DISTINCT FROM periods.service"
    return f"""
        WITH g AS (SELECT {group} AS service, * EXCLUDE (service) FROM valid),
        spans AS (SELECT service, min(p_start) AS lo, max(p_end) AS hi FROM g GROUP BY service),
        periods AS (SELECT service, unnest(generate_series(lo, hi)) AS p FROM spans),
        started AS (SELECT service, p_start AS p, count(*) AS n, {channel_counts}
                    FROM g GROUP BY service, p_start),
        done AS (SELECT service, p_end AS p, count(*) AS n,
                        median(duration_s) AS median_s,
                        list_sort(list(duration_s))[(9 * count(*) + 9) // 10] AS p90_s,
                        avg(duration_s) AS mean_s
                 FROM g WHERE completed GROUP BY service, p_end)
        SELECT periods.service, periods.p,
               coalesce(s.n, 0) AS started,
               coalesce(d.n, 0) AS completed,
               sum(coalesce(s.n, 0)) OVER w - sum(coalesce(d.n, 0)) OVER w AS still_open,
               d.median_s, d.p90_s, d.mean_s, {channel_columns}
        FROM periods
        LEFT JOIN started s ON s.service {same} AND s.p = periods.p
        LEFT JOIN done d ON d.service {same} AND d.p = periods.p
        WINDOW w AS (PARTITION BY periods.service ORDER BY periods.p)
        ORDER BY periods.service NULLS LAST, periods.p"""


def indicator_rows(
    con: duckdb.DuckDBPyConnection, *, by_service: bool, with_channels: bool
) -> list[Row]:
    """Per service and half-year (``by_service``), or per half-year over all services."""
    result = con.execute(_rows_sql("service" if by_service else "NULL::VARCHAR")).fetchall()
    rows = []
    for service, index, started, completed, still_open, median, p90, mean, *counts in result:
        channels = (
            dict(zip((*CHANNELS, UNKNOWN_CHANNEL), (n or 0 for n in counts), strict=True))
            if with_channels
            else {}
        )
        rows.append(
            Row(
                service=service,
                period=HalfYear(index // 2, index % 2 + 1),
                cases_started=started,
                cases_completed=completed,
                cases_open=int(still_open),
                duration_median_s=median,
                duration_p90_s=p90,
                duration_mean_s=mean,
                channels=channels,
            )
        )
    return rows
