"""Schemathesis sends what the committed schema allows (and some of what it does not) to the
Django WSGI app: no answer is a server error, and every answer is as the schema describes it.

Kept small (``MAX_EXAMPLES`` per operation, fixed seed) so that the API tests stay fast; search
harder locally with ``SACHSTAND_FUZZ_EXAMPLES=500 pytest tests/api/test_schemathesis.py``.
"""

import os

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sachstand.api.locking import etag
from sachstand.api.schema import COMMITTED

from .once import city_once, officer_once, plan_once, teststadt_once  # noqa: F401

MAX_EXAMPLES = int(os.environ.get("SACHSTAND_FUZZ_EXAMPLES", "10"))
CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260715,
        "suppress-health-check": ["too_slow", "filter_too_much"],
        "generation": {"max-examples": MAX_EXAMPLES, "database": "none", "no-shrink": True},
        "phases": {"stateful": {"enabled": False}},
    }
)
schema = schemathesis.openapi.from_path(COMMITTED, config=CONFIG)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
WRITES = ("POST", "PATCH", "PUT", "DELETE")


@pytest.fixture
def app(settings):
    """The project's WSGI app, called in-process inside the test's transaction. Like Django's
    test client, it must not close the database connection at the end of each request."""
    settings.ALLOWED_HOSTS = ["localhost"]
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def fuzzed(city):
    """Teststadt with measures that have no status update yet, for new updates to name."""
    codes = [city.plan.measure(f"M 1.{n}").code for n in range(2, 8)]
    return city, codes


def aim(case, city, codes: list[str]) -> None:
    """Point many generated cases at real objects of the cast, so that more than 404s and
    unknown codes are tested: the municipality always; the object (and its current version),
    the measure, period or indicator when the generated value is even."""
    params, body = case.path_parameters or {}, case.body
    if "slug" in params:
        params["slug"] = city.slug
    if isinstance(params.get("id"), int) and params["id"] % 2 == 0:
        path = case.operation.path
        if "status-updates" in path:
            target = city.draft if case.method == "PATCH" else city.released_update
        else:
            target = city.measure if "measures" in path else city.indicator
        params["id"] = target.pk
        if case.method == "PATCH" and len((case.headers or {}).get("If-Match", "")) % 2 == 0:
            case.headers = {**(case.headers or {}), "If-Match": etag(target)}
    if isinstance(body, dict):
        for name, real in (("measure", codes), ("period", ["2026-H2"]), ("indicator", ["K 1"])):
            given = body.get(name)
            if isinstance(given, str) and len(given) % 2 == 0:
                body[name] = real[len(given) % len(real)]


@schema.parametrize()
@hypothesis.settings(
    suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture], deadline=None
)
def test_no_server_error_and_answers_as_documented(case, app, fuzzed, editor):
    city, codes = fuzzed
    aim(case, city, codes)
    headers = {}
    if case.method in WRITES:
        headers["Authorization"] = f"Token {Token.objects.get_or_create(user=editor)[0].key}"
    case.call_and_validate(app=app, headers=headers, checks=CHECKS)
