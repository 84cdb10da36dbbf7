"""Importing a plan: a preview that shows every problem exactly, all-or-nothing apply, re-import as
a no-op, and the plan out and in again unchanged."""

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sachstand.imports.export import plan_export
from sachstand.imports.formats import read_workbook
from sachstand.imports.models import ImportRun
from sachstand.imports.services import plan_import
from sachstand.municipalities.models import Role
from sachstand.municipalities.services import membership_grant
from sachstand.reporting.models import StatusUpdate
from sachstand.strategy.models import CostItem, Measure, Milestone
from tests import cast

HEADERS = [
    "Kürzel",
    "Titel",
    "Handlungsfeld",
    "Organisationseinheit",
    "Status",
    "Geplanter Beginn",
    "Geplantes Ende",
    "Fertigstellungsgrad (%)",
]


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GOOD_AND_BAD = xlsx(
    {
        "Maßnahmen": [
            HEADERS,
            [
                "M 1.1",
                "Terminvergabe online",
                "HF 1",
                "FB 32",
                "in Umsetzung",
                "01.01.2026",
                "2. HJ 2026",
                "40 %",
            ],
            [
                "M 1.2",
                "Bürgerkonto anbinden",
                "HF 1",
                "FB 10",
                "geplant",
                "Q3/2026",
                "31.12.2027",
                0,
            ],
            [
                "M 1.3",
                "Ende vor Beginn",
                "HF 1",
                "FB 32",
                "geplant",
                "01.06.2026",
                "01.01.2026",
                "0",
            ],
            ["M 2.1", "E-Akte", "HF 2", "FB 10", "laufend", date(2026, 2, 1), "Q4/2026", 0.25],
            ["M 2.2", "Falsche Einheit", "HF 2", "FB 99", "geplant", "", "", "120 %"],
        ]
    }
)


def run(plan, data: bytes, filename: str = "plan.xlsx", **kwargs):
    return plan_import(
        municipality=plan.municipality, data=data, filename=filename, user=plan.actor, **kwargs
    )


def test_preview_names_each_bad_row_and_writes_nothing(plan):
    result = run(plan, GOOD_AND_BAD)
    assert not result.applied and result.exit_code == 1
    where = sorted((p.sheet, p.row, p.column.split(" ")[0]) for p in result.problems)
    assert where == [
        ("Maßnahmen", 4, "G"),  # end before start
        ("Maßnahmen", 6, "D"),  # unknown unit FB 99
        ("Maßnahmen", 6, "H"),  # 120 %
    ]
    assert "FB 99" in next(str(p) for p in result.problems if p.row == 6 and "D" in p.column)
    assert not Measure.objects.exists()
    assert result.run.status == ImportRun.Status.PREVIEW
    assert result.counts["measures"]["created"] == 3  # what applying would do


def test_apply_is_all_or_nothing(plan):
    refused = run(plan, GOOD_AND_BAD, apply=True)
    assert not refused.applied and not Measure.objects.exists()
    assert refused.run.status == ImportRun.Status.REFUSED
    partly = run(plan, GOOD_AND_BAD, apply=True, skip_invalid=True)
    assert partly.applied and partly.run.status == ImportRun.Status.APPLIED_PARTLY
    assert sorted(Measure.objects.values_list("code", flat=True)) == ["M 1.1", "M 1.2", "M 2.1"]
    online = Measure.objects.get(code="M 1.1")
    assert (online.planned_end, online.percent_complete, online.status) == (
        date(2026, 12, 31),
        40,
        "in_progress",
    )
    assert Measure.objects.get(code="M 1.2").planned_start == date(2026, 7, 1)
    assert Measure.objects.get(code="M 2.1").percent_complete == 25


def test_reimport_changes_nothing_and_a_changed_file_updates_by_code(plan):
    good = xlsx(
        {
            "Maßnahmen": [
                HEADERS,
                [
                    "M 1.1",
                    "Terminvergabe",
                    "HF 1",
                    "FB 32",
                    "geplant",
                    "01.01.2026",
                    "31.12.2026",
                    0,
                ],
            ]
        }
    )
    assert run(plan, good, apply=True).applied
    rows = Measure.history.count()
    again = run(plan, good, apply=True)
    assert again.applied and again.counts["measures"] == {"unchanged": 1}
    assert Measure.history.count() == rows
    changed = xlsx(
        {
            "Maßnahmen": [
                HEADERS,
                [
                    "M 1.1",
                    "Terminvergabe online",
                    "HF 1",
                    "FB 32",
                    "geplant",
                    "01.01.2026",
                    "31.12.2026",
                    0,
                ],
            ]
        }
    )
    assert run(plan, changed, apply=True).counts["measures"] == {"updated": 1}
    assert Measure.objects.get().title == "Terminvergabe online"
    assert Measure.history.count() == rows + 1


