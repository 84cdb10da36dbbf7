"""OpenDocument spreadsheets (.ods) with odfpy.

Cell values by ``office:value-type`` (the cached result, for formula cells too):

- float and percentage: int if the stored number is written without a point or exponent, else
  float, as openpyxl does for Excel files; a percentage is the fraction (80 % is 0.8).
- currency: Decimal, because amounts of money should not pick up binary rounding errors.
- date: date, or datetime if it has a time of day.
- boolean: bool.
- string, time and anything else: the text the cell shows (a time of day has no cell type
  in this API).

Rows and cells repeated by ``number-rows-repeated`` and ``number-columns-repeated`` are
expanded only where they hold something: LibreOffice ends every sheet with an empty row
repeated a million times, and that must cost nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from xml.parsers import expat

from django.utils import timezone
from django.utils.translation import gettext as _
from odf import teletype
from odf.element import Element, Node
from odf.namespaces import OFFICENS, TABLENS, TEXTNS
from odf.number import DateStyle, Day, Hours, Minutes, Month, Number, NumberStyle, Year
from odf.number import Text as NumberText
from odf.opendocument import OpenDocumentSpreadsheet, load
from odf.style import Style, TableColumnProperties, TextProperties
from odf.table import (
    ContentValidation,
    ContentValidations,
    ErrorMessage,
    Table,
    TableCell,
    TableColumn,
    TableRow,
)
from odf.text import P

from sachstand.imports.formats import (
    MAX_COLUMNS,
    MAX_ROWS,
    Sheet,
    SheetOut,
    build_sheet,
    clean_text,
    damaged,
    is_blank,
    natural_width,
    problem,
    sheet_titles,
)

CALCEXTNS = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_CELL = (TABLENS, "table-cell")
_COVERED = (TABLENS, "covered-table-cell")
_ROW = (TABLENS, "table-row")
# Rows may sit inside these groups instead of directly in the table.
_ROW_GROUPS = {
    (TABLENS, "table-header-rows"),
    (TABLENS, "table-rows"),
    (TABLENS, "table-row-group"),
}
_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
# Comments and footnotes live inside cells but are not their value.
_NOT_CONTENT = {(OFFICENS, "annotation"), (TEXTNS, "note")}
# Runs of spaces are written as <text:s text:c="n"/>: a few bytes that could ask for gigabytes.
# More than a hundred spaces in a row carry no meaning for an import.
_MAX_SPACES = 100
_LAST_ROW = 1_048_576
_XML_PARTS = {"content.xml", "styles.xml", "meta.xml", "settings.xml"}
_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


def read(data: bytes, filename: str) -> list[Sheet]:
    """Every table of the spreadsheet, hidden ones included."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if b"encryption-data" in archive.read("META-INF/manifest.xml"):
            raise problem(
                filename, _("it is password-protected. Please save it without a password.")
            )
        _check_well_formed(archive, filename)
    document = load(io.BytesIO(data))
    spreadsheet = getattr(document, "spreadsheet", None)
    # odfpy deletes _parsing after each part it parsed completely; another document type (a
    # text document, say) has no spreadsheet.
    if spreadsheet is None or hasattr(document, "_parsing"):
        raise damaged(filename, "ods")
    return [
        build_sheet(_attribute(table, TABLENS, "name") or "", _rows(table), filename=filename)
        for table in spreadsheet.childNodes
        if _name(table) == (TABLENS, "table")
    ]


def _check_well_formed(archive: zipfile.ZipFile, filename: str) -> None:
    """Refuse XML that odfpy would half read: on a syntax error it prints the whole part to
    stdout (an upload's content in the server log) and goes on with what it parsed so far."""
    for name in sorted(_XML_PARTS & set(archive.namelist())):
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.EntityDeclHandler = _refuse_entity  # no entity expansion tricks
        try:
            with archive.open(name) as stream:
                parser.ParseFile(stream)
        except (expat.ExpatError, LookupError, _EntityDeclared) as error:
            raise damaged(filename, "ods") from error


class _EntityDeclared(Exception):
    pass


def _refuse_entity(*args: object) -> None:
    raise _EntityDeclared


