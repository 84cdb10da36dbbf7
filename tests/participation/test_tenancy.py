"""A survey or question of one municipality never appears under another's addresses."""

from sachstand.participation.services.questions import question_answer, question_submit
from sachstand.participation.services.responses import staff_tokens_issue
from sachstand.participation.services.surveys import survey_close, survey_save
from tests.participation.conftest import build_survey


def test_nothing_of_teststadt_is_reachable_through_nachbarstadt(client, plan, other_plan):
    built = build_survey(plan)
    staff = build_survey(plan, title="Intern", audience="staff")
    token = staff_tokens_issue(survey=staff.survey, count=1, user=plan.actor)[0]
    for _ in range(5):
        built.submit(channel="online")
    question = question_submit(
        municipality=plan.municipality, field_of_action=plan.service,
        text="Eine Frage nur an Teststadt",
    )  # fmt: skip
    question_answer(question=question, answer="Antwort aus Teststadt", user=plan.actor)
    closed = build_survey(plan, title="Abgeschlossen")
    for _ in range(5):
        closed.submit(channel="online")
    survey_close(survey=closed.survey, user=plan.actor)
    survey_save(municipality=plan.municipality, survey=closed.survey,
                values={"results_public": True}, user=plan.actor)  # fmt: skip
    own, other = plan.municipality.slug, other_plan.municipality.slug
    for path in (
        f"umfragen/{built.survey.pk}/",
        f"umfragen/{closed.survey.pk}/ergebnisse/",
        f"umfragen/{closed.survey.pk}/ergebnisse.csv",
        f"umfragen/{staff.survey.pk}/einladung/{token}/",
    ):
        assert client.get(f"/{own}/{path}").status_code in (200, 410), path
        assert client.get(f"/{other}/{path}").status_code == 404, path
    for path in ("umfragen/", "fragen/"):
        page = client.get(f"/{other}/{path}").content.decode()
        assert built.survey.title not in page and "Antwort aus Teststadt" not in page
    ask = client.get(f"/{other}/fragen/stellen/").content.decode()
    assert f'value="{plan.service.pk}"' not in ask  # only Nachbarstadt's own fields
    assert f'value="{other_plan.service.pk}"' in ask
    posted = client.post(
        f"/{other}/fragen/stellen/", {"topic": plan.service.pk, "text": "Frage mit falschem Thema"}
    )
    assert posted.status_code == 400  # a field of another municipality is no choice
