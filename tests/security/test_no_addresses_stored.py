"""No client address reaches the database: not through Django's auth, the sessions, the history,
the admin's log, nor the login throttle (whose counts, with a database cache, live there too)."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from sachstand.core.throttle import client_key
from tests import cast
from tests.security.test_throttle import DATABASE_CACHE

ADDRESS = "203.0.113.77"


def every_value_in_the_database() -> str:
    """Every row of every table, as text."""
    rows = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(rows)


@pytest.mark.django_db
def test_logins_and_visits_leave_no_address_in_the_database(client, plan, rf):
    cast.user("root", is_staff=True, is_superuser=True)
    with override_settings(CACHES=DATABASE_CACHE):
        call_command("createcachetable", verbosity=0)
        for password in ("falsch", "falsch", "pw"):
            client.post("/admin/login/", {"username": "root", "password": password},
                        REMOTE_ADDR=ADDRESS)  # fmt: skip
        for url in ("/admin/", f"/{plan.municipality.slug}/", "/api/v1/municipalities/"):
            client.get(url, REMOTE_ADDR=ADDRESS)
        plan.measure("M 9.9", title="Im Backoffice angelegt")
        client.post(f"/admin/strategy/measure/{plan.measure('M 9.9').pk}/delete/",
                    {"post": "yes"}, REMOTE_ADDR=ADDRESS)  # fmt: skip
        for password in ("falsch", "falsch"):
            client.post("/admin/login/", {"username": "niemand", "password": password},
                        REMOTE_ADDR=ADDRESS)  # fmt: skip
        stored = every_value_in_the_database()
    assert "_auth_user_id" in client.session  # the successful login happened
    assert "sachstand:throttle:login-user" in stored  # the failures were counted, in the db
    key = client_key(rf.get("/", REMOTE_ADDR=ADDRESS))
    for clear in (ADDRESS, "203.0.113", key, "niemand"):
        assert clear not in stored, clear
