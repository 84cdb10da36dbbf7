"""The shared cast of the tests: a small municipality built through the services.

Teststadt has two units, one strategy with two fields of action and three goals, and measures
made on demand. Every write goes through the services, as in production.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from sachstand.core.halfyear import HalfYear
from sachstand.core.services import save_validated
from sachstand.municipalities.models import Municipality, OrgUnit, Role
from sachstand.municipalities.services import membership_grant
from sachstand.reporting.services.periods import period_open
from sachstand.strategy.models import FieldOfAction, Goal, Measure, Strategy
from sachstand.strategy.services.measures import measure_save, milestone_save

# The skeleton of the plan exists since the strategy was adopted, long before any test's "now".
ADOPTED = datetime(2024, 3, 21, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def user(username: str = "officer", **extra: Any):
    return get_user_model().objects.create_user(username=username, password="pw", **extra)


def officer():
    """The digitalisation officer, who owns the plan."""
    return user("officer", first_name="Olga", last_name="Officer")


def municipality(
    name: str = "Teststadt", slug: str = "teststadt", ags: str = "05111000"
) -> Municipality:
    return save_validated(
        Municipality(name=name, slug=slug, ags=ags, federal_state="NW"), user=None, when=ADOPTED
    )


class Plan:
    """A municipality with its plan skeleton, ready for measures."""

    def __init__(self, municipality: Municipality, actor) -> None:
        self.municipality = municipality
        self.actor = actor
        m = municipality
        if actor is not None:  # the officer owns the plan: administrator of the municipality
            membership_grant(municipality=m, member=actor, role=Role.ADMINISTRATOR, user=None)
        self.it = save_validated(
            OrgUnit(municipality=m, code="FB 10", name="Zentrale Dienste"), user=actor, when=ADOPTED
        )
        self.office = save_validated(
            OrgUnit(municipality=m, code="FB 32", name="Bürgeramt"), user=actor, when=ADOPTED
        )
        self.strategy = save_validated(
            Strategy(municipality=m, title="Teststadt.digital", period_start=2024, period_end=2030),
            user=actor,
            when=ADOPTED,
        )
        self.service = save_validated(
            FieldOfAction(
                municipality=m,
                strategy=self.strategy,
                code="HF 1",
                title="Bürgerservice",
                position=1,
            ),
            user=actor,
            when=ADOPTED,
        )
        self.efile = save_validated(
            FieldOfAction(
                municipality=m, strategy=self.strategy, code="HF 2", title="E-Akte", position=2
            ),
            user=actor,
            when=ADOPTED,
        )
        self.goal_online = save_validated(
            Goal(municipality=m, field_of_action=self.service, code="Z 1.1", title="Online"),
            user=actor,
            when=ADOPTED,
        )
        self.goal_wait = save_validated(
            Goal(municipality=m, field_of_action=self.service, code="Z 1.2", title="Wartezeit"),
            user=actor,
            when=ADOPTED,
        )
        self.goal_paperless = save_validated(
            Goal(municipality=m, field_of_action=self.efile, code="Z 2.1", title="Papierlos"),
            user=actor,
            when=ADOPTED,
        )

    def measure(self, code: str = "M 1.1", **values: Any) -> Measure:
        defaults: dict[str, Any] = {
            "title": f"Maßnahme {code}",
            "field_of_action": self.service,
            "org_unit": self.office,
            "planned_start": date(2026, 1, 1),
            "planned_end": date(2026, 12, 31),
        }
        measure, _ = measure_save(
            municipality=self.municipality,
            code=code,
            values={**defaults, **values},
            user=self.actor,
        )
        return measure

    def milestone(self, measure: Measure, title: str, due: date, completed: date | None = None):
        milestone, _ = milestone_save(
            measure=measure,
            title=title,
            values={"due_date": due, "completed_date": completed},
            user=self.actor,
        )
        return milestone

    def period(self, half_year: str = "2026-H1", deadline: date | None = None):
        return period_open(
            municipality=self.municipality,
            half_year=HalfYear.parse(half_year),
            deadline=deadline,
            user=self.actor,
        )


def member(plan: Plan, username: str, role: Role | str, *units: OrgUnit, **extra: Any):
    """A person with ``role`` in the plan's municipality (an editor: of ``units``)."""
    person = get_user_model().objects.filter(username=username).first() or user(username, **extra)
    membership_grant(
        municipality=plan.municipality, member=person, role=role, org_units=units, user=None
    )
    return person
