"""The back office follows the roles: editors edit their units' measures, council members read,
reviewers release; two people editing the same thing never overwrite each other silently."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from sachstand.municipalities.models import Role
from sachstand.reporting.services.status_updates import status_update_create
from sachstand.strategy.models import Measure, Milestone
from tests import cast
from tests.forms import form_values, submit

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def office(plan, other_plan):
    own = plan.measure("M 1.1", title="Terminvergabe", status="in_progress")
    foreign = plan.measure("M 2.1", title="E-Akte Bauamt", org_unit=plan.it)
    plan.milestone(own, "Vergabe", date(2026, 3, 1))
    people = {
        "editor": cast.member(
            plan, "editor", Role.EDITOR, plan.office, first_name="Edda", last_name="Editor"
        ),
        "council": cast.member(plan, "council", Role.COUNCIL_READER),
        "reviewer": cast.member(plan, "reviewer", Role.REVIEWER),
        "neighbour": cast.member(other_plan, "neighbour", Role.EDITOR, other_plan.office),
        "newcomer": cast.user("newcomer"),
    }
    return plan, own, foreign, people


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_an_editor_edits_the_measures_of_their_unit_and_reads_the_others(office):
    _plan, own, foreign, people = office
    client = logged_in(people["editor"])
    listing = client.get(reverse("admin:strategy_measure_changelist")).content.decode()
    assert "Terminvergabe" in listing and "E-Akte Bauamt" in listing
    assert reverse("admin:strategy_measure_add") not in listing

    page = client.get(change_url(own))
    values = form_values(page.content)
    assert "code" not in values and "org_unit" not in values  # where a measure sits: read-only
    response = submit(client, change_url(own), page.content, description="Neu beschrieben.")
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.description == "Neu beschrieben."
    assert own.history.order_by("-history_id").first().history_user == people["editor"]

    page = client.get(change_url(foreign)).content.decode()
    assert 'name="_save"' not in page  # shown, not editable
    assert client.post(change_url(foreign), {"title": "Übernommen"}).status_code == 403
    assert client.get(reverse("admin:strategy_measure_add")).status_code == 403
    delete = reverse("admin:strategy_measure_delete", args=[own.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Measure.objects.filter(pk=own.pk).exists()


def test_an_editor_cannot_move_a_measure_to_another_unit_by_a_forged_form(office):
    plan, own, _foreign, people = office
    client = logged_in(people["editor"])
    page = client.get(change_url(own)).content
    submit(client, change_url(own), page, org_unit=str(plan.it.pk), code="X 1")
    own.refresh_from_db()
    assert own.org_unit == plan.office and own.code == "M 1.1"


def test_an_editor_adds_milestones_only_to_their_measures(office):
    _plan, own, foreign, people = office
    client = logged_in(people["editor"])
    add = reverse("admin:strategy_milestone_add")
    offered = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "strategy", "model_name": "milestone", "field_name": "measure"},
    ).json()["results"]
    assert [o["text"] for o in offered] == ["M 1.1 Terminvergabe"]
    response = client.post(add, {"measure": foreign.pk, "title": "Fremd", "due_date": "01.09.2026"})
    assert response.status_code == 200  # the form says: not a valid choice
    assert not Milestone.objects.filter(title="Fremd").exists()
    response = client.post(add, {"measure": own.pk, "title": "Eigen", "due_date": "01.09.2026"})
    assert response.status_code == 302
    assert Milestone.objects.get(title="Eigen").measure == own


def test_a_council_member_reads_everything_and_changes_nothing(office):
    _plan, own, _foreign, people = office
    client = logged_in(people["council"])
    for url in (
        reverse("admin:strategy_measure_changelist"),
        change_url(own),
        reverse("admin:reporting_statusupdate_changelist"),
        reverse("admin:reporting_reportingperiod_changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'name="_save"' not in response.content.decode()
    assert client.post(change_url(own), {"title": "Umbenannt"}).status_code == 403
    assert client.get(reverse("admin:strategy_measure_add")).status_code == 403


def test_only_reviewers_and_administrators_are_offered_the_release(office):
    plan, _own, _foreign, people = office
    plan.period("2026-H1")
    url = reverse("admin:reporting_reportingperiod_changelist")
    assert "release_report" in logged_in(people["reviewer"]).get(url).content.decode()
    assert "release_report" in logged_in(plan.actor).get(url).content.decode()
    assert "release_report" not in logged_in(people["editor"]).get(url).content.decode()


def test_people_without_a_role_do_not_get_into_the_back_office(office):
    _plan, _own, _foreign, people = office
    newcomer = people["newcomer"]
    newcomer.is_staff = True
    newcomer.save()
    response = logged_in(newcomer).get(reverse("admin:index"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_administrators_are_offered_only_people_of_their_municipality_and_new_accounts(office):
    plan, _own, _foreign, _people = office
    chief = cast.member(plan, "chief", Role.ADMINISTRATOR)  # (the officer administers both)
    page = logged_in(chief).get(reverse("admin:municipalities_membership_add")).content
    offered = page.decode()
    assert "newcomer" in offered and "editor" in offered
    assert "neighbour" not in offered


def test_an_old_version_is_shown_in_the_history_but_not_restored(office):
    plan, own, _foreign, _people = office
    measure_save_title(plan, own, "Terminvergabe online")
    record = own.history.order_by("history_id").first()
    url = reverse("admin:strategy_measure_simple_history", args=[own.pk, record.history_id])
    client = logged_in(plan.actor)
    history = client.get(reverse("admin:strategy_measure_history", args=[own.pk])).content.decode()
    assert "Terminvergabe online" in history and "officer" in history
    assert client.get(url).status_code == 200
    assert client.post(url, form_values(client.get(url).content)).status_code == 403
    own.refresh_from_db()
    assert own.title == "Terminvergabe online"


def measure_save_title(plan, measure, title):
    from sachstand.strategy.services.measures import measure_save

    measure_save(
        municipality=plan.municipality, code=measure.code, values={"title": title}, user=plan.actor
    )


# Optimistic locking: the second of two concurrent edits is refused with what changed.


def test_the_second_save_of_a_measure_is_refused_showing_what_changed(office):
    plan, own, _foreign, people = office
    first, second = logged_in(plan.actor), logged_in(people["editor"])
    page_first = first.get(change_url(own)).content
    page_second = second.get(change_url(own)).content

    assert (
        submit(first, change_url(own), page_first, title="Online-Terminvergabe").status_code == 302
    )
    refused = submit(second, change_url(own), page_second, description="Meine Beschreibung.")
    text = refused.content.decode()
    assert refused.status_code == 200
    assert "Nicht gespeichert: Jemand anderes hat diese(n) Maßnahme geändert" in text
    assert "Inzwischen geändert von Olga Officer" in text
    assert "Titel: „Terminvergabe“ → „Online-Terminvergabe“" in text
    own.refresh_from_db()
    assert own.title == "Online-Terminvergabe" and own.description == ""
    # The entries are kept; saving again now knowingly replaces the other change.
    assert form_values(refused.content)["description"] == ["Meine Beschreibung."]
    again = submit(second, change_url(own), refused.content)
    assert again.status_code == 302
    own.refresh_from_db()
    assert own.description == "Meine Beschreibung."
    assert own.title == "Terminvergabe"  # the form still held the old title: replaced knowingly


def test_the_second_save_of_a_status_update_is_refused(office):
    plan, own, _foreign, people = office
    update = status_update_create(
        measure=own,
        period=plan.period("2026-H2"),
        values={"traffic_light": "green", "percent_complete": 40, "summary": "Läuft."},
        author=people["editor"],
        reported_at=datetime(2026, 7, 1, tzinfo=BERLIN),
        user=people["editor"],
    )
    first, second = logged_in(people["editor"]), logged_in(plan.actor)
    page_first, page_second = (
        first.get(change_url(update)).content,
        second.get(change_url(update)).content,
    )
    assert (
        submit(first, change_url(update), page_first, summary="Vergabe erfolgt.").status_code == 302
    )
    refused = submit(second, change_url(update), page_second, next_steps="Rollout.")
    text = refused.content.decode()
    assert "Inzwischen geändert von Edda Editor" in text
    assert "Sachstand: „Läuft.“ → „Vergabe erfolgt.“" in text
    update.refresh_from_db()
    assert update.summary == "Vergabe erfolgt." and update.next_steps == ""


def test_a_milestone_changed_meanwhile_is_not_overwritten_from_the_measure_form(office):
    plan, own, _foreign, people = office
    milestone = own.milestones.get()
    editor = logged_in(people["editor"])
    page = editor.get(change_url(own)).content
    plan.milestone(own, "Vergabe", date(2026, 3, 1), completed=date(2026, 2, 27))
    refused = submit(editor, change_url(own), page, **{"milestones-0-due_date": "15.03.2026"})
    assert refused.status_code == 200
    assert "Nicht gespeichert" in refused.content.decode()
    milestone.refresh_from_db()
    assert milestone.due_date == date(2026, 3, 1)
    assert milestone.completed_date == date(2026, 2, 27)


def test_the_measure_form_shows_the_needs_analysis_that_cites_it(office):
    from sachstand.participation.services.questions import question_answer, question_submit

    plan, own, _foreign, _people = office
    client = logged_in(plan.actor)
    page = client.get(change_url(own)).content.decode()
    assert "Kein Umfrageergebnis und keine Bürgerfrage nennt diese Maßnahme." in page
    question = question_submit(
        municipality=plan.municipality, field_of_action=None, text="Wann kommt der Online-Termin?"
    )
    question_answer(question=question, answer="Im Herbst.", measures=[own], user=plan.actor)
    page = client.get(change_url(own)).content.decode()
    assert "Wann kommt der Online-Termin?" in page
    assert reverse("admin:participation_measureneed_change", args=[own.pk]) in page
