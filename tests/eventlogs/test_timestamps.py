"""Durations come from instants (UTC); Europe/Berlin only tells the half-year; a timestamp
without offset is a Berlin wall-clock time."""

import pytest

from tests.eventlogs.logs import analyse, case_durations_of, event, write_csv, write_xes


@pytest.mark.parametrize(
    ("first", "last", "hours"),
    [
        # the spring change (29 March 2026): the day has 23 hours
        ("2026-03-28T12:00:00+01:00", "2026-03-29T12:00:00+02:00", 23),
        ("2026-03-28 12:00:00", "2026-03-29 12:00:00", 23),  # no offset: Berlin
        # the autumn change (25 October 2026): 25 hours
        ("2026-10-24T12:00:00+02:00", "2026-10-25T12:00:00+01:00", 25),
        ("2026-10-24 12:00", "2026-10-25 12:00", 25),
        ("24.10.2026 12:00", "25.10.2026 12:00:00", 25),  # German notation
        # the same instants written in UTC and in Berlin time
        ("2026-06-01T10:00:00Z", "2026-06-01T12:00:00+02:00", 0),
        # an offset after a space, with or without its colon
        ("2026-03-28 12:00:00 +01:00", "2026-03-29 12:00:00 +0200", 23),
        # a nonexistent Berlin time (02:30 on 29 March 2026) is 03:30 summer time
        ("2026-03-29 01:30", "2026-03-29 02:30", 1),
    ],
)
def test_duration_is_the_difference_of_instants(tmp_path, first, last, hours):
    path = write_csv(tmp_path / "log.csv", [("A", "Antrag", first), ("A", "Bescheid", last)])
    assert case_durations_of(path) == {"A": hours * 3600}


def test_half_years_are_berlin_dates(tmp_path):
    """23:30 UTC on 30 June is 01:30 on 1 July in Berlin: the second half-year."""
    path = write_xes(
        tmp_path / "log.xes",
        [
            (
                {"concept:name": "A"},
                [event("Antrag", "2026-06-30T23:30:00Z"), event("Bescheid", "2026-07-03T10:00Z")],
            ),
            (
                {"concept:name": "B"},
                [event("Antrag", "2026-06-30 23:30"), event("Bescheid", "2026-07-01 00:30")],
            ),
        ],
    )
    rows = {str(row.period): row for row in analyse(path).totals}
    assert set(rows) == {"2026-H1", "2026-H2"}
    assert (rows["2026-H1"].cases_started, rows["2026-H1"].cases_completed) == (1, 0)
    assert (rows["2026-H2"].cases_started, rows["2026-H2"].cases_completed) == (1, 2)
    assert rows["2026-H1"].cases_open == 1 and rows["2026-H2"].cases_open == 0


@pytest.mark.parametrize(
    ("instant", "half_year"),
    [
        ("2025-12-31T22:59:59Z", "2025-H2"),  # 23:59:59 in Berlin (winter time)
        ("2025-12-31T23:00:00Z", "2026-H1"),  # midnight in Berlin
        ("2026-06-30T21:59:59Z", "2026-H1"),  # 23:59:59 in Berlin (summer time)
        ("2026-06-30T22:00:00Z", "2026-H2"),
        # Germany had no summer time from 1950 to 1979: 1 July began at 23:00 UTC
        ("1970-06-30T22:30:00Z", "1970-H1"),
        ("1970-06-30T23:00:00Z", "1970-H2"),
        ("1900-01-01T00:00:00Z", "1900-H1"),  # the earliest plausible instant
    ],
)
def test_the_half_year_is_that_of_the_berlin_date(tmp_path, instant, half_year):
    path = write_csv(
        tmp_path / "log.csv", [("A", "Antrag", instant), ("A", "Bescheid", "2999-01-01")]
    )
    assert str(analyse(path).totals[0].period) == half_year


def test_implausible_years_are_unreadable(tmp_path):
    path = write_csv(
        tmp_path / "log.csv",
        [
            ("A", "Antrag", "0001-01-01 00:00"),
            ("A", "Antrag", "2026-01-05"),
            ("A", "B", "2026-01-06"),
        ],
    )
    analysis = analyse(path)
    assert analysis.skipped.events_with_unparseable_timestamp == 1
    assert analysis.skipped.unparseable_examples == ["0001-01-01 00:00"]
