"""The layout of a plan spreadsheet: its sheets, their columns, the spellings we accept.

The German headers are part of the file format (like the column names of a standard), not user
interface text: they stay German in every language, so a file reads the same everywhere. The
synonyms are the spellings found in real municipal spreadsheets; ``values.header_key`` folds
case, umlauts and punctuation before they are compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from sachstand.imports import values as v


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # the header in the template and the export
    parse: Callable[[Any], Any]
    required: bool = False
    synonyms: tuple[str, ...] = ()
    help: str = ""  # explained on the instructions sheet

    def spellings(self) -> set[str]:
        return {v.header_key(s) for s in (self.label, *self.synonyms)}


@dataclass(frozen=True)
class SheetSpec:
    key: str
    label: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def names(self) -> set[str]:
        return {v.header_key(s) for s in (self.label, *self.synonyms)}


def codes(value: Any) -> list[str]:
    """A list of codes in one cell: "M 1.1, M 1.2" or "M 1.1; M 1.2" or one per line."""
    text = v.parse_text(value, multiline=True).replace(";", ",").replace("\n", ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def _choice(choices: dict[str, tuple[str, ...]], what: str) -> Callable[[Any], str]:
    return partial(v.parse_choice, choices=choices, what=what)


TEXT = partial(v.parse_text, multiline=True)  # long texts keep their line breaks
START = partial(v.parse_date_or_period, edge="start")
END = partial(v.parse_date_or_period, edge="end")

MEASURE = Column(
    "measure",
    "Maßnahme",
    v.parse_text,
    True,
    ("Massnahme", "Maßnahme (Kürzel)", "Maßnahmen-Nr", "Nr", "Kürzel"),
    "Kürzel der Maßnahme, z. B. M 1.1",
)

MEASURES = SheetSpec(
    "measures",
    "Maßnahmen",
    (
        Column(
            "code",
            "Kürzel",
            v.parse_text,
            True,
            ("Nr", "Nummer", "Maßnahmen-Nr", "Maßnahmennummer", "ID", "Code", "Kennung"),
            "eindeutig in der Kommune, z. B. M 1.1",
        ),
        Column(
            "title",
            "Titel",
            v.parse_text,
            True,
            ("Maßnahme", "Massnahme", "Bezeichnung", "Maßnahmentitel", "Name", "Vorhaben"),
        ),
        Column(
            "description",
            "Beschreibung",
            TEXT,
            False,
            ("Erläuterung", "Inhalt", "Kurzbeschreibung", "Details"),
        ),
        Column(
            "field",
            "Handlungsfeld",
            v.parse_text,
            True,
            ("HF", "Handlungsfeld (Kürzel)", "Themenfeld", "Bereich"),
            "Kürzel oder Titel des Handlungsfelds, z. B. HF 1",
        ),
        Column(
            "goals",
            "Ziele",
            codes,
            False,
            ("Ziel", "Ziel-Nr", "Ziele (Kürzel)"),
            "Kürzel der Ziele, mit Komma getrennt",
        ),
        Column(
            "org_unit",
            "Organisationseinheit",
            v.parse_text,
            True,
            (
                "OE",
                "Fachbereich",
                "Amt",
                "FB",
                "Zuständigkeit",
                "Zuständig",
                "Verantwortlich",
                "Federführung",
            ),
            "Kürzel oder Name, z. B. FB 32",
        ),
        Column(
            "contact",
            "Ansprechperson",
            v.parse_text,
            False,
            ("Ansprechpartner", "Ansprechpartnerin", "Kontakt"),
        ),
        Column(
            "status",
            "Status",
            _choice(v.STATUS_CHOICES, "Status"),
            False,
            ("Stand", "Umsetzungsstand"),
            "geplant, in Umsetzung, abgeschlossen, zurückgestellt oder abgebrochen",
        ),
        Column(
            "planned_start",
            "Geplanter Beginn",
            START,
            False,
            ("Beginn", "Start", "Start (geplant)", "von"),
            "Datum (31.12.2026), Halbjahr (1. HJ 2026) oder Quartal (Q1/2026)",
        ),
        Column(
            "planned_end",
            "Geplantes Ende",
            END,
            False,
            ("Ende", "Ende (geplant)", "Abschluss geplant", "bis", "Termin", "Zieltermin"),
            "Datum, Halbjahr (2. HJ 2026) oder Quartal (Q4/2026)",
        ),
        Column(
            "actual_end",
            "Tatsächliches Ende",
            v.parse_date,
            False,
            ("Ende (tatsächlich)", "Abgeschlossen am", "Erledigt am"),
        ),
        Column(
            "percent_complete",
            "Fertigstellungsgrad (%)",
            v.parse_percent,
            False,
            ("Fortschritt", "Fertigstellungsgrad", "Umsetzungsgrad", "Erledigt (%)", "%"),
        ),
        Column(
            "benefit", "Nutzen", v.parse_int, False, ("Nutzen (1-5)",), "1 (gering) bis 5 (hoch)"
        ),
        Column(
            "urgency",
            "Dringlichkeit",
            v.parse_int,
            False,
            ("Dringlichkeit (1-5)",),
            "1 (gering) bis 5 (hoch)",
        ),
        Column(
            "effort", "Aufwand", v.parse_int, False, ("Aufwand (1-5)",), "1 (gering) bis 5 (hoch)"
        ),
        Column(
            "dependencies",
            "Abhängig von",
            codes,
            False,
            ("Abhängigkeiten", "Voraussetzung"),
            "Kürzel anderer Maßnahmen, mit Komma getrennt",
        ),
        Column(
            "council_reference",
            "Ratsbezug",
            v.parse_text,
            False,
            ("Antrag", "Beschluss", "Vorlage", "Drucksache", "Ratsbeschluss"),
        ),
        Column(
            "council_reference_date",
            "Datum Ratsbezug",
            v.parse_date,
            False,
            ("Beschlussdatum", "Datum Beschluss", "Antragsdatum"),
        ),
        Column(
            "is_public",
            "Öffentlich",
            v.parse_bool,
            False,
            ("veröffentlichen", "public"),
            "ja oder nein",
        ),
    ),
    ("Massnahmen", "Maßnahmenplan", "Massnahmenplan", "Umsetzungsplan", "Plan", "Measures"),
)

MILESTONES = SheetSpec(
    "milestones",
    "Meilensteine",
    (
        MEASURE,
        Column("title", "Meilenstein", v.parse_text, True, ("Titel", "Bezeichnung", "Schritt")),
        Column(
            "due_date",
            "Fällig am",
            END,
            True,
            ("Fällig", "Termin", "Datum", "bis", "Fälligkeit"),
            "Datum, Halbjahr oder Quartal (dann dessen letzter Tag)",
        ),
        Column(
            "completed_date",
            "Erreicht am",
            v.parse_date,
            False,
            ("Erreicht", "Erledigt am", "Abgeschlossen am"),
        ),
    ),
    ("Meilenstein", "Milestones"),
)

COSTS = SheetSpec(
    "costs",
    "Kosten",
    (
        MEASURE,
        Column("year", "Jahr", v.parse_int, True, ("Haushaltsjahr", "HHJ")),
        Column(
            "kind",
            "Art",
            _choice(v.KIND_CHOICES, "Kostenart"),
            True,
            ("Kostenart", "investiv/konsumtiv"),
            "investiv oder konsumtiv",
        ),
        Column(
            "estimated_amount",
            "Geschätzt (EUR)",
            v.parse_money,
            True,
            ("Kostenschätzung", "Geschätzt", "Plan", "Ansatz", "Betrag", "Kosten"),
        ),
        Column(
            "actual_amount", "Ist (EUR)", v.parse_money, False, ("Ist", "Ist-Kosten", "Ergebnis")
        ),
        Column(
            "funding_source",
            "Fördermittelgeber",
            v.parse_text,
            False,
            ("Förderprogramm", "Förderung", "Fördermittel", "Finanzierung"),
        ),
        Column(
            "funded_amount",
            "Gefördert (EUR)",
            v.parse_money,
            False,
            ("Gefördert", "Förderbetrag", "Fördersumme", "Zuschuss"),
        ),
    ),
    ("Kostenschätzung", "Finanzen", "Costs"),
)

STAFF = SheetSpec(
    "staff",
    "Personal",
    (
        MEASURE,
        Column("year", "Jahr", v.parse_int, True, ("Haushaltsjahr",)),
        Column(
            "fte",
            "VZÄ",
            v.parse_decimal,
            True,
            ("Vollzeitäquivalente", "Personalbedarf", "Stellen", "Personal (VZÄ)"),
        ),
    ),
    ("Personalbedarf", "Stellen", "Staff"),
)

UPDATES = SheetSpec(
    "updates",
    "Sachstandsmeldungen",
    (
        MEASURE,
        Column(
            "half_year",
            "Halbjahr",
            v.parse_half_year,
            True,
            ("Berichtszeitraum", "Zeitraum", "Periode"),
            "z. B. 1. HJ 2026 oder 2026-H1",
        ),
        Column(
            "traffic_light",
            "Ampel",
            _choice(v.LIGHT_CHOICES, "Ampel"),
            True,
            ("Status Ampel",),
            "grün, gelb oder rot",
        ),
        Column(
            "percent_complete",
            "Fertigstellungsgrad (%)",
            v.parse_percent,
            True,
            ("Fortschritt", "Fertigstellungsgrad", "%"),
        ),
        Column("summary", "Sachstand", TEXT, True, ("Sachstandsbericht", "Bericht", "Stand")),
        Column("next_steps", "Nächste Schritte", TEXT, False, ("Ausblick", "Weiteres Vorgehen")),
        Column("risks", "Risiken", TEXT, False, ("Risiko", "Probleme")),
        Column(
            "deviation_reason",
            "Begründung Abweichung",
            TEXT,
            False,
            ("Begründung", "Abweichung"),
            "Pflicht, wenn die Ampel von der abgeleiteten abweicht",
        ),
    ),
    ("Sachstand", "Meldungen", "Status updates"),
)

ORG_UNITS = SheetSpec(
    "org_units",
    "Organisationseinheiten",
    (
        Column("code", "Kürzel", v.parse_text, True, ("OE", "Nr")),
        Column("name", "Name", v.parse_text, True, ("Bezeichnung",)),
    ),
    ("OE", "Fachbereiche", "Ämter"),
)

FIELDS = SheetSpec(
    "fields",
    "Handlungsfelder",
    (
        Column("code", "Kürzel", v.parse_text, True, ("HF", "Nr")),
        Column("title", "Titel", v.parse_text, True, ("Handlungsfeld", "Bezeichnung")),
        Column("description", "Beschreibung", TEXT, False),
    ),
    ("Handlungsfeld", "Themenfelder"),
)

GOALS = SheetSpec(
    "goals",
    "Ziele",
    (
        Column("code", "Kürzel", v.parse_text, True, ("Ziel", "Nr")),
        Column("title", "Titel", v.parse_text, True, ("Bezeichnung", "Zielbeschreibung")),
        Column("field", "Handlungsfeld", v.parse_text, True, ("HF",)),
    ),
    ("Zielsystem",),
)

STRATEGY = SheetSpec(
    "strategy",
    "Strategie",
    (
        Column("title", "Titel", v.parse_text, True, ("Strategie", "Bezeichnung")),
        Column("period_start", "Zeitraum von", v.parse_int, True, ("von", "Beginn")),
        Column("period_end", "Zeitraum bis", v.parse_int, True, ("bis", "Ende")),
        Column(
            "adopted_on", "Beschlossen am", v.parse_date, False, ("Beschluss", "Beschlussdatum")
        ),
        Column("council_resolution", "Ratsbeschluss", v.parse_text, False, ("Vorlage",)),
        Column("vision", "Vision", TEXT, False, ("Leitbild",)),
    ),
    ("Digitalisierungsstrategie",),
)

MEASUREMENTS = SheetSpec(
    "measurements",
    "Messwerte",
    (
        Column(
            "indicator",
            "Kennzahl",
            v.parse_text,
            True,
            ("Kennzahl (Kürzel)", "Indikator", "KPI"),
            "Kürzel der Kennzahl, z. B. K-OZG-3",
        ),
        Column(
            "date",
            "Datum",
            END,
            True,
            ("Stichtag", "Zeitraum", "Datum/Zeitraum", "Monat"),
            "Stichtag oder Zeitraum (dann dessen letzter Tag), z. B. 30.06.2026 oder 1. HJ 2026",
        ),
        Column("value", "Wert", v.parse_decimal, True, ("Messwert", "Ist", "Ist-Wert")),
        Column("note", "Bemerkung", TEXT, False, ("Anmerkung", "Kommentar")),
        Column("source", "Quelle", v.parse_text, False, ("Datenquelle",)),
    ),
    ("Kennzahlen", "Messwert", "Measurements"),
)

# Sheets of the template that are not data: the instructions (with their example row) and the
# hidden drop-down lists.
NOT_DATA = ("Anleitung", "Instructions", "Hinweise", "Listen")

# In the order they are read: what others refer to comes first.
SHEETS = (
    STRATEGY,
    ORG_UNITS,
    FIELDS,
    GOALS,
    MEASURES,
    MILESTONES,
    COSTS,
    STAFF,
    UPDATES,
    MEASUREMENTS,
)
