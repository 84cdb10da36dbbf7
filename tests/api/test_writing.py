"""Editors write status updates and measurements with a token, under the same rules and
permissions as in the back office; every write is recorded with its author."""

from datetime import date
from decimal import Decimal

import pytest

from sachstand.indicators.models import Measurement
from sachstand.municipalities.models import Role
from sachstand.reporting.models import StatusUpdate
from tests import cast

from .conftest import client_with_token
from .once import city_once, officer_once, plan_once, teststadt_once  # noqa: F401

NEW = {"traffic_light": "green", "percent_complete": 50, "summary": "Pilot läuft."}


def post_update(client, city, **values):
    body = {"measure": "M 1.3", "period": "2026-H2", **NEW, **values}
    return client.post(f"/api/v1/municipalities/{city.slug}/status-updates/", body, format="json")


def post_measurement(client, city, **values):
    body = {"indicator": "K 1", "date": "2026-07-01", "value": "25.5", **values}
    return client.post(f"/api/v1/municipalities/{city.slug}/measurements/", body, format="json")


@pytest.fixture
def fresh_measure(city):
    return city.plan.measure("M 1.3", title="Bürgerkonto", status="in_progress")


def test_editor_posts_a_status_update(editor_api, editor, city, fresh_measure):
    response = post_update(editor_api, city, risks="Lieferverzug möglich", next_steps="Rollout")
    assert response.status_code == 201, response.json()
    body = response.json()
    update = StatusUpdate.objects.get(pk=body["id"])
    assert response["Location"] == f"/api/v1/municipalities/teststadt/status-updates/{update.pk}/"
    assert response["ETag"]
    assert body == {
        "id": update.pk,
        "measure": "M 1.3",
        "period": "2026-H2",
        "released": False,
        "traffic_light": "green",
        "derived_traffic_light": "green",
        "derived_reason": "im Zeitplan",
        "deviation_reason": "",
        "percent_complete": 50,
        "summary": "Pilot läuft.",
        "next_steps": "Rollout",
        "reported_at": "2026-07-15T10:00:00+02:00",
        "risks": "Lieferverzug möglich",
        "author": "editor",
    }
    assert update.author == editor
    assert update.history.get().history_user == editor
    fresh_measure.refresh_from_db()
    assert fresh_measure.percent_complete == 50  # the measure follows its latest update


def test_writing_needs_a_token(api, city, fresh_measure):
    response = post_update(api, city)
    assert response.status_code == 401
    assert response.json() == {"detail": "Anmeldedaten fehlen."}
    assert response["WWW-Authenticate"] == "Token"
    api.credentials(HTTP_AUTHORIZATION="Token falsch")
    assert post_update(api, city).status_code == 401
    assert post_measurement(api, city).status_code == 401
    assert not StatusUpdate.objects.filter(measure=fresh_measure).exists()


def test_writing_needs_the_permission_of_the_back_office(reader_api, city, fresh_measure):
    response = post_update(reader_api, city)
    assert response.status_code == 403
    assert response.json() == {"detail": "Sie sind nicht berechtigt, diese Aktion durchzuführen."}
    assert post_measurement(reader_api, city).status_code == 403
    assert not StatusUpdate.objects.filter(measure=fresh_measure).exists()


def test_a_superuser_may_write(city, fresh_measure):
    root = client_with_token(cast.user("root", is_superuser=True))
    assert post_update(root, city).status_code == 201
    assert post_measurement(root, city).status_code == 201


def test_invalid_values_are_refused_with_german_messages_by_field(editor_api, city, fresh_measure):
    response = post_update(editor_api, city, percent_complete=120, summary="")
    assert response.status_code == 400
    assert response.json() == {
        "percent_complete": ["120 % ist kein Prozentwert zwischen 0 und 100."],
        "summary": ["Dieses Feld darf nicht leer sein."],
    }
    response = post_update(editor_api, city, percent_complete="viel", traffic_light="blau")
    assert response.status_code == 400
    assert response.json() == {
        "percent_complete": ["Eine gültige Ganzzahl ist erforderlich."],
        "traffic_light": ['"blau" ist keine gültige Option.'],
    }
    body = {"measure": "M 1.3", "period": "2026-H2"}
    response = editor_api.post(
        f"/api/v1/municipalities/{city.slug}/status-updates/", body, format="json"
    )
    assert response.json() == {
        name: ["Dieses Feld ist zwingend erforderlich."]
        for name in ("traffic_light", "percent_complete", "summary")
    }
    assert not StatusUpdate.objects.filter(measure=fresh_measure).exists()


