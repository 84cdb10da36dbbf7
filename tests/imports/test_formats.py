"""The file-format layer: whatever a municipality uploads becomes plain rows of cells or one
German message, and what we export opens in Excel and LibreOffice and reads back the same.

Every file here is built in the test with openpyxl, odfpy or plain bytes."""

import ast
import codecs
import io
import re
import time
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.office import Annotation
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import LineBreak, P, S, Span

from sachstand.imports import formats
from sachstand.imports.formats import (
    GERMAN,
    MAX_BYTES,
    MAX_ROWS,
    FileProblem,
    Row,
    Sheet,
    SheetOut,
    read_workbook,
    write_workbook,
)
from sachstand.imports.formats.ods import CALCEXTNS


@pytest.fixture(autouse=True)
def english():
    """The messages are checked by their English source text; the German catalogue has them."""
    with translation.override("en"):
        yield


PLAN = SheetOut(
    name="Maßnahmen",
    headers=("Titel", "Beginn", "Kosten", "Anzahl", "Status", "Bemerkung"),
    rows=(
        ("Bürgerportal einführen  ", date(2025, 3, 1), Decimal("1234.50"), 3, "geplant", None),
        ("Glasfaser für Schulen", None, Decimal("99000.00"), 12, "in Umsetzung", "„Förderung“"),
        ("=HYPERLINK(1)", date(2026, 12, 31), None, None, None, "Zeile 1\nZeile 2"),
    ),
    choices={4: ("geplant", "in Umsetzung", "abgeschlossen")},
    widths={0: 40},
)


def one_sheet(data: bytes, filename: str) -> Sheet:
    sheets = read_workbook(data, filename)
    assert len(sheets) == 1, [sheet.name for sheet in sheets]
    return sheets[0]


def values(sheet: Sheet) -> list[tuple[object, ...]]:
    return [row.cells for row in sheet.rows]


