"""The plan out again, in the layout of the template, and the template itself."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from sachstand.imports import columns as c
from sachstand.imports import values as v
from sachstand.imports.formats import SheetOut, write_workbook
from sachstand.indicators.models import Measurement
from sachstand.municipalities.models import Municipality, OrgUnit
from sachstand.reporting.models import StatusUpdate
from sachstand.strategy.models import (
    CostItem,
    FieldOfAction,
    Goal,
    Measure,
    Milestone,
    StaffNeed,
    Strategy,
)

# The first spelling of each choice is the one written (German, as the template shows it).
STATUS = {key: spellings[0] for key, spellings in v.STATUS_CHOICES.items()}
LIGHT = {key: spellings[0] for key, spellings in v.LIGHT_CHOICES.items()}
KIND = {key: spellings[0] for key, spellings in v.KIND_CHOICES.items()}


def _yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def _sheet(spec: c.SheetSpec, rows: Iterable[tuple[Any, ...]], **kwargs: Any) -> SheetOut:
    return SheetOut(
        name=spec.label,
        headers=tuple(col.label for col in spec.columns),
        rows=tuple(rows),
        widths={i: max(12, min(40, len(col.label) + 4)) for i, col in enumerate(spec.columns)},
        **kwargs,
    )


def plan_sheets(municipality: Municipality, *, choices: bool = False) -> list[SheetOut]:
    """Every sheet of the plan of ``municipality`` (with drop-down lists for the template)."""
    scope = {"municipality": municipality}
    units = list(OrgUnit.objects.filter(**scope))
    unit_codes = tuple(u.code for u in units)
    measures = list(
        Measure.objects.filter(**scope)
        .select_related("field_of_action", "org_unit")
        .prefetch_related("goals", "dependencies")
    )
    lists = {
        "status": tuple(STATUS.values()),
        "light": tuple(LIGHT.values()),
        "kind": tuple(KIND.values()),
        "unit": unit_codes,
        "yesno": ("ja", "nein"),
    }

    def pick(spec: c.SheetSpec, wanted: dict[str, str]) -> dict[int, tuple[str, ...]]:
        if not choices:
            return {}
        keys = [col.key for col in spec.columns]
        return {keys.index(key): lists[name] for key, name in wanted.items() if lists[name]}

    return [
        _sheet(
            c.STRATEGY,
            (
                (
                    s.title,
                    s.period_start,
                    s.period_end,
                    s.adopted_on,
                    s.council_resolution,
                    s.vision,
                )
                for s in Strategy.objects.filter(**scope)
            ),
        ),
        _sheet(c.ORG_UNITS, ((u.code, u.name) for u in units)),
        _sheet(
            c.FIELDS,
            ((f.code, f.title, f.description) for f in FieldOfAction.objects.filter(**scope)),
        ),
        _sheet(
            c.GOALS,
            (
                (g.code, g.title, g.field_of_action.code)
                for g in Goal.objects.filter(**scope).select_related("field_of_action")
            ),
        ),
        _sheet(
            c.MEASURES,
            (_measure_row(m) for m in measures),
            choices=pick(
                c.MEASURES, {"status": "status", "org_unit": "unit", "is_public": "yesno"}
            ),
        ),
        _sheet(
            c.MILESTONES,
            (
                (m.measure.code, m.title, m.due_date, m.completed_date)
                for m in Milestone.objects.filter(**scope).select_related("measure")
            ),
        ),
        _sheet(
            c.COSTS,
            (
                (
                    i.measure.code,
                    i.year,
                    KIND[i.kind],
                    i.estimated_amount,
                    i.actual_amount,
                    i.funding_source,
                    i.funded_amount,
                )
                for i in CostItem.objects.filter(**scope).select_related("measure")
            ),
            choices=pick(c.COSTS, {"kind": "kind"}),
        ),
        _sheet(
            c.STAFF,
            (
                (s.measure.code, s.year, s.full_time_equivalents)
                for s in StaffNeed.objects.filter(**scope).select_related("measure")
            ),
        ),
        _sheet(
            c.UPDATES,
            (
                (
                    u.measure.code,
                    str(u.period.half_year),
                    LIGHT[u.traffic_light],
                    u.percent_complete,
                    u.summary,
                    u.next_steps,
                    u.risks,
                    u.deviation_reason,
                )
                for u in StatusUpdate.objects.filter(**scope).select_related("measure", "period")
            ),
            choices=pick(c.UPDATES, {"traffic_light": "light"}),
        ),
        _sheet(
            c.MEASUREMENTS,
            (
                (m.indicator.code, m.date, m.value, m.note, m.source)
                for m in Measurement.objects.filter(**scope).select_related("indicator")
            ),
        ),
    ]


def _measure_row(m: Measure) -> tuple[Any, ...]:
    return (
        m.code,
        m.title,
        m.description,
        m.field_of_action.code,
        ", ".join(sorted(g.code for g in m.goals.all())),
        m.org_unit.code,
        m.contact,
        STATUS[m.status],
        m.planned_start,
        m.planned_end,
        m.actual_end,
        m.percent_complete,
        m.benefit,
        m.urgency,
        m.effort,
        ", ".join(sorted(d.code for d in m.dependencies.all())),
        m.council_reference,
        m.council_reference_date,
        _yes_no(m.is_public),
    )


def plan_export(*, municipality: Municipality, fmt: str) -> bytes:
    """The whole plan in the template's layout as xlsx, ods or csv (a ZIP, one file a sheet)."""
    return write_workbook(plan_sheets(municipality), fmt)


