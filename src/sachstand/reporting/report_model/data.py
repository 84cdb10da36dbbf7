"""Everything a status report needs, read once: the plan and the period's status updates as
they stood, and the same at the previous report (the baseline of "what changed")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.core.halfyear import HalfYear
from sachstand.core.history import records_as_of
from sachstand.indicators.assessment import Status
from sachstand.indicators.models import Indicator, Measurement, Target
from sachstand.indicators.selectors import IndicatorState, goal_statuses, indicator_states
from sachstand.municipalities.models import Committee, Municipality, OrgUnit
from sachstand.onlineservices.models import MaturityScale
from sachstand.onlineservices.selectors import RegisterFigures, register_figures, register_scale
from sachstand.participation.selectors.report import (
    ParticipationFigures,
    participation_figures,
)
from sachstand.reporting.models import ReleasedReport, ReportingPeriod, StatusUpdate
from sachstand.strategy.selectors.as_of import PlanSnapshot, end_of_day, plan_as_of
from sachstand.strategy.services.traffic_light import (
    MeasureFacts,
    MilestoneFacts,
    traffic_light_derive,
)


@dataclass(frozen=True)
class Light:
    """The light a report shows for a measure: reported where there is an update, else derived."""

    value: str  # green/yellow/red or "" (deferred, cancelled)
    derived: str
    reason: str  # why the derived light is what it is
    reported: bool
    deviation_reason: str = ""


@dataclass
class State:
    """The plan at one moment, restricted to the report's fields of action."""

    when: datetime
    on: date  # the reference date of the lights
    plan: PlanSnapshot
    updates: dict[int, Any]  # measure id -> historical status update row of the period
    lights: dict[int, Light]
    indicators: dict[int, IndicatorState] = field(default_factory=dict)  # id -> assessed
    goals: dict[int, Status] = field(default_factory=dict)  # goal id -> status

    def measures(self) -> list[Any]:
        return self.plan.measures


@dataclass
class ReportData:
    municipality: Municipality
    period: ReportingPeriod
    half_year: HalfYear
    committee: Committee | None
    current: State
    baseline: State
    baseline_label: str
    units: dict[int, OrgUnit]
    register: RegisterFigures | None  # None: no register entries at the report's moment
    # None: neither a closed survey nor a citizens' question at the report's moment
    participation: ParticipationFigures | None = None
    # The public edition: only public measures, indicators and online services, no risks.
    public: bool = False


def report_as_of(period: ReportingPeriod, now: datetime) -> datetime:
    """The moment a report of ``period`` describes by default: its deadline for status updates
    (else its last day) once that has passed, otherwise now."""
    return min(now, end_of_day(period.deadline or period.end))


def report_data(
    *,
    municipality: Municipality,
    period: ReportingPeriod,
    as_of: datetime,
    committee: Committee | None = None,
    public: bool = False,
) -> ReportData:
    half_year = HalfYear.parse(str(period.half_year))
    field_ids = _field_ids(municipality, committee)
    on = min(half_year.end, timezone.localdate(as_of))
    current = _state(municipality, as_of, on, period, field_ids, public)
    moment, label, previous = _baseline(municipality, half_year)
    previous_on = min(previous.end, timezone.localdate(moment))
    previous_period = ReportingPeriod.objects.filter(
        municipality=municipality, half_year=previous
    ).first()
    baseline = _state(municipality, moment, previous_on, previous_period, field_ids, public)
    return ReportData(
        municipality=municipality,
        period=period,
        half_year=half_year,
        committee=committee,
        current=current,
        baseline=baseline,
        baseline_label=label,
        units={u.pk: u for u in OrgUnit.objects.filter(municipality=municipality)},
        register=_register(municipality, half_year, as_of, public),
        participation=participation_figures(municipality=municipality, as_of=as_of),
        public=public,
    )


def _register(
    municipality: Municipality, half_year: HalfYear, as_of: datetime, public: bool
) -> RegisterFigures | None:
    """The register of online services as it stood at ``as_of``; None where it was empty or
    no maturity scale is set up."""
    try:
        scale = register_scale(municipality)
    except MaturityScale.DoesNotExist:
        return None
    figures = register_figures(
        municipality=municipality, half_year=half_year, as_of=as_of, scale=scale, public=public
    )
    return figures if figures.services else None


def _field_ids(municipality: Municipality, committee: Committee | None) -> set[int] | None:
    if committee is None:
        return None
    return set(
        committee.fields_of_action.filter(municipality=municipality).values_list("pk", flat=True)
    )


