"""Builds the status report (Sachstandsbericht) of a municipality for a period as plain data.

Reads through ``report_model.data`` (the plan and updates as they stood) and returns a
``Report``; the renderers only lay it out. Sections follow the council document the motions ask
for: summary, changes since the last report, one section per field of action, the next
half-year's steps, resources and costs, annex. Where the municipality keeps a register of
online services, a section on it follows the goals.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.municipalities.models import Committee, Municipality
from sachstand.reporting.models import ReportingPeriod
from sachstand.reporting.report_model import (
    Report,
    Section,
)
from sachstand.reporting.report_model.changes import changes_between
from sachstand.reporting.report_model.data import report_as_of, report_data
from sachstand.reporting.report_model.sections.annex import annex_section
from sachstand.reporting.report_model.sections.changes import changes_section
from sachstand.reporting.report_model.sections.fields import fields_section
from sachstand.reporting.report_model.sections.goals import goals_section
from sachstand.reporting.report_model.sections.next_steps import next_steps_section
from sachstand.reporting.report_model.sections.online_services import online_services_section
from sachstand.reporting.report_model.sections.participation import participation_section
from sachstand.reporting.report_model.sections.resources import resources_section
from sachstand.reporting.report_model.sections.summary import summary_section


def report_build(
    *,
    municipality: Municipality,
    period: ReportingPeriod,
    as_of: datetime | None = None,
    committee: Committee | None = None,
    version: int = 1,
    released: bool = False,
    public: bool = False,
) -> Report:
    """The report of ``period`` as the data stood at ``as_of`` (default: ``report_as_of``).

    The report is a council document and therefore in the installation's language, whatever
    language the person asking for it uses. ``public`` builds the edition for the public pages:
    only what is marked public, no risks (see ``report_data``).
    """
    with translation.override(settings.LANGUAGE_CODE):
        return _build(municipality, period, as_of, committee, version, released, public)


def _build(
    municipality: Municipality,
    period: ReportingPeriod,
    as_of: datetime | None,
    committee: Committee | None,
    version: int,
    released: bool,
    public: bool,
) -> Report:
    as_of = as_of or report_as_of(period, timezone.now())
    data = report_data(
        municipality=municipality, period=period, as_of=as_of, committee=committee, public=public
    )
    changes = changes_between(data.baseline, data.current)
    sections = [
        summary_section(data),
        changes_section(data, changes),
        goals_section(data),
        online_services_section(data),
        participation_section(data),
        fields_section(data),
        next_steps_section(data),
        resources_section(data),
        annex_section(data),
    ]
    numbered = tuple(
        _renumber(section, str(n))
        for n, section in enumerate((s for s in sections if s is not None), start=1)
    )
    return Report(
        title=_("Status report on digitalisation"),
        municipality=municipality.name,
        period=str(data.half_year),
        period_label=data.half_year.label,
        date=format_date(timezone.localdate(as_of)),
        version=str(version),
        status=_status(released, public),
        committee=committee.name if committee else "",
        draft=not released,
        sections=numbered,
    )


def _status(released: bool, public: bool) -> str:
    status = _("released") if released else _("draft")
    return _("%(status)s, public edition") % {"status": status} if public else status


def _renumber(section: Section, number: str) -> Section:
    subsections = tuple(
        _renumber(sub, f"{number}.{n}") for n, sub in enumerate(section.subsections, start=1)
    )
    return Section(number, section.title, section.blocks, subsections)