@dataclass(frozen=True)
class _Run:
    """``count`` equal cells from column ``start`` on; covered cells take a span's value."""

    start: int
    count: int
    value: object
    covered: bool


@dataclass(frozen=True)
class _Span:
    """A merged cell: its value covers these rows and 0-based columns."""

    first_row: int
    last_row: int
    first_column: int
    last_column: int
    value: object


def _rows(table: Element) -> Iterator[tuple[int, dict[int, object]]]:
    """(row number, {column: value}) for the rows that may hold something."""
    number = 1
    spans: list[_Span] = []
    for row in _row_elements(table):
        repeat = _count(row, TABLENS, "number-rows-repeated")
        runs = _runs(row, number, spans)
        spans[:] = [span for span in spans if span.last_row >= number]
        # Repetitions that a merged range reaches differ in their covered cells; a real file
        # repeats such rows a few times, so the cap only keeps an attack cheap.
        spanned = max((span.last_row for span in spans if _reaches(span, runs)), default=0)
        resolved = max(min(repeat, spanned - number + 1, MAX_ROWS + 1), 0)
        for offset in range(resolved):
            yield number + offset, _cells(runs, number + offset, spans)
        if any(not is_blank(run.value) for run in runs) and resolved < repeat:
            cells = _cells(runs, number, [])
            # build_sheet stops at MAX_ROWS, so a huge repeat of a full row ends there.
            for offset in range(resolved, repeat):
                yield number + offset, cells
        number += repeat


def _reaches(span: _Span, runs: list[_Run]) -> bool:
    return any(
        run.covered and run.start <= span.last_column and span.first_column < run.start + run.count
        for run in runs
    )


def _row_elements(container: Element) -> Iterator[Element]:
    for child in container.childNodes:
        name = _name(child)
        if name == _ROW:
            yield child
        elif name in _ROW_GROUPS:
            yield from _row_elements(child)


def _runs(row: Element, number: int, spans: list[_Span]) -> list[_Run]:
    """The row's cells that hold a value or are covered; merged cells register a span."""
    runs = []
    column = 0
    for cell in row.childNodes:
        name = _name(cell)
        if name not in (_CELL, _COVERED):
            continue
        if column >= MAX_COLUMNS:
            break
        repeat = min(_count(cell, TABLENS, "number-columns-repeated"), MAX_COLUMNS - column)
        if name == _COVERED:
            runs.append(_Run(column, repeat, None, covered=True))
        elif (value := _value(cell)) is not None:
            runs.append(_Run(column, repeat, value, covered=False))
            across = _count(cell, TABLENS, "number-columns-spanned")
            down = _count(cell, TABLENS, "number-rows-spanned")
            if (across > 1 or down > 1) and not is_blank(value):
                spans.append(_Span(number, number + down - 1, column, column + across - 1, value))
        column += repeat
    return runs


def _cells(runs: list[_Run], number: int, spans: list[_Span]) -> dict[int, object]:
    """The row's values; covered cells take the value of the span that covers them."""
    cells: dict[int, object] = {}
    for run in runs:
        if not run.covered:
            cells.update(dict.fromkeys(range(run.start, run.start + run.count), run.value))
    for span in spans:
        if not span.first_row <= number <= span.last_row:
            continue
        for run in runs:
            first = max(run.start, span.first_column)
            last = min(run.start + run.count - 1, span.last_column)
            if run.covered and first <= last:
                cells.update(dict.fromkeys(range(first, last + 1), span.value))
    return cells


def _value(cell: Element) -> object:
    kind = _attribute(cell, OFFICENS, "value-type")
    text = _text(cell)
    if _attribute(cell, CALCEXTNS, "value-type") == "error":
        return text or None  # "#DIV/0!" as shown, not the number stored beside it
    if kind in ("float", "percentage"):
        return _number(_attribute(cell, OFFICENS, "value"), text)
    if kind == "currency":
        return _decimal(_attribute(cell, OFFICENS, "value"), text)
    if kind == "date":
        return _date(_attribute(cell, OFFICENS, "date-value"), text)
    if kind == "boolean":
        flag = _attribute(cell, OFFICENS, "boolean-value")
        if flag in ("true", "false"):
            return flag == "true"
    if kind == "string":
        text = _attribute(cell, OFFICENS, "string-value") or text
    return text or None


