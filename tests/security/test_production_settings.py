"""Production settings (DEBUG off): `check --deploy` finds nothing, cookies are secure and short
lived, plain HTTP is redirected, HSTS is sent, and the TLS proxy's header is trusted only when the
operator says so. Each test starts sachstand in a process of its own, configured as production."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from sachstand.core.caches import cache_from_url

SECRET = secrets.token_urlsafe(50)

# A production process answering requests through Django's test client: migrated database
# (a copy of one migrated for the run, see conftest.py; migrate finds nothing left to do), one
# back-office user, a GET over http, one over https, and a login over https.
REQUESTS = """
import json, django
django.setup()
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
call_command("migrate", "--noinput", verbosity=0)
get_user_model().objects.create_user("root", password="Amtsstube-Kaffee-42", is_staff=True,
                                     is_superuser=True)
client = Client(HTTP_X_FORWARDED_PROTO="https")
plain = client.get("/admin/login/")
secure = client.get("/admin/login/", secure=True)
login = client.post("/admin/login/?next=/admin/", {"username": "root",
                    "password": "Amtsstube-Kaffee-42"}, secure=True)
cookies = {name: {key: str(morsel[key]) for key in ("secure", "httponly", "samesite", "max-age",
           "expires")} for name, morsel in client.cookies.items()}
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location")],
    "secure": [secure.status_code, secure.get("Strict-Transport-Security")],
    "login": login.status_code,
    "cookies": cookies,
}))
"""


def production(tmp_path: Path, code: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sachstand.settings",
        "DEBUG": "false",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "sachstand.example.de",
        "SACHSTAND_DATA_DIR": str(tmp_path),
        **env,
    }
    for name in ("DATABASE_URL", "CACHE_URL", "SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT"):
        if name not in env:
            environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=environment, timeout=180,
    )  # fmt: skip


def test_check_deploy_finds_nothing_in_production(tmp_path):
    result = production(
        tmp_path, "from sachstand.cli import main; main(['check', '--deploy', '--fail-level', "
        "'WARNING'])",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("System check identified no issues"), result.stdout


SETTINGS = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name) for name in (
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE", "SESSION_COOKIE_AGE", "SESSION_EXPIRE_AT_BROWSER_CLOSE",
    "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_CONTENT_TYPE_NOSNIFF", "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY", "X_FRAME_OPTIONS")}
    | {"CACHE": s.CACHES["default"]["BACKEND"]}))
"""


def test_production_defaults(tmp_path):
    result = production(tmp_path, SETTINGS)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_AGE": 8 * 3600,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": None,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY": "same-origin",
        "X_FRAME_OPTIONS": "DENY",
        "CACHE": "django.core.cache.backends.db.DatabaseCache",
    }


def test_the_environment_adjusts_tls_hsts_sessions_and_cache(tmp_path):
    result = production(
        tmp_path, SETTINGS, SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="600",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="nein", SESSION_COOKIE_AGE="3600",
        CACHE_URL="redis://127.0.0.1:6379/2",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert (values["SECURE_SSL_REDIRECT"], values["SECURE_HSTS_SECONDS"]) == (False, 600)
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    assert values["SESSION_COOKIE_AGE"] == 3600
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"


def test_development_keeps_http_and_one_process_cache(tmp_path):
    result = production(tmp_path, SETTINGS, DEBUG="true")
    values = json.loads(result.stdout)
    assert values["SESSION_COOKIE_SECURE"] is False and values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_HSTS_SECONDS"] == 0
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"


def test_production_answers_with_secure_cookies_redirect_and_hsts(migrated_data_dir):
    result = production(migrated_data_dir, REQUESTS, ALLOWED_HOSTS="testserver")
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    # The X-Forwarded-Proto header is ignored unless the operator opted in.
    assert answers["plain"] == [301, "https://testserver/admin/login/"]
    assert answers["secure"] == [200, "max-age=31536000; includeSubDomains"]
    assert answers["login"] == 302
    for name in ("sessionid", "csrftoken"):
        cookie = answers["cookies"][name]
        assert (cookie["secure"], cookie["samesite"]) == ("True", "Lax"), name
    session = answers["cookies"]["sessionid"]
    assert session["httponly"] == "True"
    assert session["max-age"] == "" and session["expires"] == ""  # ends with the browser


def test_behind_a_tls_proxy_its_header_is_trusted_when_configured(migrated_data_dir):
    result = production(
        migrated_data_dir, REQUESTS, ALLOWED_HOSTS="testserver",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers["plain"] == [200, None]  # the proxy said https: no redirect loop


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        ("db://", "django.core.cache.backends.db.DatabaseCache"),
        ("redis://127.0.0.1:6379/0", "django.core.cache.backends.redis.RedisCache"),
        ("rediss://cache.example:6380/1", "django.core.cache.backends.redis.RedisCache"),
    ],
)
def test_cache_urls(url, backend):
    assert cache_from_url(url)["BACKEND"] == backend
    assert cache_from_url("db://eigene_tabelle")["LOCATION"] == "eigene_tabelle"


def test_an_unknown_cache_url_is_named(tmp_path):
    result = production(tmp_path, "import django; django.setup()", CACHE_URL="memcached://x")
    assert result.returncode != 0
    assert "Umgebungsvariable CACHE_URL: „memcached://x“ wird nicht verstanden" in result.stderr
