"""--apply stores the measurements of the indicators fed from event logs and the register's usage
figures, all or nothing, with their provenance; a preview writes nothing but its record."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from sachstand.eventlogs.models import EventLogImport
from sachstand.indicators.models import Indicator, Measurement, Source
from sachstand.indicators.services import indicator_save, library_load
from sachstand.onlineservices.models import ServiceUsage
from sachstand.onlineservices.services import service_save
from tests.eventlogs.logs import BPIC15, command, command_json, write_csv

HEADER = ("case:concept:name", "concept:name", "time:timestamp", "leistung", "kanal")
OPTIONS = (
    "--service-attribute=leistung",
    "--channel-attribute=kanal",
    "--channel-map=Onlineportal=online",
    "--channel-map=Post=paper",
    "--channel-map=Schalter=in_person",
    "--municipality=teststadt",
)


def cases(prefix, service, channel, start: date, durations):
    rows = []
    for n, days in enumerate(durations):
        first = datetime.combine(start + timedelta(days=n), datetime.min.time()).replace(hour=8)
        for activity, moment in (("Eingang", first), ("Bescheid", first + timedelta(days=days))):
            rows.append((f"{prefix}{n}", activity, moment.isoformat(), service, channel))
    return rows


def log_rows():
    """2025-H1: 35 Wohngeld cases of 1 … 35 days (10 online, 20 by post, 5 in person);
    2025-H2: 3 Hundesteuer cases online, 2 Sondernutzung cases by fax (not mapped)."""
    durations = list(range(1, 36))
    return [
        *cases("W", "Wohngeld", "Onlineportal", date(2025, 1, 6), durations[:10]),
        *cases("P", "Wohngeld", "Post", date(2025, 1, 16), durations[10:30]),
        *cases("S", "Wohngeld", "Schalter", date(2025, 2, 5), durations[30:]),
        *cases("H", "Hundesteuer", "Onlineportal", date(2025, 8, 1), [2, 4, 6]),
        *cases("X", "Sondernutzung", "Fax", date(2025, 9, 1), [10, 20]),
    ]


@pytest.fixture
def town(plan):
    library_load(municipality=plan.municipality, user=plan.actor)
    for name in ("Wohngeld", "Hundesteuer"):
        service_save(
            municipality=plan.municipality, service=None, values={"name": name}, user=plan.actor
        )
    return plan


def values(code):
    return [
        (m.date, m.value) for m in Measurement.objects.filter(indicator__code=code).order_by("date")
    ]


def test_apply_stores_measurements_usage_and_the_run(town, tmp_path):
    path = write_csv(tmp_path / "fachverfahren.csv", log_rows(), header=HEADER)
    code, data = command_json(str(path), *OPTIONS, "--apply")
    assert code == 0 and data["stored"]["applied"]
    # Median of 1 … 35 days: 18; nearest-rank p90: position 32 of 35; online: 10 of 35.
    # 2025-H2 ends with the log's last day (22 September) and has only 5 completed cases.
    assert values("K-BZ-MEDIAN") == [
        (date(2025, 6, 30), Decimal("18.0")),
        (date(2025, 9, 22), Decimal("6.0")),
    ]
    assert values("K-BZ-P90") == [(date(2025, 6, 30), Decimal("32.0"))]
    assert values("K-ONLINE") == [
        (date(2025, 6, 30), Decimal("28.6")),
        (date(2025, 9, 22), Decimal("100.0")),  # the fax cases have no known channel
    ]
    assert any("K-BZ-P90 2025-H2" in note for note in data["stored"]["notes"])
    wohngeld = ServiceUsage.objects.get(service__name="Wohngeld")
    assert (str(wohngeld.half_year), wohngeld.online, wohngeld.paper, wohngeld.in_person) == (
        "2025-H1",
        10,
        20,
        5,
    )
    assert (wohngeld.email, wohngeld.processing_days_median) == (0, Decimal("18.0"))
    assert wohngeld.source.startswith("Ereignisprotokoll fachverfahren.csv (SHA-256 ")
    assert ServiceUsage.objects.get(service__name="Hundesteuer").processing_days_median == 4
    assert data["stored"]["unmatched_services"] == ["Sondernutzung"]
    run = EventLogImport.objects.get()
    assert run.status == "applied" and run.file_sha256 == data["source"]["sha256"]
    assert run.mapping["channel_map"] == {"Onlineportal": "online", "Post": "paper",
                                          "Schalter": "in_person"}  # fmt: skip
    assert run.figures["totals"] == data["totals"]
    assert run.stored["measurements"] == data["stored"]["measurements"]
    note = Measurement.objects.get(indicator__code="K-BZ-P90").note
    assert "fachverfahren.csv" in note and data["source"]["sha256"] in note


def test_a_preview_writes_nothing_but_says_what_apply_would(town, tmp_path):
    path = write_csv(tmp_path / "log.csv", log_rows(), header=HEADER)
    code, data = command_json(str(path), *OPTIONS)
    assert code == 0 and data["stored"]["applied"] is False
    assert len(data["stored"]["measurements"]) == 5 and len(data["stored"]["usage"]) == 2
    assert not Measurement.objects.exists() and not ServiceUsage.objects.exists()
    assert EventLogImport.objects.get().status == "preview"


def test_only_indicators_whose_source_is_the_event_log_are_fed(town, tmp_path):
    online = Indicator.objects.get(municipality=town.municipality, code="K-ONLINE")
    indicator_save(
        municipality=town.municipality,
        code=online.code,
        values={"source": Source.ONLINE_SERVICES},
        user=town.actor,
    )
    path = write_csv(tmp_path / "log.csv", log_rows(), header=HEADER)
    code, data = command_json(str(path), *OPTIONS, "--apply")
    assert code == 0
    assert values("K-ONLINE") == []
    assert values("K-BZ-MEDIAN") != []
    assert any(note.startswith("K-ONLINE") for note in data["stored"]["notes"])


def test_all_or_nothing_when_a_value_is_refused(town, tmp_path):
    """The municipality made K-BZ-MEDIAN a share (%); 2025-H1 still fits, a later half-year's
    120 days do not. Usage was written first; nothing of it may remain."""
    median = Indicator.objects.get(municipality=town.municipality, code="K-BZ-MEDIAN")
    indicator_save(
        municipality=town.municipality, code=median.code, values={"unit": "%"}, user=town.actor
    )
    rows = [*log_rows(), *cases("L", "Wohngeld", "Post", date(2025, 10, 1), [120] * 3)]
    path = write_csv(tmp_path / "log.csv", rows, header=HEADER)
    code, data = command_json(str(path), *OPTIONS, "--apply")
    assert code == 1 and data["stored"]["applied"] is False
    assert data["stored"]["measurements"] == [] and data["stored"]["usage"] == []
    assert any("120" in problem for problem in data["stored"]["problems"])
    assert not Measurement.objects.exists()
    assert not ServiceUsage.objects.exists()
    run = EventLogImport.objects.get()
    assert run.status == "refused" and run.stored["problems"] == data["stored"]["problems"]


def test_a_damaged_file_is_never_stored(town, tmp_path):
    path = tmp_path / "BPIC15_1.xes.gz"
    path.write_bytes(BPIC15.read_bytes()[:300_000])
    code, _out = command(str(path), "--municipality=teststadt", "--apply")
    assert code == 1
    assert not Measurement.objects.exists()
    run = EventLogImport.objects.get()
    assert run.status == "refused" and run.skipped["errors"]


def test_a_newer_log_of_the_running_half_year_replaces_the_value(town, tmp_path):
    early = [row for row in log_rows() if row[0].startswith("H")][:4]  # H0, H1 until 5 August
    later = log_rows()
    for name, rows in (("early.csv", early), ("later.csv", later)):
        path = write_csv(tmp_path / name, rows, header=HEADER)
        assert command_json(str(path), *OPTIONS, "--apply")[0] == 0
    assert values("K-BZ-MEDIAN")[-1] == (date(2025, 9, 22), Decimal("6.0"))
    assert [d for d, _ in values("K-BZ-MEDIAN")] == [date(2025, 6, 30), date(2025, 9, 22)]
    assert EventLogImport.objects.filter(status="applied").count() == 2


def test_the_back_office_shows_the_runs_read_only(town, tmp_path, admin_client):
    path = write_csv(tmp_path / "fachverfahren.csv", log_rows(), header=HEADER)
    command_json(str(path), *OPTIONS, "--apply")
    run = EventLogImport.objects.get()
    listing = admin_client.get("/admin/eventlogs/eventlogimport/")
    assert listing.status_code == 200 and "fachverfahren.csv" in listing.text
    page = admin_client.get(f"/admin/eventlogs/eventlogimport/{run.pk}/change/")
    assert page.status_code == 200
    assert run.file_sha256 in page.text and "K-BZ-MEDIAN" in page.text
    assert admin_client.get("/admin/eventlogs/eventlogimport/add/").status_code == 403
