"""What every endpoint shares: JSON only, the municipality from the URL, German validation
errors field by field."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, generics
from rest_framework.decorators import (
    api_view,
    authentication_classes,
    permission_classes,
    renderer_classes,
)
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from sachstand.municipalities.models import Municipality
from sachstand.reporting.selectors import public

SLUG = OpenApiParameter(
    "slug", str, OpenApiParameter.PATH, description="Short name of the municipality."
)
ID = OpenApiParameter("id", int, OpenApiParameter.PATH, description="Id of the object.")


def reads(operation_id: str, tags: list[str], *parameters: OpenApiParameter):
    """Document the GET of a read endpoint (inherited methods included)."""
    return extend_schema_view(
        get=extend_schema(operation_id=operation_id, tags=tags, parameters=list(parameters))
    )


def field_errors(error: DjangoValidationError) -> dict[str, list[str]]:
    """A Django validation error as DRF reports one: German messages by field."""
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: list(error.messages)}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if name == NON_FIELD_ERRORS else name): messages
        for name, messages in error.message_dict.items()
    }


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn the services' validation errors into a 400 response."""
    try:
        yield
    except DjangoValidationError as error:
        raise exceptions.ValidationError(field_errors(error)) from None


def collect_errors(*steps) -> list[Any]:
    """Run each step; report the validation errors of all of them together."""
    results, errors = [], {}
    for step in steps:
        try:
            results.append(step())
        except DjangoValidationError as error:
            errors.update(field_errors(error))
    if errors:
        raise exceptions.ValidationError(errors)
    return results


class Pagination(LimitOffsetPagination):
    """``?limit=`` and ``?offset=`` (page size 100 by default); a limit above 1000 counts as
    1000, so that no limit overflows the database."""

    max_limit = 1000


class ApiView(generics.GenericAPIView):
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    pagination_class = Pagination


class MunicipalityScoped(ApiView):
    # An endpoint under /municipalities/<slug>/: an unknown slug is 404. (A comment, not a
    # docstring: the schema would show it as every endpoint's description.)

    @cached_property
    def municipality(self) -> Municipality:
        municipality = public.public_municipalities().filter(slug=self.kwargs["slug"]).first()
        if municipality is None:
            raise exceptions.NotFound()
        return municipality


class ScopedList(MunicipalityScoped, generics.ListAPIView):
    # A paginated list of one municipality's objects.

    def list(self, request, *args, **kwargs) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        self.decorate(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def decorate(self, objects: Sequence[Any]) -> None:
        """Attach what the serializer needs beyond the objects, for all of them at once."""


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@renderer_classes([JSONRenderer])
@authentication_classes([])
@permission_classes([])
def not_found(request, *args, **kwargs) -> Response:
    raise exceptions.NotFound()
