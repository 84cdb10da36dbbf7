"""The needs analysis of Teststadt: a citizens' survey with one question of each kind, built
through the services, and helpers to answer it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from sachstand.participation.models import Survey, SurveyOption, SurveyQuestion
from sachstand.participation.services.responses import response_submit
from sachstand.participation.services.surveys import (
    survey_open,
    survey_option_save,
    survey_question_save,
    survey_save,
)


@dataclass
class Built:
    survey: Survey
    channel: SurveyQuestion  # single choice: how did you last deal with the city?
    wanted: SurveyQuestion  # multiple choice about services, options about fields
    appointments: SurveyQuestion  # rating, about HF 1: how important are online appointments?
    missing: SurveyQuestion  # free text
    options: dict[str, SurveyOption]

    def answer(self, **values: Any) -> dict[int, Any]:
        """Answers by name: channel="online", wanted=["termin", ...], rating=4, text="…"."""
        answers: dict[int, Any] = {}
        if "channel" in values:
            answers[self.channel.pk] = self.options[values["channel"]].pk
        if "wanted" in values:
            answers[self.wanted.pk] = [self.options[v].pk for v in values["wanted"]]
        if "rating" in values:
            answers[self.appointments.pk] = values["rating"]
        if "text" in values:
            answers[self.missing.pk] = values["text"]
        return answers

    def submit(self, token: str | None = None, **values: Any):
        return response_submit(survey=self.survey, answers=self.answer(**values), token=token)


def build_survey(plan, *, title: str = "Bürgerbefragung 2026", audience: str = "citizens",
                 open_it: bool = True, actor=None) -> Built:  # fmt: skip
    actor = actor or plan.actor
    survey, _ = survey_save(
        municipality=plan.municipality,
        values={"title": title, "audience": audience, "description": "Fünf Minuten."},
        user=actor,
    )

    def question(position: int, text: str, kind: str, **values: Any) -> SurveyQuestion:
        q, _ = survey_question_save(
            survey=survey,
            values={"position": position, "text": text, "kind": kind, **values},
            user=actor,
        )
        return q

    def option(q: SurveyQuestion, position: int, text: str, **values: Any) -> SurveyOption:
        o, _ = survey_option_save(
            question=q, values={"position": position, "text": text, **values}, user=actor
        )
        return o

    channel = question(1, "Wie haben Sie zuletzt etwas erledigt?", "single")
    wanted = question(2, "Was möchten Sie online erledigen?", "multiple")
    appointments = question(
        3, "Wie wichtig sind Online-Termine?", "rating", field_of_action=plan.service,
        rating_low="unwichtig", rating_high="sehr wichtig",
    )  # fmt: skip
    missing = question(4, "Was fehlt Ihnen?", "text")
    options = {
        "vor-ort": option(channel, 1, "Vor Ort"),
        "online": option(channel, 2, "Online"),
        "nein": option(channel, 3, "Gar nicht", signals_need=True),
        "termin": option(wanted, 1, "Termin buchen", field_of_action=plan.service),
        "akte": option(wanted, 2, "Akteneinsicht", field_of_action=plan.efile),
        "nichts": option(wanted, 3, "Nichts"),
    }
    if open_it:
        survey_open(survey=survey, user=actor)
    return Built(survey, channel, wanted, appointments, missing, options)


@pytest.fixture
def built(plan) -> Built:
    return build_survey(plan)
