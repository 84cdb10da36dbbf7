"""The OpenAPI schema is generated, committed, served as committed, and never drifts from the
code: regenerate it with ``make openapi`` (see docs/api.md)."""

import json
from io import StringIO

import yaml
from django.core.management import call_command

from sachstand.api.schema import COMMITTED


def test_committed_schema_is_what_the_code_generates(tmp_path):
    fresh = tmp_path / "openapi.yaml"
    call_command(
        "spectacular", "--lang", "en", "--custom-settings", "sachstand.api.schema.SETTINGS",
        "--validate", "--fail-on-warn", "--file", str(fresh), stderr=StringIO(),
    )  # fmt: skip
    assert fresh.read_text() == COMMITTED.read_text(), (
        "The API changed but src/sachstand/api/openapi.yaml did not: run `make openapi` and "
        "commit the result."
    )


def test_schema_is_served_as_committed(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oai.openapi"
    assert response.content == COMMITTED.read_bytes()
    as_json = client.get("/api/v1/schema/?format=json")
    assert json.loads(as_json.content) == yaml.safe_load(COMMITTED.read_text())


def test_schema_describes_every_endpoint():
    schema = yaml.safe_load(COMMITTED.read_text())
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    assert operations == {
        "municipalities_list", "municipality_retrieve", "strategy_retrieve",
        "fields_of_action_list", "goals_list", "measures_list", "measure_retrieve",
        "milestones_list", "status_updates_list", "status_update_create",
        "status_update_retrieve", "status_update_partial_update", "indicators_list",
        "indicator_retrieve", "measurements_list", "measurement_create", "online_services_list",
    }  # fmt: skip
