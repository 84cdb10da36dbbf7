"""Word renderer: the report model as a DOCX file the administration can edit before it goes to
the council.

Everything is a real Word structure rather than look-alike formatting: built-in styles for
headings, lists and captions, real tables with repeating header rows, fields for the table of
contents and the page numbers. Word updates the fields when the file is opened. The same report
gives the same bytes, so a released report can be rendered again and compared.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from sachstand.reporting.renderers.charts import figure_png
from sachstand.reporting.report_model import (
    Block,
    BulletList,
    Cell,
    Column,
    Figure,
    Paragraph,
    Report,
    Section,
    Table,
)

LANGUAGE = "de-DE"
TABLE_STYLE = "Table Grid"
HEADER_FILL = "F2F2F2"
FIGURE_WIDTH = Cm(15)
LIGHT_MARK = "●"
LIGHT_COLOURS = {
    "green": RGBColor(0x1A, 0x7F, 0x37),
    "yellow": RGBColor(0x9A, 0x67, 0x00),
    "red": RGBColor(0xCF, 0x22, 0x2E),
}
ALIGNMENT = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
# The few words the renderer adds itself. Reports are German (the model carries German text
# throughout), so they are German here rather than gettext msgids without a translation.
# What follows w:updateFields in w:settings; Word rejects settings out of schema order.
AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
    "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip
# Zip timestamps cannot be older than 1980; a fixed one keeps the bytes stable.
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 forbids (control characters pasted from other programs); lxml refuses them.
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render_docx(report: Report) -> bytes:
    """The report as a Word document; the same report always gives the same bytes."""
    document = docx.Document()
    _set_up_page(document)
    _set_language(document)
    _set_core_properties(document, report)
    _drop_template_thumbnail(document)
    _add_header_and_footer(document, report)
    _add_title_page(document, report)
    _add_contents(document, report)
    for section in report.sections:
        _add_section(document, section)
    _request_field_update(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _repack(buffer.getvalue())


# --- document setup ------------------------------------------------------------------------


def _set_up_page(document: Document) -> None:
    # python-docx's template is US Letter; German administrations print A4.
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    # The title page goes without header and footer.
    section.different_first_page_header_footer = True


def _set_language(document: Document) -> None:
    """German as the default language of every run, so Word checks spelling and hyphenates in
    German; also German theme fonts."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    run_properties = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    _child(run_properties, "w:lang").set(qn("w:val"), LANGUAGE)
    theme_language = document.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), LANGUAGE)


def _set_core_properties(document: Document, report: Report) -> None:
    # Every date is the report's own, so nothing depends on when the file was rendered.
    moment = datetime.strptime(report.date, "%d.%m.%Y").replace(tzinfo=UTC)
    properties = document.core_properties
    properties.title = _xml_safe(report.title)
    properties.subject = _xml_safe(report.period_label)
    properties.author = properties.last_modified_by = _xml_safe(report.municipality)
    properties.language = LANGUAGE
    properties.content_status = report.status
    properties.version = report.version
    properties.comments = ""  # the template says "generated by python-docx"
    properties.created = properties.modified = properties.last_printed = moment
    properties.revision = 1


def _drop_template_thumbnail(document: Document) -> None:
    # The template ships a preview image of some other document; file browsers would show it.
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rel_id]


