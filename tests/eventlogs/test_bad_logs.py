"""Bad logs: every kind of damage is named with its count, the figures come only from the valid
data, and a file that cannot be read whole is an error (exit code 1, nothing can be stored)."""

import gzip

import pytest

from tests.eventlogs.logs import (
    BPIC15,
    HEADER,
    analyse,
    command_json,
    event,
    write_csv,
    write_xes,
)

COUNTS = {
    "events_without_case": 0,
    "events_without_activity": 0,
    "events_without_timestamp": 0,
    "events_with_unparseable_timestamp": 0,
    "duplicate_events": 0,
    "single_event_cases": 0,
    "cases_without_valid_events": 0,
    "incomplete_cases": 0,
    "cases_with_skipped_events": 0,
}


def test_a_file_that_is_not_xml(db, tmp_path):
    path = tmp_path / "export.xes"
    path.write_text("Vorgang;Aktivität;Zeit\n1;Antrag;2026-01-05\n", encoding="utf-8")
    code, data = command_json(str(path))
    assert code == 1
    assert data["rows"] == [] and data["totals"] == []
    [error] = data["skipped"]["errors"]
    assert "XML" in error and "1" in error  # names the line where it fails


def test_an_xml_file_that_is_no_event_log(tmp_path):
    path = tmp_path / "feed.xes"
    path.write_text('<?xml version="1.0"?><rss><channel/></rss>', encoding="utf-8")
    analysis = analyse(path)
    assert not analysis.usable and analysis.rows == []
    assert "<log>" in analysis.skipped.errors[0]


def test_a_truncated_gzip_keeps_the_complete_cases_and_cannot_be_stored(tmp_path):
    path = tmp_path / "BPIC15_1.xes.gz"
    path.write_bytes(BPIC15.read_bytes()[:300_000])
    analysis = analyse(path)
    assert not analysis.usable
    [error] = analysis.skipped.errors
    assert "Compressed file ended" in error  # the reason, as the decompressor gives it
    cases = analysis.source.cases_read
    assert 0 < cases < 1199 and str(cases) in error
    assert analysis.skipped.incomplete_cases == 1
    # The figures of the complete cases are there, labelled by the error.
    assert sum(row.cases_started for row in analysis.totals) == analysis.source.cases_used


def test_a_plain_xes_that_breaks_off(tmp_path):
    xml = gzip.decompress(BPIC15.read_bytes())[:8_000_000]  # the header and some 40 cases
    path = tmp_path / "cut.xes"
    path.write_bytes(xml)
    analysis = analyse(path)
    assert not analysis.usable and analysis.skipped.incomplete_cases == 1
    assert analysis.source.cases_read > 0


def test_events_without_timestamp_or_with_unreadable_dates_are_skipped(tmp_path):
    path = write_xes(
        tmp_path / "log.xes",
        [
            (
                {"concept:name": "A"},
                [
                    event("Antrag eingegangen", "2026-01-05T09:00:00+01:00"),
                    event("Prüfung", None),  # no timestamp at all
                    event("Nachforderung", "2026-13-45T25:00:00"),
                    event("Bescheid versandt", "2026-01-15T09:00:00+01:00"),
                ],
            ),
            (
                {"concept:name": "B"},
                [
                    event("Antrag eingegangen", "2026-02-01T09:00:00+01:00"),
                    event("Prüfung", "gestern"),
                    event("Bescheid versandt", "2026-02-11T09:00:00+01:00"),
                ],
            ),
        ],
    )
    analysis = analyse(path)
    assert analysis.usable
    assert analysis.skipped.counts() == {
        **COUNTS,
        "events_without_timestamp": 1,
        "events_with_unparseable_timestamp": 2,
        "cases_with_skipped_events": 2,
    }
    assert analysis.skipped.unparseable_examples == ["2026-13-45T25:00:00", "gestern"]
    assert (analysis.source.events_read, analysis.source.events_used) == (7, 4)
    [row] = analysis.totals
    assert row.cases_completed == 2 and row.duration_median_s == 10 * 86400


