"""Read endpoints of the plan: municipalities, strategy, fields of action, goals, measures,
milestones. Everything comes from the public selectors."""

from __future__ import annotations

from collections.abc import Sequence

from rest_framework import exceptions, generics
from rest_framework.response import Response

from sachstand.api import selectors
from sachstand.api.serializers.plan import (
    FieldOfActionSerializer,
    GoalSerializer,
    MeasureDetailSerializer,
    MeasureSerializer,
    MilestoneSerializer,
    MunicipalitySerializer,
    StrategySerializer,
)
from sachstand.api.views.base import ID, SLUG, ApiView, MunicipalityScoped, ScopedList, reads
from sachstand.reporting.selectors import public
from sachstand.strategy.models import Measure

PLAN = ["plan"]


@reads("municipalities_list", ["municipalities"])
class MunicipalityList(ApiView, generics.ListAPIView):
    """The municipalities of this installation, by name."""

    serializer_class = MunicipalitySerializer

    def get_queryset(self):
        return public.public_municipalities()


@reads("municipality_retrieve", ["municipalities"], SLUG)
class MunicipalityDetail(MunicipalityScoped):
    """One municipality; 404 for an unknown short name."""

    serializer_class = MunicipalitySerializer
    pagination_class = None

    def get(self, request, slug: str) -> Response:
        return Response(self.get_serializer(self.municipality).data)


@reads("strategy_retrieve", PLAN, SLUG)
class StrategyDetail(MunicipalityScoped):
    """The municipality's current strategy; 404 if it has none."""

    serializer_class = StrategySerializer
    pagination_class = None

    def get(self, request, slug: str) -> Response:
        strategy = public.public_strategy(self.municipality)
        if strategy is None:
            raise exceptions.NotFound()
        return Response(self.get_serializer(strategy).data)


@reads("fields_of_action_list", PLAN, SLUG)
class FieldOfActionList(ScopedList):
    """The fields of action of the strategy, in their order."""

    serializer_class = FieldOfActionSerializer

    def get_queryset(self):
        return public.public_fields(self.municipality)


@reads("goals_list", PLAN, SLUG)
class GoalList(ScopedList):
    """The goals, by code."""

    serializer_class = GoalSerializer

    def get_queryset(self):
        return selectors.public_goals(self.municipality)


def _attach_lights(municipality, measures: Sequence[Measure]) -> None:
    lights = public.public_lights(municipality)
    for measure in measures:
        measure.light = lights[measure.pk]


@reads("measures_list", PLAN, SLUG)
class MeasureList(ScopedList):
    """The measures marked public, each with its public traffic light."""

    serializer_class = MeasureSerializer

    def get_queryset(self):
        return selectors.public_measures(self.municipality)

    def decorate(self, objects: Sequence[Measure]) -> None:
        _attach_lights(self.municipality, objects)


@reads("measure_retrieve", PLAN, SLUG, ID)
class MeasureDetail(MunicipalityScoped):
    """A public measure with its milestones and its status updates of released periods."""

    serializer_class = MeasureDetailSerializer
    pagination_class = None

    def get(self, request, slug: str, id: int) -> Response:
        measure = selectors.public_measures(self.municipality).filter(pk=id).first()
        if measure is None:
            raise exceptions.NotFound()
        _attach_lights(self.municipality, [measure])
        measure.public_milestones = list(
            public.public_milestones(self.municipality).filter(measure=measure)
        )
        measure.public_updates = list(
            selectors.public_updates(self.municipality).filter(measure=measure)
        )
        context = {**self.get_serializer_context(), "editor": False}
        context["released_period_ids"] = {u.period_id for u in measure.public_updates}
        return Response(MeasureDetailSerializer(measure, context=context).data)


@reads("milestones_list", PLAN, SLUG)
class MilestoneList(ScopedList):
    """The milestones of the public measures, by due date."""

    serializer_class = MilestoneSerializer

    def get_queryset(self):
        return public.public_milestones(self.municipality)
