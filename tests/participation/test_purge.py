"""The daily job deletes e-mail addresses after the retention period and the links of closed
surveys; it is safe to repeat and says in German what it did."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_date
from sachstand.participation.models import CitizenQuestion, StaffToken
from sachstand.participation.services.purge import participation_purge
from sachstand.participation.services.questions import question_answer, question_submit
from sachstand.participation.services.responses import staff_tokens_issue
from sachstand.participation.services.surveys import survey_close
from tests.participation.conftest import build_survey


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("participation-purge", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def answered_long_ago(plan):
    with time_machine.travel(date(2026, 1, 10)):
        old = question_submit(
            municipality=plan.municipality, field_of_action=None,
            text="Eine Frage aus dem Januar", email="alt@example.org",
        )  # fmt: skip
        question_answer(question=old, answer="Erledigt.", user=plan.actor)
    with time_machine.travel(date(2026, 4, 20)):
        recent = question_submit(
            municipality=plan.municipality, field_of_action=None,
            text="Eine Frage aus dem April", email="neu@example.org",
        )  # fmt: skip
        question_answer(question=recent, answer="Erledigt.", user=plan.actor)
        waiting = question_submit(
            municipality=plan.municipality, field_of_action=None,
            text="Eine noch offene Frage", email="offen@example.org",
        )  # fmt: skip
    return old, recent, waiting


def emails() -> dict[str, str]:
    return dict(CitizenQuestion.objects.values_list("text", "email"))


@time_machine.travel(date(2026, 5, 1))
def test_addresses_go_after_the_retention_period_and_only_then(answered_long_ago):
    output = run()
    cutoff = format_date(date(2026, 5, 1) - timedelta(days=90))
    expected = ngettext(
        "%(count)d e-mail address of questions closed on or before %(date)s deleted.",
        "%(count)d e-mail addresses of questions closed on or before %(date)s deleted.",
        1,
    ) % {"count": 1, "date": cutoff}
    assert expected in output
    assert emails() == {
        "Eine Frage aus dem Januar": "",
        "Eine Frage aus dem April": "neu@example.org",
        "Eine noch offene Frage": "offen@example.org",  # not closed: still needed to answer
    }
    # Idempotent: the second run deletes nothing.
    assert (
        ngettext(
            "%(count)d e-mail address of questions closed on or before %(date)s deleted.",
            "%(count)d e-mail addresses of questions closed on or before %(date)s deleted.",
            0,
        )
        % {"count": 0, "date": cutoff}
        in run()
    )


@time_machine.travel(date(2026, 5, 1))
def test_the_retention_period_is_a_setting(answered_long_ago):
    with override_settings(SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS=5):
        run()
    assert emails()["Eine Frage aus dem April"] == ""
    assert emails()["Eine noch offene Frage"] == "offen@example.org"


def test_the_address_never_enters_the_history(answered_long_ago):
    history = CitizenQuestion.history.model
    assert "email" not in {f.name for f in history._meta.fields}
    participation_purge(today=date(2027, 1, 1))
    assert not CitizenQuestion.objects.exclude(email="").exclude(closed_on__isnull=True).exists()


def test_links_of_closed_surveys_are_deleted(plan):
    staff = build_survey(plan, title="Intern", audience="staff")
    staff_tokens_issue(survey=staff.survey, count=4, user=plan.actor)
    run()
    assert StaffToken.objects.count() == 4  # still open
    survey_close(survey=staff.survey, user=plan.actor)
    output = run()
    assert (
        ngettext(
            "%(count)d one-time link of closed surveys deleted.",
            "%(count)d one-time links of closed surveys deleted.",
            4,
        )
        % {"count": 4}
        in output
    )
    assert not StaffToken.objects.exists()


def test_a_negative_period_is_refused(db):
    with pytest.raises(CommandError) as error:
        run("--days", "-1")
    assert _("The retention period must not be negative (given: %(days)d days).") % {
        "days": -1
    } in str(error.value)