def _baseline(municipality: Municipality, half_year: HalfYear) -> tuple[datetime, str, HalfYear]:
    """The previous report: the last released one before this period, else the end of the
    previous half-year."""
    released = (
        ReleasedReport.objects.filter(
            municipality=municipality, committee__isnull=True, period__half_year__lt=half_year
        )
        .select_related("period")
        .order_by("-period__half_year", "-version")
        .first()
    )
    if released is not None:
        label = _("report %(period)s, version %(version)s, released on %(date)s") % {
            "period": released.period.half_year,
            "version": released.version,
            "date": format_date(timezone.localdate(released.released_at)),
        }
        return released.as_of, label, HalfYear.parse(str(released.period.half_year))
    previous = half_year.previous()
    label = _("state at the end of %(period)s (no report was released)") % {
        "period": previous.label
    }
    period = ReportingPeriod.objects.filter(municipality=municipality, half_year=previous).first()
    moment = report_as_of(period, timezone.now()) if period else end_of_day(previous.end)
    return moment, label, previous


def _state(
    municipality: Municipality,
    when: datetime,
    on: date,
    period: ReportingPeriod | None,
    field_ids: set[int] | None,
    public: bool = False,
) -> State:
    plan = plan_as_of(municipality=municipality, when=when)
    if field_ids is not None:
        _restrict(plan, field_ids)
    if public:
        _restrict_to_public(plan)
    measure_ids = {m.id for m in plan.measures}
    updates = {}
    if period is not None:
        rows = records_as_of(
            StatusUpdate, when, municipality_id=municipality.pk, period_id=period.pk
        )
        updates = {row.measure_id: row for row in rows if row.measure_id in measure_ids}
        if public:
            for row in updates.values():
                row.risks = ""  # internal: the public edition names no risks
    state = State(when=when, on=on, plan=plan, updates=updates, lights=_lights(plan, updates, on))
    _indicators(state, municipality, public)
    return state


def _indicators(state: State, municipality: Municipality, public: bool = False) -> None:
    """The indicators that measure the report's goals, assessed as they stood."""
    scope = {"municipality_id": municipality.pk}
    goal_ids = {g.id for g in state.plan.goals}
    indicators = [
        i
        for i in records_as_of(Indicator, state.when, **scope)
        if set(i.goals_ids_as_of) & goal_ids and (i.is_public or not public)
    ]
    ids = {i.id for i in indicators}
    states = indicator_states(
        indicators=indicators,
        targets=[t for t in records_as_of(Target, state.when, **scope) if t.indicator_id in ids],
        measurements=[
            m
            for m in records_as_of(Measurement, state.when, **scope)
            if m.indicator_id in ids and m.date <= state.on
        ],
        on=state.on,
    )
    state.indicators = states
    links = {i.id: [g for g in i.goals_ids_as_of if g in goal_ids] for i in indicators}
    state.goals = goal_statuses(states, links)


def _restrict(plan: PlanSnapshot, field_ids: set[int]) -> None:
    plan.fields = [f for f in plan.fields if f.id in field_ids]
    plan.goals = [g for g in plan.goals if g.field_of_action_id in field_ids]
    plan.measures = [m for m in plan.measures if m.field_of_action_id in field_ids]
    measure_ids = {m.id for m in plan.measures}
    plan.milestones = [m for m in plan.milestones if m.measure_id in measure_ids]
    plan.cost_items = [c for c in plan.cost_items if c.measure_id in measure_ids]
    plan.staff_needs = [s for s in plan.staff_needs if s.measure_id in measure_ids]


def _restrict_to_public(plan: PlanSnapshot) -> None:
    """The public edition: measures marked public (as they stood), with their parts."""
    plan.measures = [m for m in plan.measures if m.is_public]
    measure_ids = {m.id for m in plan.measures}
    plan.milestones = [m for m in plan.milestones if m.measure_id in measure_ids]
    plan.cost_items = [c for c in plan.cost_items if c.measure_id in measure_ids]
    plan.staff_needs = [s for s in plan.staff_needs if s.measure_id in measure_ids]


def _lights(plan: PlanSnapshot, updates: dict[int, Any], on: date) -> dict[int, Light]:
    lights = {}
    for measure in plan.measures:
        update = updates.get(measure.id)
        facts = MeasureFacts(
            status=measure.status,
            planned_start=measure.planned_start,
            planned_end=measure.planned_end,
            percent_complete=update.percent_complete if update else measure.percent_complete,
            milestones=[
                MilestoneFacts(m.title, m.due_date, m.completed_date)
                for m in plan.milestones_of(measure.id)
            ],
        )
        derived = traffic_light_derive(facts, on=on)
        derived_value = derived.light.value if derived.light else ""
        if update is not None and derived.light is not None:
            lights[measure.id] = Light(
                value=update.traffic_light,
                derived=derived_value,
                reason=derived.reason,
                reported=True,
                deviation_reason=update.deviation_reason,
            )
        else:
            lights[measure.id] = Light(derived_value, derived_value, derived.reason, False)
    return lights
