"""The public pages run a fixed number of queries, whatever the number of answers, questions
and measures."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sachstand.participation.models import SurveyAnswer
from sachstand.participation.services.questions import question_answer, question_submit
from sachstand.participation.services.surveys import (
    free_text_moderate,
    measures_cite,
    survey_close,
    survey_save,
)
from tests.participation.conftest import build_survey


def fill(plan, responses: int, questions: int) -> dict[str, str]:
    measures = [plan.measure(f"M 1.{n}", title=f"Maßnahme {n}") for n in range(1, 4)]
    built = build_survey(plan)
    for n in range(responses):
        built.submit(channel="online", wanted=["termin", "akte"], rating=1 + n % 5, text=f"T{n}")
    survey_close(survey=built.survey, user=plan.actor)
    survey_save(municipality=plan.municipality, survey=built.survey,
                values={"results_public": True}, user=plan.actor)  # fmt: skip
    measures_cite(source=built.options["termin"], measures=measures, user=plan.actor)
    for answer in SurveyAnswer.objects.filter(question=built.missing):
        free_text_moderate(answer=answer, publish=True, user=plan.actor)
    open_survey = build_survey(plan, title="Offen")
    for n in range(questions):
        question = question_submit(
            municipality=plan.municipality, field_of_action=plan.service,
            text=f"Frage Nummer {n} an die Stadt",
        )  # fmt: skip
        question_answer(question=question, answer="Antwort", measures=measures, user=plan.actor)
    slug = plan.municipality.slug
    return {
        "surveys": f"/{slug}/umfragen/",
        "form": f"/{slug}/umfragen/{open_survey.survey.pk}/",
        "results": f"/{slug}/umfragen/{built.survey.pk}/ergebnisse/",
        "csv": f"/{slug}/umfragen/{built.survey.pk}/ergebnisse.csv",
        "questions": f"/{slug}/fragen/",
        "ask": f"/{slug}/fragen/stellen/",
        "privacy": f"/{slug}/datenschutz/",
        "field": f"/{slug}/handlungsfelder/{plan.service.pk}/",
        "measure": f"/{slug}/massnahmen/{measures[0].pk}/",
    }


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def test_query_counts_do_not_grow_with_answers_and_questions(client, plan, other_plan):
    small = fill(plan, responses=5, questions=1)
    large = fill(other_plan, responses=30, questions=12)
    for name, url in small.items():
        for warm in (url, large[name]):  # the first call renders and caches the charts
            queries(client, warm)
        assert queries(client, url) == queries(client, large[name]), name
