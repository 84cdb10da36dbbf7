"""The PDF of a status report: what the council reads, what a screen reader finds, what the
archive keeps. Rendered with the real Typst and fonts; no database involved."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader

from sachstand.reporting.renderers.pdf import render_pdf
from sachstand.reporting.report_model import Block, Cell, Column, Paragraph, Report, Section, Table
from tests.reporting.sample_report import sample_report

TYPST_MARKUP = "#set page(width: 1cm) *x* _y_ $z$ @ref <lbl> [a]"


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_pdf(sample_report())


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed so line breaks do not matter."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [re.sub(r"\s+", " ", page.extract_text()) for page in pages]


def report_with(*blocks: Block, **fields: str) -> Report:
    """The sample report's title page with a single section holding ``blocks``."""
    return replace(
        sample_report(), sections=(Section("1", "Einziger Abschnitt", blocks),), **fields
    )


def structure_elements(node: pikepdf.Object) -> Iterator[pikepdf.Dictionary]:
    """All elements of the structure tree below ``node``, depth-first."""
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else node
    if isinstance(kids, pikepdf.Dictionary):
        kids = [kids]
    for kid in kids if isinstance(kids, pikepdf.Array | list) else ():
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from structure_elements(kid)


def test_the_council_reads_title_sections_and_tables(sample_pdf: bytes) -> None:
    text = " ".join(pages_text(sample_pdf))
    assert "Sachstandsbericht Digitalisierung" in text
    assert "1 Zusammenfassung" in text
    assert "2.1 HF 1 Bürgerservice & OZG-Onlinedienste" in text
    assert "Terminvergabe für alle Ämter" in text
    assert "45 Tagen" in text
    assert "1.234,56 €" in text


def test_title_page_names_municipality_period_version_and_status(sample_pdf: bytes) -> None:
    title_page = pages_text(sample_pdf)[0]
    for fact in ("Musterstadt", "1. Halbjahr 2026", "15.07.2026", "Version 2", "Status Entwurf"):
        assert fact in title_page


def test_committee_appears_on_the_title_page_when_set() -> None:
    pdf = render_pdf(replace(sample_report(), committee="Ausschuss für Digitalisierung"))
    assert "Gremium Ausschuss für Digitalisierung" in pages_text(pdf)[0]


def test_table_of_contents_lists_the_sections(sample_pdf: bytes) -> None:
    contents = pages_text(sample_pdf)[1]
    assert "Inhaltsverzeichnis" in contents
    assert "Zusammenfassung" in contents
    assert "2.1 HF 1 Bürgerservice" in contents


def test_every_page_is_numbered_in_the_footer(sample_pdf: bytes) -> None:
    pages = pages_text(sample_pdf)
    assert "Seite 1 von" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in text


def test_a_draft_is_marked_on_every_page(sample_pdf: bytes) -> None:
    assert all("ENTWURF" in text for text in pages_text(sample_pdf))


def test_a_released_report_carries_no_draft_mark() -> None:
    pdf = render_pdf(sample_report(status="freigegeben"))
    assert not any("ENTWURF" in text for text in pages_text(pdf))


def test_pdf_is_tagged_and_german(sample_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) in {"de", "de-DE"}


def test_screen_readers_get_the_charts_alt_text(sample_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        alts = [str(e.Alt) for e in structure_elements(pdf.Root.StructTreeRoot) if "/Alt" in e]
    assert "Balkendiagramm: HF 1 Bürgerservice 4 grün, 2 gelb; HF 2 E-Akte 1 rot." in alts


def test_all_fonts_are_embedded_fira_sans(sample_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        fonts = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
        ]
        # Composite fonts keep their file in the descendant font, which is in the list too.
        simple = [font for font in fonts if font.get("/Subtype") != "/Type0"]
        assert simple
        for font in simple:
            descriptor = font.FontDescriptor
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())
            assert "FiraSans" in str(font.BaseFont)


def test_xmp_declares_pdf_a_2a_and_pdf_ua_1(sample_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf, pdf.open_metadata() as xmp:
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "A")
        assert xmp["pdfuaid:part"] == "1"


def test_the_same_report_gives_the_same_bytes(sample_pdf: bytes) -> None:
    assert render_pdf(sample_report()) == sample_pdf


def test_typst_markup_in_user_text_is_shown_literally() -> None:
    pdf = render_pdf(report_with(Paragraph(TYPST_MARKUP), title=TYPST_MARKUP))
    pages = pages_text(pdf)
    assert TYPST_MARKUP in pages[0]  # the title
    assert TYPST_MARKUP in pages[-1]  # the paragraph
    width = PdfReader(io.BytesIO(pdf)).pages[-1].mediabox.width
    assert round(float(width)) == 595  # still A4, the "#set page" was only text


def test_a_table_without_rows_shows_its_empty_text() -> None:
    empty = Table("Neue Maßnahmen", (Column("Maßnahme"),), (), empty_text="keine Meldung")
    text = pages_text(render_pdf(report_with(empty)))[-1]
    assert "Neue Maßnahmen keine Meldung" in text


def test_a_long_table_repeats_its_header_on_every_page() -> None:
    rows = tuple((Cell(f"M {n}"), Cell(f"Maßnahme {n}")) for n in range(1, 121))
    table = Table("Alle Maßnahmen", (Column("Kürzel"), Column("Bezeichnung")), rows)
    pages = pages_text(render_pdf(report_with(table)))[2:]
    assert len(pages) > 1
    assert all("Kürzel Bezeichnung" in text for text in pages)


def test_a_section_number_skipping_a_level_still_renders() -> None:
    # PDF/UA forbids skipped heading levels; the nesting, not the number, sets the level.
    skipping = Section("1", "Oben", (), (Section("1.1.1", "Tief unten", (Paragraph("Text"),)),))
    pdf = render_pdf(replace(sample_report(), sections=(skipping,)))
    assert "1.1.1 Tief unten" in pages_text(pdf)[-1]
