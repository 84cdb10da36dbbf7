"""Benchmark of the status report end to end: database to PDF file, for a large municipality.

Run: .venv/bin/python bench/report_pdf.py [--runs N]   (fresh SQLite file, or DATABASE_URL)
Generates 400 measures, 2,000 milestones and 6 half-years of status updates, then builds and
renders the 2026-H1 report N times. Prints the median and the process's peak memory.
"""

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
os.environ.setdefault("SACHSTAND_DATA_DIR", tempfile.mkdtemp(prefix="sachstand-bench-"))

import django

django.setup()

import pypdf  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from sachstand.demo.large import large_municipality_create  # noqa: E402
from sachstand.reporting.models import ReportingPeriod  # noqa: E402
from sachstand.reporting.renderers.pdf import render_pdf  # noqa: E402
from sachstand.reporting.report_model.builder import report_build  # noqa: E402
from sachstand.strategy.models import Measure, Milestone  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    municipality = large_municipality_create()
    print(f"database: {connection.vendor}, Python {sys.version.split()[0]}")
    print(
        f"generated {Measure.objects.count()} measures, {Milestone.objects.count()} milestones "
        f"in {time.perf_counter() - start:.1f} s"
    )
    period = ReportingPeriod.objects.get(municipality=municipality, half_year="2026-H1")
    out = Path(tempfile.mkdtemp()) / "bericht.pdf"
    times, build_times = [], []
    for _ in range(runs):
        begin = time.perf_counter()
        report = report_build(municipality=municipality, period=period)
        built = time.perf_counter()
        out.write_bytes(render_pdf(report))
        times.append(time.perf_counter() - begin)
        build_times.append(built - begin)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    pages = len(pypdf.PdfReader(out).pages)
    print(f"report model built: median {statistics.median(build_times):.2f} s")
    print(
        f"PDF end to end (database to file): median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {runs} runs"
    )
    print(f"PDF size {out.stat().st_size / 1024:.0f} KB, pages {pages}")
    print(f"peak memory: {own:.0f} MB in the process, {child:.0f} MB in the Typst child")


if __name__ == "__main__":
    main()
