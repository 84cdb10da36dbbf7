"""Loading the OZG and LeiKa catalogues from their published CSV files.

The files are real and messy: services "nicht im LeiKa", NULL for missing values, keys that are
not 14 digits, names that occur several times. Every oddity is counted and reported; nothing is
guessed. A preview writes nothing; ``apply`` writes all or nothing.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

import sachstand.onlineservices
from sachstand.core.services import assign
from sachstand.imports import values as v
from sachstand.imports.formats import FileProblem, Sheet, read_workbook
from sachstand.onlineservices.models import LeikaService, OzgService

PACKAGED = Path(sachstand.onlineservices.__file__).parent / "data"
PACKAGED_FILES = ("ozg_leistungen_nrw_2019.csv", "leika_leistungen_nrw_2019.csv")
NOT_IN_LEIKA = {"nichtimleika", "", "null"}
MISSING = {"", "null", "none", "-"}


@dataclass
class CatalogueReport:
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied: bool = False


class _Rollback(Exception):
    pass


def catalogue_import(
    *, files: list[tuple[str, bytes]], apply: bool = False, skip_invalid: bool = False
) -> CatalogueReport:
    """Read OZG and LeiKa catalogue files (recognised by their columns) and load them.

    With problems nothing is written, unless ``skip_invalid``: then the rows with problems are
    left out (they are all in the report) and the rest is written.
    """
    report = CatalogueReport()
    sheets: list[tuple[str, Sheet]] = []
    for name, data in files:
        try:
            sheets += [(name, sheet) for sheet in read_workbook(data, name)]
        except FileProblem as problem:
            report.problems.append(problem.message)
    ozg = [(n, s) for n, s in sheets if _columns(s) >= {"ozgid", "leistung"}]
    leika = [(n, s) for n, s in sheets if _columns(s) >= {"leikakey", "name"}]
    for name, sheet in sheets:
        if (name, sheet) not in ozg and (name, sheet) not in leika:
            report.problems.append(
                _("%(file)s: neither an OZG nor a LeiKa catalogue (unknown columns).")
                % {"file": name}
            )
    try:
        with transaction.atomic():
            for name, sheet in ozg:
                _load_ozg(name, sheet, report)
            for name, sheet in leika:
                _load_leika(name, sheet, report)
            report.applied = apply and (not report.problems or skip_invalid)
            if not report.applied:
                raise _Rollback
    except _Rollback:
        pass
    return report


def _columns(sheet: Sheet) -> set[str]:
    return (
        {v.header_key(c) for c in sheet.rows[0].cells if not v.is_blank(c)} if sheet.rows else set()
    )


def _records(sheet: Sheet) -> list[tuple[int, dict[str, str]]]:
    header = [v.header_key(c) if not v.is_blank(c) else "" for c in sheet.rows[0].cells]
    out = []
    for row in sheet.rows[1:]:
        cells = [v.parse_text(c) if not v.is_blank(c) else "" for c in row.cells]
        out.append((row.number, dict(zip(header, cells, strict=False))))
    return out


def _missing(text: str) -> bool:
    return text.strip().casefold() in MISSING


class _Batch:
    """Writes a catalogue table in bulk: new rows in one insert, changed rows in one update,
    both with history; unchanged rows are not touched. Row by row, a full catalogue took
    seconds per thousand rows."""

    def __init__(self, model: type[Any], key: Callable[[Any], Hashable]) -> None:
        self.model, self.key = model, key
        self.existing = {key(obj): obj for obj in model.objects.all()}
        # The links point to objects just loaded: checking each one's existence costs a query.
        self.checks = {
            "exclude": [f.name for f in model._meta.fields if f.is_relation],
            "validate_unique": False,
            "validate_constraints": False,
        }
        self.new: dict[Hashable, Any] = {}
        self.changed: dict[Hashable, Any] = {}

    def put(self, lookup: dict[str, Any], values: dict[str, Any]) -> bool:
        """Stage the row; whether it is new or changed."""
        candidate = self.model(**lookup)
        key = self.key(candidate)
        obj = self.existing.get(key) or self.new.get(key)
        if obj is None:
            assign(candidate, values)
            candidate.full_clean(**self.checks)
            self.new[key] = candidate
            return True
        if not assign(obj, values):
            return key in self.new or key in self.changed
        obj.full_clean(**self.checks)
        if key not in self.new:
            self.changed[key] = obj
        return True

    def write(self, fields: list[str]) -> None:
        if self.new:
            bulk_create_with_history(list(self.new.values()), self.model, batch_size=500)
        if self.changed:
            bulk_update_with_history(
                list(self.changed.values()), self.model, fields, batch_size=500
            )


def _load_ozg(name: str, sheet: Sheet, report: CatalogueReport) -> None:
    batch = _Batch(OzgService, lambda obj: obj.ozg_id)
    seen: set[int] = set()
    for number, record in _records(sheet):
        report.counts["ozg_rows"] += 1
        text = record.get("ozgid", "")
        if not text.isdigit():
            report.problems.append(
                _("%(file)s, row %(row)d: OZG id “%(value)s” is not a number.")
                % {"file": name, "row": number, "value": text}
            )
            continue
        ozg_id = int(text)
        if ozg_id in seen:
            report.problems.append(
                _("%(file)s, row %(row)d: OZG id %(value)d occurs twice.")
                % {"file": name, "row": number, "value": ozg_id}
            )
            continue
        seen.add(ozg_id)
        written = batch.put(
            {"ozg_id": ozg_id},
            {
                "name": record.get("leistung", ""),
                "lebenslage": ""
                if _missing(record.get("lebenslage", ""))
                else record["lebenslage"],
                "themenfeld": ""
                if _missing(record.get("themenfeld", ""))
                else record["themenfeld"],
            },
        )
        report.counts["ozg_written" if written else "ozg_unchanged"] += 1
    batch.write(["name", "lebenslage", "themenfeld"])


def _load_leika(name: str, sheet: Sheet, report: CatalogueReport) -> None:
    ozg = {s.ozg_id: s for s in OzgService.objects.all()}
    records = _records(sheet)
    names = Counter(record.get("name", "") for _number, record in records)
    seen_keys: set[str] = set()
    batch = _Batch(
        LeikaService,
        lambda obj: obj.leika_key or (None, obj.name, obj.ozg_service_id),
    )
    for number, record in records:
        report.counts["leika_rows"] += 1
        where = {"file": name, "row": number}
        key_text = record.get("leikakey", "")
        key: str | None = key_text
        if v.header_key(key_text) in NOT_IN_LEIKA:
            key = None
            report.counts["leika_without_key"] += 1
        elif not (key_text.isdigit() and len(key_text) == 14):
            report.problems.append(
                _("%(file)s, row %(row)d: LeiKa key “%(value)s” does not have 14 digits.")
                % {**where, "value": key_text}
            )
            continue
        elif key_text in seen_keys:
            report.problems.append(
                _("%(file)s, row %(row)d: LeiKa key %(value)s occurs twice.")
                % {**where, "value": key_text}
            )
            continue
        else:
            seen_keys.add(key_text)
        known, service = _ozg_of(record, ozg, where, report)
        if not known:
            continue
        if names[record.get("name", "")] > 1:
            report.counts["leika_duplicate_names"] += 1
        values = {
            "name": record.get("name", ""),
            "typisierung": "" if _missing(record.get("typisierung", "")) else record["typisierung"],
            "ozg_service": service,
            "law": "" if _missing(record.get("gesetzkurz", "")) else record["gesetzkurz"],
        }
        lookup = (
            {"leika_key": key}
            if key
            else {
                "leika_key": None,
                "name": values.pop("name"),
                "ozg_service": values.pop("ozg_service"),
            }
        )
        written = batch.put(lookup, values)
        report.counts["leika_written" if written else "leika_unchanged"] += 1
    batch.write(["name", "typisierung", "ozg_service", "law"])


def _ozg_of(
    record: dict[str, str], ozg: dict[int, OzgService], where: dict, report: CatalogueReport
) -> tuple[bool, OzgService | None]:
    """Whether the row's OZG id is usable, and its service (None: the row names none)."""
    text = record.get("ozgid", "")
    if _missing(text):
        report.counts["leika_without_ozg"] += 1
        return True, None
    if not text.isdigit() or int(text) not in ozg:
        report.problems.append(
            _("%(file)s, row %(row)d: OZG id “%(value)s” is not in the OZG catalogue.")
            % {**where, "value": text}
        )
        return False, None
    return True, ozg[int(text)]


def packaged_catalogue(leika_keys: Collection[str] | None = None) -> list[tuple[str, bytes]]:
    """The public catalogue files shipped with sachstand, as (name, content) for
    ``catalogue_import``; with ``leika_keys`` only those LeiKa rows and their OZG services."""
    files = [(name, (PACKAGED / name).read_bytes()) for name in PACKAGED_FILES]
    if leika_keys is None:
        return files
    (ozg_name, ozg_data), (leika_name, leika_data) = files
    leika_header, *leika_rows = _csv_rows(leika_data)
    chosen = [row for row in leika_rows if row and row[0] in set(leika_keys)]
    ozg_ids = {row[3] for row in chosen}
    ozg_header, *ozg_rows = _csv_rows(ozg_data)
    return [
        (ozg_name, _csv_bytes([ozg_header, *(r for r in ozg_rows if r and r[0] in ozg_ids)])),
        (leika_name, _csv_bytes([leika_header, *chosen])),
    ]


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def _csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")
