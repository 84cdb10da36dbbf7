"""The OpenAPI schema of the API, as YAML (default) or JSON (``?format=json``)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from sachstand.api.schema import schema_json, schema_yaml


@require_GET
def schema_view(request: HttpRequest) -> HttpResponse:
    if request.GET.get("format") == "json":
        return HttpResponse(schema_json(), content_type="application/vnd.oai.openapi+json")
    response = HttpResponse(schema_yaml(), content_type="application/vnd.oai.openapi")
    response["Content-Disposition"] = 'inline; filename="openapi.yaml"'
    return response
