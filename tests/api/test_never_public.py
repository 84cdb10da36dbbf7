"""What is not public never leaves through the API: drafts, risks, authors, contact persons,
notes, and measures, milestones, indicators and register entries not marked public. Every such
item in the cast carries a marker word (``SECRETS``); no anonymous answer may contain one."""

import pytest

from .conftest import SECRETS
from .once import city_once, officer_once, plan_once, teststadt_once  # noqa: F401

READ_PATHS = (
    "",
    "strategy/",
    "fields-of-action/",
    "goals/",
    "measures/",
    "milestones/",
    "status-updates/",
    "indicators/",
    "measurements/",
    "online-services/",
)


def get(client, city, path: str):
    return client.get(f"/api/v1/municipalities/{city.slug}/{path}")


@pytest.mark.parametrize("path", READ_PATHS)
def test_no_secret_in_any_public_answer(api, city, path):
    response = get(api, city, path)
    assert response.status_code == 200
    text = response.content.decode()
    assert [secret for secret in SECRETS if secret in text] == []
    assert "officer" not in text  # the author of every update


def test_detail_pages_hold_no_secret_either(api, city):
    for path in (
        f"measures/{city.measure.pk}/",
        f"status-updates/{city.released_update.pk}/",
        f"indicators/{city.indicator.pk}/",
    ):
        text = get(api, city, path).content.decode()
        assert [secret for secret in SECRETS if secret in text] == [], path
        assert "risks" not in text and "author" not in text and "contact" not in text


def test_drafts_and_internal_objects_are_not_found_anonymously(api, city):
    for path in (
        f"status-updates/{city.draft.pk}/",
        f"status-updates/{city.hidden_update.pk}/",
        f"measures/{city.hidden_measure.pk}/",
        f"indicators/{city.hidden_indicator.pk}/",
    ):
        assert get(api, city, path).status_code == 404, path


def test_an_update_of_an_unreleased_period_stays_a_draft(api, city):
    assert [u["period"] for u in get(api, city, "status-updates/").json()["results"]] == ["2026-H1"]
    assert get(api, city, "status-updates/?period=2026-H2").json()["results"] == []


def test_a_token_without_permission_sees_what_the_public_sees(api, reader_api, city):
    for path in ("status-updates/", f"measures/{city.measure.pk}/"):
        assert get(reader_api, city, path).json() == get(api, city, path).json()
    assert get(reader_api, city, f"status-updates/{city.draft.pk}/").status_code == 404


def test_editors_read_the_drafts_with_risks_and_author(editor_api, city):
    updates = get(editor_api, city, "status-updates/").json()["results"]
    by_id = {u["id"]: u for u in updates}
    assert set(by_id) == {city.released_update.pk, city.draft.pk, city.hidden_update.pk}
    draft = by_id[city.draft.pk]
    assert (draft["released"], draft["risks"], draft["author"]) == (
        False,
        "RISIKO-GEHEIM",
        "officer",
    )
    assert get(editor_api, city, f"status-updates/{city.draft.pk}/").status_code == 200
