"""Configuration from the environment; production refuses the public development key."""

import os
import subprocess
import sys

import pytest


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "sachstand.settings", **env}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60
    )


def test_debug_off_with_the_default_secret_key_refuses_to_start(tmp_path):
    result = run_python(
        "import django; django.setup()", DEBUG="false", SACHSTAND_DATA_DIR=str(tmp_path)
    )
    assert result.returncode != 0
    assert "sachstand startet nicht" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_debug_off_with_a_secret_key_starts(tmp_path):
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DEBUG, settings.LANGUAGE_CODE, settings.TIME_ZONE)",
        DEBUG="false",
        SECRET_KEY="geheim-" + "x" * 40,
        SACHSTAND_DATA_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "de", "Europe/Berlin"]


def test_an_unparseable_boolean_is_named(tmp_path):
    result = run_python(
        "import django; django.setup()", DEBUG="vielleicht", SACHSTAND_DATA_DIR=str(tmp_path)
    )
    assert result.returncode != 0
    assert "Umgebungsvariable DEBUG: „vielleicht“ ist kein Wahrheitswert" in result.stderr


def test_reminder_days_are_read_and_a_bad_list_is_named(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SACHSTAND_REMINDER_DAYS)"
    )
    good = run_python(code, SACHSTAND_REMINDER_DAYS="10, 3", SACHSTAND_DATA_DIR=str(tmp_path))
    assert good.stdout.strip() == "[10, 3]", good.stderr
    bad = run_python(code, SACHSTAND_REMINDER_DAYS="7,morgen", SACHSTAND_DATA_DIR=str(tmp_path))
    assert bad.returncode != 0
    assert (
        "Umgebungsvariable SACHSTAND_REMINDER_DAYS: „7,morgen“ ist keine Liste ganzer Zahlen"
        in bad.stderr
    )


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("postgres://u:p@db.example:5432/sachstand", "django.db.backends.postgresql"),
        ("sqlite:////tmp/x.sqlite3", "django.db.backends.sqlite3"),
    ],
)
def test_database_url_selects_the_database(url, engine, tmp_path):
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'])",
        DATABASE_URL=url,
        SACHSTAND_DATA_DIR=str(tmp_path),
    )
    assert result.stdout.strip() == engine, result.stderr