def test_messy_spreadsheet_is_read_as_meant(plan):
    data = xlsx(
        {
            "Massnahmenplan": [
                [
                    "Maßnahmenplan der Stadt",
                    None,
                    None,
                    None,
                    None,
                    None,
                ],  # a title above the header
                ["Nr", "Maßnahme ", "HF", "Fachbereich", "Ende (geplant)", "Bemerkung intern"],
                [" M 1.1 ", "Wohngeld  online ", "HF 1", "FB 50 ", "H2/2026", "bitte prüfen"],
                [None, None, None, None, None, None],
            ],
            "Kosten": [
                [
                    "Maßnahme",
                    "Jahr",
                    "Art",
                    "Kostenschätzung",
                    "Ist",
                    "Förderprogramm",
                    "Fördersumme",
                ],
                ["M 1.1", "2026", "Investition", "1.234,56 €", None, "OZG", "1.000"],
            ],
            "Meilensteine": [["Maßnahme", "Meilenstein", "Fällig"], ["M 1.1", "Go-live", 46022]],
        }
    )
    result = run(plan, data, apply=True, create_missing=True)
    assert result.applied, [str(p) for p in result.problems]
    measure = Measure.objects.get()
    assert (measure.code, measure.title, measure.planned_end) == (
        "M 1.1",
        "Wohngeld online",
        date(2026, 12, 31),
    )
    assert measure.org_unit.code == "FB 50"  # created on request, and said so
    assert any("FB 50" in note for note in result.notes)
    assert any("Bemerkung intern" in note for note in result.notes)  # ignored, reported
    cost = CostItem.objects.get()
    assert (cost.kind, cost.estimated_amount, cost.funded_amount) == (
        "investiv",
        Decimal("1234.56"),
        Decimal("1000.00"),
    )
    assert Milestone.objects.get().due_date == date(2025, 12, 31)  # Excel serial 46022


def test_unknown_unit_is_reported_not_invented(plan):
    data = xlsx({"Maßnahmen": [HEADERS, ["M 1.1", "X", "HF 1", "FB 77", "geplant", "", "", 0]]})
    result = run(plan, data, apply=True)
    assert not result.applied
    assert "Unbekannte Organisationseinheit" in str(result.problems[0])


def test_csv_with_semicolons_in_windows_1252(plan):
    text = (
        "Kürzel;Titel;Handlungsfeld;Organisationseinheit;Geplantes Ende\r\n"
        "M 1.1;Bürgerbüro ohne Wartezeit;HF 1;FB 32;31.12.2026\r\n"
    )
    result = run(plan, text.encode("cp1252"), filename="plan.csv", apply=True)
    assert result.applied, [str(p) for p in result.problems]
    assert Measure.objects.get().title == "Bürgerbüro ohne Wartezeit"


def test_import_run_is_recorded(plan):
    result = run(plan, GOOD_AND_BAD)
    recorded = ImportRun.objects.get()
    assert recorded.file_name == "plan.xlsx" and len(recorded.file_sha256) == 64
    assert recorded.user == plan.actor and len(recorded.problems) == 3
    assert recorded.counts == result.counts


def test_round_trip_export_import_export(plan, time_machine):
    time_machine.move_to("2026-02-01 10:00 +01:00", tick=False)
    first = plan.measure("M 1.1", title="Terminvergabe", status="in_progress", percent_complete=30)
    second = plan.measure("M 1.2", title="Ämterlotse", field_of_action=plan.efile)
    plan.milestone(first, "Vergabe", date(2026, 3, 1), completed=date(2026, 2, 20))
    from sachstand.strategy.services.measures import (
        cost_item_save,
        measure_set_links,
        staff_need_save,
    )

    measure_set_links(
        measure=second, goal_codes=["Z 2.1"], dependency_codes=["M 1.1"], user=plan.actor
    )
    cost_item_save(
        measure=first,
        year=2026,
        kind="investiv",
        funding_source="OZG",
        values={"estimated_amount": Decimal("1500.5"), "funded_amount": Decimal("500")},
        user=plan.actor,
    )
    staff_need_save(measure=first, year=2026, full_time_equivalents=Decimal("0.5"), user=plan.actor)
    exported = plan_export(municipality=plan.municipality, fmt="xlsx")

    empty = cast.municipality("Leerstadt", "leerstadt", "05111002")
    membership_grant(municipality=empty, member=plan.actor, role=Role.ADMINISTRATOR, user=None)
    result = plan_import(
        municipality=empty, data=exported, filename="export.xlsx", user=plan.actor, apply=True
    )
    assert result.applied, [str(p) for p in result.problems]
    again = plan_export(municipality=empty, fmt="xlsx")

    def cells(data: bytes) -> dict[str, list[tuple]]:
        return {s.name: [r.cells for r in s.rows] for s in read_workbook(data, "x.xlsx")}

    assert cells(again) == cells(exported)
    for fmt in ("ods", "csv"):
        out = plan_export(municipality=empty, fmt=fmt)
        assert read_workbook(out, f"x.{'zip' if fmt == 'csv' else fmt}")


