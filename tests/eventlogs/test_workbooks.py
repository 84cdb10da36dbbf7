"""An Excel workbook or an OpenDocument spreadsheet is read as the CSV of its first sheet: the
same figures as the CSV export of the same log. An .xls file, and damaged or empty workbooks, get
a German message."""

import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook

from sachstand.imports.formats import OLE_SIGNATURE, SheetOut, write_workbook
from tests.eventlogs.logs import analyse, command, command_json

HEADER = ["Vorgang", "Aktivität", "Zeitpunkt", "Leistung", "Kanal"]
ROWS = [
    [4711, "Antrag eingegangen", datetime(2025, 3, 30, 1, 30), "Wohngeld, Zuschuss", "Portal"],
    [4711, "Bescheid versandt", datetime(2025, 3, 30, 3, 30), "Wohngeld, Zuschuss", "Portal"],
    [4712.0, "Antrag eingegangen", datetime(2025, 7, 1, 9, 0), "Wohngeld, Zuschuss", "Post"],
    [
        4712.0,
        "Bescheid versandt",
        datetime(2025, 7, 15, 9, 0, 0, 500_000),
        "Wohngeld, Zuschuss",
        "Post",
    ],
]
MAPPING = {
    "case": "Vorgang",
    "activity": "Aktivität",
    "timestamp": "Zeitpunkt",
    "service": "Leistung",
    "channel": "Kanal",
    "channel_map": {"Portal": "online", "Post": "paper"},
}


def _workbook(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.cell(row=sheet.max_row + 3, column=2, value=None)  # an empty row with a cell
    sheet.cell(row=2, column=len(header) + 2, value="Notiz ohne Spaltenkopf")
    book.create_sheet("Auswertung").append(["nicht gelesen"])
    book.save(path)
    return path


def _csv(path, rows):
    lines = [";".join(HEADER)]
    for case, activity, when, service, channel in rows:
        lines.append(f'{int(case)};{activity};{when.isoformat(sep=" ")};"{service}";{channel}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _figures(analysis):
    return [
        (
            row.service,
            str(row.period),
            row.cases_started,
            row.cases_completed,
            row.duration_median_s,
            dict(row.channels),
        )
        for row in analysis.rows
    ]


@pytest.mark.parametrize("name", ["export.xlsx", "export-without-suffix"])
def test_a_workbook_gives_the_figures_of_the_same_csv(tmp_path, name):
    workbook = analyse(_workbook(tmp_path / name, ROWS), **MAPPING)
    csv = analyse(_csv(tmp_path / "export.csv", ROWS), **MAPPING)
    assert workbook.usable, workbook.skipped.errors
    assert workbook.source.format == "xlsx" and workbook.source.encoding is None
    assert workbook.source.events_read == 4 and not workbook.skipped.anything
    assert _figures(workbook) == _figures(csv)
    # Berlin time, as written: the night the clocks went forward has one hour from 1:30 to 3:30.
    assert sorted(workbook.rows, key=lambda row: str(row.period))[0].duration_median_s == 3600


def test_case_ids_keep_their_digits(db, tmp_path):
    code, data = command_json(
        str(_workbook(tmp_path / "export.xlsx", ROWS)),
        "--case-column=Vorgang",
        "--activity-column=Aktivität",
        "--timestamp-column=Zeitpunkt",
    )
    assert code == 0
    assert data["source"]["cases_read"] == 2  # 4712.0 in Excel is case "4712" in both rows


def test_the_header_line_counts_in_singular_and_plural(db, tmp_path):
    path = _workbook(tmp_path / "export.xlsx", ROWS[:2])
    code, out = command(
        str(path),
        "--case-column=Vorgang",
        "--activity-column=Aktivität",
        "--timestamp-column=Zeitpunkt",
    )
    assert code == 0
    assert out.splitlines()[1] == (
        "Gelesen: 2 Ereignisse in 1 Vorgang; verwendet: 2 Ereignisse in 1 Vorgang."
    )


@pytest.mark.parametrize("name", ["alt.xls", "geschuetzt.xlsx", "without-suffix"])
def test_an_ole_container_is_named(db, tmp_path, name):
    """An old Excel file, or a password-protected workbook: both are OLE containers."""
    path = tmp_path / name
    path.write_bytes(OLE_SIGNATURE + b"\x00" * 100)
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["errors"] == [
        "Die Datei ist kennwortgeschützt oder im alten Excel-Format (.xls). Bitte entfernen Sie "
        "das Kennwort oder speichern Sie das Protokoll als „CSV UTF-8“, .xlsx oder .ods."
    ]


@pytest.mark.parametrize("name", ["export.ods", "export-without-suffix"])
def test_an_opendocument_spreadsheet_gives_the_figures_of_the_same_csv(tmp_path, name):
    path = tmp_path / name
    # The plan import's OpenDocument writer keeps whole seconds.
    rows = [
        (case, activity, when.replace(microsecond=0), *rest) for case, activity, when, *rest in ROWS
    ]
    sheet = SheetOut(name="Protokoll", headers=tuple(HEADER), rows=tuple(rows))
    path.write_bytes(write_workbook([sheet], "ods"))
    spreadsheet = analyse(path, **MAPPING)
    csv = analyse(_csv(tmp_path / "export.csv", rows), **MAPPING)
    assert spreadsheet.usable, spreadsheet.skipped.errors
    assert spreadsheet.source.format == "ods" and spreadsheet.source.events_read == 4
    assert _figures(spreadsheet) == _figures(csv)


def test_a_damaged_opendocument_spreadsheet_is_named(db, tmp_path):
    path = tmp_path / "calc.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    [error] = data["skipped"]["errors"]
    assert error.startswith("Die Datei „calc.ods“ kann nicht ")


def test_a_damaged_workbook_is_named(db, tmp_path):
    whole = _workbook(tmp_path / "whole.xlsx", ROWS).read_bytes()
    path = tmp_path / "export.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    code, data = command_json(str(path))
    assert code == 1 and data["rows"] == []
    [error] = data["skipped"]["errors"]
    assert error.startswith("Die Datei kann nicht als XLSX gelesen werden: ")


def test_an_empty_workbook_is_named(db, tmp_path):
    path = tmp_path / "export.xlsx"
    Workbook().save(path)
    code, data = command_json(str(path))
    assert code == 1
    assert data["skipped"]["errors"] == ["Das erste Tabellenblatt der Arbeitsmappe ist leer."]


def test_a_workbook_that_openpyxl_stumbles_over_is_named(db, tmp_path):
    """A chart sheet without its relations makes openpyxl fail with an AttributeError."""
    book = Workbook()
    book.create_chartsheet("Diagramm")
    book.remove(book.active)
    path = tmp_path / "export.xlsx"
    book.save(path)
    code, data = command_json(str(path))
    assert code == 1
    [error] = data["skipped"]["errors"]
    assert error.startswith("Die Datei kann nicht als XLSX gelesen werden: ")
