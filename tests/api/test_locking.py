"""A change of a status update names the version it was based on (If-Match with the ETag); a
newer change is never silently overwritten."""

import pytest

from sachstand.municipalities.models import Role
from sachstand.reporting.services.status_updates import status_update_change
from tests import cast

from .conftest import client_with_token
from .once import city_once, officer_once, plan_once, teststadt_once  # noqa: F401


def path(city, update) -> str:
    return f"/api/v1/municipalities/{city.slug}/status-updates/{update.pk}/"


def patch(client, city, update, etag: str | None, **values):
    headers = {} if etag is None else {"HTTP_IF_MATCH": etag}
    return client.patch(path(city, update), values, format="json", **headers)


@pytest.fixture
def read(editor_api, city):
    """The draft as the editor read it, with its ETag."""
    response = editor_api.get(path(city, city.draft))
    assert response.status_code == 200
    return response["ETag"]


def test_a_change_with_the_current_etag_goes_through(editor_api, editor, city, read):
    response = patch(editor_api, city, city.draft, read, summary="Lieferant liefert.")
    assert response.status_code == 200, response.json()
    assert response.json()["summary"] == "Lieferant liefert."
    assert response["ETag"] != read
    city.draft.refresh_from_db()
    assert city.draft.summary == "Lieferant liefert."
    assert city.draft.history.order_by("-history_id").first().history_user == editor
    # The new ETag is what a GET now shows.
    assert editor_api.get(path(city, city.draft))["ETag"] == response["ETag"]


def test_a_change_without_if_match_is_refused(editor_api, city, read):
    for etag in (None, "*"):
        response = patch(editor_api, city, city.draft, etag, summary="blind")
        assert response.status_code == 428
        assert response.json() == {
            "detail": "Zum Ändern einer Sachstandsmeldung ist der Header If-Match mit dem ETag "
            "nötig, den Sie beim letzten Abruf erhalten haben."
        }
    city.draft.refresh_from_db()
    assert city.draft.summary.startswith("ENTWURF-GEHEIM")


def test_a_change_based_on_an_old_version_is_refused(editor_api, city, read):
    status_update_change(
        update=city.draft, values={"summary": "Von nebenan."}, user=city.plan.actor
    )
    response = patch(editor_api, city, city.draft, read, summary="Meins.")
    assert response.status_code == 412
    assert response.json() == {
        "detail": "Die Sachstandsmeldung wurde geändert, seit Sie sie abgerufen haben (zuletzt am "
        "15.07.2026 um 10:00 Uhr). Bitte rufen Sie sie erneut ab und übertragen Sie Ihre "
        "Änderung auf den aktuellen Stand."
    }
    city.draft.refresh_from_db()
    assert city.draft.summary == "Von nebenan."


def test_the_same_etag_serves_one_change_only(editor_api, city, read):
    assert patch(editor_api, city, city.draft, read, summary="Erste.").status_code == 200
    assert patch(editor_api, city, city.draft, read, summary="Zweite.").status_code == 412


def test_a_change_that_changes_nothing_keeps_the_version(editor_api, city, read):
    response = patch(editor_api, city, city.draft, read, percent_complete=40)
    assert response.status_code == 200
    assert response["ETag"] == read


def test_a_change_is_validated_as_in_the_back_office(editor_api, city, read):
    response = patch(editor_api, city, city.draft, read, percent_complete=120)
    assert response.status_code == 400
    assert response.json() == {
        "percent_complete": ["120 % ist kein Prozentwert zwischen 0 und 100."]
    }


def test_updates_of_a_released_period_are_not_changed_through_the_api(editor_api, city):
    etag = editor_api.get(path(city, city.released_update))["ETag"]
    response = patch(editor_api, city, city.released_update, etag, summary="Nachträglich.")
    assert response.status_code == 400
    assert list(response.json()) == ["period"]


def test_changing_needs_a_token_and_the_editor_role_of_the_unit(api, city, read):
    assert patch(api, city, city.draft, read, summary="x").status_code == 401
    council = cast.member(city.plan, "council", Role.COUNCIL_READER)
    response = patch(client_with_token(council), city, city.draft, read, summary="x")
    assert response.status_code == 403
    other_unit = cast.member(city.plan, "it", Role.EDITOR, city.plan.it)
    response = patch(client_with_token(other_unit), city, city.draft, read, summary="x")
    assert response.status_code == 403
    assert city.draft.history.count() == 1
