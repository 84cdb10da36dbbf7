"""What is due: milestones of a half-year, above all the next one."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from sachstand.core.halfyear import HalfYear
from sachstand.municipalities.models import Municipality
from sachstand.strategy.models import Milestone


def milestones_due(*, municipality: Municipality, half_year: HalfYear) -> QuerySet[Milestone]:
    """Milestones due within ``half_year``, reached or not, in order of their due date."""
    return (
        Milestone.objects.filter(
            municipality=municipality,
            due_date__gte=half_year.start,
            due_date__lte=half_year.end,
        )
        .select_related("measure", "measure__org_unit", "measure__field_of_action")
        .order_by("due_date", "measure__code", "pk")
    )


def milestones_due_next_half_year(
    *, municipality: Municipality, on: date
) -> tuple[HalfYear, QuerySet[Milestone]]:
    """The half-year after the one containing ``on``, and its milestones still open."""
    upcoming = HalfYear.containing(on).next()
    due = milestones_due(municipality=municipality, half_year=upcoming).filter(
        completed_date__isnull=True
    )
    return upcoming, due
