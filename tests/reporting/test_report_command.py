"""``sachstand report``: the file lands where asked, bad input is named in German."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.fixture
def ready(plan):
    plan.measure("M 1.1")
    plan.period("2026-H1")
    return plan


def test_default_file_name_in_the_current_folder(ready, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    call_command("report", "--municipality=teststadt", "--period=2026-H1")
    written = tmp_path / "sachstandsbericht-teststadt-2026-H1.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Sachstandsbericht 2026-H1 nach sachstandsbericht-teststadt-2026-H1.pdf" in (
        capsys.readouterr().out
    )


@pytest.mark.parametrize(("fmt", "magic"), [("docx", b"PK"), ("html", b"<!DOCTYPE html>")])
def test_other_formats(ready, tmp_path, fmt, magic):
    out = tmp_path / f"bericht.{fmt}"
    call_command("report", "--municipality=teststadt", "--period=2026-H1", f"--format={fmt}",
                 f"--out={out}")  # fmt: skip
    assert out.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--municipality=gibtsnicht", "--period=2026-H1"], "Es gibt keine Kommune „gibtsnicht“"),
        (["--municipality=teststadt", "--period=2030-H1"], "Vorhandene Berichtszeiträume: 2026-H1"),
        (
            ["--municipality=teststadt", "--period=2026-H1", "--committee=gibtsnicht"],
            "keinen Ausschuss „gibtsnicht“",
        ),
        (
            ["--municipality=teststadt", "--period=2026-H1", "--out=/nonexistent/dir/b.pdf"],
            "Die Datei /nonexistent/dir/b.pdf kann nicht geschrieben werden",
        ),
    ],
)
def test_bad_input_is_named(ready, args, message):
    with pytest.raises(CommandError) as error:
        call_command("report", *args)
    assert message in str(error.value)