def plan_template(*, municipality: Municipality | None = None) -> bytes:
    """An empty plan workbook with drop-down lists and an instructions sheet with examples."""
    sheets = []
    for sheet in plan_sheets(municipality, choices=True) if municipality else _empty_sheets():
        sheets.append(SheetOut(sheet.name, sheet.headers, (), sheet.choices, sheet.widths))
    return write_workbook([_instructions(), *sheets], "xlsx")


def _empty_sheets() -> list[SheetOut]:
    lists = {
        "status": tuple(STATUS.values()),
        "traffic_light": tuple(LIGHT.values()),
        "kind": tuple(KIND.values()),
        "is_public": ("ja", "nein"),
    }
    out = []
    for spec in c.SHEETS:
        wanted = {i: lists[col.key] for i, col in enumerate(spec.columns) if col.key in lists}
        out.append(_sheet(spec, (), choices=wanted))
    return out


def _instructions() -> SheetOut:
    rows: list[tuple[Any, ...]] = [
        (_("How to fill in this workbook"), "", ""),
        (
            _(
                "One sheet per kind of row. Columns marked * are required. Keep the "
                "headers; other columns are ignored and reported. Dates as 31.12.2026; "
                "planned start and end also as half-year (2. HJ 2026) or quarter (Q3/2026); "
                "amounts as 1.234,56 €; percentages as 80 %."
            ),
            "",
            "",
        ),
        ("", "", ""),
        (_("Sheet"), _("Column"), _("Meaning")),
    ]
    for spec in c.SHEETS:
        for col in spec.columns:
            rows.append((spec.label, col.label + (" *" if col.required else ""), col.help))
    example = ("M 1.1", "Wohngeld online beantragen", "Antrag über das Serviceportal", "HF 1",
               "Z 1.1", "FB 50", "Frau Schmidt", "in Umsetzung", "01.01.2026", "2. HJ 2026", "",
               "40 %", 5, 4, 2, "", "A 2024/081", "22.10.2024", "ja")  # fmt: skip
    rows += [
        ("",),
        (_("Example row of the sheet “Maßnahmen”"),),
        tuple(col.label for col in c.MEASURES.columns),
        example,
    ]
    width = len(c.MEASURES.columns)
    rows = [(*row, *("",) * (width - len(row))) for row in rows]
    return SheetOut(_("Instructions"), ("",) * width, tuple(rows), widths={0: 40, 1: 30, 2: 70})