def _request_field_update(document: Document) -> None:
    """Ask Word to update the table of contents and page count when it opens the file."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = OxmlElement("w:updateFields", {qn("w:val"): "true"})
    settings.insert_element_before(update, *AFTER_UPDATE_FIELDS)


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The first child with ``tag``, appended when missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    return child


# --- frame: header, footer, title page, contents --------------------------------------------


def _add_header_and_footer(document: Document, report: Report) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    _add_text(header, f"{report.municipality} · {report.title}")
    if report.draft:
        _add_text(header, " · ")
        _add_text(header, report.labels["draft"], bold=True)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_text(footer, f"{report.labels['page']} ")
    _add_field(footer, "PAGE", "1")
    _add_text(footer, f" {report.labels['of']} ")
    _add_field(footer, "NUMPAGES", "1")


def _add_title_page(document: Document, report: Report) -> None:
    municipality = document.add_paragraph()
    municipality.paragraph_format.space_before = Pt(120)
    _add_text(municipality, report.municipality, bold=True).font.size = Pt(16)
    title = document.add_paragraph(style="Title")
    _add_text(title, report.title)
    period = document.add_paragraph()
    period.paragraph_format.space_after = Pt(36)
    _add_text(period, report.period_label).font.size = Pt(14)
    facts = [
        (report.labels["date"], report.date),
        (report.labels["version"], report.version),
        (report.labels["status"], report.status),
    ]
    if report.committee:
        facts.append((report.labels["committee"], report.committee))
    for label, value in facts:
        line = document.add_paragraph()
        _add_text(line, f"{label}: {value}")
    # The break ends the last line rather than standing in a paragraph of its own, so the next
    # page does not start with an empty line.
    line.add_run().add_break(WD_BREAK.PAGE)


def _add_contents(document: Document, report: Report) -> None:
    # "TOC Heading" is outline level 9: the heading does not list itself in the contents.
    document.add_paragraph(report.labels["contents"], style="TOC Heading")
    contents = document.add_paragraph()
    _add_field(contents, TOC_INSTRUCTION, report.labels["toc_placeholder"])
    contents.add_run().add_break(WD_BREAK.PAGE)


def _add_field(paragraph: DocxParagraph, instruction: str, placeholder: str) -> None:
    """A complex field (begin, instruction, separate, result, end); Word computes the result,
    the placeholder shows until it does."""
    _add_field_char(paragraph, "begin")
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    _add_field_char(paragraph, "separate")
    _add_text(paragraph, placeholder)
    _add_field_char(paragraph, "end")


def _add_field_char(paragraph: DocxParagraph, kind: str) -> None:
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))


# --- body -----------------------------------------------------------------------------------


def _add_section(document: Document, section: Section) -> None:
    document.add_heading(_xml_safe(f"{section.number} {section.title}"), level=section.level)
    for block in section.blocks:
        _add_block(document, block)
    for subsection in section.subsections:
        _add_section(document, subsection)


def _add_block(document: Document, block: Block) -> None:
    if isinstance(block, Paragraph):
        _add_text(document.add_paragraph(), block.text, bold=block.strong)
    elif isinstance(block, BulletList):
        for item in block.items:
            _add_text(document.add_paragraph(style="List Bullet"), item)
    elif isinstance(block, Table):
        _add_table(document, block)
    elif isinstance(block, Figure):
        _add_figure(document, block)
    else:
        raise TypeError(f"unknown block {type(block).__name__}")


def _add_figure(document: Document, figure: Figure) -> None:
    """The chart as a picture with its text alternative, its caption, then its numbers."""
    picture = document.add_paragraph()
    picture.paragraph_format.keep_with_next = True
    shape = picture.add_run().add_picture(io.BytesIO(figure_png(figure)), width=FIGURE_WIDTH)
    # Screen readers and Word's accessibility checker read the alt text from docPr.
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", _xml_safe(figure.alt_text))
    doc_pr.set("title", _xml_safe(figure.title))
    _add_text(document.add_paragraph(style="Caption"), figure.title)
    _add_table(document, figure.table)


def _add_table(document: Document, table: Table) -> None:
    if table.caption:
        caption = document.add_paragraph(style="Caption")
        caption.paragraph_format.keep_with_next = True
        _add_text(caption, table.caption)
    if not table.rows:
        if table.empty_text:
            _add_text(document.add_paragraph(), table.empty_text)
        return
    word_table = document.add_table(rows=1, cols=len(table.columns))
    word_table.style = document.styles[TABLE_STYLE]
    _fill_header_row(word_table.rows[0], table.columns)
    for cells in table.rows:
        _fill_row(word_table.add_row(), cells, table.columns, bold=False)
    for cells in table.footer:
        _fill_row(word_table.add_row(), cells, table.columns, bold=True)
    # Keeps the next text off the table's bottom border, and two tables in a row from merging
    # into one when Word opens the file.
    document.add_paragraph().paragraph_format.space_after = Pt(0)


def _fill_header_row(row: _Row, columns: tuple[Column, ...]) -> None:
    for word_cell, column in zip(row.cells, columns, strict=True):
        paragraph = word_cell.paragraphs[0]
        paragraph.alignment = ALIGNMENT[column.align]
        _add_text(paragraph, column.label, bold=True)
        _shade(word_cell, HEADER_FILL)
    # Repeats the header on every page the table runs over.
    header = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().insert_element_before(
        header, "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange"
    )


def _fill_row(
    row: _Row, cells: tuple[Cell, ...], columns: tuple[Column, ...], *, bold: bool
) -> None:
    for word_cell, cell, column in zip(row.cells, cells, columns, strict=True):
        paragraph = word_cell.paragraphs[0]
        paragraph.alignment = ALIGNMENT[column.align]
        strong = bold or cell.strong
        if cell.light:
            # The text names the light as well; the colour is only an aid.
            mark = _add_text(paragraph, f"{LIGHT_MARK} ", bold=strong)
            mark.font.color.rgb = LIGHT_COLOURS[cell.light]
        _add_text(paragraph, cell.text, bold=strong)


def _shade(word_cell: _Cell, fill: str) -> None:
    shading = OxmlElement(
        "w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
    )
    word_cell._tc.get_or_add_tcPr().insert_element_before(
        shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )


def _add_text(paragraph: DocxParagraph, text: str, *, bold: bool = False) -> Run:
    run = paragraph.add_run(_xml_safe(text))
    if bold:
        run.bold = True
    return run


def _xml_safe(text: str) -> str:
    return XML_ILLEGAL.sub("", text)


# --- packaging ------------------------------------------------------------------------------


def _repack(data: bytes) -> bytes:
    """The same zip with fixed timestamps: python-docx stamps every entry with the current time,
    so two renders a few seconds apart would differ."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
