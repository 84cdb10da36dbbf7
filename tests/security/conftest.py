"""A database migrated by sachstand configured as production, for the tests that start it in
processes of their own."""

from __future__ import annotations

import fcntl
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.security.test_throttle import MIGRATE, run


@pytest.fixture(scope="session")
def production_database(tmp_path_factory, worker_id) -> Path:
    """Migrated once for the whole run (the xdist workers share it): migrating a new SQLite
    database takes seven seconds, which each of these tests would otherwise spend."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent  # the run's folder, above each worker's own
    database = shared / "production" / "sachstand.sqlite3"
    with open(shared / "production.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not database.exists():
            data_dir = Path(tempfile.mkdtemp(dir=shared))
            migrated = run(data_dir, "-c", MIGRATE)
            assert migrated.returncode == 0, migrated.stderr
            data_dir.replace(database.parent)  # only a completely migrated database is shared
    return database


@pytest.fixture
def migrated_data_dir(tmp_path, production_database) -> Path:
    """A data folder of its own (``SACHSTAND_DATA_DIR``) whose database is migrated."""
    shutil.copyfile(production_database, tmp_path / production_database.name)
    return tmp_path
