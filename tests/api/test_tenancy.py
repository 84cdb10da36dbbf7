"""Nothing of one municipality is reachable under another's short name, to read or to write."""

from sachstand.reporting.models import StatusUpdate
from sachstand.strategy.services.measures import measure_save

from .conftest import indicator


def under(city, path: str) -> str:
    return f"/api/v1/municipalities/{city.slug}/{path}"


def test_neighbours_objects_are_not_found_under_our_name(api, editor_api, city, neighbour):
    for path in (
        f"measures/{neighbour.measure.pk}/",
        f"status-updates/{neighbour.released_update.pk}/",
        f"indicators/{neighbour.indicator.pk}/",
    ):
        assert api.get(under(city, path)).status_code == 404, path
        assert api.get(under(neighbour, path)).status_code == 200, path
    # Not even an editor, who may read drafts, sees the neighbour's draft under our name.
    assert editor_api.get(under(city, f"status-updates/{neighbour.draft.pk}/")).status_code == 404


def test_lists_hold_only_our_objects(api, editor_api, city, neighbour):
    ours = {
        "measures/": {city.measure.pk},
        "milestones/": {m.pk for m in city.measure.milestones.all()},
        "status-updates/": {city.released_update.pk},
        "indicators/": {city.indicator.pk},
        "measurements/": set(city.indicator.measurements.values_list("pk", flat=True)),
        "online-services/": {city.service.pk},
        "goals/": {city.plan.goal_online.pk, city.plan.goal_wait.pk, city.plan.goal_paperless.pk},
        "fields-of-action/": {city.plan.service.pk, city.plan.efile.pk},
    }
    for path, ids in ours.items():
        found = {o["id"] for o in api.get(under(city, path)).json()["results"]}
        assert found == ids, path
    drafts = editor_api.get(under(city, "status-updates/")).json()["results"]
    assert {u["id"] for u in drafts} == {
        city.released_update.pk,
        city.draft.pk,
        city.hidden_update.pk,
    }


def test_neighbours_update_cannot_be_changed_under_our_name(editor_api, city, neighbour):
    response = editor_api.patch(
        under(city, f"status-updates/{neighbour.draft.pk}/"),
        {"summary": "übernommen"},
        format="json",
        HTTP_IF_MATCH="*",
    )
    assert response.status_code == 404
    neighbour.draft.refresh_from_db()
    assert neighbour.draft.summary.startswith("ENTWURF-GEHEIM")


def test_a_write_names_objects_of_its_own_municipality_only(editor_api, city, neighbour):
    measure_save(municipality=neighbour.plan.municipality, code="M 9.9", user=None,
                 values={"title": "Nur nebenan", "field_of_action": neighbour.plan.service,
                         "org_unit": neighbour.plan.office})  # fmt: skip
    neighbour.plan.period("2027-H1")
    indicator(neighbour.plan, "K 7")
    response = editor_api.post(
        under(city, "status-updates/"),
        {"measure": "M 9.9", "period": "2027-H1", "traffic_light": "green",
         "percent_complete": 10, "summary": "x"},
        format="json",
    )  # fmt: skip
    assert response.status_code == 400
    assert response.json() == {
        "measure": ["Unbekannte Maßnahme M 9.9."],
        "period": [
            "Für Teststadt gibt es keinen Berichtszeitraum 2027-H1. "
            "Vorhandene Berichtszeiträume: 2026-H1, 2026-H2."
        ],
    }
    response = editor_api.post(
        under(city, "measurements/"),
        {"indicator": "K 7", "date": "2026-06-30", "value": "1"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"indicator": ["Unbekannte Kennzahl. Bekannt: K 1, K 9."]}
    assert not StatusUpdate.objects.filter(measure__code="M 9.9").exists()
