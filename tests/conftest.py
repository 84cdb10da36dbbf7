import pytest

from tests import cast, once


def pytest_configure(config):
    from django.conf import settings

    # Password hashing is deliberately slow; the tests log in often and prove nothing by it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: database ids repeat after a rollback, so a cached
    value of one test could be taken for another's."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _data_written_once_is_asked_for(request):
    once.check_asked_for(request)


@pytest.fixture
def officer(db):
    return cast.officer()


@pytest.fixture
def plan(db, officer) -> cast.Plan:
    return cast.Plan(cast.municipality(), officer)


@pytest.fixture
def other_plan(db, officer) -> cast.Plan:
    """A second municipality on the same installation."""
    return cast.Plan(cast.municipality("Nachbarstadt", "nachbarstadt", "05111001"), officer)


@pytest.fixture
def admin_client(client, db):
    user = cast.user("root", is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def pytest_collection_modifyitems(items):
    """Every test that reaches the database carries the django_db mark, so that the PostgreSQL
    run (``pytest -m django_db``) selects exactly the tests that touch a database."""
    for item in items:
        uses_db = {"db", "transactional_db"} & set(getattr(item, "fixturenames", ()))
        if uses_db and item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db)
