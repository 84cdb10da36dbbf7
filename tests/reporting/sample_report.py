"""A small but complete report model, for testing the renderers without the builder."""

from sachstand.reporting.report_model import (
    BulletList,
    Cell,
    Column,
    Figure,
    Paragraph,
    Report,
    Section,
    Table,
)

LIGHTS_SPEC = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {
        "values": [
            {"Handlungsfeld": "HF 1 Bürgerservice", "Ampel": "grün", "Anzahl": 4},
            {"Handlungsfeld": "HF 1 Bürgerservice", "Ampel": "gelb", "Anzahl": 2},
            {"Handlungsfeld": "HF 2 E-Akte", "Ampel": "rot", "Anzahl": 1},
        ]
    },
    "mark": "bar",
    "encoding": {
        "y": {"field": "Handlungsfeld", "type": "nominal", "title": None},
        "x": {"field": "Anzahl", "type": "quantitative", "title": "Maßnahmen"},
        "color": {
            "field": "Ampel",
            "type": "nominal",
            "scale": {
                "domain": ["grün", "gelb", "rot"],
                "range": ["#1a7f37", "#9a6700", "#cf222e"],
            },
        },
    },
}


def sample_report(status: str = "Entwurf") -> Report:
    measures = Table(
        caption="Maßnahmen im Handlungsfeld HF 1 Bürgerservice",
        columns=(
            Column("Kürzel"),
            Column("Maßnahme"),
            Column("OE"),
            Column("Status"),
            Column("Ampel"),
            Column("Fortschritt", "right"),
        ),
        rows=(
            (Cell("M 1.1"), Cell("Wohngeld online"), Cell("FB 50"), Cell("abgeschlossen"),
             Cell("grün", "green"), Cell("100 %")),
            (Cell("M 1.2"), Cell("Terminvergabe für alle Ämter"), Cell("FB 32"),
             Cell("in Umsetzung"),
             Cell("rot – Meilenstein „Vergabe“ seit 45 Tagen überfällig", "red"), Cell("35 %")),
        ),
    )  # fmt: skip
    costs = Table(
        caption="Kosten je Jahr",
        columns=(Column("Jahr"), Column("geschätzt", "right"), Column("Ist", "right")),
        rows=((Cell("2025"), Cell("1.234,56 €"), Cell("1.000,00 €")),),
        footer=((Cell("Summe", strong=True), Cell("1.234,56 €", strong=True),
                 Cell("1.000,00 €", strong=True)),),
    )  # fmt: skip
    figure = Figure(
        title="Ampeln je Handlungsfeld",
        alt_text="Balkendiagramm: HF 1 Bürgerservice 4 grün, 2 gelb; HF 2 E-Akte 1 rot.",
        spec=LIGHTS_SPEC,
        table=Table(
            caption="Ampeln je Handlungsfeld (Daten des Diagramms)",
            columns=(Column("Handlungsfeld"), Column("grün", "right"), Column("gelb", "right"),
                     Column("rot", "right")),
            rows=((Cell("HF 1 Bürgerservice"), Cell("4"), Cell("2"), Cell("0")),
                  (Cell("HF 2 E-Akte"), Cell("0"), Cell("0"), Cell("1"))),
        ),
    )  # fmt: skip
    return Report(
        title="Sachstandsbericht Digitalisierung",
        municipality="Musterstadt",
        period="2026-H1",
        period_label="1. Halbjahr 2026",
        date="15.07.2026",
        version="2",
        status=status,
        draft=status == "Entwurf",
        sections=(
            Section(
                "1",
                "Zusammenfassung",
                (Paragraph("Im 1. Halbjahr 2026 wurden 3 Maßnahmen abgeschlossen."), costs, figure),
            ),
            Section(
                "2",
                "Handlungsfelder",
                (),
                (
                    Section(
                        "2.1",
                        "HF 1 Bürgerservice & OZG-Onlinedienste",
                        (
                            BulletList(("Z 1.1 Alle OZG-Leistungen online", "Z 1.2 Wartezeit")),
                            measures,
                            Table("Leer", (Column("A"),), (), empty_text="keine Meldung"),
                        ),
                    ),
                ),
            ),
        ),
    )
