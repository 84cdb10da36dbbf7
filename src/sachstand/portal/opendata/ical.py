"""The iCalendar feed (RFC 5545) of a municipality's upcoming milestones, for council members'
calendars: one all-day event per milestone of a public measure that is still open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration

from sachstand.core.formatting import format_date
from sachstand.municipalities.models import Municipality
from sachstand.reporting.selectors.public import public_milestones
from sachstand.strategy.models import MeasureStatus, Milestone

REFRESH = timedelta(hours=12)
OPEN = (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)


def upcoming_milestones(municipality: Municipality) -> list[Milestone]:
    """Milestones due today or later of the public measures still planned or in progress
    (those of a deferred, cancelled or completed measure are no dates to keep)."""
    return list(
        public_milestones(municipality)
        .filter(due_date__gte=timezone.localdate(), measure__status__in=OPEN)
        .select_related("measure__field_of_action")
    )


def _description(milestone: Milestone, url: str) -> str:
    measure = milestone.measure
    lines = [
        _("Milestone “%(milestone)s” of measure %(code)s “%(measure)s”.")
        % {"milestone": milestone.title, "code": measure.code, "measure": measure.title},
        _("Field of action: %(field)s") % {"field": measure.field_of_action},
        _("Status of the measure: %(status)s") % {"status": measure.get_status_display()},
    ]
    if milestone.completed_date:
        lines.append(_("Reached on %(date)s.") % {"date": format_date(milestone.completed_date)})
    if url:
        lines.append(url)
    return "\n".join(lines)


def milestone_calendar(
    municipality: Municipality, *, host: str, measure_url: Callable[[int], str]
) -> Calendar:
    """The feed; its UID is stable per municipality and ``host``, each event's per milestone
    and ``host``."""
    name = _("Milestones of the digitalisation strategy – %(municipality)s") % {
        "municipality": municipality.name
    }
    calendar = Calendar.new(
        uid=f"termine-{municipality.slug}@{host}",
        prodid="-//sachstand//Meilensteine//DE",
        method="PUBLISH",
        calscale="GREGORIAN",
        name=name,
        description=_("Upcoming milestones of the public measures of %(municipality)s.")
        % {"municipality": municipality.name},
        refresh_interval=REFRESH,
    )
    calendar.add("x-published-ttl", vDuration(REFRESH))  # the refresh interval as Outlook reads it
    stamp = datetime.now(UTC).replace(microsecond=0)
    for milestone in upcoming_milestones(municipality):
        measure = milestone.measure
        url = measure_url(measure.pk)
        event = Event.new(
            uid=f"meilenstein-{milestone.pk}@{host}",
            stamp=stamp,
            start=milestone.due_date,
            end=milestone.due_date + timedelta(days=1),
            summary=f"{measure.code} {measure.title}: {milestone.title}",
            description=_description(milestone, url),
            url=url or None,
            transparency="TRANSPARENT",
            categories=[measure.field_of_action.title],
        )
        calendar.add_component(event)
    return calendar