def xlsx_bytes(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def patched(data: bytes, member: str, old: bytes, new: bytes) -> bytes:
    """``data`` (a ZIP) with ``old`` replaced by ``new`` in ``member``, as if another program
    had written it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                assert old in content
                content = content.replace(old, new)
            target.writestr(info, content)
    return buffer.getvalue()


def ods_bytes(*tables: Table) -> bytes:
    document = OpenDocumentSpreadsheet()
    for table in tables:
        document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def ods_row(*cells: TableCell, repeat: int = 1) -> TableRow:
    row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
    for cell in cells:
        row.addElement(cell)
    return row


def text_cell(*paragraphs: str, **attributes: object) -> TableCell:
    cell = TableCell(**{"valuetype": "string", **attributes})
    for paragraph in paragraphs:
        cell.addElement(P(text=paragraph))
    return cell


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# Round trips: what we export reads back as what we wrote.


def test_xlsx_round_trip_keeps_values_dates_amounts_umlauts_and_gaps():
    sheets = read_workbook(write_workbook([PLAN], "xlsx"), "export.xlsx")
    plan = sheets[0]
    assert plan.name == "Maßnahmen"
    assert [row.number for row in plan.rows] == [1, 2, 3, 4]
    assert values(plan) == [
        PLAN.headers,
        ("Bürgerportal einführen  ", date(2025, 3, 1), 1234.5, 3, "geplant", None),
        ("Glasfaser für Schulen", None, 99000, 12, "in Umsetzung", "„Förderung“"),
        ("=HYPERLINK(1)", date(2026, 12, 31), None, None, None, "Zeile 1\nZeile 2"),
    ]
    # The drop-down lists come along as a hidden sheet; the import pipeline ignores it by name.
    assert [sheet.name for sheet in sheets] == ["Maßnahmen", "Listen"]


def test_ods_round_trip_keeps_values_dates_amounts_umlauts_and_gaps():
    plan = one_sheet(write_workbook([PLAN], "ods"), "export.ods")
    assert plan.name == "Maßnahmen"
    assert [row.number for row in plan.rows] == [1, 2, 3, 4]
    assert values(plan) == [
        PLAN.headers,
        ("Bürgerportal einführen  ", date(2025, 3, 1), 1234.5, 3, "geplant", None),
        ("Glasfaser für Schulen", None, 99000, 12, "in Umsetzung", "„Förderung“"),
        ("=HYPERLINK(1)", date(2026, 12, 31), None, None, None, "Zeile 1\nZeile 2"),
    ]


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_times_of_day_truth_values_and_fractions_survive_the_round_trip(fmt):
    row = (datetime(2025, 3, 1, 13, 45), True, False, 0.25, -7)
    sheet = SheetOut("Werte", ("Zeitpunkt", "Ja", "Nein", "Anteil", "Zahl"), (row,))
    read = one_sheet(write_workbook([sheet], fmt), f"werte.{fmt}")
    assert read.rows[1].cells == row


def test_csv_round_trip_gives_the_text_german_excel_shows():
    plan = one_sheet(write_workbook([PLAN], "csv"), "export.zip")
    assert plan.name == "Maßnahmen"
    assert [row.number for row in plan.rows] == [1, 2, 3, 4]  # the quoted line break: one row
    assert values(plan) == [
        PLAN.headers,
        ("Bürgerportal einführen  ", "01.03.2025", "1234,50", "3", "geplant", ""),
        ("Glasfaser für Schulen", "", "99000,00", "12", "in Umsetzung", "„Förderung“"),
        ("=HYPERLINK(1)", "31.12.2026", "", "", "", "Zeile 1\nZeile 2"),
    ]


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_notes_stand_above_the_header_and_an_instructions_sheet_has_no_header(fmt):
    table = SheetOut("Daten", ("A", "B"), (("Bitte ausfüllen.",), (1, 2)), note_rows=1)
    instructions = SheetOut("Hinweise", ("", ""), (("Zeile eins",), ("Zeile zwei",)))
    data = write_workbook([instructions, table], fmt)
    sheets = read_workbook(data, f"export.{formats.EXTENSIONS[fmt]}")
    by_name = {sheet.name: [row.cells[0] for row in sheet.rows] for sheet in sheets}
    assert by_name["Hinweise"] == ["Zeile eins", "Zeile zwei"]
    assert by_name["Daten"][:2] == ["Bitte ausfüllen.", "A"]


# What the exported files look like to Excel and LibreOffice.


def test_xlsx_export_has_bold_frozen_header_widths_number_formats_and_a_drop_down():
    workbook = openpyxl.load_workbook(io.BytesIO(write_workbook([PLAN], "xlsx")))
    sheet = workbook["Maßnahmen"]
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 40
    assert 8 <= sheet.column_dimensions["E"].width <= 60
    assert sheet["B2"].number_format == "DD.MM.YYYY"
    assert sheet["C2"].number_format == "#,##0.00"
    # Text that looks like a formula stays text: no formula runs when the file is opened.
    assert sheet["A4"].data_type == "s"

    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert str(validation.sqref) == "E2:E1048576"
    assert validation.formula1 == "'Listen'!$A$1:$A$3"
    lists = workbook["Listen"]
    assert lists.sheet_state == "hidden"
    assert [cell.value for cell in lists["A"]] == ["geplant", "in Umsetzung", "abgeschlossen"]


def test_xlsx_instructions_sheet_has_nothing_bold_or_frozen():
    instructions = SheetOut("Hinweise", ("", ""), (("So füllen Sie aus", ""), ("Text", "mehr")))
    workbook = openpyxl.load_workbook(io.BytesIO(write_workbook([instructions], "xlsx")))
    sheet = workbook["Hinweise"]
    assert sheet["A1"].value == "So füllen Sie aus"
    assert not any(cell.font.bold for row in sheet.iter_rows() for cell in row)
    assert sheet.freeze_panes is None


def test_xlsx_drop_down_lists_longer_than_excels_inline_limit_work():
    choices = tuple(f"Organisationseinheit Nummer {number}" for number in range(40))
    assert len(",".join(choices)) > 255
    sheet = SheetOut("Maßnahmen", ("Amt", "Status"), (), choices={0: choices, 1: ("a", "b")})
    workbook = openpyxl.load_workbook(io.BytesIO(write_workbook([sheet], "xlsx")))
    formulas = [v.formula1 for v in workbook["Maßnahmen"].data_validations.dataValidation]
    assert formulas == ["'Listen'!$A$1:$A$40", "'Listen'!$B$1:$B$2"]
    assert workbook["Listen"]["A40"].value == "Organisationseinheit Nummer 39"


def test_ods_export_has_bold_header_date_cells_numbers_and_a_drop_down():
    content = zipfile.ZipFile(io.BytesIO(write_workbook([PLAN], "ods"))).read("content.xml")
    xml = content.decode()
    assert re.search(
        r'style:name="header"[^>]*>\s*<style:text-properties fo:font-weight="bold"', xml
    )
    assert '<table:table-cell office:value-type="string" table:style-name="header">' in xml
    assert 'office:value-type="date" office:date-value="2025-03-01"' in xml
    assert 'office:value-type="float" office:value="1234.50"' in xml
    assert 'of:cell-content-is-in-list("geplant";"in Umsetzung";"abgeschlossen")' in xml
    assert 'table:content-validation-name="choices-1"' in xml
    # Rows the user adds below the data get the drop-down too.
    assert re.search(
        r'number-rows-repeated="\d+"><table:table-cell/>.*"choices-1"/></table:table-row>', xml
    )
    assert '<style:table-column-properties style:column-width="8.20cm"/>' in xml  # 40 characters


def test_csv_export_is_a_zip_of_semicolon_files_with_bom_that_repeats_itself():
    other = SheetOut("Kennzahlen", ("Name", "Wert"), (("Quote", 0.5),))
    data = write_workbook([PLAN, other], "csv")
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist() == ["Maßnahmen.csv", "Kennzahlen.csv"]
    content = archive.read("Kennzahlen.csv")
    assert content == codecs.BOM_UTF8 + b"Name;Wert\r\nQuote;0,5\r\n"
    assert write_workbook([PLAN, other], "csv") == data


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_sheet_names_are_made_valid_and_distinct(fmt):
    sheets = [SheetOut(name, ("A",), (("x",),)) for name in ("Plan: 2025/26", "plan: 2025/26", "")]
    data = write_workbook(sheets, fmt)
    names = [sheet.name for sheet in read_workbook(data, f"x.{formats.EXTENSIONS[fmt]}")]
    expected = ["Plan_ 2025_26", "plan_ 2025_26 (2)", "Sheet"]
    # The sheets of a ZIP of CSV files come sorted by file name.
    assert names == (sorted(expected) if fmt == "csv" else expected)


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_control_characters_pasted_from_word_do_not_break_the_export(fmt):
    sheet = SheetOut("Daten", ("Titel",), (("Schule\x0b Nord\x01",),))
    data = write_workbook([sheet], fmt)
    assert values(one_sheet(data, f"x.{formats.EXTENSIONS[fmt]}"))[1] == ("Schule Nord",)


def test_writing_needs_a_known_format_and_a_sheet():
    with pytest.raises(ValueError, match="unknown format"):
        write_workbook([PLAN], "xls")
    with pytest.raises(ValueError, match="at least one sheet"):
        write_workbook([], "xlsx")


# Excel files as municipalities send them.


def test_xlsx_merged_cells_give_every_cell_the_value_of_the_first():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Handlungsfeld", "Maßnahme", "Kosten", None])
    sheet.append(["Bürgerservice", "Portal", 10])
    sheet.append([None, "Termine", 20])
    sheet.append(["Schulen", "Tablets", None])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("C4:D4")
    sheet["C4"] = "offen"
    assert values(one_sheet(xlsx_bytes(workbook), "plan.xlsx")) == [
        ("Handlungsfeld", "Maßnahme", "Kosten", None),
        ("Bürgerservice", "Portal", 10, None),
        ("Bürgerservice", "Termine", 20, None),
        ("Schulen", "Tablets", "offen", "offen"),
    ]


def test_xlsx_formula_gives_the_cached_value_or_none_if_no_program_calculated_it():
    workbook = openpyxl.Workbook()
    workbook.active.append(["Summe", "=1+1", "Ende"])
    data = xlsx_bytes(workbook)
    # openpyxl saves formulas without a result and cannot calculate them itself.
    assert values(one_sheet(data, "plan.xlsx")) == [("Summe", None, "Ende")]
    # Excel and LibreOffice store the result beside the formula; that is what we read.
    calculated = patched(
        data, "xl/worksheets/sheet1.xml", b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>"
    )
    assert values(one_sheet(calculated, "plan.xlsx")) == [("Summe", 2, "Ende")]


def test_xlsx_blank_rows_and_trailing_blank_columns_are_left_out_spaces_kept():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["B1"] = "Titel", "Status "
    sheet["A2"], sheet["B2"] = "   ", None  # blank: whitespace only
    sheet["A4"], sheet["B4"], sheet["E4"] = " Portal ", "offen", "  "
    sheet["D7"].font = openpyxl.styles.Font(bold=True)  # formatted but empty
    sheet["XFD1048576"].number_format = "0.00"  # a stray format far away costs nothing
    assert one_sheet(xlsx_bytes(workbook), "plan.xlsx").rows == (
        Row(1, ("Titel", "Status ")),
        Row(4, (" Portal ", "offen")),
    )


def test_xlsx_dates_at_midnight_are_dates_and_times_of_day_stay():
    workbook = openpyxl.Workbook()
    workbook.active.append([datetime(2025, 3, 1), datetime(2025, 3, 1, 13, 45), True, 0.8])
    assert values(one_sheet(xlsx_bytes(workbook), "plan.xlsx")) == [
        (date(2025, 3, 1), datetime(2025, 3, 1, 13, 45), True, 0.8)
    ]


def test_xlsx_hidden_sheets_are_read_too():
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sichtbar"
    workbook.active.append(["a"])
    for state in ("hidden", "veryHidden"):
        sheet = workbook.create_sheet(state)
        sheet.sheet_state = state
        sheet.append([state])
    sheets = read_workbook(xlsx_bytes(workbook), "plan.xlsm")
    assert [(s.name, values(s)) for s in sheets] == [
        ("Sichtbar", [("a",)]),
        ("hidden", [("hidden",)]),
        ("veryHidden", [("veryHidden",)]),
    ]


def test_xlsx_with_a_merge_over_the_whole_sheet_is_refused_before_openpyxl_explodes():
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "x"
    workbook.active.merge_cells("A1:B2")
    bomb = patched(xlsx_bytes(workbook), "xl/worksheets/sheet1.xml", b"A1:B2", b"A1:XFD1048576")
    started = time.monotonic()
    with pytest.raises(FileProblem, match=r"1[.,]000[.,]000"):
        read_workbook(bomb, "bombe.xlsx")
    assert time.monotonic() - started < 2


# OpenDocument files as LibreOffice writes them.


def test_ods_value_types_become_python_values():
    date_time = TableCell(valuetype="date", datevalue="2025-03-01T13:45:00.123456789")
    error = text_cell("#DIV/0!")
    error.setAttrNS(CALCEXTNS, "value-type", "error")
    table = Table(name="Typen")
    table.addElement(
        ods_row(
            TableCell(valuetype="float", value="42"),
            TableCell(valuetype="float", value="2.5"),
            TableCell(valuetype="percentage", value="0.8"),
            TableCell(valuetype="currency", currency="EUR", value="1234.5"),
            TableCell(valuetype="date", datevalue="2025-03-01"),
            date_time,
            TableCell(valuetype="boolean", booleanvalue="false"),
            text_cell("13:45", valuetype="time", timevalue="PT13H45M00S"),
            error,
        )
    )
    assert values(one_sheet(ods_bytes(table), "typen.ods")) == [
        (
            42,
            2.5,
            0.8,
            Decimal("1234.5"),
            date(2025, 3, 1),
            datetime(2025, 3, 1, 13, 45, 0, 123456),
            False,
            "13:45",
            "#DIV/0!",
        )
    ]


def test_ods_text_keeps_spaces_lines_and_spans_but_not_comments():
    cell = TableCell(valuetype="string")
    comment = Annotation()
    comment.addElement(P(text="Kommentar von Olga"))
    cell.addElement(comment)
    first = P(text="Portal")
    first.addElement(S(c=3))
    first.addElement(Span(text="fett"))
    first.addElement(LineBreak())
    first.addText("neu ")
    cell.addElement(first)
    cell.addElement(P(text="zweiter Absatz"))
    table = Table(name="Text")
    table.addElement(ods_row(cell))
    assert values(one_sheet(ods_bytes(table), "text.ods")) == [
        ("Portal   fett\nneu \nzweiter Absatz",)
    ]


def test_ods_repeated_rows_and_columns_are_expanded_and_empty_repeats_cost_nothing():
    table = Table(name="Plan")
    table.addElement(ods_row(text_cell("Titel"), TableCell(numbercolumnsrepeated=16_000)))
    table.addElement(ods_row(TableCell(numbercolumnsrepeated=16_384), repeat=1_000))
    table.addElement(
        ods_row(
            text_cell("x"),
            TableCell(numbercolumnsrepeated=2),
            text_cell("y", numbercolumnsrepeated=2),
            TableCell(numbercolumnsrepeated=1_000_000),
            repeat=2,
        )
    )
    table.addElement(ods_row(TableCell(numbercolumnsrepeated=1024), repeat=1_048_576))
    started = time.monotonic()
    sheet = one_sheet(ods_bytes(table), "plan.ods")
    assert time.monotonic() - started < 2
    assert sheet.rows == (
        Row(1, ("Titel", None, None, None, None)),
        Row(1002, ("x", None, None, "y", "y")),
        Row(1003, ("x", None, None, "y", "y")),
    )


def test_ods_merged_cells_give_covered_cells_the_value_of_the_spanning_cell():
    table = Table(name="Plan")
    table.addElement(ods_row(text_cell("Feld"), text_cell("Maßnahme"), text_cell("Jahr")))
    spanning = text_cell("Bürgerservice", numberrowsspanned=3)
    table.addElement(ods_row(spanning, text_cell("Portal"), text_cell("2025")))
    table.addElement(ods_row(CoveredTableCell(), text_cell("Termine"), text_cell("2026")))
    table.addElement(ods_row(CoveredTableCell(), text_cell("Chat"), text_cell("2027")))
    wide = text_cell("offen", numbercolumnsspanned=2, numberrowsspanned=2)
    table.addElement(ods_row(text_cell("Schulen"), wide, CoveredTableCell()))
    table.addElement(ods_row(TableCell(), CoveredTableCell(numbercolumnsrepeated=2), repeat=2))
    assert values(one_sheet(ods_bytes(table), "plan.ods")) == [
        ("Feld", "Maßnahme", "Jahr"),
        ("Bürgerservice", "Portal", "2025"),
        ("Bürgerservice", "Termine", "2026"),
        ("Bürgerservice", "Chat", "2027"),
        ("Schulen", "offen", "offen"),
        (None, "offen", "offen"),
    ]


def test_ods_full_row_repeated_a_billion_times_is_refused_quickly():
    table = Table(name="Plan")
    table.addElement(ods_row(text_cell("x"), repeat=1_000_000_000))
    started = time.monotonic()
    with pytest.raises(FileProblem, match=r"100[.,]000"):
        read_workbook(ods_bytes(table), "plan.ods")
    assert time.monotonic() - started < 5


def test_ods_tables_are_sheets_in_order():
    first, second = Table(name="Erste"), Table(name="Zweite")
    first.addElement(ods_row(text_cell("1")))
    sheets = read_workbook(ods_bytes(first, second), "plan.ods")
    assert [(sheet.name, values(sheet)) for sheet in sheets] == [
        ("Erste", [("1",)]),
        ("Zweite", []),
    ]


def test_ods_with_broken_xml_is_refused_not_half_read_and_not_printed(capsys):
    table = Table(name="Plan")
    for number in range(50):
        table.addElement(ods_row(text_cell(f"Zeile {number}")))
    data = ods_bytes(table)
    content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
    cut = content.index(b"Zeile 25")
    broken = patched(data, "content.xml", content, content[:cut])
    with pytest.raises(FileProblem, match="damaged"):
        read_workbook(broken, "plan.ods")
    # odfpy would print the part to stdout, that is into the server log, and go on.
    assert capsys.readouterr().out == ""


def test_ods_text_document_is_not_a_spreadsheet():
    data = patched(
        write_workbook([PLAN], "ods"),
        "mimetype",
        b"spreadsheet",
        b"text",
    )
    with pytest.raises(FileProblem, match="ODS"):
        read_workbook(data, "brief.ods")


# CSV files in the encodings and dialects office programs write.


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_delimiter_is_detected_from_the_header(delimiter):
    text = delimiter.join(["Titel", '"Kosten; in €, brutto"', "Status"]) + "\n"
    text += delimiter.join(["Portal", '"1.234,50"', "offen"]) + "\n"
    assert values(one_sheet(text.encode(), "plan.csv")) == [
        ("Titel", "Kosten; in €, brutto", "Status"),
        ("Portal", "1.234,50", "offen"),
    ]


@pytest.mark.parametrize(
    "encoded",
    [
        "Straße;Kosten €\nÄrztehaus;5 €\n".encode(),
        "Straße;Kosten €\nÄrztehaus;5 €\n".encode("utf-8-sig"),
        "Straße;Kosten €\nÄrztehaus;5 €\n".encode("cp1252"),
        "Straße\tKosten €\nÄrztehaus\t5 €\n".encode("utf-16"),  # Excel's "Unicode-Text"
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252", "utf-16"],
)
def test_csv_encodings_german_offices_use(encoded):
    assert values(one_sheet(encoded, "plan.csv")) == [
        ("Straße", "Kosten €"),
        ("Ärztehaus", "5 €"),
    ]


def test_csv_in_no_known_encoding_is_refused_with_advice():
    with pytest.raises(FileProblem, match="UTF-8") as problem:
        read_workbook(b"Titel\n\x81\x8d\xff\n", "plan.csv")
    assert "plan.csv" in problem.value.message


def test_csv_quoted_line_breaks_stay_in_the_field_and_rows_keep_their_line_numbers():
    text = 'Titel;Beschreibung\r\n\r\nPortal;"erste Zeile\r\nzweite Zeile"\r\n;\r\nApp;" kurz "\r\n'
    assert one_sheet(text.encode(), "plan.csv").rows == (
        Row(1, ("Titel", "Beschreibung")),
        Row(3, ("Portal", "erste Zeile\r\nzweite Zeile")),
        Row(6, ("App", " kurz ")),
    )


def test_csv_excel_separator_line_decides_and_is_not_a_row():
    text = "sep=,\nTitel;Teil,Status\nPortal;A,offen\n"
    assert one_sheet(text.encode(), "plan.txt").rows == (
        Row(2, ("Titel;Teil", "Status")),
        Row(3, ("Portal;A", "offen")),
    )


def test_csv_title_line_above_the_header_does_not_decide_the_delimiter():
    text = "Maßnahmenplan Musterstadt\n\nTitel,Status\nPortal,offen\n"
    assert values(one_sheet(text.encode(), "plan.csv")) == [
        ("Maßnahmenplan Musterstadt", None),
        ("Titel", "Status"),
        ("Portal", "offen"),
    ]


def test_csv_tab_separator_line():
    assert values(one_sheet(b"sep=\t\na;b\tc\n", "plan.csv")) == [("a;b", "c")]


def test_csv_short_rows_are_padded_and_the_sheet_is_named_after_the_file():
    sheet = one_sheet(b"a;b;c;\n1\n", "Maßnahmen 2025.csv")
    assert sheet.name == "Maßnahmen 2025"
    assert values(sheet) == [("a", "b", "c"), ("1", None, None)]


def test_zip_of_csv_files_gives_one_sheet_per_file_sorted_by_name():
    data = zip_bytes(
        {
            "b.csv": b"Wert\n2\n",
            "a.csv": "Wert\n1\n".encode("cp1252"),
            "unter/c.TXT": b"Wert\n3\n",
            "__MACOSX/unter/._c.TXT": b"\x00\x05\x16\x07",
            "liesmich.md": b"# nichts",
        }
    )
    sheets = read_workbook(data, "plan.zip")
    assert [(sheet.name, values(sheet)) for sheet in sheets] == [
        ("a", [("Wert",), ("1",)]),
        ("b", [("Wert",), ("2",)]),
        ("c", [("Wert",), ("3",)]),
    ]


def test_zip_without_csv_files_is_refused():
    with pytest.raises(FileProblem, match="CSV"):
        read_workbook(zip_bytes({"bild.png": b"\x89PNG"}), "plan.zip")


# Files whose name does not tell the truth, and files that are no spreadsheet.


def test_lying_extensions_are_sniffed():
    xlsx = write_workbook([PLAN], "xlsx")
    ods = write_workbook([PLAN], "ods")
    csv_zip = write_workbook([PLAN], "csv")
    assert one_sheet(ods, "plan.xlsx").rows[1].cells[1] == date(2025, 3, 1)
    assert read_workbook(xlsx, "plan.ods")[0].rows[1].cells[1] == date(2025, 3, 1)
    assert read_workbook(xlsx, "plan.csv")[0].rows[1].cells[1] == date(2025, 3, 1)
    assert read_workbook(xlsx, "plan")[0].name == "Maßnahmen"  # no extension at all
    assert one_sheet(csv_zip, "plan.csv").rows[1].cells[1] == "01.03.2025"
    assert values(one_sheet(b"Titel;Status\n", "export.xlsx")) == [("Titel", "Status")]


def test_unknown_format_is_refused_with_the_accepted_formats():
    with pytest.raises(FileProblem) as problem:
        read_workbook(b"%PDF-1.7 ...", "Plan.pdf")
    assert "“Plan.pdf”" in problem.value.message
    for extension in (".xlsx", ".ods", ".csv", ".zip"):
        assert extension in problem.value.message


def test_old_excel_or_encrypted_xlsx_is_refused_with_advice():
    # Both are OLE compound files; the .xls extension is merely what they are often called.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    for filename in ("Plan.xls", "Plan.xlsx"):
        with pytest.raises(FileProblem, match=r"\.xls\)"):
            read_workbook(ole, filename)


def test_encrypted_ods_is_refused_with_advice():
    data = patched(
        write_workbook([PLAN], "ods"),
        "META-INF/manifest.xml",
        b"</manifest:manifest>",
        b"<!-- manifest:encryption-data --></manifest:manifest>",
    )
    with pytest.raises(FileProblem, match="password"):
        read_workbook(data, "plan.ods")


@pytest.mark.parametrize("filename", ["plan.xlsx", "plan.ods", "plan.csv", "plan.zip"])
def test_empty_files_are_refused(filename):
    with pytest.raises(FileProblem, match="empty") as problem:
        read_workbook(b"", filename)
    assert f"“{filename}”" in problem.value.message


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_truncated_uploads_are_refused_as_damaged(fmt):
    filename = f"plan.{formats.EXTENSIONS[fmt]}"
    whole = write_workbook([PLAN], fmt)
    with pytest.raises(FileProblem, match="damaged") as problem:
        read_workbook(whole[: len(whole) // 2], filename)
    assert f"“{filename}”" in problem.value.message


def test_files_over_the_limits_are_refused_naming_the_limit():
    with pytest.raises(FileProblem, match="20 MB"):
        read_workbook(b"x" * (MAX_BYTES + 1), "riesig.csv")
    with pytest.raises(FileProblem, match=r"100[.,]000"):
        read_workbook(b"Titel\n" + b"x\n" * MAX_ROWS, "lang.csv")
    assert len(one_sheet(b"x\n" * MAX_ROWS, "gerade.csv").rows) == MAX_ROWS


def test_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w") as member,
    ):
        for _ in range(101):
            member.write(bytes(1 << 20))
    with pytest.raises(FileProblem, match="100 MB"):
        read_workbook(buffer.getvalue(), "bombe.xlsx")


# Whatever arrives: a list of sheets or a FileProblem, never anything else.

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
EXTENSIONS = [".xlsx", ".xlsm", ".ods", ".csv", ".txt", ".zip", ".xls", ""]


def assert_sheets_or_problem(data: bytes, filename: str) -> None:
    try:
        sheets = read_workbook(data, filename)
    except FileProblem as problem:
        assert filename in problem.message
    else:
        assert all(isinstance(sheet, Sheet) for sheet in sheets)


@FUZZ
@given(data=st.binary(max_size=4096), extension=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_give_sheets_or_a_file_problem(data, extension):
    assert_sheets_or_problem(data, f"upload{extension}")


VALID = {
    "xlsx": write_workbook([PLAN], "xlsx"),
    "ods": write_workbook([PLAN], "ods"),
    "zip": write_workbook([PLAN], "csv"),
}


@FUZZ
@given(
    kind=st.sampled_from(sorted(VALID)),
    changes=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=8),
    cut=st.integers(0, 1 << 16),
)
def test_damaged_files_give_sheets_or_a_file_problem(kind, changes, cut):
    data = bytearray(VALID[kind])
    for position, byte in changes:
        data[position % len(data)] = byte
    assert_sheets_or_problem(bytes(data[: max(cut, 1)]), f"upload.{kind}")


# The German messages for the catalogue.


def msgids() -> set[str]:
    found = set()
    for path in Path(formats.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_":
                found.add(node.args[0].value)
    return found


def test_every_message_has_its_german_translation_with_the_same_placeholders():
    assert set(GERMAN) == msgids()
    for msgid, german in GERMAN.items():
        placeholders = sorted(re.findall(r"%\(\w+\)s", msgid))
        assert sorted(re.findall(r"%\(\w+\)s", german)) == placeholders, msgid
        assert '"' not in german and german.count("„") == german.count("“"), german
