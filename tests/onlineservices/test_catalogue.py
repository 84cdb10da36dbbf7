"""The public OZG and LeiKa catalogues, loaded from the real files; every oddity is reported."""

from pathlib import Path

import pytest
from django.core.management import call_command

import sachstand.onlineservices
from sachstand.imports.catalogue import catalogue_import
from sachstand.onlineservices.models import LeikaService, OzgService

DATA = Path(sachstand.onlineservices.__file__).parent / "data"
FILES = [(p.name, p.read_bytes()) for p in sorted(DATA.glob("*.csv"))]


@pytest.fixture(scope="module")
def files():
    return FILES


def test_preview_counts_the_real_files_and_names_their_oddities(db, files):
    report = catalogue_import(files=files)
    assert not report.applied and not OzgService.objects.exists()
    counts = report.counts
    assert (counts["ozg_rows"], counts["leika_rows"]) == (557, 5251)
    assert counts["leika_without_key"] == 436  # "nicht im LeiKa"
    assert counts["leika_without_ozg"] == 26  # NULL
    assert counts["leika_duplicate_names"] == 14
    assert report.problems == [
        "leika_leistungen_nrw_2019.csv, Zeile 5251: Der LeiKa-Schlüssel „25323525“ hat nicht "
        "14 Ziffern.",
        "leika_leistungen_nrw_2019.csv, Zeile 5252: Der LeiKa-Schlüssel „3233“ hat nicht "
        "14 Ziffern.",
    ]


def test_apply_with_skip_invalid_loads_the_rest_and_again_changes_nothing(db, files):
    report = catalogue_import(files=files, apply=True, skip_invalid=True)
    assert report.applied
    assert OzgService.objects.count() == 557
    assert LeikaService.objects.filter(leika_key__isnull=False).count() == 4813
    wohngeld = LeikaService.objects.filter(name__icontains="wohngeld").first()
    assert wohngeld is not None and wohngeld.ozg_service is not None
    again = catalogue_import(files=files, apply=True, skip_invalid=True)
    assert again.counts["ozg_written"] == 0 and again.counts["leika_written"] == 0


def test_command_exits_1_on_problems_and_2_on_a_missing_file(db, tmp_path):
    with pytest.raises(SystemExit) as exit_1:
        call_command("import-catalogue", str(DATA / "leika_leistungen_nrw_2019.csv"))
    assert exit_1.value.code == 1
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as usage:
        call_command("import-catalogue", str(tmp_path / "gibtsnicht.csv"))
    assert usage.value.returncode == 2