def test_duplicates_single_event_cases_and_events_without_case(tmp_path):
    path = write_csv(
        tmp_path / "log.csv",
        [
            ("A", "Antrag eingegangen", "2026-01-05T09:00:00+01:00"),
            ("A", "Antrag eingegangen", "2026-01-05T09:00:00+01:00"),  # the same event again
            ("A", "Bescheid versandt", "2026-01-07T09:00:00+01:00"),
            ("B", "Antrag eingegangen", "2026-01-06T09:00:00+01:00"),  # only one event
            ("C", "Antrag eingegangen", "2026-01-08T10:00:00+01:00"),  # twice the same: one event
            ("C", "Antrag eingegangen", "2026-01-08T10:00:00+01:00"),
            ("", "Antrag eingegangen", "2026-01-09T10:00:00+01:00"),  # no case id
            ("D", "", "2026-01-09T10:00:00+01:00"),  # no activity
            ("D", "Bescheid versandt", ""),  # no timestamp
        ],
    )
    analysis = analyse(path)
    assert analysis.skipped.counts() == {
        **COUNTS,
        "events_without_case": 1,
        "events_without_activity": 1,
        "events_without_timestamp": 1,
        "duplicate_events": 2,
        "single_event_cases": 2,
        "cases_without_valid_events": 1,
    }
    assert (analysis.source.cases_read, analysis.source.cases_used) == (4, 1)
    [row] = analysis.totals
    assert (row.cases_started, row.cases_completed, row.duration_median_s) == (1, 1, 2 * 86400)


@pytest.mark.parametrize("fmt", ["csv", "xes"])
def test_duplicates_are_found_exactly_in_long_cases(tmp_path, fmt):
    """A case of 300 distinct events (more than the 127 bits that let most cases skip the
    exact count) and one where every event comes twice; resources are compared too."""
    long = [(f"Schritt {i}", f"2026-01-05T09:{i // 60:02d}:{i % 60:02d}+01:00") for i in range(300)]
    doubled = [
        (f"Schritt {i % 7}", f"2026-02-0{1 + i % 3}T10:00:00+01:00", f"R{i % 2}")
        for i in range(100)
    ]
    doubled = [(a, t, r) for a, t, r in dict.fromkeys(doubled)]
    if fmt == "csv":
        rows = [("A", a, t, "R") for a, t in long]
        rows += [("B", a, t, r) for a, t, r in doubled * 2]
        path = write_csv(tmp_path / "log.csv", rows, header=(*HEADER, "org:resource"))
    else:
        path = write_xes(
            tmp_path / "log.xes",
            [
                ({"concept:name": "A"}, [event(a, t, **{"org:resource": "R"}) for a, t in long]),
                (
                    {"concept:name": "B"},
                    [event(a, t, **{"org:resource": r}) for a, t, r in doubled * 2],
                ),
            ],
        )
    analysis = analyse(path)
    assert analysis.skipped.duplicate_events == len(doubled)
    assert analysis.source.events_used == 300 + len(doubled)
    assert analysis.source.cases_used == 2


def test_a_log_without_any_usable_case_is_an_error(db, tmp_path):
    path = write_csv(tmp_path / "log.csv", [("A", "Antrag", "2026-01-05"), ("B", "Antrag", "x")])
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["single_event_cases"] == 1
    assert data["skipped"]["events_with_unparseable_timestamp"] == 1
    assert len(data["skipped"]["errors"]) == 1


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--timestamp-column=Zeitstempel"], "Zeitstempel (--timestamp-column)"),
        (["--service-attribute=Leistung"], "Leistung (--service-attribute)"),
        (
            ["--case-column=Akte", "--channel-attribute=Kanal"],
            "Akte (--case-column), Kanal (--channel-attribute)",
        ),
    ],
)
def test_a_mapping_that_names_a_missing_column(db, tmp_path, options, named):
    path = write_csv(
        tmp_path / "log.csv", [("A", "Antrag", "2026-01-05"), ("A", "Ende", "2026-01-06")]
    )
    code, data = command_json(str(path), *options)
    assert code == 1 and data["rows"] == []
    [error] = data["skipped"]["errors"]
    assert named in error
    assert "case:concept:name, concept:name, time:timestamp" in error  # the columns it has


def test_a_mapping_that_names_a_missing_xes_attribute(db, tmp_path):
    path = write_xes(
        tmp_path / "log.xes",
        [({"concept:name": "A"}, [event("a", "2026-01-05"), event("b", "2026-01-06")])],
    )
    code, data = command_json(str(path), "--service-attribute=Leistung")
    assert code == 1 and data["rows"] == []
    assert "Leistung (--service-attribute)" in data["skipped"]["errors"][0]


def test_a_csv_that_is_not_readable(db, tmp_path):
    path = tmp_path / "log.csv.gz"
    path.write_bytes(gzip.compress(b"case:concept:name,concept:name,time:timestamp\n" * 1000)[:200])
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    [error] = data["skipped"]["errors"]
    assert "CSV" in error


@pytest.mark.parametrize("name", ["export.csv", "export.xes", "export.xlsx"])
def test_an_empty_file_is_named_as_such(db, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["errors"] == ["Die Datei ist leer."]
