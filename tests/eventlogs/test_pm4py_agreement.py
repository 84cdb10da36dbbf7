"""On real logs, sachstand counts the same cases and measures the same per-case durations (to the
second) as pm4py, the reference implementation of process mining. pm4py (AGPL) is a test
dependency only; its standard XES parser and its own case statistics are used."""

import gzip
import re
from collections import Counter
from datetime import datetime

import pytest
from pm4py.objects.log.importer.xes import importer as xes_importer
from pm4py.statistics.traces.generic.log import case_statistics

from tests.eventlogs.logs import BPIC15, ROAD_TRAFFIC, RUNNING_EXAMPLE, analyse, case_durations_of

DAY = 86400


def pm4py_log(path):
    return xes_importer.apply(
        str(path),
        variant=xes_importer.Variants.ITERPARSE,
        parameters={"show_progress_bar": False},
    )


def durations_of(log) -> dict[str, float]:
    return {
        case: values["caseDuration"]
        for case, values in case_statistics.get_cases_description(log).items()
    }


def assert_same(ours: dict[str, float], theirs: dict[str, float]) -> None:
    assert set(ours) == set(theirs)
    off = {
        case: (ours[case], theirs[case]) for case in theirs if abs(ours[case] - theirs[case]) >= 1
    }
    assert off == {}


def duplicates_of(log) -> int:
    """How many events pm4py keeps that repeat another of their case exactly."""
    surplus = 0
    for trace in log:
        keys = Counter(
            (
                e["concept:name"],
                e.get("lifecycle:transition"),
                e.get("org:resource"),
                e["time:timestamp"],
            )
            for e in trace
        )
        surplus += sum(n - 1 for n in keys.values())
    return surplus


def raw_timestamps(path) -> dict[str, list[str]]:
    """The timestamps of each case as the file writes them, read with neither pm4py nor
    sachstand (BPIC 2015 writes each trace's concept:name before its first event)."""
    text = gzip.decompress(path.read_bytes()).decode()
    cases = {}
    for trace in text.split("<trace>")[1:]:
        head = trace.split("<event>", 1)[0]
        name = re.search(r'key="concept:name" value="([^"]*)"', head)[1]
        cases[name] = re.findall(r'key="time:timestamp" value="([^"]*)"', trace)
    return cases


def test_bpic15_agrees_with_pm4py_case_by_case():
    """1,199 building-permit cases: the same cases, the same durations; the 19 events that
    repeat another exactly are what sachstand reports as duplicates (they change no duration)."""
    log = pm4py_log(BPIC15)
    ours = case_durations_of(BPIC15)
    theirs = durations_of(log)
    assert len(theirs) == 1199
    assert_same(ours, theirs)
    assert duplicates_of(log) == 19
    assert sum(len(trace) for trace in log) == 52217

    # BPIC 2015 writes summer times with +02:00 and winter times with +01:00. A case that spans
    # a change of time lasts as long as its instants say, and a midnight-to-midnight case
    # across one change is 23 or 25 hours off a whole day.
    cases = raw_timestamps(BPIC15)
    assert {stamp[-6:] for stamps in cases.values() for stamp in stamps} == {"+01:00", "+02:00"}
    spanning = 0
    for case, stamps in cases.items():
        instants = sorted(datetime.fromisoformat(s) for s in stamps)
        if instants[0].utcoffset() != instants[-1].utcoffset():
            spanning += 1
            assert ours[case] == (instants[-1] - instants[0]).total_seconds()
    assert spanning > 100
    assert {82800, 3600} <= {int(d) % DAY for d in ours.values()}


@pytest.mark.parametrize("path", [RUNNING_EXAMPLE, ROAD_TRAFFIC], ids=lambda p: p.name)
def test_small_real_logs_agree_with_pm4py(path):
    log = pm4py_log(path)
    assert_same(case_durations_of(path), durations_of(log))
    analysis = analyse(path)
    assert analysis.source.cases_used == analysis.source.cases_read == len(log)
    assert analysis.source.events_read == sum(len(trace) for trace in log)
    assert analysis.skipped.duplicate_events == duplicates_of(log) == 0
