"""Anyone reads a municipality's public plan without login: ISO dates, decimals as strings,
references by code."""

from datetime import date

from tests import cast

from .conftest import publish


def url(city, path: str = "") -> str:
    return f"/api/v1/municipalities/{city.slug}/{path}"


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_municipalities_are_listed_and_found_by_their_short_name(api, city, neighbour):
    assert [m["slug"] for m in results(api.get("/api/v1/municipalities/"))] == [
        "nachbarstadt",
        "teststadt",
    ]
    assert api.get(url(city)).json() == {
        "slug": "teststadt",
        "name": "Teststadt",
        "ags": "05111000",
        "federal_state": "NW",
    }


def test_unknown_municipality_is_404_everywhere(api, city):
    for path in ("", "strategy/", "measures/", "status-updates/", "measurements/"):
        response = api.get(f"/api/v1/municipalities/nirgendwo/{path}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Nicht gefunden."}


def test_unknown_paths_under_the_api_are_404_in_json(api, city):
    for path in ("/api/v1/nichts/", f"{url(city)}measures/99999999999999999999/", "/api/v2/"):
        response = api.get(path)
        assert response.status_code == 404 and response["Content-Type"] == "application/json"


def test_strategy_fields_and_goals(api, city):
    assert api.get(url(city, "strategy/")).json() == {
        "title": "Teststadt.digital",
        "vision": "",
        "period_start": 2024,
        "period_end": 2030,
        "adopted_on": None,
        "council_resolution": "",
    }
    assert [(f["code"], f["title"]) for f in results(api.get(url(city, "fields-of-action/")))] == [
        ("HF 1", "Bürgerservice"),
        ("HF 2", "E-Akte"),
    ]
    assert [(g["code"], g["field_of_action"]) for g in results(api.get(url(city, "goals/")))] == [
        ("Z 1.1", "HF 1"),
        ("Z 1.2", "HF 1"),
        ("Z 2.1", "HF 2"),
    ]


def test_a_municipality_without_strategy_has_none_to_show(api, db):
    cast.municipality("Leerstadt", "leerstadt", "05111002")
    assert api.get("/api/v1/municipalities/leerstadt/strategy/").status_code == 404
    assert api.get("/api/v1/municipalities/leerstadt/measures/").json()["results"] == []


def test_measures_carry_their_public_light(api, city):
    [measure] = results(api.get(url(city, "measures/")))
    assert measure == {
        "id": city.measure.pk,
        "code": "M 1.1",
        "title": "Online-Terminvergabe",
        "description": "Termine im Bürgeramt online buchen.",
        "field_of_action": "HF 1",
        "goals": ["Z 1.1", "Z 1.2"],
        "org_unit": {"code": "FB 32", "name": "Bürgeramt"},
        "status": "in_progress",
        "priority_rank": 1,
        "benefit": 3,
        "urgency": 3,
        "effort": 3,
        "planned_start": "2026-01-01",
        "planned_end": "2026-12-31",
        "actual_end": None,
        "percent_complete": 40,
        "council_reference": "A 2024/081",
        "council_reference_date": None,
        "light": {
            "colour": "green",
            "reason": "zu diesem Zeitpunkt keine Historie vorhanden",
            "reported": True,
            "half_year": "2026-H1",
        },
    }


def test_a_measure_without_released_update_shows_the_derived_light(api, plan):
    plan.measure("M 1.5", status="in_progress", planned_end=date(2026, 6, 30))
    [measure] = results(api.get(f"/api/v1/municipalities/{plan.municipality.slug}/measures/"))
    assert measure["light"] == {
        "colour": "red",
        "reason": measure["light"]["reason"],
        "reported": False,
        "half_year": None,
    }
    assert measure["light"]["reason"]


def test_measure_page_has_milestones_and_released_updates(api, city):
    measure = api.get(url(city, f"measures/{city.measure.pk}/")).json()
    assert measure["milestones"] == [
        {
            "id": measure["milestones"][0]["id"],
            "measure": "M 1.1",
            "title": "Vergabe",
            "due_date": "2026-03-01",
            "completed_date": "2026-02-20",
        }
    ]
    assert [(u["period"], u["summary"]) for u in measure["status_updates"]] == [
        ("2026-H1", "Ausschreibung veröffentlicht.")
    ]


