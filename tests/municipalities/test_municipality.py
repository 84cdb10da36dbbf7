"""A municipality is identified by its AGS; bad keys are named, nothing is saved."""

import pytest
from django.core.exceptions import ValidationError

from sachstand.core.services import save_validated
from sachstand.municipalities.models import Municipality


def make(ags: str, federal_state: str = "NW") -> Municipality:
    return save_validated(
        Municipality(
            name="Beispielstadt", slug="beispielstadt", ags=ags, federal_state=federal_state
        ),
        user=None,
    )


@pytest.mark.parametrize("ags", ["0515802", "05158028X", "05 158 028"])
def test_ags_must_have_8_digits(db, ags):
    with pytest.raises(ValidationError) as error:
        make(ags)
    messages = error.value.message_dict["ags"]
    assert any(f"„{ags}“ ist ungültig" in m for m in messages)
    assert not Municipality.objects.exists()


def test_ags_is_required(db):
    with pytest.raises(ValidationError) as error:
        make("")
    assert error.value.message_dict["ags"] == ["Dieses Feld darf nicht leer sein."]


def test_ags_must_start_with_a_federal_state(db):
    with pytest.raises(ValidationError) as error:
        make("17158028")
    assert "17 ist kein Schlüssel eines" in error.value.message_dict["ags"][0]


def test_ags_and_federal_state_must_agree(db):
    with pytest.raises(ValidationError) as error:
        make("09162000", federal_state="NW")
    assert error.value.message_dict["federal_state"] == [
        "Der AGS 09162000 gehört zu Bayern, nicht zu Nordrhein-Westfalen."
    ]


def test_a_valid_municipality_is_saved_with_history(db):
    municipality = make("05158028")
    assert municipality.history.count() == 1
    assert str(municipality) == "Beispielstadt"
