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
from sachstand.eventlogs import engine
from sachstand.eventlogs.mapping import CHANNELS, UNKNOWN_CHANNEL

# What the figures need of a case they use (``engine.VALID``), besides its service.
FIGURE_COLUMNS = "channel, p_start, p_end, duration_s, completed"


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


def unmapped_channels(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        f"SELECT channel_value, count(*) FROM cases WHERE {engine.VALID} AND unmapped "
        "GROUP BY channel_value ORDER BY count(*) DESC, channel_value"
    ).fetchall()
    return dict(rows)


def _rows_sql(by_service: bool) -> str:
    """Level 0: per service and half-year (only ``by_service``); level 1: per half-year over
    all services, in one query: each count is one grouping with two grouping sets, so the cases
    are read once for both levels. DuckDB's ``quantile_disc`` at 0.9 is the nearest rank
    (position ⌈0.9·n⌉ of the sorted durations); it selects rather than sorts, as ``median``
    does."""
    channel_counts = ", ".join(
        f"count(*) FILTER (channel = '{c}') AS {c}" for c in (*CHANNELS, UNKNOWN_CHANNEL)
    )
    channel_columns = ", ".join(f"s.{c}" for c in (*CHANNELS, UNKNOWN_CHANNEL))

    def levels(period: str) -> str:
        sets = f"(service, {period}), ({period})" if by_service else f"({period})"
        return f"GROUP BY GROUPING SETS ({sets})"

    level = (
        "grouping(service) AS level, CASE WHEN grouping(service) = 0 THEN service END"
        if by_service
        else "1 AS level, NULL::VARCHAR"
    )
    same = "{0}.level = periods.level AND {0}.service IS NOT DISTINCT FROM periods.service"
    return f"""
        WITH g AS NOT MATERIALIZED (
            SELECT service, {FIGURE_COLUMNS} FROM cases WHERE {engine.VALID}),
        started AS (SELECT {level} AS service, p_start AS p, count(*) AS n, {channel_counts}
                    FROM g {levels("p_start")}),
        done AS (SELECT {level} AS service, p_end AS p, count(*) AS n,
                        median(duration_s) AS median_s,
                        quantile_disc(duration_s, 0.9) AS p90_s,
                        avg(duration_s) AS mean_s
                 FROM g WHERE completed {levels("p_end")}),
        spans AS (SELECT level, service, min(p) AS lo, max(p) AS hi
                  FROM (SELECT level, service, p FROM started
                        UNION ALL SELECT level, service, p FROM done)
                  GROUP BY level, service),
        periods AS (SELECT level, service, unnest(generate_series(lo, hi)) AS p FROM spans)
        SELECT periods.level, periods.service, periods.p,
               coalesce(s.n, 0) AS started,
               coalesce(d.n, 0) AS completed,
               sum(coalesce(s.n, 0)) OVER w - sum(coalesce(d.n, 0)) OVER w AS still_open,
               d.median_s, d.p90_s, d.mean_s, {channel_columns}
        FROM periods
        LEFT JOIN started s ON {same.format("s")} AND s.p = periods.p
        LEFT JOIN done d ON {same.format("d")} AND d.p = periods.p
        WINDOW w AS (PARTITION BY periods.level, periods.service ORDER BY periods.p)
        ORDER BY periods.level, periods.service NULLS LAST, periods.p"""


def indicator_rows(
    con: duckdb.DuckDBPyConnection, *, by_service: bool, with_channels: bool
) -> tuple[list[Row], list[Row]]:
    """The rows per service and half-year (without ``by_service``: per half-year, as the
    totals) and the totals per half-year over all services, in one query."""
    result = con.execute(_rows_sql(by_service)).fetchall()
    rows: list[Row] = []
    totals: list[Row] = []
    for level, service, index, started, completed, still_open, median, p90, mean, *counts in result:
        channels = (
            dict(zip((*CHANNELS, UNKNOWN_CHANNEL), (n or 0 for n in counts), strict=True))
            if with_channels
            else {}
        )
        values = {
            "service": service,
            "period": HalfYear(index // 2, index % 2 + 1),
            "cases_started": started,
            "cases_completed": completed,
            "cases_open": int(still_open),
            "duration_median_s": median,
            "duration_p90_s": p90,
            "duration_mean_s": mean,
        }
        totals_row = level == 1
        (totals if totals_row else rows).append(Row(**values, channels=channels))
        if totals_row and not by_service:
            rows.append(Row(**values, channels=dict(channels)))
    return rows, totals
