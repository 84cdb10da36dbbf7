"""``sachstand eventlog``: the officer's one command, from the exported log to stored figures."""

import hashlib
from decimal import Decimal

import pytest
from django.core.management.base import CommandError

from sachstand.core.services import save_validated
from sachstand.eventlogs.models import EventLogImport
from sachstand.eventlogs.report import completion_note
from sachstand.indicators.models import Measurement
from sachstand.indicators.services import library_load
from sachstand.onlineservices.models import LeikaService, ServiceUsage
from sachstand.onlineservices.services import service_save
from tests.eventlogs.logs import (
    BPIC15,
    RUNNING_EXAMPLE,
    analyse,
    command,
    command_json,
    write_csv,
)

ROW_KEYS = {
    "service",
    "period",
    "cases_started",
    "cases_completed",
    "cases_open",
    "duration_median_s",
    "duration_p90_s",
    "duration_mean_s",
    "throughput_per_day",
    "channels",
}


def test_bpic15_measured_and_stored_with_its_provenance(plan):
    """The story of the issue: a building authority's log, one command, figures per service and
    half-year in the report, stored as measurements with where they came from."""
    library_load(municipality=plan.municipality, user=plan.actor)
    bouw, _ = service_save(
        municipality=plan.municipality, service=None, values={"name": "Bouw"}, user=plan.actor
    )
    code, data = command_json(
        str(BPIC15),
        "--service-attribute=case:parts",
        "--municipality=teststadt",
        "--apply",
        "--user=officer",
    )
    assert code == 0
    assert set(data) == {"source", "skipped", "rows", "totals", "stored"}
    source = data["source"]
    assert source["sha256"] == hashlib.sha256(BPIC15.read_bytes()).hexdigest()
    assert (source["format"], source["cases_read"], source["cases_used"]) == ("xes", 1199, 1199)
    assert source["completion"] == "last_event" and source["completion_note"]
    assert data["skipped"]["duplicate_events"] == 19 and data["skipped"]["errors"] == []
    assert all(set(row) == ROW_KEYS for row in data["rows"] + data["totals"])
    assert {row["service"] for row in data["rows"]} >= {"Bouw", "Kap", "Sloop"}
    assert sum(row["cases_started"] for row in data["rows"]) == 1199
    assert sum(row["cases_completed"] for row in data["totals"]) == 1199
    assert data["totals"][-1]["cases_open"] == 0  # without end activities all end completed

    run = EventLogImport.objects.get()
    assert data["stored"]["run"] == run.pk and data["stored"]["applied"] is True
    assert (run.status, run.user, run.file_sha256) == ("applied", plan.actor, source["sha256"])
    assert run.mapping["service"] == "case:parts" and run.mapping["end_activities"] == []
    assert run.counts["events_used"] == 52217 - 19 and run.skipped["duplicate_events"] == 19

    by_period = {row["period"]: row for row in data["totals"]}
    medians = Measurement.objects.filter(indicator__code="K-BZ-MEDIAN").order_by("date")
    assert medians.count() == len(data["totals"])
    first = medians.first()
    row = by_period["2010-H2"]
    assert first.value == (Decimal(row["duration_median_s"]) / 86400).quantize(Decimal("0.1"))
    assert first.source.startswith(
        f"Ereignisprotokoll BPIC15_1.xes.gz (SHA-256 {source['sha256'][:12]}"
    )
    assert source["sha256"] in first.note and f"{run.pk}" in first.note
    assert first.entered_by == plan.actor
    p90s = Measurement.objects.filter(indicator__code="K-BZ-P90")
    assert {m.date.isoformat()[:4] for m in p90s}  # the half-years with 30 completed cases
    assert all(by_period[_period(m.date)]["cases_completed"] >= 30 for m in p90s)
    assert not Measurement.objects.filter(indicator__code="K-ONLINE").exists()  # no channel
    # The last measurement is dated the log's last day, which is before its half-year's end.
    assert medians.last().date.isoformat() == source["last_event"][:10]
    usage = ServiceUsage.objects.filter(service=bouw)
    assert usage.count() == len([r for r in data["rows"] if r["service"] == "Bouw"])
    assert all(u.processing_days_median is not None and u.online is None for u in usage)


def _period(day) -> str:
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


