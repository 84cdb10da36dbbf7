"""Writing a dataset as CSV or JSON (docs/opendata.md explains the choices).

CSV follows RFC 4180 with what machines read unambiguously: comma as separator, CRLF line
ends, dates as ISO 8601 (2026-12-31), decimal point, ``true``/``false``, several values in one
cell separated by "; ". It is UTF-8 with a byte order mark, because without one Excel reads the
umlauts of every German title as Windows-1252; CSV readers skip the mark (Python:
``encoding="utf-8-sig"``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sachstand.portal.opendata.datasets import Dataset
from sachstand.portal.opendata.records import Row

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8; header=present",
    "json": "application/json",
}
MEDIA_TYPES = {"csv": "text/csv", "json": "application/json"}  # for the catalogue
FORMATS = tuple(CONTENT_TYPES)


def _number(value: Decimal) -> str:
    # normalize() alone writes 100 as 1E+2.
    return format(value.normalize(), "f")


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, dict):
        return ": ".join(csv_cell(v) for v in value.values())
    if isinstance(value, list | tuple):
        return "; ".join(csv_cell(v) for v in value)
    return str(value)


def write_csv(dataset: Dataset, rows: Sequence[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.label for column in dataset.columns])
    for row in rows:
        writer.writerow([csv_cell(row[column.key]) for column in dataset.columns])
    return out.getvalue().encode("utf-8-sig")


def json_value(value: Any) -> Any:
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, Decimal):
        # Up to 14 digits: a float writes exactly the same digits back.
        number = value.normalize()
        return int(number) if number == number.to_integral_value() else float(number)
    if isinstance(value, dict):
        return {key: json_value(v) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def write_json(dataset: Dataset, rows: Sequence[Row], *, about: dict[str, Any]) -> bytes:
    """The rows under ``records``, after what the file is (``about``) and its columns."""
    document = {
        "dataset": dataset.name,
        "title": dataset.title,
        "description": dataset.description,
        **about,
        "columns": [{"key": c.key, "label": c.label} for c in dataset.columns],
        "records": [json_value(row) for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
