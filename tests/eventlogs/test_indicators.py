"""The process indicators per service and half-year, on small logs whose figures are known."""

from datetime import date, datetime, timedelta

import duckdb
import pytest

from sachstand.core.halfyear import HalfYear
from tests.eventlogs.logs import analyse, event, write_csv, write_xes

DAY = 86400
HEADER = ("case:concept:name", "concept:name", "time:timestamp", "Leistung", "Kanal")


def case(
    case_id: str, start: date, days: int, service="Wohngeld", channel="Onlineportal", end=True
):
    """A case from ``start`` 09:00 to ``days`` later, optionally without its end activity."""
    first = datetime.combine(start, datetime.min.time()).replace(hour=9)
    last = first + timedelta(days=days)
    closing = "Bescheid versandt" if end else "Nachforderung"
    return [
        (case_id, "Antrag eingegangen", first.isoformat(), service, channel),
        (case_id, closing, last.isoformat(), service, channel),
    ]


@pytest.fixture
def log(tmp_path):
    rows = [
        *case("A", date(2026, 1, 10), 10),
        *case("B", date(2026, 6, 25), 10, channel="Post"),  # completed in the next half-year
        *case("C", date(2026, 7, 10), 30, channel="Schalter"),
        *case("D", date(2026, 2, 1), 2, end=False),  # never reaches the end activity
        *case("E", date(2026, 3, 1), 4, service="Hundesteuer", channel="email"),
        *case("F", date(2026, 3, 2), 6, service="Hundesteuer", channel="Fax"),
        *case("G", date(2026, 3, 3), 8, service="Hundesteuer", channel=""),
    ]
    return write_csv(tmp_path / "log.csv", rows, header=HEADER)


MAPPING = {
    "service": "Leistung",
    "channel": "Kanal",
    "channel_map": {"Onlineportal": "online", "Post": "paper", "Schalter": "in_person"},
}


def figures(rows):
    return {
        (row.service, str(row.period)): (
            row.cases_started,
            row.cases_completed,
            row.cases_open,
            row.duration_median_s,
            row.duration_p90_s,
            row.duration_mean_s,
        )
        for row in rows
    }


def test_without_end_activities_every_case_completes_at_its_last_event(log):
    analysis = analyse(log, **MAPPING)
    assert analysis.source.completion == "last_event"
    assert figures(analysis.rows) == {
        ("Hundesteuer", "2026-H1"): (3, 3, 0, 6 * DAY, 8 * DAY, 6 * DAY),
        ("Wohngeld", "2026-H1"): (3, 2, 1, 6 * DAY, 10 * DAY, 6 * DAY),
        ("Wohngeld", "2026-H2"): (1, 2, 0, 20 * DAY, 30 * DAY, 20 * DAY),
    }
    assert figures(analysis.totals) == {
        (None, "2026-H1"): (6, 5, 1, 6 * DAY, 10 * DAY, 6 * DAY),
        (None, "2026-H2"): (1, 2, 0, 20 * DAY, 30 * DAY, 20 * DAY),
    }


def test_with_end_activities_only_cases_that_reach_one_complete(log):
    analysis = analyse(log, **MAPPING, end_activities=("Bescheid versandt",))
    assert analysis.source.completion == "end_activity"
    rows = figures(analysis.rows)
    # D started in February and never reached "Bescheid versandt": open at both ends.
    assert rows[("Wohngeld", "2026-H1")] == (3, 1, 2, 10 * DAY, 10 * DAY, 10 * DAY)
    assert rows[("Wohngeld", "2026-H2")] == (1, 2, 1, 20 * DAY, 30 * DAY, 20 * DAY)


def test_channels_are_mapped_and_unmapped_values_named(log):
    analysis = analyse(log, **MAPPING)
    channels = {(r.service, str(r.period)): r.channels for r in analysis.rows}
    assert channels[("Wohngeld", "2026-H1")] == {
        "online": 2,
        "paper": 1,
        "in_person": 0,
        "email": 0,
        "unknown": 0,
    }
    assert channels[("Wohngeld", "2026-H2")]["in_person"] == 1
    # "email" is a channel's own code; Fax has no mapping; G has no channel at all.
    assert channels[("Hundesteuer", "2026-H1")] == {
        "online": 0,
        "paper": 0,
        "in_person": 0,
        "email": 1,
        "unknown": 2,
    }
    assert analysis.source.unmapped_channels == {"Fax": 1}


def test_without_a_channel_attribute_there_are_no_channel_counts(log):
    analysis = analyse(log, service="Leistung")
    assert all(row.channels == {} for row in analysis.rows)


def test_throughput_is_per_day_of_the_half_year_the_log_covers(log):
    analysis = analyse(log)  # runs from 10 January to 9 August 2026
    throughput = {str(r.period): r.throughput_per_day for r in analysis.totals}
    assert throughput["2026-H1"] == pytest.approx(5 / 172)  # 10 January to 30 June
    assert throughput["2026-H2"] == pytest.approx(2 / 40)  # 1 July to 9 August


