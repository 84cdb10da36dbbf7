"""`import-services`: a municipality's register from a spreadsheet, matched to the real catalogue
by LeiKa key or OZG id; every oddity is named with sheet, row and column, nothing is guessed."""

import io

import openpyxl
import pytest
from django.core.management import call_command

from sachstand.imports.register import register_import
from sachstand.onlineservices.models import OnlineService, ServiceUsage
from tests.onlineservices.catalogue_slice import load_slice

HEADER = (
    "LeiKa-Schlüssel;OZG-ID;Leistung;Organisationseinheit;Reifegrad;E-Payment;Online seit;Maßnahmen"
)


@pytest.fixture
def catalogue(db):
    load_slice({"Hundesteuer", "Baugenehmigung", "amtliche Meldebestätigung"})


def csv(*rows: str) -> bytes:
    return "\n".join([HEADER, *rows]).encode("utf-8")


def run(plan, data, *, name="register.csv", apply=False):
    return register_import(
        municipality=plan.municipality, data=data, filename=name, user=plan.actor, apply=apply
    )


def test_a_clean_file_matches_the_catalogue_and_again_changes_nothing(plan, catalogue):
    plan.measure("M 1.1")
    data = csv(
        "99102013000000;;;FB 32;3;ja;01.03.2025;M 1.1",  # Hundesteuer, name from the catalogue
        "99012008000000;10519;Baugenehmigung;FB 32;2;nein;;",
        "nicht im LeiKa;;Anmeldung Ferienfreizeit;FB 32;1;nein;;",  # a local service
    )
    preview = run(plan, data)
    assert not preview.applied and not OnlineService.objects.exists()
    assert preview.counts == {"services": {"created": 3}}
    assert preview.notes == [
        "Blatt „register“, Zeile 4: „Anmeldung Ferienfreizeit“ hat weder LeiKa-Schlüssel noch "
        "OZG-ID und wird als lokale Leistung geführt."
    ]
    result = run(plan, data, apply=True)
    assert result.applied and result.problems == []
    dog = OnlineService.objects.get(leika_service__leika_key="99102013000000")
    assert (dog.name, dog.level, dog.scale.code, dog.e_payment) == ("Hundesteuer", 3, "2.0", True)
    assert (dog.ozg_id, dog.themenfeld, dog.org_unit.code) == (
        10160,
        "Engagement & Hobby",
        "FB 32",
    )
    assert [m.code for m in dog.measures.all()] == ["M 1.1"]
    local = OnlineService.objects.get(name="Anmeldung Ferienfreizeit")
    assert local.leika_service is None and local.ozg_service is None
    again = run(plan, data, apply=True)
    assert again.counts == {"services": {"unchanged": 3}}


def test_every_oddity_is_named_and_nothing_is_written(plan, catalogue):
    data = csv(
        "99102013000000;10519;;FB 32;3;ja;;",  # Hundesteuer is not Baugenehmigung's OZG 10519
        "99999999999999;;Erfunden;FB 32;1;;;",  # not in the catalogue
        "9910201300000;;;FB 32;1;;;",  # 13 digits
        "99012008000000;;;FB 99;1;;;",  # unknown unit
        "99115003000000;;;FB 32;5;;;",  # level 5 on the 2.0 scale is fine; 9 is not
        "99115003000000;;;FB 32;2;;;",  # the same service twice
        ";;;FB 32;1;;;",  # neither key nor name
        ";;Fundbüro;FB 32;9;;;",
        ";;Fundsachen;FB 32;1;;;M 7.7",
    )
    result = run(plan, data, apply=True)
    assert not result.applied and not OnlineService.objects.exists()
    assert [str(p) for p in result.problems] == [
        "Tabellenblatt „register“, Zeile 2, Spalte B (OZG-ID) (Wert „10519“): Der "
        "LeiKa-Schlüssel 99102013000000 gehört zur OZG-Leistung 10160 Hundehaltung, nicht zu "
        "10519 Bauvorbescheid und Baugenehmigung.",
        "Tabellenblatt „register“, Zeile 3, Spalte A (LeiKa-Schlüssel) (Wert „99999999999999“): "
        "Dieser LeiKa-Schlüssel steht nicht im Katalog.",
        "Tabellenblatt „register“, Zeile 4, Spalte A (LeiKa-Schlüssel) (Wert „9910201300000“): "
        "„9910201300000“ ist kein LeiKa-Schlüssel (14 Ziffern oder „nicht im LeiKa“).",
        "Tabellenblatt „register“, Zeile 5, Spalte D (Organisationseinheit) (Wert „FB 99“): "
        "Eine Organisationseinheit mit diesem Kürzel gibt es nicht.",
        "Tabellenblatt „register“, Zeile 7, Spalte A (LeiKa-Schlüssel) (Wert „99115003000000“): "
        "Diese Leistung steht schon in Zeile 6.",
        "Tabellenblatt „register“, Zeile 8, Spalte C (Leistung): Eine Leistung ohne "
        "LeiKa-Schlüssel und OZG-ID braucht einen Namen.",
        "Tabellenblatt „register“, Zeile 9, Spalte E (Reifegrad) (Wert „9“): "
        "OZG-Reifegradmodell 2.0 hat die Stufen 0 bis 7.",
        "Tabellenblatt „register“, Zeile 10, Spalte H (Maßnahmen) (Wert „M 7.7“): "
        "Eine Maßnahme M 7.7 gibt es im Plan nicht.",
    ]


def test_usage_sheet_in_a_workbook_and_the_command(plan, catalogue, tmp_path, capsys):
    book = openpyxl.Workbook()
    services = book.active
    services.title = "Onlinedienste"
    services.append(["LeiKa-Schlüssel", "Reifegrad", "Reifegradmodell"])
    services.append([99102013000000, 3, "1.1"])  # a key typed as a number
    usage = book.create_sheet("Nutzung")
    channels = ["Anträge online", "Anträge Papier", "Anträge persönlich", "Anträge E-Mail"]
    usage.append(["LeiKa-Schlüssel", "Halbjahr", *channels, "Bearbeitungszeit Median (Tage)"])
    usage.append(["99102013000000", "2026-H1", 120, 200, 60, 20, "4,5"])
    usage.append(["99012008000000", "2026-H1", 10, 5, None, None, None])  # not in the register
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "register.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(SystemExit) as exit_code:
        call_command("import-services", str(path), "--municipality", "teststadt", "--apply")
    assert exit_code.value.code == 1
    err = capsys.readouterr().err
    assert "Tabellenblatt „Nutzung“, Zeile 3, Spalte A (LeiKa-Schlüssel)" in err
    assert "Diese Leistung steht nicht im Register" in err
    assert not ServiceUsage.objects.exists()
    usage.delete_rows(3)
    book.save(path)
    call_command("import-services", str(path), "--municipality", "teststadt", "--apply")
    out = capsys.readouterr().out
    assert "Onlinedienste: 1 neu, 0 geändert, 0 unverändert" in out
    assert "Nutzungszahlen: 1 neu, 0 geändert, 0 unverändert" in out
    figures = ServiceUsage.objects.get()
    assert (figures.online, figures.paper, figures.in_person, figures.email) == (120, 200, 60, 20)
    assert str(figures.processing_days_median) == "4.5" and figures.total == 400
    assert OnlineService.objects.get().scale.code == "1.1"