def _number(literal: str | None, text: str) -> object:
    try:
        number = float(literal or "")
    except ValueError:
        return text or None
    if number != number or number in (float("inf"), float("-inf")):
        return text or None
    return number if any(char in literal for char in ".eE") else int(literal)


def _decimal(literal: str | None, text: str) -> object:
    try:
        amount = Decimal(literal or "")
    except InvalidOperation:
        return text or None
    return amount if amount.is_finite() else (text or None)


def _date(literal: str | None, text: str) -> object:
    try:
        # ODF allows more than the six fractional digits Python parses.
        moment = datetime.fromisoformat(_LONG_FRACTION.sub(r"\1", literal or ""))
    except ValueError:
        return text or None
    return moment.date() if moment.time() == time(0) and moment.tzinfo is None else moment


def _text(cell: Element) -> str:
    """The paragraphs of the cell, one line each."""
    return "\n".join(_inline(child) for child in cell.childNodes if _name(child) in _PARAGRAPHS)


def _inline(element: Element) -> str:
    parts = []
    for node in element.childNodes:
        if node.nodeType == Node.TEXT_NODE:
            parts.append(node.data)
            continue
        name = _name(node)
        if name == (TEXTNS, "s"):
            parts.append(" " * min(_count(node, TEXTNS, "c"), _MAX_SPACES))
        elif name == (TEXTNS, "tab"):
            parts.append("\t")
        elif name == (TEXTNS, "line-break"):
            parts.append("\n")
        elif name is not None and name not in _NOT_CONTENT:
            parts.append(_inline(node))
    return "".join(parts)


def _attribute(element: Element, namespace: str, name: str) -> str | None:
    # Not getAttrNS: it registers an unknown namespace (calcext) for every document written later.
    return element.attributes.get((namespace, name))


def _name(node: object) -> tuple[str, str] | None:
    return getattr(node, "qname", None)


def _count(element: Element, namespace: str, attribute: str) -> int:
    """A repeat or span count; anything but a positive number counts as 1."""
    try:
        return max(int(_attribute(element, namespace, attribute) or 1), 1)
    except ValueError:
        return 1


def write(sheets: Sequence[SheetOut]) -> bytes:
    """Header row bold, dates as dates, amounts with two decimals, drop-down lists as content
    validations with the choices inline (ODS has no length limit for them)."""
    document = OpenDocumentSpreadsheet()
    styles = _Styles(document)
    validations = ContentValidations()
    document.spreadsheet.addElement(validations)
    for sheet, title in zip(sheets, sheet_titles(sheets), strict=True):
        names = {
            column: _add_validation(validations, choices)
            for column, choices in sorted(sheet.choices.items())
            if choices
        }
        document.spreadsheet.addElement(_table(sheet, title, styles, names))
    if not validations.childNodes:
        document.spreadsheet.removeChild(validations)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Styles:
    """The automatic styles the cells refer to, added once per document; fields are names."""

    def __init__(self, document: OpenDocumentSpreadsheet) -> None:
        self.document = document
        header = self._add(Style(name="header", family="table-cell"))
        header.addElement(TextProperties(fontweight="bold"))
        self.header = "header"
        self._add_data_style(DateStyle(name="date-format"), _date_parts(with_time=False))
        self._add(Style(name="date", family="table-cell", datastylename="date-format"))
        self.date = "date"
        self._add_data_style(DateStyle(name="datetime-format"), _date_parts(with_time=True))
        self._add(Style(name="datetime", family="table-cell", datastylename="datetime-format"))
        self.datetime = "datetime"
        money = Number(decimalplaces=2, minintegerdigits=1, grouping="true")
        self._add_data_style(NumberStyle(name="money-format"), [money])
        self._add(Style(name="money", family="table-cell", datastylename="money-format"))
        self.money = "money"
        self.columns: set[int] = set()

    def _add(self, style: Element) -> Element:
        self.document.automaticstyles.addElement(style)
        return style

    def _add_data_style(self, style: Element, parts: Sequence[Element]) -> None:
        for part in parts:
            style.addElement(part)
        self._add(style)

    def column(self, characters: int) -> str:
        name = f"column-{characters}"
        if characters not in self.columns:
            style = self._add(Style(name=name, family="table-column"))
            # About 0.2 cm per character of the default 10 pt font, plus the cell's padding.
            width = f"{characters * 0.2 + 0.2:.2f}cm"
            style.addElement(TableColumnProperties(columnwidth=width))
            self.columns.add(characters)
        return name


