"""The public forms: a survey (built from its questions) and a citizens' question. Each has a
honeypot field and length limits with German messages naming the field."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.participation.abuse import HONEYPOT
from sachstand.participation.models import (
    QUESTION_MAX,
    QUESTION_MIN,
    TEXT_ANSWER_MAX,
    QuestionKind,
    Survey,
    SurveyQuestion,
)
from sachstand.strategy.models import FieldOfAction

TOO_LONG = gettext_lazy(
    "Please write at most %(limit_value)d characters (you wrote %(show_value)d)."
)
TOO_SHORT = gettext_lazy(
    "Please write at least %(limit_value)d characters (you wrote %(show_value)d)."
)


class PublicForm(forms.Form):
    """Errors name their field; the honeypot is a field people never see and bots fill in."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            label=gettext_lazy("Please leave this field empty"), required=False, max_length=200
        )

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT))

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(field id, label, message) for the list of problems at the top of the form."""
        summary = []
        for name, errors in self.errors.items():
            if name == forms.forms.NON_FIELD_ERRORS:
                summary.extend(("", "", str(message)) for message in errors)
                continue
            label = str(self.fields[name].label)
            summary.extend((self[name].auto_id, label, str(message)) for message in errors)
        return summary


class QuestionForm(PublicForm):
    topic = forms.TypedChoiceField(
        label=gettext_lazy("Topic"), coerce=int, empty_value=None, required=False
    )
    text = forms.CharField(
        label=gettext_lazy("Your question or suggestion"),
        widget=forms.Textarea(attrs={"rows": 8}),
        min_length=QUESTION_MIN,
        max_length=QUESTION_MAX,
        error_messages={
            "required": gettext_lazy("Please write your question or suggestion."),
            "max_length": TOO_LONG,
            "min_length": TOO_SHORT,
        },
    )
    email = forms.EmailField(
        label=gettext_lazy("E-mail address for the answer"),
        required=False,
        max_length=254,
        error_messages={"invalid": gettext_lazy("Please enter a valid e-mail address.")},
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that my e-mail address is stored only to send me the answer and then deleted."
        ),
        required=False,
    )

    def __init__(self, *args: Any, fields: list[FieldOfAction], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("", _("General")),
            *((f.pk, f"{f.code} {f.title}") for f in fields),
        ]
        self.topics = {f.pk: f for f in fields}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("Please agree, or leave the e-mail address empty to ask without an answer "
                  "by e-mail."),
            )  # fmt: skip
        return cleaned

    def field_of_action(self) -> FieldOfAction | None:
        topic = self.cleaned_data.get("topic")
        return self.topics.get(topic) if topic else None


def _field_for(question: SurveyQuestion) -> forms.Field:
    label = question.text
    required = question.required
    messages = {"required": _("Please answer this question.")}
    if question.kind == QuestionKind.TEXT:
        return forms.CharField(
            label=label,
            required=required,
            max_length=TEXT_ANSWER_MAX,
            widget=forms.Textarea(attrs={"rows": 5}),
            error_messages={**messages, "max_length": TOO_LONG},
        )
    if question.kind == QuestionKind.RATING:
        choices = [(str(v), str(v)) for v in range(1, 6)]
        return forms.TypedChoiceField(
            label=label, required=required, choices=choices, coerce=int, empty_value=None,
            widget=forms.RadioSelect, error_messages=messages,
        )  # fmt: skip
    choices = [(str(o.pk), o.text) for o in question.options.all()]
    if question.kind == QuestionKind.MULTIPLE:
        return forms.TypedMultipleChoiceField(
            label=label, required=required, choices=choices, coerce=int,
            widget=forms.CheckboxSelectMultiple, error_messages=messages,
        )  # fmt: skip
    return forms.TypedChoiceField(
        label=label, required=required, choices=choices, coerce=int, empty_value=None,
        widget=forms.RadioSelect, error_messages=messages,
    )  # fmt: skip


class SurveyForm(PublicForm):
    """One field ``q<id>`` per question of the survey (questions with options prefetched)."""

    def __init__(self, *args: Any, survey: Survey, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(survey.questions.all())
        for question in self.questions:
            self.fields[f"q{question.pk}"] = _field_for(question)
        # The honeypot last, after the questions.
        self.fields[HONEYPOT] = self.fields.pop(HONEYPOT)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not self.errors and all(
            cleaned.get(f"q{q.pk}") in (None, "", []) for q in self.questions
        ):
            raise forms.ValidationError(_("Please answer at least one question."), code="empty")
        return cleaned

    def answers(self) -> dict[int, Any]:
        return {q.pk: self.cleaned_data.get(f"q{q.pk}") for q in self.questions}

    def items(self) -> list[dict[str, Any]]:
        """The questions as the template lays them out."""
        return [{"question": q, "field": self[f"q{q.pk}"], "kind": q.kind} for q in self.questions]
