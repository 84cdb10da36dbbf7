"""5 Ressourcen und Kosten: costs and staff per field and year."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_money, format_number
from sachstand.reporting.report_model import (
    Cell,
    Column,
    Paragraph,
    Section,
    Table,
    figures,
)
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.sections.common import (
    cost_years,
    fields_in_order,
    staff_per_year,
    sum_rows,
)
from sachstand.strategy.models import CostKind

ZERO = Decimal("0.00")


def resources_section(data: ReportData) -> Section:
    state = data.current
    rows, staff_rows = [], []
    years = sorted(cost_years(state))
    for field in fields_in_order(state):
        for year, sums in sorted(cost_years(state, field.id).items()):
            rows.append(
                (
                    Cell(field.code),
                    Cell(str(year)),
                    Cell(format_money(sums["investiv"])),
                    Cell(format_money(sums["konsumtiv"])),
                    Cell(format_money(sums["actual"])),
                    Cell(format_money(sums["funded"])),
                )
            )
        staff = staff_per_year(state, field.id)
        staff_rows.append(
            (
                Cell(f"{field.code} {field.title}"),
                *(Cell(format_number(staff.get(y, ZERO), 2)) for y in years),
            )
        )
    all_years = cost_years(state)
    total = sum_rows(all_years.values())
    costs = Table(
        caption=_("Costs per field of action and year"),
        columns=(
            Column(_("field of action")),
            Column(_("year")),
            Column(str(CostKind.INVESTMENT.label), "right"),
            Column(str(CostKind.OPERATING.label), "right"),
            Column(_("actual"), "right"),
            Column(_("funded"), "right"),
        ),
        rows=tuple(rows),
        footer=(
            (
                Cell(_("total"), strong=True),
                Cell(""),
                Cell(format_money(total["investiv"]), strong=True),
                Cell(format_money(total["konsumtiv"]), strong=True),
                Cell(format_money(total["actual"]), strong=True),
                Cell(format_money(total["funded"]), strong=True),
            ),
        )
        if rows
        else (),
        empty_text=_("No costs recorded."),
    )
    all_staff = staff_per_year(state, None)
    staff_table = Table(
        caption=_("Staff need in full-time equivalents per field of action and year"),
        columns=(Column(_("field of action")), *(Column(str(y), "right") for y in years)),
        rows=tuple(staff_rows),
        footer=(
            (
                Cell(_("total"), strong=True),
                *(Cell(format_number(all_staff.get(y, ZERO), 2), strong=True) for y in years),
            ),
        ),
    )
    chart = figures.costs_per_year({y: (s["estimated"], s["actual"]) for y, s in all_years.items()})
    intro = _(
        "Estimated costs %(estimated)s in total, of which %(investment)s investment and "
        "%(operating)s operating costs; funding %(funded)s; booked so far %(actual)s."
    ) % {
        "estimated": format_money(total["estimated"]),
        "investment": format_money(total["investiv"]),
        "operating": format_money(total["konsumtiv"]),
        "funded": format_money(total["funded"]),
        "actual": format_money(total["actual"]),
    }
    return Section("", _("Resources and costs"), (Paragraph(intro), costs, staff_table, chart))
