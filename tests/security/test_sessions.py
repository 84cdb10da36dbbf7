"""A back-office session lasts a working day at most, and its cookie only as long as the
browser: a forgotten login on a shared office computer does not stay open."""

from __future__ import annotations

from datetime import timedelta

from tests import cast


def test_a_session_ends_after_eight_hours(client, db, time_machine):
    time_machine.move_to("2026-05-04 08:00 +02:00", tick=False)
    client.force_login(cast.user("root", is_staff=True, is_superuser=True))
    time_machine.shift(timedelta(hours=7, minutes=59))
    assert client.get("/admin/").status_code == 200
    time_machine.shift(timedelta(minutes=2))
    expired = client.get("/admin/")
    assert expired.status_code == 302 and expired["Location"].startswith("/admin/login/")


def test_the_session_cookie_is_for_this_browser_session_only(client, db):
    cast.user("root", is_staff=True, is_superuser=True)
    client.post("/admin/login/", {"username": "root", "password": "pw"})
    cookie = client.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"] is True and cookie["samesite"] == "Lax"
