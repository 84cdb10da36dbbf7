"""The Word renderer: a report the administration can edit in Word, with real headings, tables,
fields and pictures, in German, and the same bytes for the same report."""

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import Table as WordTable

from sachstand.reporting.renderers.docx import render_docx
from sachstand.reporting.report_model import Cell, Column, Paragraph, Section, Table
from tests.reporting.sample_report import sample_report

SPECIAL = "<b>&amp;</b> ‚Zitat‘ „Anführung“"


def open_docx(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def document() -> Document:
    return open_docx(render_docx(sample_report()))


def table_headed(document: Document, first_label: str) -> WordTable:
    for table in document.tables:
        if table.rows[0].cells[0].text == first_label:
            return table
    raise AssertionError(f"no table headed {first_label!r}")


def field_instructions(element) -> list[str]:
    return [instr.text.strip() for instr in element.iter(qn("w:instrText"))]


def texts(document: Document) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def test_sections_become_word_headings_with_their_numbers(document):
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "1 Zusammenfassung"),
        ("Heading 1", "2 Handlungsfelder"),
        ("Heading 2", "2.1 HF 1 Bürgerservice & OZG-Onlinedienste"),
    ]


def test_title_page_names_municipality_period_and_status(document):
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == "Sachstandsbericht Digitalisierung"
    front = texts(document)[:6]
    assert front[0] == "Musterstadt"
    assert "1. Halbjahr 2026" in front
    assert {"Stand: 15.07.2026", "Version: 2", "Status: Entwurf"} <= set(front)
    assert 'w:type="page"' in document.paragraphs[5]._p.xml


def test_the_title_page_names_the_committee_of_an_excerpt():
    report = replace(sample_report(), committee="Ausschuss für Digitalisierung")
    assert "Gremium: Ausschuss für Digitalisierung" in texts(open_docx(render_docx(report)))


def test_a_table_keeps_its_header_and_cells(document):
    table = table_headed(document, "Kürzel")
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Kürzel", "Maßnahme", "OE", "Status", "Ampel", "Fortschritt"]
    assert table.cell(2, 1).text == "Terminvergabe für alle Ämter"
    assert "seit 45 Tagen überfällig" in table.cell(2, 4).text
    assert table.style.name == "Table Grid"


def test_the_header_row_repeats_on_every_page(document):
    for table in document.tables:
        first, *rest = table.rows
        assert first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr is None for row in rest)


def test_number_columns_are_right_aligned(document):
    table = table_headed(document, "Kürzel")
    assert table.cell(1, 5).paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.cell(0, 5).paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.cell(1, 1).paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_a_light_is_a_coloured_mark_before_the_text_that_names_it(document):
    cell = table_headed(document, "Kürzel").cell(2, 4)
    mark, text = cell.paragraphs[0].runs
    assert mark.text.strip() == "●"
    assert mark.font.color.rgb == RGBColor.from_string("CF222E")
    assert text.text.startswith("rot")


def test_footer_rows_are_bold(document):
    table = table_headed(document, "Jahr")
    assert table.rows[-1].cells[0].text == "Summe"
    assert all(run.bold for cell in table.rows[-1].cells for run in cell.paragraphs[0].runs)
    assert not any(run.bold for cell in table.rows[1].cells for run in cell.paragraphs[0].runs)


def test_an_empty_table_shows_its_empty_text(document):
    assert "keine Meldung" in texts(document)
    assert all(table.rows[0].cells[0].text != "A" for table in document.tables)


def test_bullet_lists_use_the_list_bullet_style(document):
    items = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert items == ["Z 1.1 Alle OZG-Leistungen online", "Z 1.2 Wartezeit"]


def test_the_figure_is_a_picture_with_alt_text_caption_and_data_table(document):
    (picture,) = document.inline_shapes
    doc_pr = picture._inline.docPr
    assert doc_pr.get("descr") == sample_report().sections[0].blocks[2].alt_text
    assert doc_pr.get("title") == "Ampeln je Handlungsfeld"
    assert 14.5 < picture.width.cm < 15.5
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Ampeln je Handlungsfeld" in captions
    assert table_headed(document, "Handlungsfeld").cell(1, 1).text == "4"


def test_the_footer_numbers_pages_with_fields(document):
    footer = document.sections[0].footer
    assert field_instructions(footer._element) == ["PAGE", "NUMPAGES"]
    assert footer.paragraphs[0].text.startswith("Seite ")


def test_the_header_marks_a_draft(document):
    assert document.sections[0].header.paragraphs[0].text == (
        "Musterstadt · Sachstandsbericht Digitalisierung · Entwurf"
    )
    released = open_docx(render_docx(sample_report(status="freigegeben")))
    assert "Entwurf" not in released.sections[0].header.paragraphs[0].text


def test_the_contents_is_a_toc_field_word_updates_on_opening(document):
    assert 'TOC \\o "1-3" \\h \\z \\u' in field_instructions(document.element.body)
    kinds = [c.get(qn("w:fldCharType")) for c in document.element.body.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert "Inhaltsverzeichnis wird beim Öffnen aktualisiert" in texts(document)[7]
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


def test_the_document_language_is_german(document):
    lang = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    assert lang.get(qn("w:val")) == "de-DE"
    properties = document.core_properties
    assert properties.language == "de-DE"
    assert (properties.title, properties.subject) == (
        "Sachstandsbericht Digitalisierung",
        "1. Halbjahr 2026",
    )
    assert properties.author == "Musterstadt"


def test_the_page_is_a4(document):
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_dates_in_the_file_are_the_reports_own(document):
    properties = document.core_properties
    expected = datetime(2026, 7, 15)
    assert properties.created.replace(tzinfo=None) == expected
    assert properties.modified.replace(tzinfo=None) == expected
    assert properties.revision == 1


def test_the_same_report_gives_the_same_bytes(time_machine):
    time_machine.move_to(datetime(2026, 7, 20, 9, 0, tzinfo=UTC), tick=False)
    first = render_docx(sample_report())
    time_machine.move_to(datetime(2026, 7, 21, 17, 33, 7, tzinfo=UTC), tick=False)
    second = render_docx(sample_report())
    assert first == second
    dates = {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert dates == {(1980, 1, 1, 0, 0, 0)}


def with_text_everywhere(text: str):
    report = sample_report()
    table = Table("Zeichen", (Column(text),), ((Cell(text),),))
    section = Section("3", text, (Paragraph(text), table))
    return replace(report, sections=(*report.sections, section))


def test_special_characters_are_kept_literally():
    document = open_docx(render_docx(with_text_everywhere(SPECIAL)))
    assert f"3 {SPECIAL}" in texts(document)
    assert SPECIAL in texts(document)
    table = table_headed(document, SPECIAL)
    assert table.cell(1, 0).text == SPECIAL


def test_control_characters_that_xml_forbids_are_dropped():
    document = open_docx(render_docx(with_text_everywhere("Zeile\x0bweiter\x00")))
    assert "Zeileweiter" in texts(document)
