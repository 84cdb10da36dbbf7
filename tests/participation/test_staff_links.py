"""Staff answer once each through a one-time link, and their answers cannot be traced back to
the link or to the person who got it."""

import hashlib

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils.translation import gettext as _

from sachstand.participation.models import StaffToken, SurveyAnswer, SurveyResponse
from sachstand.participation.services.responses import (
    parse_addresses,
    staff_invite,
    staff_tokens_issue,
)
from sachstand.participation.services.surveys import survey_close
from tests.participation.conftest import build_survey


@pytest.fixture
def staff(plan):
    return build_survey(plan, title="Beschäftigtenbefragung", audience="staff")


def url(plan, staff, token):
    return f"/{plan.municipality.slug}/umfragen/{staff.survey.pk}/einladung/{token}/"


def test_only_the_hash_of_a_token_is_stored(plan, staff):
    tokens = staff_tokens_issue(survey=staff.survey, count=3, user=plan.actor)
    assert len(set(tokens)) == 3 and all(len(t) >= 32 for t in tokens)
    stored = set(StaffToken.objects.values_list("token_hash", flat=True))
    assert stored == {hashlib.sha256(t.encode()).hexdigest() for t in tokens}
    assert not any(t in h for t in tokens for h in stored)


def test_a_link_answers_once_and_the_second_use_is_refused(client, plan, staff):
    token = staff_tokens_issue(survey=staff.survey, count=1, user=plan.actor)[0]
    page = client.get(url(plan, staff, token))
    assert page.status_code == 200 and staff.channel.text in page.content.decode()
    data = {f"q{staff.channel.pk}": staff.options["online"].pk}
    sent = client.post(url(plan, staff, token), data)
    assert sent.status_code == 302 and SurveyResponse.objects.count() == 1
    again = client.post(url(plan, staff, token), data)
    assert again.status_code == 410
    assert _("This link was already used: each invitation answers the survey once.") in (
        again.content.decode()
    )
    assert SurveyResponse.objects.count() == 1
    with pytest.raises(ValidationError) as error:
        staff.submit(token=token, channel="online")
    assert error.value.code == "token_used"


def test_an_unknown_link_or_none_at_all_is_refused(client, plan, staff):
    assert client.get(url(plan, staff, "erfunden")).status_code == 404
    with pytest.raises(ValidationError):
        staff.submit(channel="online")  # a staff survey needs a token
    with pytest.raises(ValidationError) as error:
        staff.submit(token="erfunden", channel="online")
    assert error.value.code == "token_unknown"
    assert not SurveyResponse.objects.exists()
    # The staff survey has no public form.
    assert client.get(f"/{plan.municipality.slug}/umfragen/{staff.survey.pk}/").status_code == 404


def test_refused_answers_spend_no_token(plan, staff):
    token = staff_tokens_issue(survey=staff.survey, count=1, user=plan.actor)[0]
    with pytest.raises(ValidationError):
        staff.submit(token=token, rating=9)
    assert not StaffToken.objects.get().used and not SurveyResponse.objects.exists()
    staff.submit(token=token, rating=4)
    assert StaffToken.objects.get().used


def test_the_response_is_not_linkable_to_the_token(plan, staff):
    tokens = staff_tokens_issue(survey=staff.survey, count=5, user=plan.actor)
    staff.submit(token=tokens[3], channel="online", text="Mehr Notebooks")
    # The tables: a response knows its survey and its day, an answer its response; a token
    # knows its survey, its hash and whether it was used. Nothing else, no time of day.
    response_fields = {f.name for f in SurveyResponse._meta.concrete_fields}
    assert response_fields == {"id", "municipality", "survey", "submitted_on"}
    token_fields = {f.name for f in StaffToken._meta.concrete_fields}
    assert token_fields == {"id", "municipality", "survey", "token_hash", "used"}
    assert not {f.name for f in SurveyAnswer._meta.concrete_fields} & {"token", "created"}
    # No history row was written for the response or its answers.
    assert not SurveyAnswer.history.exists()
    # No column of the response or answer tables holds the token or its hash.
    spent = StaffToken.objects.get(used=True).token_hash
    for table in (SurveyResponse._meta.db_table, SurveyAnswer._meta.db_table):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {table}")
            rows = cursor.fetchall()
        assert rows and not any(spent in str(v) or tokens[3] in str(v) for r in rows for v in r)


def test_invitations_are_mailed_and_the_addresses_not_stored(plan, staff):
    addresses = parse_addresses("a@stadt.example, b@stadt.example;\nA@stadt.example")
    assert addresses == ["a@stadt.example", "b@stadt.example"]
    sent = staff_invite(
        survey=staff.survey, addresses=addresses, link=lambda t: f"https://x/{t}/",
        user=plan.actor,
    )  # fmt: skip
    assert sent == 2 and [m.to for m in mail.outbox] == [["a@stadt.example"], ["b@stadt.example"]]
    assert all("https://x/" in m.body for m in mail.outbox)
    assert StaffToken.objects.count() == 2
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {StaffToken._meta.db_table}")
        assert "stadt.example" not in str(cursor.fetchall())


def test_wrong_addresses_are_named(plan):
    with pytest.raises(ValidationError) as error:
        parse_addresses("gut@stadt.example kein-at-zeichen")
    assert "kein-at-zeichen" in str(error.value) and "emails" in error.value.error_dict


def test_links_only_for_staff_surveys_that_are_not_closed(plan, built, staff):
    with pytest.raises(ValidationError):
        staff_tokens_issue(survey=built.survey, count=1, user=plan.actor)
    survey_close(survey=staff.survey, user=plan.actor)
    with pytest.raises(ValidationError):
        staff_tokens_issue(survey=staff.survey, count=1, user=plan.actor)
    with pytest.raises(ValidationError):
        staff_tokens_issue(survey=build_survey(plan, title="B", audience="staff").survey,
                           count=0, user=plan.actor)  # fmt: skip


def test_guessing_links_is_slowed_down(client, plan, staff):
    for n in range(20):
        assert client.get(url(plan, staff, f"geraten-{n}")).status_code == 404
    token = staff_tokens_issue(survey=staff.survey, count=1, user=plan.actor)[0]
    blocked = client.get(url(plan, staff, token))
    assert blocked.status_code == 429
    # Another connection is not affected.
    assert client.get(url(plan, staff, token), REMOTE_ADDR="198.51.100.7").status_code == 200
