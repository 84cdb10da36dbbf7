"""Onlinedienste (OZG): the register of online services as it stood at the report's moment."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.collation import german_sort_key
from sachstand.core.formatting import format_date, format_number, format_percent
from sachstand.onlineservices.selectors import RegisterFigures, ServiceRow
from sachstand.reporting.report_model import Block, Cell, Column, Paragraph, Section, Table, figures
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.figures import level_label, topic_label

PRIORITY_LIMIT = 10


def online_services_section(data: ReportData) -> Section | None:
    """None where the municipality had no register entries at the report's moment."""
    register = data.register
    if register is None:
        return None
    blocks: list[Block] = [Paragraph(_summary(data, register))]
    if register.by_level():
        blocks.append(figures.maturity_per_topic(register))
    blocks += [
        _changes_table(data, register),
        Paragraph(
            _(
                "The priority list names the services below the OZG-compliant level of their "
                "maturity scale with the most applications, most first: bringing them online "
                "helps the most people. Applications count all channels in the %(half_year)s; "
                "where a service has no figures for it, those of the latest earlier half-year "
                "are used and named. Services without applications are left out; the list shows "
                "at most %(limit)d services."
            )
            % {"half_year": data.half_year.label, "limit": PRIORITY_LIMIT}
        ),
        _priority_table(data, register),
    ]
    return Section("", _("Online services (OZG)"), tuple(blocks))


def _summary(data: ReportData, register: RegisterFigures) -> str:
    scale = register.scale
    half_year = data.half_year.label
    sentences = [
        ngettext(
            "The register lists %(count)d online service as of %(date)s.",
            "The register lists %(count)d online services as of %(date)s.",
            register.total,
        )
        % {"count": register.total, "date": format_date(register.on)},
        ngettext(
            "Of these, %(count)d (%(share)s) reaches the OZG-compliant level of its maturity "
            "scale; on the %(scale)s, which the municipality uses, that is level %(level)d "
            "(%(name)s) or higher.",
            "Of these, %(count)d (%(share)s) reach the OZG-compliant level of their maturity "
            "scale; on the %(scale)s, which the municipality uses, that is level %(level)d "
            "(%(name)s) or higher.",
            register.compliant,
        )
        % {
            "count": register.compliant,
            "share": format_percent(register.compliant_share or 0),
            "scale": scale.name,
            "level": scale.compliant_level,
            "name": scale.levels.get(scale.compliant_level, ""),
        },
        ngettext(
            "In the %(half_year)s, %(count)d service went online.",
            "In the %(half_year)s, %(count)d services went online.",
            len(register.went_online()),
        )
        % {"half_year": half_year, "count": len(register.went_online())},
        ngettext(
            "In the same half-year, %(count)d service rose at least one maturity level.",
            "In the same half-year, %(count)d services rose at least one maturity level.",
            len(register.rose()),
        )
        % {"count": len(register.rose())},
        _usage_sentence(register, half_year),
    ]
    other = register.other_scale()
    if other:
        scales = sorted({register.scales[s.scale_id].name for s in other})
        sentences.append(
            ngettext(
                "%(count)d service is still assessed on another maturity scale (%(scales)s); "
                "the chart does not include it.",
                "%(count)d services are still assessed on another maturity scale (%(scales)s); "
                "the chart does not include them.",
                len(other),
            )
            % {"count": len(other), "scales": ", ".join(scales)}
        )
    return " ".join(sentences)


def _usage_sentence(register: RegisterFigures, half_year: str) -> str:
    share = register.online_share()
    if share is None:
        return _("No usage figures with online applications exist for the %(half_year)s.") % {
            "half_year": half_year
        }
    online, total = share
    # The services online_share() sums over.
    services = sum(1 for u in register.usage_in_half_year() if u.online is not None and u.total)
    return ngettext(
        "%(share)s of the applications in the %(half_year)s were submitted online "
        "(%(online)s of %(total)s, counted over %(count)d service with usage figures).",
        "%(share)s of the applications in the %(half_year)s were submitted online "
        "(%(online)s of %(total)s, counted over %(count)d services with usage figures).",
        services,
    ) % {
        "share": format_percent(Decimal(100) * online / total),
        "half_year": half_year,
        "online": format_number(online),
        "total": format_number(total),
        "count": services,
    }


def _level(register: RegisterFigures, scale_id: int, level: int) -> str:
    """The level with its name, and the scale's name where it is not the municipality's."""
    scale = register.scales[scale_id]
    text = level_label(scale, level)
    return text if scale_id == register.scale.id else f"{text} ({scale.name})"


def _changes_table(data: ReportData, register: RegisterFigures) -> Table:
    changed = {s.id for s in register.went_online()} | {s.id for s in register.rose()}
    rows = tuple(
        (
            Cell(s.name),
            Cell(topic_label(s.themenfeld)),
            Cell(_level(register, *s.before) if s.before else "–"),
            Cell(_level(register, s.scale_id, s.level)),
            Cell(format_date(s.online_since) or "–"),
        )
        for s in register.services
        if s.id in changed
    )
    return Table(
        caption=_("Services that went online or rose a level in %(half_year)s")
        % {"half_year": data.half_year.label},
        columns=(
            Column(_("online service")),
            Column(_("topic")),
            Column(_("level on %(date)s") % {"date": format_date(data.half_year.start)}),
            Column(_("level on %(date)s") % {"date": format_date(register.on)}),
            Column(_("online since")),
        ),
        rows=rows,
        empty_text=_("No service went online or rose a level in the half-year."),
    )


def _priority_table(data: ReportData, register: RegisterFigures) -> Table:
    codes = {m.id: m.code for m in data.current.plan.measures}
    rows = []
    for rank, service in enumerate(register.priorities(PRIORITY_LIMIT), start=1):
        usage = service.usage
        unit = data.units.get(service.org_unit_id) if service.org_unit_id else None
        measures = sorted(
            (codes[i] for i in service.measure_ids if i in codes), key=german_sort_key
        )
        rows.append(
            (
                Cell(str(rank)),
                Cell(service.name),
                Cell(topic_label(service.themenfeld)),
                Cell(_level(register, service.scale_id, service.level)),
                Cell(_applications(data, service)),
                Cell("–" if usage is None or usage.online is None else format_number(usage.online)),
                Cell(unit.code if unit else ""),
                Cell(", ".join(measures)),
            )
        )
    return Table(
        caption=_("Priority list: most applications, still below the compliant level"),
        columns=(
            Column(_("rank"), "right"),
            Column(_("online service")),
            Column(_("topic")),
            Column(_("maturity level")),
            Column(_("applications"), "right"),
            Column(_("of them online"), "right"),
            Column(_("unit")),
            Column(_("measures")),
        ),
        rows=tuple(rows),
        empty_text=_("No service below the compliant level has applications recorded."),
    )


def _applications(data: ReportData, service: ServiceRow) -> str:
    text = format_number(service.applications)
    usage = service.usage
    if usage is not None and usage.half_year != data.half_year:
        text += f" ({usage.half_year.label})"
    return text
