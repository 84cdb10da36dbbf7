"""The open datasets of a municipality: name, title, description and columns of each.

Like the column labels of the plan import (``imports/columns.py``, whose wording they reuse),
the German titles and headers are part of the published format, not interface text: they stay
German in every language, so a file reads the same for everyone and a script that reads it
keeps working. The JSON keys are the column keys; docs/opendata.md lists both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sachstand.municipalities.models import Municipality
from sachstand.portal.opendata import records
from sachstand.portal.opendata.records import MeasureUrl, Row


@dataclass(frozen=True)
class Column:
    key: str  # the key in JSON
    label: str  # the header in CSV


@dataclass(frozen=True)
class Dataset:
    name: str  # in the URL and the file name
    title: str
    description: str
    keywords: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: Callable[[Municipality, MeasureUrl], list[Row]]


def _columns(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(key, label) for key, label in pairs)


MEASURES = Dataset(
    "massnahmen",
    "Maßnahmen",
    "Die öffentlichen Maßnahmen der Digitalisierungsstrategie mit Handlungsfeld, Zielen, Status, "
    "Zeitplan, Fertigstellungsgrad und Ampel samt Begründung sowie dem Sachstand der letzten "
    "freigegebenen Sachstandsmeldung.",
    ("Digitalisierung", "Digitalisierungsstrategie", "Maßnahmenplan", "Sachstand"),
    _columns(
        ("code", "Kürzel"),
        ("title", "Titel"),
        ("description", "Beschreibung"),
        ("field_of_action_code", "Handlungsfeld (Kürzel)"),
        ("field_of_action", "Handlungsfeld"),
        ("goals", "Ziele"),
        ("org_unit", "Organisationseinheit"),
        ("status", "Status (Schlüssel)"),
        ("status_label", "Status"),
        ("priority_rank", "Prioritätsrang"),
        ("planned_start", "Geplanter Beginn"),
        ("planned_end", "Geplantes Ende"),
        ("actual_end", "Tatsächliches Ende"),
        ("percent_complete", "Fertigstellungsgrad (%)"),
        ("traffic_light", "Ampel (Schlüssel)"),
        ("traffic_light_label", "Ampel"),
        ("traffic_light_reason", "Begründung der Ampel"),
        ("traffic_light_reported", "Ampel gemeldet"),
        ("update_half_year", "Sachstandsmeldung (Halbjahr)"),
        ("update_summary", "Sachstand"),
        ("update_next_steps", "Nächste Schritte"),
        ("council_reference", "Ratsbezug"),
        ("council_reference_date", "Datum Ratsbezug"),
        ("url", "Webseite"),
    ),
    records.measure_rows,
)

MILESTONES = Dataset(
    "meilensteine",
    "Meilensteine",
    "Die Meilensteine der öffentlichen Maßnahmen mit Fälligkeit und Datum des Erreichens.",
    ("Digitalisierung", "Maßnahmenplan", "Meilensteine", "Termine"),
    _columns(
        ("measure_code", "Maßnahme"),
        ("measure_title", "Titel der Maßnahme"),
        ("title", "Meilenstein"),
        ("due_date", "Fällig am"),
        ("completed_date", "Erreicht am"),
        ("measure_url", "Webseite der Maßnahme"),
    ),
    records.milestone_rows,
)

INDICATORS = Dataset(
    "kennzahlen",
    "Kennzahlen",
    "Die öffentlichen Kennzahlen der Digitalisierungsstrategie mit Einheit, Richtung, "
    "Definition, Ausgangswert, Zielwerten und letztem Messwert.",
    ("Digitalisierung", "Kennzahlen", "Indikatoren", "Zielwerte"),
    _columns(
        ("code", "Kürzel"),
        ("name", "Bezeichnung"),
        ("unit", "Einheit"),
        ("direction", "Richtung (Schlüssel)"),
        ("direction_label", "Richtung"),
        ("definition", "Definition"),
        ("source_label", "Datenquelle"),
        ("org_unit", "Organisationseinheit"),
        ("goals", "Ziele"),
        ("baseline_value", "Ausgangswert"),
        ("baseline_date", "Datum Ausgangswert"),
        ("targets", "Zielwerte"),
        ("latest_value", "Letzter Messwert"),
        ("latest_date", "Datum letzter Messwert"),
    ),
    records.indicator_rows,
)

MEASUREMENTS = Dataset(
    "messwerte",
    "Messwerte",
    "Die Messwerte der öffentlichen Kennzahlen, je Kennzahl und Stichtag.",
    ("Digitalisierung", "Kennzahlen", "Messwerte", "Zeitreihe"),
    _columns(
        ("indicator_code", "Kennzahl"),
        ("unit", "Einheit"),
        ("date", "Datum"),
        ("value", "Wert"),
        ("source", "Quelle"),
    ),
    records.measurement_rows,
)

ONLINE_SERVICES = Dataset(
    "onlinedienste",
    "Onlinedienste",
    "Das öffentliche Register der Onlinedienste (OZG) mit LeiKa- und OZG-Bezug, Reifegrad, "
    "Bezahl- und BundID-Anbindung und den Maßnahmen, die sie verbessern.",
    ("Digitalisierung", "Onlinezugangsgesetz", "OZG", "Onlinedienste", "Verwaltungsleistungen"),
    _columns(
        ("name", "Leistung"),
        ("leika_key", "LeiKa-Schlüssel"),
        ("ozg_id", "OZG-ID"),
        ("ozg_name", "OZG-Leistung"),
        ("themenfeld", "Themenfeld"),
        ("lebenslage", "Lebenslage"),
        ("org_unit", "Organisationseinheit"),
        ("url", "URL"),
        ("scale", "Reifegradmodell"),
        ("level", "Reifegrad"),
        ("compliant", "OZG-konform"),
        ("e_payment", "E-Payment"),
        ("citizen_account", "BundID"),
        ("online_since", "Online seit"),
        ("measures", "Maßnahmen"),
    ),
    records.online_service_rows,
)

DATASETS: dict[str, Dataset] = {
    d.name: d for d in (MEASURES, MILESTONES, INDICATORS, MEASUREMENTS, ONLINE_SERVICES)
}
