"""The database holds the invariants itself, even when a write bypasses the services."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.db import DataError, IntegrityError, transaction
from django.utils import timezone

from sachstand.municipalities.models import Municipality
from sachstand.reporting.models import StatusUpdate
from sachstand.strategy.models import CostItem, Measure, StaffNeed


def refused(write) -> bool:
    try:
        with transaction.atomic():
            write()
    except (IntegrityError, DataError):
        return True
    return False


def test_measure_end_not_before_start(plan):
    measure = plan.measure()
    assert refused(
        lambda: Measure.objects.filter(pk=measure.pk).update(planned_end=date(2025, 1, 1))
    )


@pytest.mark.parametrize("percent", [101, 120])
def test_measure_percent_within_0_100(plan, percent):
    measure = plan.measure()
    assert refused(lambda: Measure.objects.filter(pk=measure.pk).update(percent_complete=percent))


def test_measure_rating_within_1_5(plan):
    measure = plan.measure()
    assert refused(lambda: Measure.objects.filter(pk=measure.pk).update(effort=0))


def test_measure_code_unique_per_municipality(plan):
    measure = plan.measure()
    assert refused(
        lambda: Measure.objects.create(
            municipality=plan.municipality,
            code=measure.code,
            title="Doppelt",
            field_of_action=plan.service,
            org_unit=plan.it,
        )
    )


@pytest.mark.parametrize(
    "amounts",
    [
        {"estimated_amount": Decimal("-1")},
        {"estimated_amount": Decimal("1"), "actual_amount": Decimal("-0.01")},
        {"estimated_amount": Decimal("1"), "funded_amount": Decimal("-3")},
    ],
)
def test_amounts_not_negative(plan, amounts):
    measure = plan.measure()
    assert refused(
        lambda: CostItem.objects.create(measure=measure, year=2026, kind="investiv", **amounts)
    )


def test_staff_not_negative_and_once_per_year(plan):
    measure = plan.measure()
    assert refused(
        lambda: StaffNeed.objects.create(measure=measure, year=2026, full_time_equivalents=-1)
    )
    StaffNeed.objects.create(measure=measure, year=2026, full_time_equivalents=1)
    assert refused(
        lambda: StaffNeed.objects.create(measure=measure, year=2026, full_time_equivalents=2)
    )


def test_one_status_update_per_measure_and_period(plan):
    measure, period = plan.measure(), plan.period("2026-H1")
    values = {
        "municipality": plan.municipality,
        "measure": measure,
        "period": period,
        "traffic_light": "green",
        "percent_complete": 10,
        "summary": "läuft",
        "reported_at": timezone.make_aware(datetime(2026, 6, 1)),
    }
    StatusUpdate.objects.create(**values)
    assert refused(lambda: StatusUpdate.objects.create(**values))


def test_status_update_percent_within_0_100(plan):
    assert refused(
        lambda: StatusUpdate.objects.create(
            municipality=plan.municipality,
            measure=plan.measure(),
            period=plan.period(),
            traffic_light="green",
            percent_complete=120,
            summary="x",
            reported_at=timezone.now(),
        )
    )


@pytest.mark.parametrize("ags", ["0511100", "0511100A", "051110001"])
def test_ags_has_8_digits(db, ags):
    assert refused(
        lambda: Municipality.objects.create(name="X", slug="x", ags=ags, federal_state="NW")
    )


def test_period_half_year_format(plan):
    from django.db import connection

    with connection.cursor() as cursor:
        assert refused(
            lambda: cursor.execute(
                "INSERT INTO reporting_reportingperiod (municipality_id, half_year) "
                "VALUES (%s, %s)",
                [plan.municipality.pk, "2026-H3"],
            )
        )