def test_a_deviating_light_needs_a_reason_as_in_the_back_office(editor_api, city, fresh_measure):
    response = post_update(editor_api, city, traffic_light="red")
    assert response.status_code == 400
    assert response.json() == {
        "deviation_reason": [
            "Die gemeldete Ampel „rot“ weicht von der abgeleiteten Ampel „grün“ ab "
            "(im Zeitplan). Bitte geben Sie eine Begründung an."
        ]
    }
    response = post_update(editor_api, city, traffic_light="red", deviation_reason="Vergabe!")
    assert response.status_code == 201


def test_one_update_per_measure_and_period(editor_api, city):
    response = post_update(editor_api, city, measure="M 1.1")
    assert response.status_code == 400
    assert response.json() == {
        "period": [
            "Für die Maßnahme M 1.1 liegt bereits eine Sachstandsmeldung für 2026-H2 vor "
            "(vom 25.06.2026); bitte ändern Sie stattdessen diese."
        ]
    }


def test_only_open_periods_take_updates(editor_api, city, fresh_measure):
    response = post_update(editor_api, city, period="2026-H1")
    assert response.status_code == 400
    assert response.json() == {
        "period": [
            "Der Sachstandsbericht für 2026-H1 ist freigegeben; seine Sachstandsmeldungen "
            "können über die API nicht mehr geändert werden."
        ]
    }
    response = post_update(editor_api, city, period="2027-H1")
    assert response.status_code == 400
    assert response.json()["period"] == [
        "Für Teststadt gibt es keinen Berichtszeitraum 2027-H1. "
        "Vorhandene Berichtszeiträume: 2026-H1, 2026-H2."
    ]


def test_editor_posts_a_measurement(editor_api, editor, city):
    response = post_measurement(editor_api, city, note="geschätzt", source="Register")
    assert response.status_code == 201, response.json()
    measurement = Measurement.objects.get(indicator=city.indicator, date=date(2026, 7, 1))
    assert response.json() == {
        "id": measurement.pk,
        "indicator": "K 1",
        "unit": "Anzahl",
        "date": "2026-07-01",
        "value": "25.5000",
        "source": "Register",
    }
    assert (measurement.value, measurement.note, measurement.entered_by) == (
        Decimal("25.5"),
        "geschätzt",
        editor,
    )
    assert measurement.history.get().history_user == editor


def test_a_second_value_for_the_same_date_corrects_the_first(editor_api, editor, city):
    response = post_measurement(editor_api, city, date="2026-06-30", value="24")
    assert response.status_code == 200
    measurement = Measurement.objects.get(indicator=city.indicator, date=date(2026, 6, 30))
    assert measurement.value == Decimal(24)
    assert measurement.history.order_by("-history_id").first().history_user == editor


def test_recording_needs_the_editor_role_of_the_indicators_unit(city):
    council = client_with_token(cast.member(city.plan, "council", Role.COUNCIL_READER))
    assert post_measurement(council, city).status_code == 403
    other_unit = client_with_token(cast.member(city.plan, "it", Role.EDITOR, city.plan.it))
    response = post_measurement(other_unit, city)
    assert response.status_code == 403
    assert not Measurement.objects.filter(indicator=city.indicator, date=date(2026, 7, 1))


def test_measurement_values_are_checked_against_the_unit(editor_api, city):
    response = post_measurement(editor_api, city, value="-3")
    assert response.status_code == 400
    assert response.json() == {"value": ["-3 ist negativ; Anzahl kann nicht negativ sein."]}
    response = post_measurement(editor_api, city, value="drei", date="30.06.2026")
    assert response.status_code == 400
    assert set(response.json()) == {"value", "date"}
    assert response.json()["value"] == ["Eine gültige Zahl ist erforderlich."]


def test_measurements_of_internal_indicators_can_be_entered_but_stay_internal(
    api, editor_api, city
):
    assert post_measurement(editor_api, city, indicator="K 9").status_code == 201
    public = api.get(f"/api/v1/municipalities/{city.slug}/measurements/").json()["results"]
    assert {m["indicator"] for m in public} == {"K 1"}
