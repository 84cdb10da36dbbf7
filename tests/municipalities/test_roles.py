"""Roles per municipality, enforced in the services: what each role may and may not do."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from sachstand.core.halfyear import HalfYear
from sachstand.core.services import system_user
from sachstand.indicators.services import indicator_save, measurement_save
from sachstand.municipalities.models import Membership, Role
from sachstand.municipalities.roles import Act, may, municipalities_for, units_for
from sachstand.municipalities.services import membership_grant, membership_revoke
from sachstand.reporting.services.periods import period_open
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from sachstand.strategy.services.measures import measure_save, milestone_save
from tests import cast

BERLIN = ZoneInfo("Europe/Berlin")
UPDATE = {"traffic_light": "green", "percent_complete": 10, "summary": "Begonnen."}


def fake_render_all(report):
    return {"pdf": b"%PDF", "docx": b"PK", "html": b"<html></html>"}


@pytest.fixture
def people(plan):
    return {
        "admin": plan.actor,
        "editor": cast.member(plan, "editor", Role.EDITOR, plan.office, first_name="Edda"),
        "reviewer": cast.member(plan, "reviewer", Role.REVIEWER),
        "council": cast.member(plan, "council", Role.COUNCIL_READER),
        "stranger": cast.user("stranger"),
    }


def test_what_each_role_may_do(plan, people):
    m, office, it = plan.municipality, plan.office, plan.it
    expected = {
        # act, unit: admin, editor, reviewer, council, stranger
        (Act.READ, None): (True, True, True, True, False),
        (Act.EDIT_PLAN, None): (True, False, False, False, False),
        (Act.EDIT_MEASURE, office): (True, True, False, False, False),
        (Act.EDIT_MEASURE, it): (True, False, False, False, False),
        (Act.REPORT_STATUS, office): (True, True, False, False, False),
        (Act.REPORT_STATUS, it): (True, False, False, False, False),
        (Act.RECORD_MEASUREMENT, office): (True, True, False, False, False),
        (Act.RECORD_MEASUREMENT, None): (True, False, False, False, False),
        (Act.RUN_ROUND, None): (True, False, False, False, False),
        (Act.RELEASE_REPORT, None): (True, False, True, False, False),
        (Act.MANAGE_MEMBERS, None): (True, False, False, False, False),
    }
    order = ("admin", "editor", "reviewer", "council", "stranger")
    for (act, unit), allowed in expected.items():
        got = tuple(may(people[name], act, m, org_unit=unit) for name in order)
        assert got == allowed, act


def test_roles_hold_only_in_their_municipality(plan, other_plan, people):
    # (The officer administers both: the fixtures build both plans with the same officer.)
    for name in ("editor", "reviewer", "council"):
        assert not may(people[name], Act.READ, other_plan.municipality)
    assert set(municipalities_for(people["editor"])) == {plan.municipality}
    assert units_for(people["editor"], Act.REPORT_STATUS, plan.municipality) == {plan.office.pk}
    assert units_for(people["admin"], Act.REPORT_STATUS, plan.municipality) is None
    assert units_for(people["editor"], Act.REPORT_STATUS, other_plan.municipality) == set()


def test_superusers_and_the_system_may_everything_inactive_people_nothing(plan, people):
    root = cast.user("root", is_superuser=True)
    assert may(root, Act.EDIT_PLAN, plan.municipality)
    assert may(system_user(), Act.RELEASE_REPORT, plan.municipality)
    assert may(None, Act.EDIT_PLAN, plan.municipality)
    people["admin"].is_active = False
    people["admin"].save()
    people["admin"].refresh_from_db()
    assert not may(people["admin"], Act.READ, plan.municipality)


def test_an_editor_reports_on_the_measures_of_their_unit_only(plan, people):
    period = plan.period("2026-H1")
    own = plan.measure("M 1.1", org_unit=plan.office)
    other = plan.measure("M 2.1", org_unit=plan.it)
    when = datetime(2026, 6, 1, tzinfo=BERLIN)
    status_update_create(
        measure=own,
        period=period,
        values=UPDATE,
        author=people["editor"],
        reported_at=when,
        user=people["editor"],
    )
    with pytest.raises(PermissionDenied) as refused:
        status_update_create(
            measure=other,
            period=period,
            values=UPDATE,
            author=people["editor"],
            reported_at=when,
            user=people["editor"],
        )
    assert (
        str(refused.value) == "Edda darf in Teststadt nicht den Sachstand dieser Maßnahme melden."
    )
    assert not other.status_updates.exists()


def test_an_editor_edits_their_measures_but_does_not_create_or_move_them(plan, people):
    measure = plan.measure("M 1.1", org_unit=plan.office)
    editor = people["editor"]
    measure_save(
        municipality=plan.municipality,
        code="M 1.1",
        values={"description": "Neu beschrieben."},
        user=editor,
    )
    milestone_save(
        measure=measure, title="Start", values={"due_date": date(2026, 3, 1)}, user=editor
    )
    with pytest.raises(PermissionDenied):
        measure_save(
            municipality=plan.municipality,
            code="M 9.9",
            values={"title": "Neu", "field_of_action": plan.service, "org_unit": plan.office},
            user=editor,
        )
    with pytest.raises(PermissionDenied):
        measure_save(
            municipality=plan.municipality, code="M 1.1", values={"org_unit": plan.it}, user=editor
        )
    measure.refresh_from_db()
    assert measure.org_unit == plan.office
    assert measure.description == "Neu beschrieben."


def test_measurements_are_recorded_by_the_editors_of_the_indicators_unit(plan, people):
    own, _ = indicator_save(
        municipality=plan.municipality,
        code="K 1",
        values={
            "name": "A",
            "unit": "Anzahl",
            "direction": "higher",
            "definition": "Gezählt.",
            "org_unit": plan.office,
        },
        user=plan.actor,
    )
    unowned, _ = indicator_save(
        municipality=plan.municipality,
        code="K 2",
        values={"name": "B", "unit": "Anzahl", "direction": "higher", "definition": "Gezählt."},
        user=plan.actor,
    )
    measurement_save(indicator=own, day=date(2026, 6, 30), value=Decimal(3), user=people["editor"])
    with pytest.raises(PermissionDenied):
        measurement_save(
            indicator=unowned, day=date(2026, 6, 30), value=Decimal(3), user=people["editor"]
        )
    with pytest.raises(PermissionDenied):
        indicator_save(
            municipality=plan.municipality, code="K 3", values={"name": "C"}, user=people["editor"]
        )


def test_only_reviewers_and_administrators_release_and_only_administrators_open_rounds(
    plan, people
):
    period = plan.period("2026-H1")
    for name in ("editor", "council", "stranger"):
        with pytest.raises(PermissionDenied):
            report_release(
                municipality=plan.municipality,
                period=period,
                render_all=fake_render_all,
                user=people[name],
            )
        with pytest.raises(PermissionDenied):
            period_open(
                municipality=plan.municipality,
                half_year=HalfYear.parse("2027-H1"),
                deadline=None,
                user=people[name],
            )
    released = report_release(
        municipality=plan.municipality,
        period=period,
        render_all=fake_render_all,
        user=people["reviewer"],
    )
    assert released.released_by == people["reviewer"]
    with pytest.raises(PermissionDenied):
        period_open(
            municipality=plan.municipality,
            half_year=HalfYear.parse("2027-H1"),
            deadline=None,
            user=people["reviewer"],
        )


def test_a_refusal_names_person_act_and_municipality_in_german(plan, people):
    with pytest.raises(PermissionDenied) as refused:
        period_open(
            municipality=plan.municipality,
            half_year=HalfYear.parse("2027-H1"),
            deadline=None,
            user=people["council"],
        )
    assert str(refused.value) == ("council darf in Teststadt nicht die Berichtsrunde steuern.")


def test_memberships_are_granted_by_administrators_with_units_of_the_same_municipality(
    plan, other_plan, people
):
    newcomer = cast.user("newcomer")
    with pytest.raises(PermissionDenied):
        membership_grant(
            municipality=plan.municipality,
            member=newcomer,
            role=Role.EDITOR,
            org_units=[plan.office],
            user=people["editor"],
        )
    with pytest.raises(ValidationError) as no_unit:
        membership_grant(
            municipality=plan.municipality, member=newcomer, role=Role.EDITOR, user=people["admin"]
        )
    assert no_unit.value.message_dict == {
        "org_units": ["Wer redigiert, braucht mindestens eine Organisationseinheit."]
    }
    with pytest.raises(ValidationError):
        membership_grant(
            municipality=plan.municipality,
            member=newcomer,
            role=Role.EDITOR,
            org_units=[other_plan.office],
            user=people["admin"],
        )
    membership_grant(
        municipality=plan.municipality,
        member=newcomer,
        role=Role.EDITOR,
        org_units=[plan.it],
        user=people["admin"],
    )
    newcomer.refresh_from_db()
    assert newcomer.is_staff
    assert may(newcomer, Act.REPORT_STATUS, plan.municipality, org_unit=plan.it)
    membership = Membership.objects.get(user=newcomer)
    assert {h.history_user for h in membership.history.all()} == {people["admin"]}
    assert membership_revoke(
        municipality=plan.municipality, member=newcomer, role=Role.EDITOR, user=people["admin"]
    )
    newcomer.refresh_from_db()
    assert not may(newcomer, Act.READ, plan.municipality)


@override_settings(LANGUAGE_CODE="de")
def test_the_command_line_refuses_in_german_what_the_named_user_may_not(plan, people, capsys):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError) as refused:
        call_command(
            "period-open", "--municipality=teststadt", "--period=2027-H1", "--user=council"
        )
    assert "darf in Teststadt nicht die Berichtsrunde steuern" in str(refused.value)


def test_operators_give_roles_on_the_command_line(plan, capsys):
    from django.contrib.auth import get_user_model
    from django.core.management import CommandError, call_command

    call_command(
        "member",
        "--municipality=teststadt",
        "--person=k.nowak",
        "--role=editor",
        "--unit=FB 32",
        "--email=k.nowak@teststadt.example",
        "--first-name=Katarzyna",
    )
    out = capsys.readouterr().out
    assert "Konto k.nowak ohne Passwort angelegt" in out
    assert "k.nowak hat in Teststadt die Rolle „Redaktion“ (FB 32)." in out
    person = get_user_model().objects.get(username="k.nowak")
    assert not person.has_usable_password() and person.is_staff
    assert may(person, Act.REPORT_STATUS, plan.municipality, org_unit=plan.office)
    with pytest.raises(CommandError) as unknown:
        call_command(
            "member",
            "--municipality=teststadt",
            "--person=k.nowak",
            "--role=editor",
            "--unit=FB 99",
        )
    assert "Unbekannte Organisationseinheit(en) in Teststadt: FB 99. Bekannt: FB 10, FB 32." in (
        str(unknown.value)
    )
    call_command("member", "--municipality=teststadt")
    assert "k.nowak\tRedaktion\tFB 32" in capsys.readouterr().out
    call_command(
        "member", "--municipality=teststadt", "--person=k.nowak", "--role=editor", "--revoke"
    )
    assert not may(get_user_model().objects.get(pk=person.pk), Act.READ, plan.municipality)
