"""A large XES log is split by case id into parts that DuckDB groups one after the other, so
that its memory stays bounded; the figures are the same as from one part."""

from sachstand.eventlogs import xes
from tests.eventlogs.logs import BPIC15, analyse, case_durations_of, event, write_xes


def _figures(analysis):
    return (
        analysis.source.cases_used,
        analysis.source.events_used,
        analysis.skipped.counts(),
        [(r.service, str(r.period), r.cases_started, r.cases_completed) for r in analysis.rows],
        [(str(r.period), r.duration_median_s, r.duration_p90_s) for r in analysis.totals],
    )


def test_a_log_read_in_parts_has_the_same_figures(monkeypatch):
    whole = analyse(BPIC15, service="parts")
    monkeypatch.setattr(xes, "PART_BYTES", 8_000_000)  # 13 parts for 1,199 cases
    assert xes.part_count(BPIC15) == 13
    assert _figures(analyse(BPIC15, service="parts")) == _figures(whole)


def test_traces_of_the_same_case_meet_in_one_part(tmp_path, monkeypatch):
    """Two traces with one case id are one case, wherever they stand in the file."""
    traces = [
        ({"concept:name": f"C{n}"}, [event("a", "2026-01-05"), event("b", "2026-01-06")])
        for n in range(50)
    ]
    traces.append(({"concept:name": "C7"}, [event("c", "2026-02-05")]))
    path = write_xes(tmp_path / "log.xes", traces)
    monkeypatch.setattr(xes, "PART_BYTES", 500)
    assert xes.part_count(path) > 5
    analysis = analyse(path)
    assert (analysis.source.cases_read, analysis.source.events_read) == (50, 101)
    assert sum(row.cases_completed for row in analysis.totals) == 50
    durations = case_durations_of(path)
    assert durations["C7"] == 31 * 86400 and durations["C8"] == 86400
