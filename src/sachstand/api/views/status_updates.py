"""Status updates: read by everyone (released periods only), written by editors with a token.

Editors who may write status updates also read the drafts (updates of periods whose report is
not released yet), with risks and author. A change must name the version it was based on
(``If-Match``), so that no one silently overwrites a newer change.
"""

from __future__ import annotations

from functools import cached_property

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response

from sachstand.api import selectors
from sachstand.api.locking import check_if_match, etag
from sachstand.api.permissions import Action, may_read_drafts, require
from sachstand.api.serializers.status_updates import (
    StatusUpdateChangeSerializer,
    StatusUpdateCreateSerializer,
    StatusUpdateSerializer,
)
from sachstand.api.views.base import (
    ID,
    SLUG,
    MunicipalityScoped,
    ScopedList,
    collect_errors,
    domain_errors,
)
from sachstand.reporting.models import StatusUpdate
from sachstand.reporting.services.status_updates import status_update_change, status_update_create

TAGS = ["status updates"]
ETAG = OpenApiParameter(
    "ETag",
    str,
    OpenApiParameter.HEADER,
    response=[200, 201],
    description="Version of the status update, to send back in If-Match.",
)


class StatusUpdateFilter(serializers.Serializer):
    period = serializers.CharField(required=False, help_text="Only this half-year, e.g. 2026-H1.")
    measure = serializers.CharField(required=False, help_text="Only this measure, e.g. M 1.1.")


class StatusUpdateScoped(MunicipalityScoped):
    serializer_class = StatusUpdateSerializer

    @cached_property
    def editor(self) -> bool:
        return may_read_drafts(self.request.user, self.municipality)

    def get_queryset(self):
        if self.editor:
            return selectors.editor_updates(self.municipality)
        return selectors.public_updates(self.municipality)

    def get_serializer_context(self):
        released = selectors.released_period_ids(self.municipality)
        return {
            **super().get_serializer_context(),
            "editor": self.editor,
            "released_period_ids": released,
        }

    def respond(self, update: StatusUpdate, code: int = status.HTTP_200_OK, **headers) -> Response:
        data = self.get_serializer(update).data
        return Response(data, status=code, headers={"ETag": etag(update), **headers})


@extend_schema(tags=TAGS, parameters=[SLUG])
class StatusUpdateList(StatusUpdateScoped, ScopedList):
    @extend_schema(operation_id="status_updates_list", parameters=[StatusUpdateFilter])
    def get(self, request, *args, **kwargs) -> Response:
        """The status updates of released periods; for editors, the drafts too."""
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        filters = StatusUpdateFilter(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        queryset = super().get_queryset()
        if "period" in filters.validated_data:
            try:
                half_year = selectors.half_year_parse(filters.validated_data["period"])
            except DjangoValidationError as error:
                raise exceptions.ValidationError({"period": error.messages}) from None
            queryset = queryset.filter(period__half_year=half_year)
        if "measure" in filters.validated_data:
            queryset = queryset.filter(measure__code=filters.validated_data["measure"])
        return queryset

    @extend_schema(
        operation_id="status_update_create",
        request=StatusUpdateCreateSerializer,
        parameters=[ETAG],
        responses={201: StatusUpdateSerializer},
    )
    def post(self, request, slug: str) -> Response:
        """Report on a measure for an open period (one update per measure and period)."""
        municipality = self.municipality
        require(request.user, Action.STATUS_UPDATE_CREATE, municipality)
        given = StatusUpdateCreateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        values = dict(given.validated_data)
        measure, period = collect_errors(
            lambda: selectors.measure_for_writing(municipality, values.pop("measure")),
            lambda: selectors.open_period(municipality, values.pop("period")),
        )

        def create() -> StatusUpdate:
            with domain_errors():
                return status_update_create(
                    measure=measure,
                    period=period,
                    values=values,
                    author=request.user,
                    reported_at=timezone.now(),
                    user=request.user,
                )

        try:
            update = create()
        except IntegrityError:
            # The same update was created concurrently: now the service says so, in German.
            update = create()
        url = reverse("api:status-update", kwargs={"slug": slug, "id": update.pk})
        return self.respond(update, status.HTTP_201_CREATED, Location=url)


@extend_schema(tags=TAGS, parameters=[SLUG, ID])
class StatusUpdateDetail(StatusUpdateScoped):
    pagination_class = None

    @extend_schema(operation_id="status_update_retrieve", parameters=[ETAG])
    def get(self, request, slug: str, id: int) -> Response:
        """One status update, with its ETag; a draft only for editors."""
        update = self.get_queryset().filter(pk=id).first()
        if update is None:
            raise exceptions.NotFound()
        return self.respond(update)

    @extend_schema(
        operation_id="status_update_partial_update",
        request=StatusUpdateChangeSerializer(partial=True),
        parameters=[
            OpenApiParameter(
                "If-Match",
                str,
                OpenApiParameter.HEADER,
                required=True,
                description="The ETag of the status update as last read.",
            ),
            ETAG,
        ],
        responses={200: StatusUpdateSerializer},
    )
    def patch(self, request, slug: str, id: int) -> Response:
        """Change a status update of an open period; needs If-Match with its current ETag."""
        municipality = self.municipality
        require(request.user, Action.STATUS_UPDATE_CHANGE, municipality)
        with transaction.atomic():
            update = selectors.update_for_writing(municipality, id)
            if update is None:
                raise exceptions.NotFound()
            check_if_match(update, request.headers.get("If-Match"))
            given = StatusUpdateChangeSerializer(data=request.data, partial=True)
            given.is_valid(raise_exception=True)
            with domain_errors():
                selectors.period_check_open(municipality, update.period)
                status_update_change(update=update, values=given.validated_data, user=request.user)
        update = self.get_queryset().get(pk=update.pk)
        return self.respond(update)