def test_command_exit_codes(plan, tmp_path):
    bad, good = tmp_path / "bad.xlsx", tmp_path / "good.xlsx"
    bad.write_bytes(GOOD_AND_BAD)
    good.write_bytes(xlsx({"Maßnahmen": [HEADERS, ["M 1.1", "X", "HF 1", "FB 32", "", "", "", 0]]}))
    call_command("import-plan", str(good), "--municipality=teststadt")
    with pytest.raises(SystemExit) as exit_1:
        call_command("import-plan", str(bad), "--municipality=teststadt", "--apply")
    assert exit_1.value.code == 1 and not Measure.objects.exists()
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as usage:
        call_command("import-plan", str(tmp_path / "gibtsnicht.xlsx"), "--municipality=teststadt")
    assert usage.value.returncode == 2
    call_command("import-plan", str(good), "--municipality=teststadt", "--apply", "--user=officer")
    assert Measure.objects.get().history.first().history_user == plan.actor


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.xlsx", "a.ods", "a.csv", "a.zip"]))
def test_arbitrary_bytes_never_escape_and_never_write(plan, data, name):
    result = run(plan, data, filename=name, apply=True, skip_invalid=True)
    assert isinstance(result.problems, list)
    assert not Measure.objects.exists()  # no partial write, whatever the bytes


def test_bulk_updates_keep_the_links_in_the_history(plan, time_machine):
    """A measure changed by an import keeps its goals in "the plan as it stood"."""
    from sachstand.strategy.selectors.as_of import plan_as_of

    time_machine.move_to("2026-02-01 10:00 +01:00", tick=False)
    head = [*HEADERS, "Ziele"]
    first = xlsx({"Maßnahmen": [head, ["M 1.1", "A", "HF 1", "FB 32", "geplant", "", "", 0,
                                       "Z 1.1, Z 1.2"]]})  # fmt: skip
    assert run(plan, first, apply=True).applied
    time_machine.move_to("2026-03-01 10:00 +01:00", tick=False)
    second = xlsx({"Maßnahmen": [head, ["M 1.1", "B", "HF 1", "FB 32", "geplant", "", "", 10,
                                        "Z 1.1, Z 1.2"]]})  # fmt: skip
    assert run(plan, second, apply=True).counts["measures"] == {"updated": 1}
    stood = plan_as_of(municipality=plan.municipality, when=date(2026, 3, 2)).measure("M 1.1")
    assert stood.title == "B"
    assert stood.goals_ids_as_of == sorted([plan.goal_online.pk, plan.goal_wait.pk])


def test_imported_updates_set_the_measures_percent(plan):
    data = xlsx({
        "Maßnahmen": [HEADERS, ["M 1.1", "A", "HF 1", "FB 32", "in Umsetzung", "01.01.2026",
                                "31.12.2026", 0]],
        "Sachstandsmeldungen": [
            ["Maßnahme", "Halbjahr", "Ampel", "Fertigstellungsgrad (%)", "Sachstand",
             "Begründung Abweichung"],
            ["M 1.1", "1. HJ 2026", "grün", "35 %", "Läuft.", "Übernahme aus dem Altplan"],
        ],
    })  # fmt: skip
    result = run(plan, data, apply=True)
    assert result.applied, [str(p) for p in result.problems]
    assert Measure.objects.get().percent_complete == 35
    assert StatusUpdate.objects.get().percent_complete == 35


def test_old_updates_imported_into_a_new_plan_are_not_judged_without_history(plan):
    """The plan did not exist in sachstand in 2025: no light is derived for its 2025 updates."""
    data = xlsx({
        "Maßnahmen": [HEADERS, ["M 1.1", "A", "HF 1", "FB 32", "in Umsetzung", "01.01.2024",
                                "30.06.2027", 95]],
        "Sachstandsmeldungen": [
            ["Maßnahme", "Halbjahr", "Ampel", "Fertigstellungsgrad (%)", "Sachstand"],
            ["M 1.1", "1. HJ 2025", "rot", "90 %", "Verzug beim Dienstleister."],
        ],
    })  # fmt: skip
    result = run(plan, data, apply=True)
    assert result.applied, [str(p) for p in result.problems]
    update = StatusUpdate.objects.get()
    assert (update.traffic_light, update.derived_traffic_light) == ("red", "")
    assert update.derived_reason == "zu diesem Zeitpunkt keine Historie vorhanden"


def test_the_filled_in_template_imports_without_its_example_row(plan):
    from sachstand.imports.export import plan_template

    template = openpyxl.load_workbook(io.BytesIO(plan_template(municipality=plan.municipality)))
    template["Maßnahmen"].append(["M 1.1", "Ämterlotse", "", "HF 1", "", "FB 32"])
    buffer = io.BytesIO()
    template.save(buffer)
    result = run(plan, buffer.getvalue(), apply=True)
    assert result.applied, [str(p) for p in result.problems]
    assert list(Measure.objects.values_list("code", "title")) == [("M 1.1", "Ämterlotse")]
