"""Generated artefacts are checked: migrations and the German catalogue."""

import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

import sachstand

PACKAGE = Path(sachstand.__file__).parent
CATALOGUE = PACKAGE / "locale" / "de" / "LC_MESSAGES" / "django.po"


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_german_catalogue_is_complete():
    entries = [e for e in polib.pofile(str(CATALOGUE)) if not e.obsolete]
    missing = [e.msgid for e in entries if not (e.msgstr or all(e.msgstr_plural.values()))]
    fuzzy = [e.msgid for e in entries if "fuzzy" in e.flags]
    assert missing == [] and fuzzy == []


def test_german_catalogue_holds_every_string_of_the_source(tmp_path):
    """Extract the strings anew from a copy of the source and compare with the catalogue."""
    copy = tmp_path / "sachstand"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [
            sys.executable, "-m", "django", "makemessages", "-l", "de", "--no-location",
            "--ignore", "*/data/*", "-v", "0",
        ],
        cwd=copy,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "sachstand.settings", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    fresh = polib.pofile(str(copy / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    extracted = {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete}
    committed = {(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOGUE)) if not e.obsolete}
    assert extracted - committed == set(), "run makemessages and translate the new strings"
    assert committed - extracted == set(), "the catalogue has strings the source no longer uses"