def _date_parts(*, with_time: bool) -> list[Element]:
    """DD.MM.YYYY, followed by HH:MM ``with_time``."""
    parts = [
        Day(style="long"),
        NumberText(text="."),
        Month(style="long"),
        NumberText(text="."),
        Year(style="long"),
    ]
    if with_time:
        parts += [
            NumberText(text=" "),
            Hours(style="long"),
            NumberText(text=":"),
            Minutes(style="long"),
        ]
    return parts


def _add_validation(validations: Element, choices: tuple[str, ...]) -> str:
    name = f"choices-{len(validations.childNodes) + 1}"
    # OpenFormula strings: quotes doubled, items separated by semicolons.
    items = ";".join('"' + clean_text(choice).replace('"', '""') + '"' for choice in choices)
    validation = ContentValidation(
        name=name,
        condition=f"of:cell-content-is-in-list({items})",
        allowemptycell="true",
        displaylist="unsorted",
    )
    message = ErrorMessage(messagetype="stop", display="true", title=_("Invalid value"))
    message.addElement(P(text=_("Please choose a value from the list.")))
    validation.addElement(message)
    validations.addElement(validation)
    return name


def _table(sheet: SheetOut, title: str, styles: _Styles, validations: dict[int, str]) -> Table:
    table = Table(name=title)
    for column in range(sheet.width):
        width = sheet.widths.get(column) or natural_width(sheet, column)
        table.addElement(TableColumn(stylename=styles.column(width)))
    for values in sheet.notes:
        table.addElement(_row(values, styles))
    if sheet.has_header:
        table.addElement(_row(sheet.headers, styles, style=styles.header))
    for values in sheet.data:
        table.addElement(_row(values, styles, validations))
    if validations:
        # Empty cells with the drop-down down to the last row, for the rows the user adds.
        repeat = _LAST_ROW - sheet.first_data_row - len(sheet.data) + 1
        table.addElement(_row((), styles, validations, repeat=repeat))
    return table


def _row(
    values: Sequence[object],
    styles: _Styles,
    validations: dict[int, str] | None = None,
    style: str | None = None,
    repeat: int = 1,
) -> TableRow:
    row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
    validations = validations or {}
    for column in range(max([len(values), *(column + 1 for column in validations)])):
        cell = _cell(values[column] if column < len(values) else None, styles, style)
        if column in validations:
            cell.setAttrNS(TABLENS, "content-validation-name", validations[column])
        row.addElement(cell)
    return row


def _cell(value: object, styles: _Styles, style: str | None) -> TableCell:
    if not isinstance(value, (bool, int, float, Decimal, date)) and value is not None:
        return _text_cell(str(value), style)
    cell = TableCell()
    shown = None
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower())
        shown = _("TRUE") if value else _("FALSE")
    elif isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value)  # show local time, as the xlsx export does
        moment = value.replace(microsecond=0).isoformat()
        cell = TableCell(valuetype="date", datevalue=moment)
        shown, style = f"{value:%d.%m.%Y %H:%M}", style or styles.datetime
    elif isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        shown, style = f"{value:%d.%m.%Y}", style or styles.date
    elif isinstance(value, Decimal):
        shown, style = format(value, "f"), style or styles.money
        cell = TableCell(valuetype="float", value=shown)
    elif value is not None:
        shown = repr(value)
        cell = TableCell(valuetype="float", value=shown)
    if style:
        cell.setAttrNS(TABLENS, "style-name", style)
    if shown is not None:
        cell.addElement(P(text=shown))
    return cell


def _text_cell(value: str, style: str | None) -> TableCell:
    cell = TableCell(valuetype="string")
    if style:
        cell.setAttrNS(TABLENS, "style-name", style)
    for line in clean_text(value).split("\n"):
        paragraph = P()
        teletype.addTextToElement(paragraph, line)  # runs of spaces and tabs survive
        cell.addElement(paragraph)
    return cell