def test_table_says_where_the_figures_come_from(plan):
    library_load(municipality=plan.municipality, user=plan.actor)
    code, out = command(str(RUNNING_EXAMPLE), "--municipality=teststadt")
    assert code == 0
    lines = out.splitlines()
    sha256 = hashlib.sha256(RUNNING_EXAMPLE.read_bytes()).hexdigest()
    assert "running-example.xes" in lines[0] and sha256 in lines[0]
    assert (
        lines[1]
        == "Gelesen: 42 Ereignisse in 6 Vorgängen; verwendet: 42 Ereignisse in 6 Vorgängen."
    )
    assert completion_note(analyse(RUNNING_EXAMPLE)) in lines
    # All services together: three cases start in December 2010, all six end in January 2011.
    figures = {}
    for line in lines:
        cells = line.split()
        for period in ("2010-H2", "2011-H1"):
            if period in cells and len(cells) > 8:
                at = cells.index(period)
                figures[period] = cells[at + 1 : at + 4]
    assert figures == {"2010-H2": ["3", "0", "3"], "2011-H1": ["3", "6", "0"]}
    # A preview: the median of 2011-H1 would be stored, nothing is.
    assert any(line.startswith("  K-BZ-MEDIAN 2011-H1 (2011-01-24): 9.4") for line in lines)
    assert not Measurement.objects.exists()


def test_json_of_a_log_without_service_has_the_totals_as_rows(db, tmp_path):
    path = write_csv(tmp_path / "log.csv", [("A", "a", "2026-01-05"), ("A", "b", "2026-01-07")])
    code, data = command_json(str(path))
    assert code == 0
    assert data["source"]["sha256"] is None  # only computed to store (with --municipality)
    assert data["rows"] == data["totals"]
    assert data["rows"][0] == {
        "service": None,
        "period": "2026-H1",
        "cases_started": 1,
        "cases_completed": 1,
        "cases_open": 0,
        "duration_median_s": 172800.0,
        "duration_p90_s": 172800.0,
        "duration_mean_s": 172800.0,
        "throughput_per_day": 0.333,  # 1 case in 3 days, rounded
        "channels": {},
    }
    assert data["source"]["columns"] == {
        "case": "case:concept:name",
        "activity": "concept:name",
        "timestamp": "time:timestamp",
        "resource": None,
    }


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["gibtsnicht.xes"], "gibtsnicht.xes"),
        ([str(RUNNING_EXAMPLE), "--apply"], "--municipality"),
        ([str(RUNNING_EXAMPLE), "--channel-map=Post"], "Post=paper"),  # the example
        ([str(RUNNING_EXAMPLE), "--channel-map=Post=fax"], "in_person"),
        ([str(RUNNING_EXAMPLE), "--time-column=Uhrzeit"], "--time-column gilt für CSV"),
    ],
)
def test_usage_errors_exit_with_code_2(db, args, text):
    with pytest.raises(CommandError) as error:
        command(*args)
    assert error.value.returncode == 2 and text in str(error.value)


def test_unknown_municipality_is_named(db):
    with pytest.raises(CommandError) as error:
        command(str(RUNNING_EXAMPLE), "--municipality=gibtsnicht")
    assert "gibtsnicht" in str(error.value)


def test_unknown_user_is_named(plan):
    with pytest.raises(CommandError) as error:
        command(str(RUNNING_EXAMPLE), "--municipality=teststadt", "--user=niemand")
    assert "niemand" in str(error.value)
    assert not EventLogImport.objects.exists()


def test_register_entry_found_by_leika_key(plan, tmp_path):
    leika = save_validated(LeikaService(leika_key="99102013000000", name="Hundesteuer"), user=None)
    dog, _ = service_save(
        municipality=plan.municipality,
        service=None,
        values={"name": "Hundesteuer (Stadt)", "leika_service": leika},
        user=plan.actor,
    )
    header = ("case:concept:name", "concept:name", "time:timestamp", "leistung")
    rows = [("A", "a", "2026-01-05", "99102013000000"), ("A", "b", "2026-01-09", "99102013000000")]
    path = write_csv(tmp_path / "log.csv", rows, header=header)
    code, data = command_json(
        str(path), "--service-attribute=leistung", "--municipality=teststadt", "--apply"
    )
    assert code == 0 and data["stored"]["unmatched_services"] == []
    assert ServiceUsage.objects.get(service=dog).processing_days_median == Decimal("4.0")
