"""Every endpoint answers in a number of queries that does not grow with the number of measures
(and of the milestones, updates, indicators, measurements and services that come with them)."""

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sachstand.indicators.services import measurement_save, target_save
from sachstand.strategy.services.measures import measure_set_links

from .conftest import indicator, online_service, publish, report

LISTS = (
    "",
    "strategy/",
    "fields-of-action/",
    "goals/",
    "measures/",
    "milestones/",
    "status-updates/",
    "indicators/",
    "measurements/",
    "online-services/",
)


def grow(city, first: int, last: int) -> None:
    """Add public measures numbered ``first`` to ``last``, each with what comes with it."""
    plan = city.plan
    for n in range(first, last + 1):
        measure = plan.measure(f"M 3.{n}", status="in_progress")
        measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor)
        plan.milestone(measure, f"Meilenstein {n}", date(2026, 9, 1))
        report(plan, measure, city.released)
        report(plan, measure, city.open)
        kpi = indicator(plan, f"K 3.{n}")
        target_save(indicator=kpi, due_date=date(2027, 1, 1), value=Decimal(9), user=plan.actor)
        measurement_save(indicator=kpi, day=date(2026, 6, 30), value=Decimal(n), user=plan.actor)
        online_service(plan, f"Dienst {n}")


def counts(clients, city) -> dict[str, int]:
    paths = [
        *LISTS,
        f"measures/{city.measure.pk}/",
        f"status-updates/{city.released_update.pk}/",
        f"indicators/{city.indicator.pk}/",
    ]
    found = {}
    for who, client in clients.items():
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                response = client.get(f"/api/v1/municipalities/{city.slug}/{path}")
            assert response.status_code == 200, path
            found[f"{who} {path}"] = len(queries)
    return found


def test_query_counts_do_not_grow_with_the_measures(api, editor_api, plan):
    city = publish(plan)  # one public measure
    clients = {"public": api, "editor": editor_api}
    grow(city, 2, 3)
    counts(clients, city)  # warm up what is cached once per process
    few = counts(clients, city)
    grow(city, 4, 30)
    many = counts(clients, city)
    assert api.get(f"/api/v1/municipalities/{city.slug}/measures/").json()["count"] == 30
    assert many == few
    assert max(few.values()) <= 15, few
