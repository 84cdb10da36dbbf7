"""Data that all the tests of a module start from, written once for the module.

Writing a published Teststadt through the services takes a good part of a second (a release
renders the report in three formats), and a module checks it from a dozen sides. So a
module-scoped fixture writes it inside a transaction that stays open for the module's tests:
each test runs, as ever, in a savepoint inside that transaction, rolled back after it, so every
test starts from the data as written and none sees another's changes. The transaction is rolled
back after the module. Each test gets a deep copy of the objects, so that what a test changes in
memory (``refresh_from_db`` after a request) does not reach the next test either.

Such data is for modules whose database tests all use it: a test that asks for the database
without it would see it. ``tests/conftest.py`` fails such a test instead of letting it pass on
data it did not ask for.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from django.db import transaction

T = TypeVar("T")

# The name of the module-scoped fixture whose transaction is open, if any.
open_fixture: str | None = None


def module_data(name: str, build: Callable[[], Any]):
    """A module-scoped fixture ``name`` holding what ``build()`` writes, in a transaction kept
    open for the module's tests and rolled back after them. A module assigns it to ``name``."""

    @pytest.fixture(scope="module", name=name)
    def fixture(django_db_setup, django_db_blocker):
        global open_fixture
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
        open_fixture = name
        try:
            with django_db_blocker.unblock():
                data = build()
            yield data
        finally:
            open_fixture = None
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return fixture


def fresh(data: T) -> T:
    """A test's own copy of the data written once."""
    return copy.deepcopy(data)


def check_asked_for(request: pytest.FixtureRequest) -> None:
    """Fail a database test that runs inside a module's data without asking for it."""
    if open_fixture is None or request.node.get_closest_marker("django_db") is None:
        return
    if open_fixture not in request.fixturenames:
        pytest.fail(
            f"{request.node.name} uses the database while the data of “{open_fixture}” is "
            "written for this module (tests/once.py), but does not ask for it: let it ask for "
            "that data, or move it to a module of its own."
        )
