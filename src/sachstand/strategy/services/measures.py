"""Writing the action plan: measures, their links, milestones, costs and staff."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from sachstand.core.history import set_links
from sachstand.core.services import assign, history_context, save_validated, upsert
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.strategy.models import CostItem, Goal, Measure, Milestone, StaffNeed
from sachstand.strategy.services.priority import priorities_recompute


@transaction.atomic
def measure_save(
    *,
    municipality: Municipality,
    code: str,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
    reason: str | None = None,
) -> tuple[Measure, bool]:
    """Create or update the measure ``code``; re-rank priorities when its inputs changed."""
    measure = Measure.objects.filter(municipality=municipality, code=code).first()
    created = measure is None
    if measure is None:
        require(user, Act.EDIT_PLAN, municipality)
        measure = Measure(municipality=municipality, code=code)
    else:
        measure_require_edit(measure, values, user=user)
    before = (measure.benefit, measure.urgency, measure.effort, measure.status)
    if not assign(measure, values) and not created:
        return measure, False
    save_validated(measure, user=user, when=when, reason=reason)
    if created or before != (measure.benefit, measure.urgency, measure.effort, measure.status):
        priorities_recompute(municipality=municipality)
        measure.refresh_from_db(fields=["priority_rank"])
    return measure, True


# What only who changes the plan may change in a measure: where it sits and who keeps it.
PLAN_FIELDS = frozenset({"municipality", "code", "field_of_action", "org_unit"})


def measure_require_edit(
    measure: Measure, values: Mapping[str, Any], *, user: AbstractBaseUser | None
) -> None:
    """An editor edits the measures of their units; moving a measure is a change of the plan."""
    moves = {name for name in PLAN_FIELDS & set(values) if _differs(measure, name, values[name])}
    if moves:
        require(user, Act.EDIT_PLAN, measure.municipality_id)
    else:
        require(user, Act.EDIT_MEASURE, measure.municipality_id, org_unit=measure.org_unit_id)


def _differs(measure: Measure, name: str, value: Any) -> bool:
    field = measure._meta.get_field(name)
    current = getattr(measure, getattr(field, "attname", name))
    given = value.pk if isinstance(value, models.Model) else value
    return field.to_python(current) != field.to_python(given)


def measure_percent_set(
    *, measure: Measure, percent: int, user: AbstractBaseUser | None, when: datetime | None = None
) -> bool:
    """Set the percent complete from a status update (already validated there); only that field
    is written, with history, and only when it changes."""
    stored = Measure.objects.get(pk=measure.pk)
    if stored.percent_complete == percent:
        return False
    stored.percent_complete = percent
    with history_context(stored, user=user, when=when):
        stored.save(update_fields=["percent_complete"])
    measure.percent_complete = percent
    return True


@transaction.atomic
def measure_set_links(
    *,
    measure: Measure,
    goal_codes: Iterable[str] | None = None,
    dependency_codes: Iterable[str] | None = None,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    """Set the goals a measure serves and the measures it depends on, by their codes."""
    require(user, Act.EDIT_MEASURE, measure.municipality_id, org_unit=measure.org_unit_id)
    changed = False
    with history_context(measure, user=user, when=when):
        if goal_codes is not None:
            goals = _by_code(Goal, measure.municipality_id, goal_codes, field="goals")
            changed |= set_links(measure, "goals", goals)
        if dependency_codes is not None:
            others = _by_code(Measure, measure.municipality_id, dependency_codes, "dependencies")
            measure_check_no_cycle(measure, others)
            changed |= set_links(measure, "dependencies", others)
    return changed


def _by_code(model, municipality_id: int, codes: Iterable[str], field: str) -> list:
    wanted = list(dict.fromkeys(codes))
    found = {
        o.code: o for o in model.objects.filter(municipality_id=municipality_id, code__in=wanted)
    }
    missing = [code for code in wanted if code not in found]
    if missing:
        raise ValidationError(
            {
                field: _("Unknown code(s) in this municipality: %(codes)s")
                % {"codes": ", ".join(missing)}
            }
        )
    return [found[code] for code in wanted]


def measure_check_no_cycle(measure: Measure, dependencies: list[Measure]) -> None:
    """A measure cannot depend on itself, directly or through others."""
    edges: dict[int, set[int]] = {}
    for source, target in Measure.dependencies.through.objects.filter(
        from_measure__municipality_id=measure.municipality_id
    ).values_list("from_measure_id", "to_measure_id"):
        edges.setdefault(source, set()).add(target)
    edges[measure.pk] = {d.pk for d in dependencies}
    stack, seen = list(edges[measure.pk]), set()
    while stack:
        node = stack.pop()
        if node == measure.pk:
            raise ValidationError(
                {
                    "dependencies": _(
                        "Measure %(code)s would depend on itself through its dependencies."
                    )
                    % {"code": measure.code}
                }
            )
        if node not in seen:
            seen.add(node)
            stack.extend(edges.get(node, ()))


def milestone_save(
    *,
    measure: Measure,
    title: str,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[Milestone, bool]:
    """Create or update the milestone ``title`` of ``measure``."""
    require(user, Act.EDIT_MEASURE, measure.municipality_id, org_unit=measure.org_unit_id)
    return upsert(
        Milestone,
        lookup={"measure": measure, "municipality": measure.municipality, "title": title},
        values=values,
        user=user,
        when=when,
    )


def cost_item_save(
    *,
    measure: Measure,
    year: int,
    kind: str,
    funding_source: str = "",
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[CostItem, bool]:
    """Create or update the cost item of ``measure`` for a year, kind and funding source."""
    require(user, Act.EDIT_MEASURE, measure.municipality_id, org_unit=measure.org_unit_id)
    return upsert(
        CostItem,
        lookup={
            "measure": measure,
            "municipality": measure.municipality,
            "year": year,
            "kind": kind,
            "funding_source": funding_source,
        },
        values=values,
        user=user,
        when=when,
    )


def staff_need_save(
    *,
    measure: Measure,
    year: int,
    full_time_equivalents: Any,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[StaffNeed, bool]:
    require(user, Act.EDIT_MEASURE, measure.municipality_id, org_unit=measure.org_unit_id)
    return upsert(
        StaffNeed,
        lookup={"measure": measure, "municipality": measure.municipality, "year": year},
        values={"full_time_equivalents": full_time_equivalents},
        user=user,
        when=when,
    )
