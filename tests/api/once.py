"""Teststadt published once for a whole module (see ``tests/once.py``). A module whose tests all
start from it imports these fixtures; they stand in for ``city``, ``plan`` and ``officer`` of
the conftest files."""

import pytest
import time_machine

from tests import cast, once

from .conftest import NOW, Published, publish


def _teststadt() -> Published:
    with time_machine.travel(NOW, tick=False):
        return publish(cast.Plan(cast.municipality(), cast.officer()))


teststadt_once = once.module_data("teststadt_once", _teststadt)


@pytest.fixture(name="city")
def city_once(teststadt_once, db) -> Published:
    return once.fresh(teststadt_once)


@pytest.fixture(name="plan")
def plan_once(city) -> cast.Plan:
    return city.plan


@pytest.fixture(name="officer")
def officer_once(plan):
    return plan.actor
