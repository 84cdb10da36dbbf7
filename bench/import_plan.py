"""Benchmark of the plan import: a generated plan of 10,000 rows, from the .xlsx to the database.

Run: .venv/bin/python bench/import_plan.py [--runs N]   (fresh SQLite file, or DATABASE_URL)
The workbook has 1,000 measures, 5,000 milestones, 2,000 cost items, 1,000 staff needs and
1,000 status updates (plus strategy, 20 units, 10 fields). Each run imports it with --apply into
a new, empty municipality. Prints the median and the process's peak memory.
"""

import argparse
import io
import os
import random
import resource
import statistics
import sys
import tempfile
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
os.environ.setdefault("SACHSTAND_DATA_DIR", tempfile.mkdtemp(prefix="sachstand-bench-"))

import django

django.setup()

import openpyxl  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from sachstand.imports.services import plan_import  # noqa: E402
from sachstand.municipalities.models import Municipality  # noqa: E402


def workbook(seed: int = 1) -> bytes:
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheets = {
        "Strategie": [["Titel", "Zeitraum von", "Zeitraum bis"], ["Stadt.digital", 2024, 2030]],
        "Organisationseinheiten": [["Kürzel", "Name"]]
        + [[f"FB {i}", f"Fachbereich {i}"] for i in range(10, 30)],
        "Handlungsfelder": [["Kürzel", "Titel"]]
        + [[f"HF {i}", f"Handlungsfeld {i}"] for i in range(1, 11)],
        "Maßnahmen": [
            [
                "Kürzel",
                "Titel",
                "Handlungsfeld",
                "Organisationseinheit",
                "Status",
                "Geplanter Beginn",
                "Geplantes Ende",
                "Fertigstellungsgrad (%)",
            ]
        ],
        "Meilensteine": [["Maßnahme", "Meilenstein", "Fällig am", "Erreicht am"]],
        "Kosten": [["Maßnahme", "Jahr", "Art", "Geschätzt (EUR)", "Ist (EUR)"]],
        "Personal": [["Maßnahme", "Jahr", "VZÄ"]],
        "Sachstandsmeldungen": [
            [
                "Maßnahme",
                "Halbjahr",
                "Ampel",
                "Fertigstellungsgrad (%)",
                "Sachstand",
                "Begründung Abweichung",
            ]
        ],
    }
    for n in range(1000):
        code = f"M {n % 10 + 1}.{n // 10 + 1}"
        sheets["Maßnahmen"].append(
            [
                code,
                f"Maßnahme {n}",
                f"HF {n % 10 + 1}",
                f"FB {10 + n % 20}",
                "in Umsetzung",
                "01.01.2025",
                "2. HJ 2027",
                f"{rng.randrange(0, 90)} %",
            ]
        )
        for k in range(5):
            sheets["Meilensteine"].append(
                [
                    code,
                    f"Meilenstein {k + 1}",
                    f"{1 + k * 5:02d}.0{1 + k}.2026",
                    "15.01.2026" if k == 0 else None,
                ]
            )
        for year in (2025, 2026):
            sheets["Kosten"].append(
                [
                    code,
                    year,
                    "investiv" if year == 2025 else "konsumtiv",
                    f"{rng.randrange(1000, 90000)},00 €",
                    None,
                ]
            )
        sheets["Personal"].append([code, 2026, "0,5"])
        sheets["Sachstandsmeldungen"].append(
            [code, "2. HJ 2025", "grün", "20 %", "Läuft.", "Import der Altdaten"]
        )
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    call_command("migrate", verbosity=0)
    data = workbook()
    print(
        f"database: {connection.vendor}, Python {sys.version.split()[0]}, "
        f"file {len(data) // 1024} KB"
    )
    times = []
    for n in range(runs):
        municipality = Municipality.objects.create(
            name=f"Import {n}", slug=f"import-{n}", ags=f"0599{n:04d}", federal_state="NW"
        )
        start = time.perf_counter()
        result = plan_import(
            municipality=municipality, data=data, filename="plan.xlsx", user=None, apply=True
        )
        times.append(time.perf_counter() - start)
        assert result.applied, [str(p) for p in result.problems[:5]]
        rows = sum(sum(c.values()) for c in result.counts.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows written per run: {rows}")
    print(
        f"import with --apply: median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {runs} runs"
    )
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
