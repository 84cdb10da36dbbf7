"""Benchmark of the event-log analysis: sachstand against pm4py and a plain DuckDB query.

Run: .venv/bin/python bench/eventlogs.py [--sizes 100k,1M,10M] [--xes-sizes 100k,1M,10M] [--runs N]

Generates realistic logs (5 services, 4 channel values, 10 events per case, timestamps over two
years in Berlin time with +01:00/+02:00) as CSV and XES with the same events, then times on the
same file, each in a process of its own, in one run:

- ``sachstand eventlog FILE --format json ...``: the whole command (Python, Django, reading,
  SHA-256, indicators, JSON), and the analysis alone (``eventlog_analyse`` in a process that
  has Django set up, timed inside);
- CSV: pm4py's dataframe route (pandas ``read_csv``, ``pm4py.format_dataframe``, case
  statistics) and a plain DuckDB query that computes the same table without any validation;
- XES: pm4py's XES importers to its event log (``LINE_BY_LINE``, ``CHUNK_REGEX``,
  ``ITERPARSE``) and ``pm4py.read_xes`` to a dataframe, with its own parser
  (``read_xes:iterparse``) and with the Rust one (``read_xes:rustxes``, pm4py's default when
  rustxes is installed, as it is here); the fastest counts. A reader that would not fit in
  memory at a size (judged from its peak at the size before) is left out, and that is said.

Peak memory is each process's max RSS (``os.wait4``); CPU is user + system time. The results of
sachstand on CSV and XES of the same log must agree, and their case count with pm4py's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

BIN = Path(sys.executable).parent
TIME = "/usr/bin/time"  # GNU time (Debian package "time")
SERVICES = [
    "Wohngeld",
    "Baugenehmigung",
    "Anwohnerparkausweis",
    "Hundesteuer",
    "Meldebescheinigung",
]
CHANNELS = {"Onlineportal": "online", "Post": "paper", "Schalter": "in_person", "E-Mail": "email"}
ACTIVITIES = [
    "Antrag eingegangen",
    "Vollständigkeit geprüft",
    "Unterlagen nachgefordert",
    "Unterlagen eingegangen",
    "Fachprüfung",
    "Stellungnahme eingeholt",
    "Entscheidung entworfen",
    "Entscheidung gezeichnet",
    "Bescheid versandt",
    "Akte geschlossen",
]
OPTIONS = [
    "--service-attribute=service",
    "--channel-attribute=channel",
    *(f"--channel-map={value}={channel}" for value, channel in CHANNELS.items()),
]


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def events_sql(events: int) -> str:
    """The log as a query: deterministic pseudo-random durations (steps of up to 2 days, so
    cases run over one to three weeks), services and channels; ordered by case and time."""
    return f"""
        WITH cases AS (
            SELECT c,
                   TIMESTAMPTZ '2024-01-01 00:00:00+01'
                     + to_seconds((hash(c, 1) % (2 * 365 * 86400))::BIGINT) AS t0,
                   {_list(SERVICES)}[1 + (hash(c, 2) % {len(SERVICES)})::BIGINT] AS service,
                   {_list(list(CHANNELS))}[1 + (hash(c, 3) % {len(CHANNELS)})::BIGINT] AS channel
            FROM range({events // 10}) r(c))
        SELECT 'V' || c AS case_id,
               {_list(ACTIVITIES)}[e + 1] AS activity,
               strftime(t0 + to_seconds(e * 172800 + (hash(c, e) % 172800)::BIGINT),
                        '%Y-%m-%dT%H:%M:%S%z') || ':00' AS ts,
               'R' || (hash(c, e, 7) % 50) AS resource, service, channel
        FROM cases, range(10) t(e)
        ORDER BY c, e"""


def _connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'Europe/Berlin'")
    con.execute("SET enable_progress_bar = false")
    return con


def generate_csv(path: Path, events: int) -> None:
    con = _connect()
    con.execute(
        f"""COPY (SELECT case_id AS "case:concept:name", activity AS "concept:name",
                         ts AS "time:timestamp", resource AS "org:resource", service, channel
                  FROM ({events_sql(events)})) TO '{path}' (HEADER, DELIMITER ',')"""
    )


def _attr(tag: str, key: str, value: str) -> str:
    return f'<{tag} key="{key}" value="{value}"/>'


def generate_xes(path: Path, events: int) -> None:
    """The same events as XES; service and channel as trace (case) attributes."""
    con = _connect()
    cursor = con.execute(events_sql(events))
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n')
        current = None
        while rows := cursor.fetchmany(100_000):
            for case_id, activity, ts, resource, service, channel in rows:
                if case_id != current:
                    if current is not None:
                        out.write("\t</trace>\n")
                    current = case_id
                    out.write(
                        "\t<trace>\n\t\t"
                        + _attr("string", "concept:name", case_id)
                        + "\n\t\t"
                        + _attr("string", "service", service)
                        + "\n\t\t"
                        + _attr("string", "channel", channel)
                        + "\n"
                    )
                out.write(
                    "\t\t<event>\n\t\t\t"
                    + _attr("string", "concept:name", activity)
                    + "\n\t\t\t"
                    + _attr("string", "org:resource", resource)
                    + "\n\t\t\t"
                    + _attr("date", "time:timestamp", ts)
                    + "\n\t\t\t"
                    + _attr("string", "lifecycle:transition", "complete")
                    + "\n\t\t</event>\n"
                )
        out.write("\t</trace>\n</log>\n")


@dataclass
class Measured:
    wall: float
    cpu: float
    peak_mb: float
    stdout: str


def measure(args: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``args`` in a process of its own; its wall time, CPU time and peak memory.

    GNU time starts it: a child's max RSS counts the memory of the process it was forked from,
    and this one holds DuckDB; GNU time's own is a megabyte or two."""
    with tempfile.NamedTemporaryFile("r") as usage, tempfile.TemporaryFile("w+") as out:
        with tempfile.TemporaryFile("w+") as err:
            timed = [TIME, "-f", "%U %S %M", "-o", usage.name, *args]
            start = time.perf_counter()
            returncode = subprocess.run(timed, stdout=out, stderr=err, env=env).returncode
            wall = time.perf_counter() - start
            if returncode != 0:
                err.seek(0)
                raise RuntimeError(err.read()[-2000:])
        user, system, peak_kb = usage.read().split()[-3:]
        out.seek(0)
        return Measured(wall, float(user) + float(system), int(peak_kb) / 1024, out.read())


ANALYSIS = """
import os, sys, time, json
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
import django
django.setup()
from pathlib import Path
from sachstand.eventlogs.analysis import eventlog_analyse
from sachstand.eventlogs.mapping import LogMapping
from sachstand.eventlogs.tabular import detect_format
path = Path(sys.argv[1])
mapping = LogMapping(service="service", channel="channel", channel_map=json.loads(sys.argv[2]))
start = time.perf_counter()
analysis = eventlog_analyse(path=path, fmt=detect_format(path), mapping=mapping)
print(json.dumps({"seconds": time.perf_counter() - start, "cases": analysis.source.cases_used}))
"""

PLAIN_DUCKDB = """
import sys, time, json, duckdb
start = time.perf_counter()
con = duckdb.connect()
con.execute("SET TimeZone = 'Europe/Berlin'")
con.execute("SET enable_progress_bar = false")
rows = con.execute(f'''
    WITH cases AS (
        SELECT "case:concept:name" AS case_id,
               min("time:timestamp") AS s, max("time:timestamp") AS e,
               any_value(service) AS service, any_value(channel) AS channel
        FROM read_csv('{sys.argv[1]}') GROUP BY ALL),
    c AS (SELECT service, channel, epoch(e) - epoch(s) AS d,
                 year(s) * 2 + (month(s) > 6)::INT AS p0, year(e) * 2 + (month(e) > 6)::INT AS p1
          FROM cases),
    done AS (SELECT service, p1 AS p, count(*) AS completed,
                    median(d), quantile_disc(d, 0.9), avg(d)
             FROM c GROUP BY ALL),
    started AS (SELECT service, p0 AS p, count(*) AS started,
                       count(*) FILTER (channel = 'Onlineportal') AS online FROM c GROUP BY ALL)
    SELECT * FROM done FULL JOIN started USING (service, p)''').fetchall()
cases = sum(r[-2] or 0 for r in rows)
print(json.dumps({"seconds": time.perf_counter() - start, "cases": cases}))
"""

PM4PY_CSV = """
import sys, warnings
warnings.filterwarnings("ignore")
import pandas as pd, pm4py
from pm4py.statistics.traces.generic.pandas import case_statistics
df = pd.read_csv(sys.argv[1])
df = pm4py.format_dataframe(df)
cases = case_statistics.get_cases_description(df)
print(len(cases))
"""

PM4PY_XES = """
import sys, warnings
warnings.filterwarnings("ignore")
variant = sys.argv[2]
if variant.startswith("read_xes:"):
    import pm4py
    from pm4py.statistics.traces.generic.pandas import case_statistics
    log = pm4py.read_xes(sys.argv[1], variant=variant.split(":")[1], show_progress_bar=False)
else:
    from pm4py.objects.log.importer.xes import importer
    from pm4py.statistics.traces.generic.log import case_statistics
    log = importer.apply(sys.argv[1], variant=getattr(importer.Variants, variant),
                         parameters={"show_progress_bar": False})
print(len(case_statistics.get_cases_description(log)))
"""


def median_of(runs: int, args: list[str], env: dict[str, str] | None = None) -> Measured:
    results = [measure(args, env) for _ in range(runs)]
    results.sort(key=lambda m: m.wall)
    chosen = results[len(results) // 2]
    chosen.wall = statistics.median(m.wall for m in results)
    return chosen


def _size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def _line(label: str, m: Measured, extra: str = "") -> str:
    return f"  {label:<44} {m.wall:8.2f} s {m.cpu:8.2f} s cpu {m.peak_mb:8.0f} MB  {extra}"


def bench_csv(folder: Path, events: int, runs: int, env: dict[str, str]) -> None:
    path = folder / f"log-{events}.csv"
    generate_csv(path, events)
    print(f"\nCSV, {events:,} events ({path.stat().st_size / 1e6:,.0f} MB)")
    command = median_of(
        runs, [str(BIN / "sachstand"), "eventlog", str(path), "--format=json", *OPTIONS], env
    )
    analysis = median_of(
        runs, [sys.executable, "-c", ANALYSIS, str(path), json.dumps(CHANNELS)], env
    )
    inner = json.loads(analysis.stdout)
    plain = median_of(runs, [sys.executable, "-c", PLAIN_DUCKDB, str(path)])
    plain_inner = json.loads(plain.stdout)
    pm4py = measure([sys.executable, "-c", PM4PY_CSV, str(path)])
    data = json.loads(command.stdout)
    cases = data["source"]["cases_used"]
    assert cases == inner["cases"] == int(pm4py.stdout) == plain_inner["cases"] == events // 10
    print(_line("sachstand eventlog (whole command)", command))
    print(
        _line(
            "sachstand analysis (in its process)",
            analysis,
            extra=f"inside: {inner['seconds']:.2f} s",
        )
    )
    print(
        _line(
            "plain DuckDB query (no validation)", plain, f"inside: {plain_inner['seconds']:.2f} s"
        )
    )
    print(_line("pm4py (pandas read_csv, format_dataframe)", pm4py))
    print(
        f"  pm4py / sachstand command: {pm4py.wall / command.wall:.1f}× time, "
        f"{pm4py.peak_mb / command.peak_mb:.1f}× memory; "
        f"sachstand analysis / plain DuckDB: {analysis.wall / plain.wall:.2f}× time "
        f"(inside: {inner['seconds'] / plain_inner['seconds']:.2f}×), "
        f"{analysis.peak_mb / plain.peak_mb:.2f}× memory"
    )
    (folder / f"csv-{events}.json").write_text(json.dumps(data["totals"]))
    path.unlink()


def available_mb() -> float:
    """Memory the machine can still give (MemAvailable), in MB."""
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    return float("inf")


def bench_xes(
    folder: Path,
    events: int,
    runs: int,
    env: dict[str, str],
    variants: list[str],
    peaks: dict[str, tuple[int, float | None]],
) -> None:
    """``peaks``: per pm4py reader, the largest log it read so far and its peak memory (None: it
    failed there). A reader whose memory, grown in proportion to the log, would not fit in half
    the memory the machine has free is not started (its process would be killed, or others'
    with it), nor one that failed on a smaller log; the output says so."""
    path = folder / f"log-{events}.xes"
    generate_xes(path, events)
    print(f"\nXES, {events:,} events ({path.stat().st_size / 1e6:,.0f} MB)")
    command = median_of(
        runs, [str(BIN / "sachstand"), "eventlog", str(path), "--format=json", *OPTIONS], env
    )
    data = json.loads(command.stdout)
    print(_line("sachstand eventlog (whole command)", command))
    readers = {}
    for variant in variants:
        if variant in peaks:
            read, peak = peaks[variant]
            if peak is None:
                print(f"  pm4py {variant:<38} not run: failed at {read:,} events")
                continue
            needed, free = peak * events / read, available_mb()
            if needed > free / 2:
                print(
                    f"  pm4py {variant:<38} not run: would need about {needed:,.0f} MB "
                    f"({peak:,.0f} MB at {read:,} events), {free:,.0f} MB are free"
                )
                continue
        try:
            readers[variant] = measure([sys.executable, "-c", PM4PY_XES, str(path), variant])
        except RuntimeError as error:  # CHUNK_REGEX splits UTF-8 characters at chunk borders
            print(f"  pm4py {variant:<38} failed: {str(error).strip().splitlines()[-1]}")
            peaks[variant] = (events, None)
            continue
        peaks[variant] = (events, readers[variant].peak_mb)
        assert int(readers[variant].stdout) == data["source"]["cases_used"] == events // 10
        print(_line(f"pm4py {variant}", readers[variant]))
    if readers:
        fastest = min(readers.values(), key=lambda m: m.wall)
        leanest = min(readers.values(), key=lambda m: m.peak_mb)
        largest = max(readers.values(), key=lambda m: m.peak_mb)
        print(
            f"  sachstand / fastest pm4py reader: {command.wall / fastest.wall:.2f}× time; "
            f"memory: {command.peak_mb / leanest.peak_mb:.2f}× of pm4py's leanest reader, "
            f"{command.peak_mb / largest.peak_mb:.2f}× of its largest"
        )
    csv_totals = folder / f"csv-{events}.json"
    if csv_totals.exists():
        agree = json.loads(csv_totals.read_text()) == data["totals"]
        print(f"  same figures as from the CSV of the same log: {'yes' if agree else 'NO'}")
    path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1M", help="CSV sizes in events, e.g. 100k,1M,10M")
    parser.add_argument("--xes-sizes", default="100k,1M", help="XES sizes in events")
    parser.add_argument("--runs", type=int, default=1, help="runs of the fast tools (median)")
    parser.add_argument(
        "--pm4py-xes",
        default="LINE_BY_LINE,CHUNK_REGEX,ITERPARSE,read_xes:iterparse,read_xes:rustxes",
        help="pm4py XES readers to time",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sachstand-bench-eventlogs-") as name:
        folder = Path(name)
        env = {**os.environ, "SACHSTAND_DATA_DIR": str(folder / "data")}
        (folder / "data").mkdir()
        subprocess.run([str(BIN / "sachstand"), "migrate", "-v", "0"], env=env, check=True)
        print(f"{os.cpu_count()} cores; duckdb {duckdb.__version__}; files in {folder}")
        print(f"  {'':<44} {'wall':>10} {'cpu':>12} {'peak memory':>14}")
        for size in filter(None, options.sizes.split(",")):
            bench_csv(folder, _size(size), options.runs, env)
        peaks: dict[str, tuple[int, float | None]] = {}
        for size in filter(None, options.xes_sizes.split(",")):
            bench_xes(folder, _size(size), options.runs, env, options.pm4py_xes.split(","), peaks)


if __name__ == "__main__":
    main()
