"""A citizen answers a survey on the public page: anonymous, without JavaScript, protected
against bots and floods, and refused answers leave nothing behind."""

from html import unescape

import pytest
from django.utils.translation import gettext as _

from sachstand.participation import abuse
from sachstand.participation.models import TEXT_ANSWER_MAX, SurveyAnswer, SurveyResponse
from sachstand.participation.services.surveys import survey_close, survey_save


def page(plan, built) -> str:
    return f"/{plan.municipality.slug}/umfragen/{built.survey.pk}/"


def answers(built, **extra):
    return {
        f"q{built.channel.pk}": built.options["online"].pk,
        f"q{built.wanted.pk}": [built.options["termin"].pk, built.options["akte"].pk],
        f"q{built.appointments.pk}": "4",
        f"q{built.missing.pk}": "Mehr Termine am Samstag",
        **extra,
    }


def test_the_survey_is_listed_and_its_form_has_every_question(client, plan, built):
    listing = client.get(f"/{plan.municipality.slug}/umfragen/").content.decode()
    assert built.survey.title in listing and page(plan, built) in listing
    html = client.get(page(plan, built)).content.decode()
    for question in (built.channel, built.wanted, built.appointments, built.missing):
        assert question.text in html
    assert 'type="radio"' in html and 'type="checkbox"' in html and "<textarea" in html
    assert "<script" not in html and "<legend" in html
    assert "1 – unwichtig" in html and "5 – sehr wichtig" in html


def test_answers_are_stored_anonymously_with_the_day_only(client, plan, built):
    response = client.post(page(plan, built), answers(built))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/umfragen/{built.survey.pk}/danke/")
    stored = SurveyResponse.objects.get()
    assert stored.submitted_on is not None
    rows = SurveyAnswer.objects.filter(response=stored)
    assert rows.count() == 5  # one option, two options, a rating, a text
    assert rows.get(question=built.missing).moderation == "pending"
    thanks = client.get(response["Location"]).content.decode()
    assert _("Thank you! Your answers were saved anonymously.") in thanks


def test_a_filled_honeypot_stores_nothing_and_says_why(client, plan, built):
    response = client.post(page(plan, built), answers(built, **{abuse.HONEYPOT: "http://spam"}))
    assert response.status_code == 400
    assert abuse.honeypot_message() in unescape(response.content.decode())
    assert not SurveyResponse.objects.exists()


def test_too_long_a_text_is_refused_naming_the_question(client, plan, built):
    data = answers(built, **{f"q{built.missing.pk}": "x" * (TEXT_ANSWER_MAX + 1)})
    response = client.post(page(plan, built), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert built.missing.text in html
    assert f"{TEXT_ANSWER_MAX}" in html and f"{TEXT_ANSWER_MAX + 1}" in html
    # The other answers are still in the form, and nothing was written.
    assert "checked" in html and not SurveyResponse.objects.exists()


def test_an_empty_form_or_a_foreign_option_writes_nothing(client, plan, built, other_plan):
    empty = client.post(page(plan, built), {})
    assert empty.status_code == 400
    assert _("Please answer at least one question.") in empty.content.decode()
    foreign = answers(built, **{f"q{built.channel.pk}": built.options["termin"].pk})
    assert client.post(page(plan, built), foreign).status_code == 400
    assert not SurveyResponse.objects.exists() and not SurveyAnswer.objects.exists()


def test_required_questions_must_be_answered(client, plan, built):
    built.channel.required = True
    built.channel.save()
    response = client.post(page(plan, built), {f"q{built.appointments.pk}": "3"})
    assert response.status_code == 400
    assert _("Please answer this question.") in response.content.decode()
    assert f'href="#id_q{built.channel.pk}' in response.content.decode()


def test_the_twenty_first_survey_within_an_hour_is_refused(client, plan, built):
    for _n in range(20):
        assert client.post(page(plan, built), answers(built)).status_code == 302
    refused = client.post(page(plan, built), answers(built))
    assert refused.status_code == 429
    assert "Mehr Termine am Samstag" in refused.content.decode()  # the entries are kept
    assert SurveyResponse.objects.count() == 20
    other = client.post(page(plan, built), answers(built), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_html_in_answers_and_questions_is_shown_as_text(client, plan, built):
    survey_save(
        municipality=plan.municipality, survey=built.survey,
        values={"description": "<script>alert('x')</script> Einleitung"}, user=plan.actor,
    )  # fmt: skip
    html = client.get(page(plan, built)).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_a_closed_survey_takes_no_answers(client, plan, built):
    survey_close(survey=built.survey, user=plan.actor)
    assert client.get(page(plan, built)).status_code == 410
    assert client.post(page(plan, built), answers(built)).status_code == 410
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_are_not_allowed(client, plan, built, method):
    assert getattr(client, method)(page(plan, built)).status_code == 405
