"""Indicators with their targets, and measurements: read by everyone, measurements written by
editors with a token."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response

from sachstand.api import selectors
from sachstand.api.permissions import Action, may, require
from sachstand.api.serializers.indicators import (
    IndicatorDetailSerializer,
    IndicatorSerializer,
    MeasurementSerializer,
    MeasurementWriteSerializer,
)
from sachstand.api.views.base import ID, SLUG, MunicipalityScoped, ScopedList, domain_errors, reads
from sachstand.indicators.models import Measurement
from sachstand.indicators.services import measurement_save
from sachstand.reporting.selectors import public

TAGS = ["indicators"]


@reads("indicators_list", TAGS, SLUG)
class IndicatorList(ScopedList):
    """The indicators marked public, with targets and their latest measurement."""

    serializer_class = IndicatorSerializer

    def get_queryset(self):
        return public.public_indicators(self.municipality)


@reads("indicator_retrieve", TAGS, SLUG, ID)
class IndicatorDetail(MunicipalityScoped):
    """A public indicator with targets and all its measurements."""

    serializer_class = IndicatorDetailSerializer
    pagination_class = None

    def get(self, request, slug: str, id: int) -> Response:
        indicator = public.public_indicators(self.municipality).filter(pk=id).first()
        if indicator is None:
            raise exceptions.NotFound()
        return Response(self.get_serializer(indicator).data)


class MeasurementFilter(serializers.Serializer):
    indicator = serializers.CharField(required=False, help_text="Only this indicator's code.")


@extend_schema(tags=TAGS, parameters=[SLUG])
class MeasurementList(ScopedList):
    serializer_class = MeasurementSerializer

    def get_queryset(self):
        filters = MeasurementFilter(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        queryset = public.public_measurements(self.municipality)
        if "indicator" in filters.validated_data:
            queryset = queryset.filter(indicator__code=filters.validated_data["indicator"])
        return queryset

    @extend_schema(operation_id="measurements_list", parameters=[MeasurementFilter])
    def get(self, request, *args, **kwargs) -> Response:
        """The measurements of the public indicators, by indicator and date."""
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="measurement_create",
        request=MeasurementWriteSerializer,
        responses={
            201: MeasurementSerializer,
            200: OpenApiResponse(
                MeasurementSerializer, description="A measurement of that date was corrected."
            ),
        },
    )
    def post(self, request, slug: str) -> Response:
        """Record the value of an indicator at a date; a second value for the same date corrects
        the first (value, note and source are replaced)."""
        municipality = self.municipality
        if not may(request.user, Action.MEASUREMENT_CHANGE, municipality):
            require(request.user, Action.MEASUREMENT_CREATE, municipality)
        given = MeasurementWriteSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        values = given.validated_data
        with domain_errors():
            indicator = selectors.indicator_for_writing(municipality, values["indicator"])
        exists = selectors.measurement_exists(indicator, values["date"])
        require(
            request.user,
            Action.MEASUREMENT_CHANGE if exists else Action.MEASUREMENT_CREATE,
            municipality,
        )

        def save() -> Measurement:
            with transaction.atomic(), domain_errors():
                measurement, _written = measurement_save(
                    indicator=indicator,
                    day=values["date"],
                    value=values["value"],
                    note=values.get("note", ""),
                    source=values.get("source", ""),
                    user=request.user,
                )
            return measurement

        try:
            measurement = save()
        except IntegrityError:
            # A value for the same date was entered concurrently: this one corrects it.
            require(request.user, Action.MEASUREMENT_CHANGE, municipality)
            exists, measurement = True, save()
        code = status.HTTP_200_OK if exists else status.HTTP_201_CREATED
        return Response(MeasurementSerializer(measurement).data, status=code)
