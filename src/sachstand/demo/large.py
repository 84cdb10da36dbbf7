"""A generated large municipality for benchmarks: hundreds of measures, thousands of milestones,
several half-years of status updates. Deterministic (seeded); written in bulk with history."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from sachstand.core.halfyear import HalfYear
from sachstand.municipalities.models import Municipality, OrgUnit
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.strategy.models import (
    CostItem,
    FieldOfAction,
    Goal,
    Measure,
    MeasureStatus,
    Milestone,
    StaffNeed,
    Strategy,
)

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = HalfYear(2024, 1)


@dataclass(frozen=True)
class Size:
    measures: int = 400
    milestones_per_measure: int = 5
    half_years: int = 6
    fields: int = 10
    units: int = 20


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=BERLIN)


@transaction.atomic
def large_municipality_create(
    *, slug: str = "grossstadt", size: Size = Size(), seed: int = 1
) -> Municipality:
    """Create the municipality ``slug`` with a plan of ``size``; refuses an existing slug."""
    rng = random.Random(seed)
    start = _at(FIRST.start)
    municipality = Municipality.objects.create(
        name="Großstadt", slug=slug, ags="05999002", federal_state="NW"
    )
    units = bulk_create_with_history(
        [OrgUnit(municipality=municipality, code=f"FB {10 + i}", name=f"Fachbereich {10 + i}")
         for i in range(size.units)],
        OrgUnit, default_date=start,
    )  # fmt: skip
    strategy = Strategy.objects.create(
        municipality=municipality, title="Großstadt.digital", period_start=2024, period_end=2030
    )
    fields = bulk_create_with_history(
        [FieldOfAction(municipality=municipality, strategy=strategy, code=f"HF {i + 1}",
                       title=f"Handlungsfeld {i + 1}", position=i + 1) for i in range(size.fields)],
        FieldOfAction, default_date=start,
    )  # fmt: skip
    bulk_create_with_history(
        [Goal(municipality=municipality, field_of_action=f, code=f"Z {n + 1}.{k + 1}",
              title=f"Ziel {k + 1} im {f.title}") for n, f in enumerate(fields) for k in range(3)],
        Goal, default_date=start,
    )  # fmt: skip
    measures = _measures(municipality, fields, units, size, rng, start)
    _milestones_costs_staff(municipality, measures, size, rng, start)
    _updates(municipality, measures, size, rng)
    return municipality


def _measures(municipality, fields, units, size, rng, start):
    statuses = [MeasureStatus.IN_PROGRESS] * 6 + [MeasureStatus.PLANNED] * 2 + [
        MeasureStatus.COMPLETED, MeasureStatus.DEFERRED,
    ]  # fmt: skip
    measures = []
    for i in range(size.measures):
        field = fields[i % len(fields)]
        begin = FIRST.start + timedelta(days=rng.randrange(0, 540))
        end = begin + timedelta(days=rng.randrange(180, 900))
        status = rng.choice(statuses)
        measures.append(
            Measure(
                municipality=municipality,
                code=f"M {field.position}.{i // len(fields) + 1}",
                title=f"Maßnahme {i + 1}: Digitalisierung des Verfahrens {rng.randrange(100, 999)}",
                description="Generierte Maßnahme für Lasttests.",
                field_of_action=field,
                org_unit=units[i % len(units)],
                benefit=rng.randint(1, 5),
                urgency=rng.randint(1, 5),
                effort=rng.randint(1, 5),
                status=status,
                planned_start=begin,
                planned_end=end,
                actual_end=end if status == MeasureStatus.COMPLETED else None,
                percent_complete=100
                if status == MeasureStatus.COMPLETED
                else rng.randrange(0, 95, 5),
            )
        )
    return bulk_create_with_history(measures, Measure, default_date=start)


def _milestones_costs_staff(municipality, measures, size, rng, start) -> None:
    milestones, costs, staff = [], [], []
    for measure in measures:
        span = (measure.planned_end - measure.planned_start).days
        for k in range(size.milestones_per_measure):
            due = measure.planned_start + timedelta(
                days=span * (k + 1) // size.milestones_per_measure
            )
            done = due + timedelta(days=rng.randrange(-20, 60)) if rng.random() < 0.5 else None
            if done and done >= date(2026, 11, 1):
                done = None
            milestones.append(
                Milestone(municipality=municipality, measure=measure, title=f"Meilenstein {k + 1}",
                          due_date=due, completed_date=done)
            )  # fmt: skip
        for year in range(measure.planned_start.year, measure.planned_end.year + 1):
            estimated = Decimal(rng.randrange(5_000, 250_000))
            costs.append(CostItem(municipality=municipality, measure=measure, year=year,
                                  kind=rng.choice(["investiv", "konsumtiv"]),
                                  estimated_amount=estimated,
                                  actual_amount=estimated * Decimal("0.9") if year < 2026 else None,
                                  funded_amount=Decimal(0)))  # fmt: skip
            fte = Decimal(rng.randrange(1, 20)) / 10
            staff.append(StaffNeed(municipality=municipality, measure=measure, year=year,
                                   full_time_equivalents=fte))  # fmt: skip
    bulk_create_with_history(milestones, Milestone, default_date=start, batch_size=1000)
    bulk_create_with_history(costs, CostItem, default_date=start, batch_size=1000)
    bulk_create_with_history(staff, StaffNeed, default_date=start, batch_size=1000)


def _updates(municipality, measures, size, rng) -> None:
    half = FIRST
    # Lights are sticky in real plans: most measures report the light of the previous half-year.
    lights = {m.pk: rng.choice(["green", "green", "yellow", "red"]) for m in measures}
    for _ in range(size.half_years):
        for measure in measures:
            if rng.random() < 0.2:
                lights[measure.pk] = rng.choice(["green", "green", "yellow", "red"])
        period = ReportingPeriod.objects.create(
            municipality=municipality, half_year=half, deadline=half.end + timedelta(days=15)
        )
        reported = _at(half.end + timedelta(days=10))
        updates = [
            StatusUpdate(
                municipality=municipality, measure=m, period=period,
                traffic_light=lights[m.pk],
                percent_complete=min(100, m.percent_complete), summary=(
                    f"Sachstand der {m.title} im {half.label}: Arbeiten laufen planmäßig, "
                    "Abstimmungen mit dem IT-Dienstleister sind erfolgt."),
                next_steps="Fortsetzung der Umsetzung.", reported_at=reported,
            )
            for m in measures
            if m.planned_start <= half.end
        ]  # fmt: skip
        bulk_create_with_history(updates, StatusUpdate, default_date=reported, batch_size=1000)
        half = half.next()
