"""Strong passwords: at least 12 characters, not like the user's name, not a common password,
not only digits; refused with Django's German messages, in the back office too."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from tests import cast

STRONG = "Amtsstube-Kaffee-42"


@pytest.fixture
def erika(db):
    """An operator of the installation (superuser, so that no role is needed to enter)."""
    return cast.user(
        "erika.mustermann", is_staff=True, is_superuser=True, email="erika@teststadt.de"
    )


def refusals(password: str, user=None) -> list[str]:
    with translation.override("de"):
        try:
            validate_password(password, user)
        except ValidationError as error:
            return error.messages
    return []


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Kurz-1234", "Dieses Passwort ist zu kurz. Es muss mindestens 12 Zeichen enthalten."),
        ("qwertyuiop123", "Dieses Passwort ist zu üblich."),
        ("481516234248151623", "Dieses Passwort ist komplett numerisch."),
        ("erika.mustermann", "Das Passwort ist zu ähnlich zu Benutzername."),
    ],
)
def test_weak_passwords_are_refused_in_german(erika, password, message):
    assert message in [text.strip() for text in refusals(password, erika)]


def test_a_long_uncommon_password_passes(erika):
    assert refusals(STRONG, erika) == []
    assert refusals("Elf-Zeichen") != []  # 11 characters are one too few


def password_change(client, old: str, new: str):
    return client.post(
        "/admin/password_change/",
        {"old_password": old, "new_password1": new, "new_password2": new},
    )


def test_the_back_office_refuses_a_weak_new_password(client, erika):
    client.force_login(erika)
    refused = password_change(client, "pw", "Kurz-1234")
    assert refused.status_code == 200
    assert "Dieses Passwort ist zu kurz. Es muss mindestens 12 Zeichen enthalten." in (
        refused.content.decode()
    )
    erika.refresh_from_db()
    assert erika.check_password("pw")
    accepted = password_change(client, "pw", STRONG)
    assert accepted.status_code == 302
    erika.refresh_from_db()
    assert erika.check_password(STRONG)


def test_an_administrator_cannot_set_a_weak_password_for_someone(admin_client, erika):
    url = f"/admin/auth/user/{erika.pk}/password/"
    weak = {"password1": "123456654321", "password2": "123456654321"}
    refused = admin_client.post(url, weak)
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Dieses Passwort ist komplett numerisch." in html
    assert "Dieses Passwort ist zu üblich." in html
    erika.refresh_from_db()
    assert erika.check_password("pw")
