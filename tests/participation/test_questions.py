"""Citizens ask through the public form; the administration publishes, rejects with a reason,
merges duplicates and answers in public, linked to the measures that respond."""

from html import unescape

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.municipalities.models import Role
from sachstand.participation import abuse
from sachstand.participation.models import QUESTION_MAX, CitizenQuestion, QuestionStatus
from sachstand.participation.services.questions import (
    question_answer,
    question_merge,
    question_publish,
    question_reject,
    question_submit,
)
from tests import cast


def ask_url(plan) -> str:
    return f"/{plan.municipality.slug}/fragen/stellen/"


def asked(plan, text="Wann kommt die Online-Terminvergabe?", email="", field=None):
    return question_submit(
        municipality=plan.municipality, field_of_action=field, text=text, email=email
    )


def test_a_citizen_asks_through_the_public_form(client, plan):
    form = client.get(ask_url(plan)).content.decode()
    assert "HF 1 Bürgerservice" in form and abuse.HONEYPOT in form
    response = client.post(
        ask_url(plan),
        {"topic": plan.service.pk, "text": "Wann kommt die Online-Terminvergabe?",
         "email": "frage@example.org", "consent": "on"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"].endswith("/fragen/danke/")
    question = CitizenQuestion.objects.get()
    assert question.field_of_action == plan.service and question.status == QuestionStatus.NEW
    assert question.email == "frage@example.org" and question.submitted_on
    # Not public before it is answered.
    assert (
        "Online-Terminvergabe"
        not in client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    )


def test_an_email_needs_consent_and_every_problem_names_its_field(client, plan):
    response = client.post(ask_url(plan), {"text": "kurz", "email": "keine-adresse", "topic": ""})
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert _("Your question or suggestion") in html
    assert _("E-mail address for the answer") in html
    assert _("Please enter a valid e-mail address.") in html
    no_consent = client.post(
        ask_url(plan), {"text": "Eine ausreichend lange Frage?", "email": "a@example.org"}
    )
    assert no_consent.status_code == 400
    assert "consent" in no_consent.context["form"].errors
    assert not CitizenQuestion.objects.exists()


def test_length_limits_are_enforced_with_a_message(client, plan):
    response = client.post(ask_url(plan), {"text": "x" * (QUESTION_MAX + 1)})
    assert response.status_code == 400
    html = response.content.decode()
    assert str(QUESTION_MAX) in html and str(QUESTION_MAX + 1) in html
    with pytest.raises(ValidationError) as error:
        asked(plan, text="x" * (QUESTION_MAX + 1))
    assert "text" in error.value.error_dict
    assert not CitizenQuestion.objects.exists()


def test_a_filled_honeypot_stores_nothing(client, plan):
    response = client.post(
        ask_url(plan), {"text": "Eine ganz normale Frage?", abuse.HONEYPOT: "buy now"}
    )
    assert response.status_code == 400
    assert abuse.honeypot_message() in unescape(response.content.decode())
    assert not CitizenQuestion.objects.exists()


def test_the_sixth_question_within_an_hour_is_refused(client, plan):
    for n in range(5):
        assert (
            client.post(ask_url(plan), {"text": f"Frage Nummer {n} an die Stadt"}).status_code
            == 302
        )
    refused = client.post(ask_url(plan), {"text": "Frage Nummer 6 an die Stadt"})
    assert refused.status_code == 429
    assert "Frage Nummer 6 an die Stadt" in refused.content.decode()  # kept in the form
    assert CitizenQuestion.objects.count() == 5
    assert (
        client.post(
            ask_url(plan), {"text": "Frage von woanders her"}, REMOTE_ADDR="192.0.2.44"
        ).status_code
        == 302
    )


def test_answering_publishes_links_measures_and_mails_the_asker_once(client, plan):
    measure = plan.measure("M 1.2", title="Online-Terminvergabe")
    question = asked(plan, email="frage@example.org", field=plan.service)
    question_answer(
        question=question, answer="Ab Herbst online.", measures=[measure], user=plan.actor
    )
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED and question.answered_on
    assert question.closed_on == question.answered_on
    assert list(question.measures.all()) == [measure]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["frage@example.org"]
    assert "Ab Herbst online." in mail.outbox[0].body
    question_answer(question=question, answer="Ab Herbst online, versprochen.", user=plan.actor)
    assert len(mail.outbox) == 1  # a correction is not mailed again
    slug = plan.municipality.slug
    listing = client.get(f"/{slug}/fragen/").content.decode()
    assert "Ab Herbst online, versprochen." in listing and "frage@example.org" not in listing
    assert "HF 1 Bürgerservice" in listing and f"/{slug}/massnahmen/{measure.pk}/" in listing
    field_page = client.get(f"/{slug}/handlungsfelder/{plan.service.pk}/").content.decode()
    assert "Wann kommt die Online-Terminvergabe?" in field_page
    measure_page = client.get(f"/{slug}/massnahmen/{measure.pk}/").content.decode()
    assert "Ab Herbst online, versprochen." in measure_page


def test_a_non_public_measure_is_not_shown_with_the_answer(client, plan):
    internal = plan.measure("M 9.9", title="INTERNE-MASSNAHME", is_public=False)
    question_answer(question=asked(plan), answer="Intern geklärt.", measures=[internal],
                    user=plan.actor)  # fmt: skip
    html = client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    assert "Intern geklärt." in html and "INTERNE-MASSNAHME" not in html


def test_rejecting_needs_a_reason_which_is_mailed_and_never_published(client, plan):
    question = asked(plan, text="Eine Beleidigung statt einer Frage", email="b@example.org")
    with pytest.raises(ValidationError) as error:
        question_reject(question=question, reason="  ", user=plan.actor)
    assert "rejection_reason" in error.value.error_dict
    question_reject(question=question, reason="Enthält eine Beleidigung.", user=plan.actor)
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED and question.closed_on
    assert "Enthält eine Beleidigung." in mail.outbox[0].body
    with pytest.raises(ValidationError):
        question_answer(question=question, answer="Doch noch.", user=plan.actor)
    html = client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    assert "Beleidigung" not in html


def test_duplicates_are_merged_and_answered_with_the_first(client, plan):
    first = asked(plan, text="Wann kommt Glasfaser nach Oberdorf?", email="a@example.org")
    second = asked(plan, text="Glasfaser in Oberdorf – wann?", email="b@example.org")
    third = asked(plan, text="Oberdorf braucht Glasfaser, wann?")
    question_merge(question=third, into=second, user=plan.actor)
    question_merge(question=second, into=first, user=plan.actor)  # third follows second
    third.refresh_from_db()
    assert third.merged_into == first and third.status == QuestionStatus.MERGED
    with pytest.raises(ValidationError):
        question_merge(question=first, into=first, user=plan.actor)
    with pytest.raises(ValidationError):
        question_merge(question=first, into=second, user=plan.actor)  # second is merged
    question_answer(question=first, answer="2027.", user=plan.actor)
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert CitizenQuestion.objects.filter(closed_on__isnull=False).count() == 3
    html = client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    assert "Wann kommt Glasfaser nach Oberdorf?" in html
    assert "Glasfaser in Oberdorf – wann?" not in html  # duplicates are not listed again
    asked_by = ngettext("asked by %(counter)s person", "asked by %(counter)s people", 3)
    assert asked_by % {"counter": 3} in html


def test_a_later_duplicate_of_an_answered_question_gets_the_answer_at_once(plan):
    first = asked(plan, text="Gibt es WLAN in der Bücherei?")
    question_answer(question=first, answer="Ja, seit Mai.", user=plan.actor)
    later = asked(plan, text="Hat die Bücherei WLAN?", email="c@example.org")
    question_merge(question=later, into=first, user=plan.actor)
    later.refresh_from_db()
    assert later.closed_on and "Ja, seit Mai." in mail.outbox[0].body


def test_publishing_without_answer_shows_nothing_yet(client, plan):
    question = asked(plan, text="Eine Frage ohne Antwort bisher")
    assert question_publish(question=question, user=plan.actor)
    assert not question_publish(question=question, user=plan.actor)
    html = client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    assert "Eine Frage ohne Antwort bisher" not in html


def test_only_who_may_change_the_plan_moderates(plan):
    question = asked(plan)
    editor = cast.member(plan, "editor", Role.EDITOR, plan.office)
    for service, extra in (
        (question_publish, {}),
        (question_reject, {"reason": "x"}),
        (question_answer, {"answer": "x"}),
    ):
        with pytest.raises(PermissionDenied):
            service(question=question, user=editor, **extra)


def test_script_in_a_question_is_shown_escaped(client, plan):
    question = asked(plan, text="<script>alert('frage')</script> Ist das sicher?")
    question_answer(question=question, answer="<b>Ja</b>, ist es.", user=plan.actor)
    html = client.get(f"/{plan.municipality.slug}/fragen/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>Ja</b>" not in html and "&lt;b&gt;Ja&lt;/b&gt;" in html


def test_the_retention_period_is_named_in_singular_and_plural(client, plan, settings):
    settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS = 1
    assert "spätestens 1 Tag nach der Antwort." in client.get(ask_url(plan)).content.decode()
    settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS = 30
    assert "spätestens 30 Tage nach der Antwort." in client.get(ask_url(plan)).content.decode()
