"""Benchmark of the foundation: loading Musterstadt, reloading it, roll-ups, the plan as it stood.

Run: .venv/bin/python bench/foundation.py   (uses a fresh SQLite file, or DATABASE_URL)
Prints wall-clock times (median of several runs where a step is repeatable) and query counts.
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import date

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
os.environ.setdefault("SACHSTAND_DATA_DIR", tempfile.mkdtemp(prefix="sachstand-bench-"))

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from sachstand.demo.services import demo_load  # noqa: E402
from sachstand.strategy.selectors.as_of import plan_as_of  # noqa: E402
from sachstand.strategy.selectors.rollups import plan_rollup  # noqa: E402


def timed(label: str, func, repeat: int = 1) -> object:
    times, result, queries = [], None, 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        for _ in range(repeat):
            start = time.perf_counter()
            result = func()
            times.append(time.perf_counter() - start)
    per_run = queries // repeat
    median_ms = statistics.median(times) * 1000
    print(f"{label:<40} {median_ms:9.1f} ms  {per_run:6d} queries  (n={repeat})")
    return result


def main() -> None:
    print(f"database: {connection.vendor}, Python {sys.version.split()[0]}")
    call_command("migrate", verbosity=0)
    result = timed("demo load (first, history replayed)", demo_load)
    municipality = result.municipality
    timed("demo load (again, nothing to write)", demo_load, repeat=3)
    timed(
        "plan_rollup today",
        lambda: plan_rollup(municipality=municipality, on=date(2026, 11, 26)),
        repeat=10,
    )
    timed(
        "plan_rollup as it stood 2026-06-30",
        lambda: plan_rollup(municipality=municipality, on=date(2026, 6, 30), as_it_stood=True),
        repeat=10,
    )
    timed(
        "plan_as_of 2025-12-31",
        lambda: plan_as_of(municipality=municipality, when=date(2025, 12, 31)),
        repeat=10,
    )


if __name__ == "__main__":
    main()
