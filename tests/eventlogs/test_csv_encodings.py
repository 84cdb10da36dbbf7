"""A CSV as German offices export it: Windows-1252 from most Windows programs, UTF-16 from
Excel's "Unicode text", UTF-8 with or without byte order mark – read with the same figures; a
file that is none of them, mixes two, or has a line of too many fields is named with its line."""

import gzip
import zipfile

import pytest

from tests.eventlogs.logs import analyse, command_json

HEADER = "Vorgang;Aktivität;Zeitpunkt;Leistung"
ROWS = [
    "A1;Antrag eingegangen;03.02.2025 08:15;Bürgerbüro „Mitte“",
    "A1;Prüfung – Abschluss;17.03.2025 11:00;Bürgerbüro „Mitte“",
    "A2;Antrag eingegangen;04.02.2025 09:00;Bürgerbüro „Mitte“",
    "A2;Rückfrage;05.02.2025 09:00;Bürgerbüro „Mitte“",
]
MAPPING = {
    "case": "Vorgang",
    "activity": "Aktivität",
    "timestamp": "Zeitpunkt",
    "service": "Leistung",
    "end_activities": ("Prüfung – Abschluss",),
}
OPTIONS = (
    "--case-column=Vorgang",
    "--activity-column=Aktivität",
    "--timestamp-column=Zeitpunkt",
    "--service-attribute=Leistung",
    "--end-activity=Prüfung – Abschluss",
)


def _text(rows: list[str], header: str = HEADER) -> str:
    return "\r\n".join([header, *rows]) + "\r\n"


def _figures(analysis) -> list[tuple]:
    return [
        (row.service, str(row.period), row.cases_started, row.cases_completed, row.cases_open)
        for row in analysis.rows
    ]


EXPECTED = [("Bürgerbüro „Mitte“", "2025-H1", 2, 1, 1)]


@pytest.mark.parametrize(
    ("encoding", "separator", "read_as"),
    [
        ("utf-8", ";", "utf-8"),
        ("utf-8-sig", ";", "utf-8"),  # "CSV UTF-8" from Excel: with byte order mark
        ("cp1252", ";", "windows-1252"),  # "CSV (Trennzeichen-getrennt)" on German Windows
        ("utf-16", "\t", "utf-16"),  # "Unicode-Text": UTF-16 with byte order mark, tabs
        ("utf-16-be", "\t", "utf-16"),
    ],
)
def test_every_encoding_gives_the_same_figures(tmp_path, encoding, separator, read_as):
    text = _text(ROWS).replace(";", separator)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    analysis = analyse(path, **MAPPING)
    assert analysis.usable, analysis.skipped.errors
    assert analysis.source.encoding == read_as
    assert _figures(analysis) == EXPECTED  # the end activity with its dash was recognised


def test_a_windows_1252_byte_far_into_a_file_is_read_as_windows_1252(tmp_path):
    """DuckDB looks at the first 20,480 rows to detect the file's form; a byte of Windows-1252
    after them only shows in the reading, which then starts again from a UTF-8 copy."""
    plain = [f"B{n};Antrag eingegangen;03.02.2025 08:15;Meldewesen" for n in range(30_000)]
    path = tmp_path / "export.csv.gz"
    path.write_bytes(gzip.compress(_text([*plain, *ROWS]).encode("cp1252")))
    analysis = analyse(path, **MAPPING)
    assert analysis.usable, analysis.skipped.errors
    assert analysis.source.encoding == "windows-1252"
    assert analysis.source.events_read == 30_004
    assert ("Bürgerbüro „Mitte“", "2025-H1", 2, 1, 1) in _figures(analysis)


def test_the_report_says_how_the_file_was_read(db, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(_text(ROWS).encode("cp1252"))
    code, data = command_json(str(path), *OPTIONS)
    assert code == 0
    assert data["source"]["encoding"] == "windows-1252"
    assert data["rows"][0]["service"] == "Bürgerbüro „Mitte“"


def _foreign_byte() -> bytes:
    return _text(ROWS).encode("cp1252").replace(b"R\xfcckfrage", b"R\x81ckfrage")


def _mixed() -> bytes:
    """Read whole as Windows-1252, its UTF-8 part would turn into "PrÃ¼fung", and cases would
    silently miss their end activity."""
    tail = _text(ROWS[3:], header="").lstrip().encode("cp1252")
    return _text(ROWS[:3]).encode("utf-8") + tail


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            _foreign_byte,
            "Zeile 5 der Datei enthält ein Byte (0x81), das weder UTF-8 noch Windows-1252 ist. "
            "Bitte speichern Sie sie als „CSV UTF-8“.",
        ),
        (
            _mixed,
            "Die Datei mischt Kodierungen: Zeile 5 enthält ein Byte, das nicht UTF-8 ist, die "
            "Zeilen davor aber UTF-8-Zeichen. Bitte speichern Sie sie als „CSV UTF-8“.",
        ),
    ],
    ids=["neither-utf8-nor-windows-1252", "utf8-with-windows-1252-mixed-in"],
)
def test_bytes_that_no_encoding_explains_are_named_with_their_line(db, tmp_path, content, message):
    path = tmp_path / "export.csv"
    path.write_bytes(content())
    code, data = command_json(str(path), *OPTIONS)
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["errors"] == [message]


def test_a_line_with_more_fields_than_the_header_is_named(db, tmp_path):
    plain = [f"B{n};Antrag eingegangen;03.02.2025 08:15;Meldewesen" for n in range(30_000)]
    broken = "B7;Antrag eingegangen;04.02.2025 08:15;Meldewesen;Zusatz"
    path = tmp_path / "export.csv"
    path.write_text(_text([*plain, broken, *ROWS]), encoding="utf-8")
    code, data = command_json(str(path), *OPTIONS)
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["errors"] == [
        "Zeile 30002 der CSV-Datei hat 5 Felder, ihre Kopfzeile 4."
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "protokoll.zip",
            None,
            "Die Datei ist ein ZIP-Archiv. Bitte entpacken Sie das Ereignisprotokoll daraus.",
        ),
        (
            "bericht.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 3 >>\nstream\n\x00\x01\x02",
            "Die Datei ist kein Text und damit keine CSV-Datei. sachstand liest "
            "Ereignisprotokolle als XES, CSV, Parquet, Excel (.xlsx) und OpenDocument (.ods).",
        ),
    ],
)
def test_a_file_that_is_no_csv_at_all_is_named(db, tmp_path, name, content, message):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("log.csv", _text(ROWS))
    else:
        path.write_bytes(content)
    code, data = command_json(str(path), *OPTIONS)
    assert code == 1 and data["rows"] == []
    assert data["skipped"]["errors"] == [message]
