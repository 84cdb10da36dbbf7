"""The throttle counts attempts per key in a sliding window, keeps neither user names nor
addresses in clear, and shares its counts between processes through the configured cache."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory, override_settings

from sachstand.core.caches import DATABASE_CACHE_TABLE
from sachstand.core.throttle import Throttle, client_address, client_key

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": DATABASE_CACHE_TABLE,
    }
}


def test_attempts_within_the_limit_pass_and_the_next_is_refused(time_machine):
    time_machine.move_to("2026-05-04 09:00 +02:00", tick=False)
    throttle = Throttle("test", limit=3, window=600)
    assert [throttle.hit("erika") for _ in range(4)] == [True, True, True, False]
    assert throttle.blocked("erika") and not throttle.blocked("max")
    assert throttle.retry_after("erika") == 600
    assert throttle.retry_after("max") == 0


def test_the_window_slides_and_a_refused_attempt_does_not_prolong_it(time_machine):
    time_machine.move_to("2026-05-04 09:00 +02:00", tick=False)
    throttle = Throttle("test", limit=2, window=600)
    throttle.hit("erika")
    time_machine.shift(300)
    throttle.hit("erika")
    time_machine.shift(100)
    assert not throttle.hit("erika")  # refused, and not counted
    assert throttle.retry_after("erika") == 200  # when the first attempt is 10 minutes old
    time_machine.shift(200)
    assert not throttle.blocked("erika")
    assert throttle.hit("erika")  # the second attempt still counts, so this one is the limit
    assert throttle.blocked("erika")


def test_reset_forgets_a_key_and_scopes_are_apart():
    login, forms = Throttle("login", limit=1, window=60), Throttle("forms", limit=1, window=60)
    login.hit("erika")
    assert login.blocked("erika") and not forms.blocked("erika")
    login.reset("erika")
    assert not login.blocked("erika")


def test_a_throttle_needs_a_limit_and_a_window():
    with pytest.raises(ValueError):
        Throttle("test", limit=0, window=60)


def test_the_client_key_is_a_keyed_hash_of_the_address(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.77")
    key = client_key(request)
    assert len(key) == 64 and "203.0.113.77" not in key
    assert key == client_key(RequestFactory().get("/x", REMOTE_ADDR="203.0.113.77"))
    assert key != client_key(RequestFactory().get("/", REMOTE_ADDR="203.0.113.78"))
    settings.SECRET_KEY = "ein-anderer-geheimer-schluessel-" + "x" * 30
    assert client_key(request) != key  # without the secret key, no table can undo it


@pytest.mark.django_db
def test_the_cache_holds_neither_user_names_nor_addresses():
    with override_settings(CACHES=DATABASE_CACHE):
        call_command("createcachetable", verbosity=0)
        address = client_key(RequestFactory().get("/", REMOTE_ADDR="203.0.113.77"))
        Throttle("login-user", limit=5, window=900).hit("erika.mustermann")
        Throttle("login-client", limit=5, window=900).hit(address)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT cache_key, value FROM {DATABASE_CACHE_TABLE}")
            rows = cursor.fetchall()
    assert len(rows) == 2
    stored = repr(rows)
    for clear in ("erika", "mustermann", "203.0.113.77", address):
        assert clear not in stored, clear


COUNT_IN_A_PROCESS = """
import sys
import django
django.setup()
from sachstand.core.throttle import Throttle
throttle = Throttle("login-user", limit=3, window=900)
if sys.argv[1] == "hit":
    print([throttle.hit("erika") for _ in range(3)])
else:
    print(throttle.blocked("erika"), throttle.hit("erika"))
"""

MIGRATE = "from sachstand.cli import main; main(['migrate', '--noinput', '-v', '0'])"


def run(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sachstand.settings",
        "DEBUG": "false",
        "SECRET_KEY": "geheim-" + "k" * 50,
        "SACHSTAND_DATA_DIR": str(tmp_path),
        **env,
    }
    environment.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=environment, timeout=120
    )


def test_production_worker_processes_share_the_counts_in_the_database(migrated_data_dir):
    # The production default is the database cache; `migrate` creates its table (here it did so
    # in the database migrated once for the run, see conftest.py, and has nothing left to do).
    migrated = run(migrated_data_dir, "-c", MIGRATE)
    assert migrated.returncode == 0, migrated.stderr
    first = run(migrated_data_dir, "-c", COUNT_IN_A_PROCESS, "hit")
    assert first.stdout.strip() == "[True, True, True]", first.stderr
    second = run(migrated_data_dir, "-c", COUNT_IN_A_PROCESS, "ask")
    assert second.stdout.strip() == "True False", second.stderr


def redis_is_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


def test_worker_processes_share_the_counts_in_redis(tmp_path):
    if not redis_is_running():
        if os.environ.get("CI"):
            pytest.fail("Redis is not running at 127.0.0.1:6379, which CI machines have")
        pytest.skip("no Redis at 127.0.0.1:6379")
    url = "redis://127.0.0.1:6379/13"
    clear = run(tmp_path, "-c", "import django; django.setup(); "
                "from django.core.cache import cache; cache.clear()", CACHE_URL=url)  # fmt: skip
    assert clear.returncode == 0, clear.stderr
    first = run(tmp_path, "-c", COUNT_IN_A_PROCESS, "hit", CACHE_URL=url)
    assert first.stdout.strip() == "[True, True, True]", first.stderr
    second = run(tmp_path, "-c", COUNT_IN_A_PROCESS, "ask", CACHE_URL=url)
    assert second.stdout.strip() == "True False", second.stderr


def test_behind_a_proxy_the_configured_header_names_the_client(settings):
    factory = RequestFactory()
    request = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert client_address(request) == "10.0.0.2"  # headers are not trusted by default
    settings.SACHSTAND_CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    assert client_address(request) == "198.51.100.7"  # the entry the proxy appended
    settings.SACHSTAND_CLIENT_ADDRESS_HEADER = "X-Real-IP"
    assert client_address(request) == "10.0.0.2"  # header missing: the connection's address
    proxied = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP="198.51.100.8")
    assert client_address(proxied) == "198.51.100.8"
    assert client_key(proxied) != client_key(request)
