"""A progress bar on stderr for large files: one line, redrawn in place, ending at 100 %."""

import io

import duckdb

from sachstand.eventlogs.analysis import eventlog_analyse
from sachstand.eventlogs.mapping import LogMapping
from sachstand.eventlogs.progress import LARGE_FILE, Progress


def test_the_bar_is_redrawn_only_when_the_percentage_moves():
    stream = io.StringIO()
    progress = Progress(stream, "Lese log.xes")
    for fraction in (0.0, 0.001, 0.5, 0.504, 1.2):
        progress.update(fraction)
    progress.finish()
    frames = stream.getvalue().split("\r")[1:]
    assert [frame.rstrip("\n")[-5:] for frame in frames] == ["  0 %", " 50 %", "100 %"]
    assert frames[1] == "Lese log.xes [###############...............]  50 %"
    assert stream.getvalue().endswith("100 %\n")


def test_without_a_stream_nothing_is_drawn():
    progress = Progress(None)
    progress.update(0.5)
    progress.finish()
    assert progress.shown == -1


def test_a_large_csv_shows_the_bar_a_small_one_does_not(tmp_path):
    large = tmp_path / "large.csv"
    duckdb.sql(
        f"""COPY (SELECT 'Vorgang-' || (i // 4) AS "case:concept:name",
                         'Aktivität ' || (i % 4) AS "concept:name",
                         TIMESTAMPTZ '2026-01-01 00:00:00+01' + to_minutes(i) AS "time:timestamp",
                         'ein Kommentar, der die Datei groß macht' AS note
                  FROM range(320000) t(i)) TO '{large}' (HEADER)"""
    )
    assert large.stat().st_size >= LARGE_FILE
    stream = io.StringIO()
    analysis = eventlog_analyse(path=large, fmt="csv", mapping=LogMapping(), progress=stream)
    assert analysis.source.cases_used == 80000
    assert stream.getvalue().startswith("\r") and stream.getvalue().endswith("100 %\n")
    small = tmp_path / "small.csv"
    small.write_text(
        "case:concept:name,concept:name,time:timestamp\n1,a,2026-01-01\n1,b,2026-01-02\n"
    )
    quiet = io.StringIO()
    eventlog_analyse(path=small, fmt="csv", mapping=LogMapping(), progress=quiet)
    assert quiet.getvalue() == ""
