"""The ``sachstand`` command: German help, German errors, exit codes, a recorded user."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sachstand.reporting.models import ReportingPeriod

SACHSTAND = str(Path(sys.executable).with_name("sachstand"))


def sachstand(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run the installed console command in a process of its own, as a user would."""
    environment = {**os.environ, "SACHSTAND_DATA_DIR": str(data_dir), **env}
    return subprocess.run(
        [SACHSTAND, *args], capture_output=True, text=True, env=environment, timeout=60
    )


def test_help_lists_the_commands_in_german(tmp_path):
    result = sachstand("--help", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Aufruf: sachstand BEFEHL [OPTIONEN]" in out
    assert "Befehle von sachstand:" in out
    for command in ("demo", "overview", "period-open", "migrate", "runserver", "createsuperuser"):
        assert f"  {command} " in out
    assert "Lädt die Demo-Kommune Musterstadt" in out


def test_unknown_command_fails_with_nonzero_exit(tmp_path):
    result = sachstand("gibtsnicht", data_dir=tmp_path)
    assert result.returncode != 0


def test_period_open_records_the_given_user(plan):
    call_command(
        "period-open",
        "--municipality=teststadt",
        "--period=2026-H2",
        "--deadline=15.01.2027",
        "--user=officer",
    )
    period = ReportingPeriod.objects.get(half_year="2026-H2")
    assert str(period.deadline) == "2027-01-15"
    assert period.history.get().history_user == plan.actor


def test_period_open_without_user_records_the_system_user(plan):
    call_command("period-open", "--municipality=teststadt", "--period=2026-H2")
    assert ReportingPeriod.objects.get().history.get().history_user.username == "system"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--municipality=teststadt", "--period=2026-H5"], "„2026-H5“ ist kein Halbjahr"),
        (["--municipality=gibtsnicht", "--period=2026-H2"], "Es gibt keine Kommune „gibtsnicht“"),
        (
            ["--municipality=teststadt", "--period=2026-H2", "--deadline=morgen"],
            "Frist für Sachstandsmeldungen: „morgen“ ist kein Datum",
        ),
        (
            ["--municipality=teststadt", "--period=2026-H2", "--user=niemand"],
            "Es gibt kein Benutzerkonto „niemand“",
        ),
    ],
)
def test_bad_input_on_the_command_line_is_named_in_german(plan, args, message):
    with pytest.raises(CommandError) as error:
        call_command("period-open", *args)
    assert message in str(error.value)
    assert not ReportingPeriod.objects.exists()


def test_overview_of_an_unknown_period_names_the_known_ones(plan):
    plan.period("2026-H1")
    with pytest.raises(CommandError) as error:
        call_command("overview", "--municipality=teststadt", "--period=2031-H1")
    assert "keinen Berichtszeitraum 2031-H1" in str(error.value)
    assert "2026-H1" in str(error.value)


def test_overview_prints_the_rollup(plan, capsys, time_machine):
    time_machine.move_to("2026-02-01 12:00 +01:00", tick=False)
    plan.measure(status="in_progress", percent_complete=50)
    time_machine.move_to("2026-11-26 12:00 +01:00", tick=False)
    plan.period("2026-H1")
    call_command("overview", "--municipality=teststadt", "--period=2026-H1")
    out = capsys.readouterr().out
    assert "Teststadt, 1. Halbjahr 2026" in out
    assert "in Umsetzung: 1" in out


@pytest.mark.parametrize("command", ["demo", "overview", "period-open"])
def test_each_command_explains_itself_in_german(command, tmp_path):
    result = sachstand(command, "--help", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Kommune" in result.stdout or "Musterstadt" in result.stdout


def test_a_database_not_set_up_gets_a_hint_not_a_traceback(tmp_path):
    result = sachstand(
        "overview",
        "--municipality=musterstadt",
        "--period=2026-H1",
        data_dir=tmp_path,
        DATABASE_URL="",
    )
    assert result.returncode == 1
    assert "nicht vollständig eingerichtet" in result.stderr
    assert "sachstand migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_reading_an_event_log_needs_no_database_but_storing_it_does(tmp_path):
    """An officer can look at a log's figures before any database is set up; storing them for
    a municipality gets the hint."""
    log = tmp_path / "log.csv"
    log.write_text(
        "case:concept:name,concept:name,time:timestamp\n"
        "A,Antrag,2026-01-05T09:00:00+01:00\n"
        "A,Bescheid,2026-01-07T09:00:00+01:00\n",
        encoding="utf-8",
    )
    shown = sachstand("eventlog", str(log), "--format=json", data_dir=tmp_path, DATABASE_URL="")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["rows"][0]["duration_median_s"] == 2 * 86400
    stored = sachstand(
        "eventlog", str(log), "--municipality=musterstadt", data_dir=tmp_path, DATABASE_URL=""
    )
    assert stored.returncode == 1
    assert "nicht vollständig eingerichtet" in stored.stderr