def test_status_updates_of_released_periods(api, city):
    [update] = results(api.get(url(city, "status-updates/")))
    assert update == {
        "id": city.released_update.pk,
        "measure": "M 1.1",
        "period": "2026-H1",
        "released": True,
        "traffic_light": "green",
        "derived_traffic_light": None,
        "derived_reason": "zu diesem Zeitpunkt keine Historie vorhanden",
        "deviation_reason": "",
        "percent_complete": 40,
        "summary": "Ausschreibung veröffentlicht.",
        "next_steps": "Zuschlag erteilen.",
        "reported_at": "2026-06-25T12:00:00+02:00",
    }
    single = api.get(url(city, f"status-updates/{city.released_update.pk}/"))
    assert single.json() == update and single["ETag"]


def test_status_updates_can_be_filtered_by_period_and_measure(api, city):
    assert len(results(api.get(url(city, "status-updates/?period=2026-H1")))) == 1
    assert results(api.get(url(city, "status-updates/?period=2025-H2"))) == []
    assert len(results(api.get(url(city, "status-updates/?measure=M 1.1")))) == 1
    response = api.get(url(city, "status-updates/?period=2026-H3"))
    assert response.status_code == 400
    assert response.json() == {
        "period": ["„2026-H3“ ist kein Halbjahr. Erwartet wird zum Beispiel 2026-H1 oder 2026-H2."]
    }
    assert api.get(url(city, "status-updates/?period=0000-H1")).status_code == 400


def test_indicators_with_targets_and_latest_measurement(api, city):
    [indicator] = results(api.get(url(city, "indicators/")))
    assert indicator == {
        "id": city.indicator.pk,
        "code": "K 1",
        "name": "Onlinedienste ab Reifegrad 3",
        "unit": "Anzahl",
        "direction": "higher",
        "definition": "Gezählt wird, was zählt.",
        "source": "manual",
        "baseline_value": "10.0000",
        "baseline_date": "2025-01-01",
        "goals": ["Z 1.1"],
        "targets": [{"value": "50.0000", "due_date": "2027-12-31"}],
        "latest": {"date": "2026-06-30", "value": "23.5000"},
    }
    detail = api.get(url(city, f"indicators/{city.indicator.pk}/")).json()
    assert detail["measurements"] == [
        {"date": "2025-12-31", "value": "18.0000"},
        {"date": "2026-06-30", "value": "23.5000"},
    ]


def test_measurements_of_public_indicators(api, city):
    measurements = results(api.get(url(city, "measurements/?indicator=K 1")))
    assert [
        (m["indicator"], m["unit"], m["date"], m["value"], m["source"]) for m in measurements
    ] == [
        ("K 1", "Anzahl", "2025-12-31", "18.0000", "Register"),
        ("K 1", "Anzahl", "2026-06-30", "23.5000", "Register"),
    ]


def test_online_services_of_the_public_register(api, city):
    [service] = results(api.get(url(city, "online-services/")))
    assert service == {
        "id": city.service.pk,
        "name": "Anwohnerparkausweis",
        "leika_key": None,
        "ozg_id": None,
        "themenfeld": "",
        "lebenslage": "",
        "org_unit": None,
        "url": "https://example.org/parken",
        "maturity_scale": "2.0",
        "maturity_level": 3,
        "e_payment": True,
        "citizen_account": False,
        "online_since": None,
    }


def test_lists_are_paginated(api, plan):
    publish(plan)
    for code in ("M 1.2", "M 1.3"):
        plan.measure(code)
    page = api.get(f"/api/v1/municipalities/{plan.municipality.slug}/measures/?limit=2").json()
    assert page["count"] == 3 and len(page["results"]) == 2
    assert page["next"].endswith("?limit=2&offset=2")


def test_a_huge_limit_is_capped_and_a_huge_offset_is_past_the_end(api, city):
    page = api.get(url(city, "measures/?limit=99999999999999999999")).json()
    assert page["count"] == 1 and len(page["results"]) == 1
    page = api.get(url(city, "measures/?offset=99999999999999999999")).json()
    assert page["results"] == []
