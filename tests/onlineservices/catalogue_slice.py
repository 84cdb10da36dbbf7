"""A few rows of the real OZG/LeiKa catalogue for tests: loading all 5,800 rows takes seconds."""

from __future__ import annotations

import csv

from sachstand.imports.catalogue import PACKAGED, catalogue_import, packaged_catalogue


def load_slice(names: set[str]) -> None:
    """Load the LeiKa rows whose names are in ``names``, and their OZG services."""
    with (PACKAGED / "leika_leistungen_nrw_2019.csv").open(encoding="utf-8") as handle:
        keys = {row[0] for row in csv.reader(handle) if len(row) > 1 and row[1] in names}
    report = catalogue_import(files=packaged_catalogue(keys), apply=True)
    assert report.applied, report.problems
