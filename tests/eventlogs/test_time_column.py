"""Exports with the date and the time of day in two columns (``--time-column``): read together as
one Berlin time, from CSV and from Excel alike (refused for XES: see test_command.py)."""

from datetime import date, datetime, time

from openpyxl import Workbook

from tests.eventlogs.logs import analyse, command

MAPPING = {"case": "Vorgang", "activity": "Aktivität", "timestamp": "Datum", "time": "Uhrzeit"}


def _durations(analysis) -> dict[str, float]:
    row = analysis.totals[0]
    return {"median": row.duration_median_s, "mean": row.duration_mean_s}


def test_date_and_time_columns_give_one_instant(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Vorgang;Aktivität;Datum;Uhrzeit\n"
        # 23:30 winter time to 03:30 summer time: three hours, not four.
        "A1;Antrag;29.03.2025;23:30\n"
        "A1;Bescheid;30.03.2025;03:30\n"
        # An empty time is midnight: 8 h 15 min.
        "A2;Antrag;2025-02-03;\n"
        "A2;Bescheid;2025-02-03;08:15:00\n"
        # An empty date is no timestamp: the case keeps one event.
        "A3;Antrag;;08:00\n"
        "A3;Bescheid;04.02.2025;09:00\n",
        encoding="utf-8",
    )
    analysis = analyse(path, **MAPPING)
    assert analysis.usable, analysis.skipped.errors
    assert analysis.source.columns["time"] == "Uhrzeit"
    assert analysis.skipped.events_without_timestamp == 1
    assert analysis.skipped.single_event_cases == 1
    assert analysis.source.cases_used == 2
    assert _durations(analysis) == {"median": (3 * 3600 + 8.25 * 3600) / 2, "mean": 20250.0}


def test_excel_date_and_time_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Vorgang", "Aktivität", "Datum", "Uhrzeit"])
    sheet.append(["A1", "Antrag", date(2025, 3, 29), time(23, 30)])
    sheet.append(["A1", "Bescheid", datetime(2025, 3, 30), time(3, 30)])  # a date cell
    sheet.append(["A2", "Antrag", "03.02.2025", "08:15"])  # typed as text
    sheet.append(["A2", "Bescheid", "03.02.2025", "10:15"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    analysis = analyse(path, **MAPPING)
    assert analysis.usable, analysis.skipped.errors
    assert not analysis.skipped.anything
    assert _durations(analysis) == {"median": 9000.0, "mean": 9000.0}  # 3 h and 2 h


def test_the_time_column_must_exist(db, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Vorgang;Aktivität;Datum\nA1;Antrag;29.03.2025\n", encoding="utf-8")
    code, out = command(
        str(path),
        "--case-column=Vorgang",
        "--activity-column=Aktivität",
        "--timestamp-column=Datum",
        "--time-column=Uhrzeit",
    )
    assert code == 1
    assert "Die Datei hat keine Spalte Uhrzeit (--time-column)." in out
