"""Password guessing at the back office's login: after a few failed attempts with one user name
(or from one address) further attempts are refused for a while, even with the right password,
with a German message saying when to try again, and the same for users who do not exist."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import get_resolver

from tests import cast

LOGIN = "/admin/login/"
REFUSED = "Zu viele fehlgeschlagene Anmeldeversuche."
WRONG = "Bitte Benutzername und Passwort für einen Staff-Account eingeben."


@pytest.fixture
def erika(db):
    """An editor of the back office; her password is "pw"."""
    return cast.user("erika", is_staff=True)


@pytest.fixture(autouse=True)
def morning(time_machine):
    time_machine.move_to("2026-05-04 09:00 +02:00", tick=False)


def log_in(client, username: str, password: str, address: str = "198.51.100.10"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )  # fmt: skip


def logged_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def page(response) -> str:
    return response.content.decode()


def test_five_failures_lock_the_user_name_even_against_the_right_password(client, erika):
    for _ in range(5):
        failed = log_in(client, "erika", "falsch")
        assert failed.status_code == 200 and WRONG in page(failed)
    refused = log_in(client, "erika", "pw")
    assert not logged_in(refused)
    assert (
        "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten "
        "erneut, um 09:15 Uhr."
    ) in page(refused)
    assert "_auth_user_id" not in client.session


def test_the_lock_ends_when_the_oldest_failure_is_a_window_old(client, erika, time_machine):
    log_in(client, "erika", "falsch")
    time_machine.shift(10 * 60)
    for _ in range(4):
        log_in(client, "erika", "falsch")
    time_machine.shift(4 * 60)
    assert "in 1 Minute erneut, um 09:15 Uhr" in page(log_in(client, "erika", "pw"))
    time_machine.shift(60)
    assert logged_in(log_in(client, "erika", "pw"))


def test_a_success_forgets_the_failures_of_the_user_name(client, erika):
    for _ in range(4):
        log_in(client, "erika", "falsch")
    assert logged_in(log_in(client, "erika", "pw"))
    client.logout()
    for _ in range(4):  # four more: the count started anew
        assert WRONG in page(log_in(client, "erika", "falsch"))
    assert logged_in(log_in(client, "erika", "pw"))


def test_spelling_of_the_user_name_does_not_reset_the_count(client, erika):
    for name in ("erika", "Erika", "ERIKA ", " erika", "eRika"):
        log_in(client, name, "falsch")
    assert REFUSED in page(log_in(client, "erika", "pw"))


def test_whether_the_user_exists_makes_no_difference(client, erika):
    for name in ("erika", "niemand"):
        answers = [page(log_in(client, name, "falsch")) for _ in range(6)]
        assert all(WRONG in answer for answer in answers[:5]), name
        assert REFUSED in answers[5], name
    # The pages differ only in the user name typed back into the form.
    existing = page(log_in(client, "erika", "falsch")).replace("erika", "X")
    missing = page(log_in(client, "niemand", "falsch")).replace("niemand", "X")
    assert strip_tokens(existing) == strip_tokens(missing)


def strip_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_other_user_names_are_not_locked_by_one(client, erika):
    cast.user("max", is_staff=True)
    for _ in range(6):
        log_in(client, "erika", "falsch")
    assert logged_in(log_in(client, "max", "pw"))


def test_one_address_guessing_many_user_names_is_locked(client, erika, settings):
    settings.SACHSTAND_LOGIN_ATTEMPTS_PER_CLIENT = 8
    for n in range(8):
        assert WRONG in page(log_in(client, f"gast{n}", "falsch", address="203.0.113.9"))
    refused = log_in(client, "erika", "pw", address="203.0.113.9")
    assert REFUSED in page(refused) and not logged_in(refused)
    # Erika at her own desk is not affected.
    assert logged_in(log_in(client, "erika", "pw", address="198.51.100.10"))


def test_the_limits_and_the_window_follow_the_settings(client, erika, settings, time_machine):
    settings.SACHSTAND_LOGIN_ATTEMPTS = 2
    settings.SACHSTAND_LOGIN_WINDOW = 60
    log_in(client, "erika", "falsch")
    log_in(client, "erika", "falsch")
    assert "in 1 Minute erneut, um 09:01 Uhr" in page(log_in(client, "erika", "pw"))
    time_machine.shift(61)
    assert logged_in(log_in(client, "erika", "pw"))


def test_a_staff_login_of_someone_without_back_office_access_counts_as_failure(client, db):
    cast.user("buerger")  # no staff account
    for _ in range(5):
        log_in(client, "buerger", "pw")
    assert REFUSED in page(log_in(client, "buerger", "pw"))


def test_the_back_office_login_is_the_only_password_login():
    """DRF's session login (rest_framework.urls) and a token endpoint (obtain_auth_token) are not
    routed; were one added, it would need the same throttle."""
    views: set[str] = set()

    def walk(resolver, namespace: str = "") -> None:
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                walk(pattern, f"{pattern.namespace}:" if pattern.namespace else namespace)
            else:
                callback = pattern.callback
                views.add(f"{namespace}{pattern.name} {callback.__module__}.{callback.__name__}")

    walk(get_resolver())
    assert {v for v in views if "login" in v.lower() or "obtain" in v.lower()} == {
        "admin:login django.contrib.admin.sites.login"
    }


def test_the_service_desk_can_lift_a_lock(client, erika):
    for _ in range(5):
        log_in(client, "erika", "falsch")
    out = StringIO()
    call_command("login-unlock", "Erika", stdout=out)
    assert out.getvalue().strip() == "Die Anmeldung von „Erika“ ist entsperrt."
    assert logged_in(log_in(client, "erika", "pw"))
    out = StringIO()
    call_command("login-unlock", "max", stdout=out)
    assert "war nicht gesperrt" in out.getvalue()