@pytest.mark.parametrize(("cases", "p90_days", "median_days"), [(10, 9, 5.5), (11, 10, 6)])
def test_p90_is_the_nearest_rank(tmp_path, cases, p90_days, median_days):
    rows = [row for n in range(1, cases + 1) for row in case(f"K{n}", date(2026, 1, 5), n)]
    analysis = analyse(write_csv(tmp_path / "log.csv", rows, header=HEADER))
    [row] = analysis.totals
    assert row.duration_p90_s == p90_days * DAY
    assert row.duration_median_s == median_days * DAY


def test_p90_is_the_nearest_rank_for_any_count(tmp_path):
    """Position ⌈0.9·n⌉ of the sorted durations, for counts where 0.9·n is and is not whole;
    one service per count, cases of k hours for k = 1 … n, in shuffled order."""
    counts = [1, 2, 3, 9, 15, 19, 20, 21, 29, 31, 99, 101]
    start = datetime(2026, 1, 5, 9)
    rows = []
    for n in counts:
        for k in sorted(range(1, n + 1), key=lambda k: (k * 7919) % n):
            end = start + timedelta(hours=k)
            rows += [
                (f"S{n}-{k}", "Antrag eingegangen", start.isoformat(), f"S{n}", ""),
                (f"S{n}-{k}", "Bescheid versandt", end.isoformat(), f"S{n}", ""),
            ]
    analysis = analyse(write_csv(tmp_path / "log.csv", rows, header=HEADER), service="Leistung")
    p90 = {row.service: row.duration_p90_s / 3600 for row in analysis.rows}
    median = {row.service: row.duration_median_s / 3600 for row in analysis.rows}
    assert p90 == {f"S{n}": -(-9 * n // 10) for n in counts}
    assert median == {f"S{n}": (n + 1) / 2 for n in counts}


def test_open_cases_carry_over_half_years_without_events(tmp_path):
    rows = [*case("A", date(2025, 3, 1), 400), *case("B", date(2025, 4, 1), 3)]
    analysis = analyse(write_csv(tmp_path / "log.csv", rows, header=HEADER))
    assert [
        (str(r.period), r.cases_started, r.cases_completed, r.cases_open) for r in analysis.totals
    ] == [
        ("2025-H1", 2, 1, 1),
        ("2025-H2", 0, 0, 1),
        ("2026-H1", 0, 1, 0),
    ]


@pytest.mark.parametrize("name", ["case:Leistung", "Leistung"])
def test_service_is_found_with_or_without_the_case_prefix_in_xes(tmp_path, name):
    """Trace attributes are the case's; events may carry the service themselves."""
    path = write_xes(
        tmp_path / "log.xes",
        [
            (
                {"concept:name": "A", "Leistung": "Wohngeld"},
                [event("Antrag", "2026-01-05"), event("Bescheid", "2026-01-08")],
            ),
            (
                {"concept:name": "B"},
                [
                    event("Antrag", "2026-01-06", Leistung="Hundesteuer"),
                    event("Bescheid", "2026-01-07"),
                ],
            ),
        ],
    )
    analysis = analyse(path, service=name)
    assert {row.service: row.cases_completed for row in analysis.rows} == {
        "Hundesteuer": 1,
        "Wohngeld": 1,
    }


def test_csv_column_found_with_the_case_prefix(tmp_path):
    header = ("case:concept:name", "concept:name", "time:timestamp", "case:Leistung")
    rows = [("A", "Antrag", "2026-01-05", "Wohngeld"), ("A", "Bescheid", "2026-01-09", "Wohngeld")]
    analysis = analyse(write_csv(tmp_path / "log.csv", rows, header=header), service="Leistung")
    assert [(r.service, r.duration_median_s) for r in analysis.rows] == [("Wohngeld", 4 * DAY)]


def test_parquet_with_typed_timestamps(tmp_path):
    """Parquet keeps types: instants keep their offset, plain timestamps are Berlin times."""
    path = tmp_path / "log.parquet"
    duckdb.sql(
        f"""COPY (
            SELECT * FROM (VALUES
                (1, 'Antrag', TIMESTAMPTZ '2026-03-28 12:00:00+01', TIMESTAMP '2026-03-28 12:00'),
                (1, 'Bescheid', TIMESTAMPTZ '2026-03-29 12:00:00+02', TIMESTAMP '2026-03-29 12:00'))
            AS t(vorgang, aktivitaet, zeit, ortszeit)
        ) TO '{path}' (FORMAT parquet)"""
    )
    for column in ("zeit", "ortszeit"):
        analysis = analyse(path, case="vorgang", activity="aktivitaet", timestamp=column)
        [row] = analysis.totals
        assert row.period == HalfYear(2026, 1)
        assert row.duration_median_s == 23 * 3600
