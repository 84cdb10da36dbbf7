"""The back office of the needs analysis: every page renders, and the moderation, the survey
steps and the benefit suggestion go through the services."""

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.urls import reverse

from sachstand.municipalities.models import Role
from sachstand.participation.models import (
    CitizenQuestion,
    FreeText,
    MeasureNeed,
    QuestionStatus,
    StaffToken,
    SurveyAnswer,
    SurveyStatus,
)
from sachstand.participation.services.questions import question_submit
from sachstand.participation.services.surveys import measures_cite, survey_close
from tests import cast
from tests.participation.conftest import build_survey

MODELS = [m for m in admin.site._registry if m._meta.app_label == "participation"]


@pytest.fixture
def office(client, plan):
    """The officer (administrator of Teststadt) in the back office."""
    plan.actor.is_staff = True
    plan.actor.save()
    client.force_login(plan.actor)
    return client


@pytest.fixture
def filled(plan, built):
    measure = plan.measure("M 1.2", title="Online-Terminvergabe", benefit=2)
    for n in range(6):
        built.submit(channel="online", wanted=["termin"], rating=5, text=f"Freitext {n}")
    survey_close(survey=built.survey, user=plan.actor)
    measures_cite(source=built.options["termin"], measures=[measure], user=plan.actor)
    question = question_submit(
        municipality=plan.municipality, field_of_action=plan.service,
        text="Wann kommt die Terminvergabe?", email="q@example.org",
    )  # fmt: skip
    return built, measure, question


def test_every_participation_model_is_in_the_back_office():
    assert {m.__name__ for m in MODELS} == {
        "Survey", "SurveyQuestion", "FreeText", "CitizenQuestion", "PrivacyContact",
        "MeasureNeed",
    }  # fmt: skip


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_list_and_change_pages_render(office, filled, plan, model):
    from sachstand.participation.services.privacy import privacy_contact_save

    privacy_contact_save(
        municipality=plan.municipality,
        values={"controller": "Stadt", "data_protection_officer": "DSB"},
        user=plan.actor,
    )
    info = model._meta.app_label, model._meta.model_name
    assert office.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
    obj = (
        model.objects.first()
        if model is not FreeText
        else FreeText.objects.exclude(text="").first()
    )
    assert obj is not None
    page = office.get(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
    assert page.status_code == 200


def test_results_page_and_csv_of_the_back_office(office, filled):
    built, _measure, _question = filled
    url = reverse("admin:participation_survey_results", args=[built.survey.pk])
    html = office.get(url).content.decode()
    assert built.channel.text in html and "Freitext 0" in html
    csv = office.get(url + "?format=csv")
    assert csv["Content-Type"].startswith("text/csv") and b"Online" in csv.content


def test_open_and_close_through_the_actions(office, plan):
    built = build_survey(plan, title="Neu", open_it=False)
    changelist = reverse("admin:participation_survey_changelist")
    office.post(changelist, {"action": "open_surveys", ACTION_CHECKBOX_NAME: [built.survey.pk]})
    built.survey.refresh_from_db()
    assert built.survey.status == SurveyStatus.OPEN
    office.post(changelist, {"action": "close_surveys", ACTION_CHECKBOX_NAME: [built.survey.pk]})
    built.survey.refresh_from_db()
    assert built.survey.status == SurveyStatus.CLOSED


def test_staff_links_are_shown_once_or_mailed(office, plan):
    staff = build_survey(plan, title="Intern", audience="staff")
    url = reverse("admin:participation_survey_links", args=[staff.survey.pk])
    shown = office.post(url, {"count": "3"}).content.decode()
    assert shown.count(f"/umfragen/{staff.survey.pk}/einladung/") == 3
    office.post(url, {"emails": "a@stadt.example\nb@stadt.example"})
    assert len(mail.outbox) == 2 and StaffToken.objects.count() == 5
    wrong = office.post(url, {"emails": "kaputt"}).content.decode()
    assert "kaputt" in wrong and StaffToken.objects.count() == 5


def test_free_texts_are_published_by_action(office, filled):
    texts = SurveyAnswer.objects.exclude(text="").order_by("pk")[:2]
    office.post(
        reverse("admin:participation_freetext_changelist"),
        {"action": "publish", ACTION_CHECKBOX_NAME: [t.pk for t in texts]},
    )
    assert SurveyAnswer.objects.filter(moderation="published").count() == 2


def test_answering_in_the_change_form_publishes_and_mails(office, filled):
    _built, measure, question = filled
    url = reverse("admin:participation_citizenquestion_change", args=[question.pk])
    form = office.get(url).context["adminform"].form
    response = office.post(
        url,
        {"field_of_action": question.field_of_action_id, "answer": "Im Herbst.",
         "measures": [measure.pk], "seen_version": form["seen_version"].value() or ""},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED and question.answer == "Im Herbst."
    assert list(question.measures.all()) == [measure] and len(mail.outbox) == 1


def test_reject_with_reason_and_merge_through_actions(office, plan, filled):
    _built, _measure, first = filled
    second = question_submit(
        municipality=plan.municipality, field_of_action=None, text="Terminvergabe wann?"
    )
    third = question_submit(
        municipality=plan.municipality, field_of_action=None, text="Eine unpassende Äußerung"
    )
    changelist = reverse("admin:participation_citizenquestion_changelist")
    office.post(changelist, {"action": "merge", ACTION_CHECKBOX_NAME: [first.pk, second.pk]})
    second.refresh_from_db()
    assert second.merged_into_id == first.pk
    asked = office.post(changelist, {"action": "reject", ACTION_CHECKBOX_NAME: [third.pk]})
    assert asked.status_code == 200 and "reason" in asked.content.decode()
    office.post(
        changelist,
        {"action": "reject", ACTION_CHECKBOX_NAME: [third.pk], "reason": "Beleidigend."},
    )
    third.refresh_from_db()
    assert third.status == QuestionStatus.REJECTED and third.rejection_reason == "Beleidigend."


def test_the_suggested_benefit_is_shown_and_can_be_accepted(office, filled):
    _built, measure, _question = filled
    changelist = reverse("admin:participation_measureneed_changelist")
    html = office.get(changelist).content.decode()
    assert "M 1.2" in html and "100" in html  # all six chose "Termin buchen"
    office.post(changelist, {"action": "accept_suggestion", ACTION_CHECKBOX_NAME: [measure.pk]})
    measure.refresh_from_db()
    assert measure.benefit == 5
    assert measure.history.first().history_user is not None


def test_an_editor_sees_but_cannot_moderate(client, plan, filled):
    _built, _measure, question = filled
    editor = cast.member(plan, "editor", Role.EDITOR, plan.office, is_staff=True)
    client.force_login(editor)
    changelist = reverse("admin:participation_citizenquestion_changelist")
    client.post(changelist, {"action": "publish", ACTION_CHECKBOX_NAME: [question.pk]})
    question.refresh_from_db()
    assert question.status == QuestionStatus.NEW
    assert CitizenQuestion.objects.filter(status=QuestionStatus.PUBLISHED).count() == 0
    assert MeasureNeed.objects.exists()
