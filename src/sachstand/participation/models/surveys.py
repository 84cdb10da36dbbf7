"""Surveys of citizens and staff (Bedarfsanalyse): questions, options, anonymous responses and
the one-time links of staff surveys.

Anonymity is built into the tables: a response knows its survey and the day it came in, nothing
else. Responses and answers are written without history rows (a history row carries the exact
moment and the request's user); staff tokens are stored as hashes, carry no date and no
reference to the response they were spent on, and no e-mail address is stored at all.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel, TenantPart
from sachstand.core.validators import RATING

# Length limits of what the public may type (the forms enforce the same with a German message).
TEXT_ANSWER_MAX = 2000


class Audience(models.TextChoices):
    CITIZENS = "citizens", _("citizens")
    STAFF = "staff", _("staff")


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("single choice")
    MULTIPLE = "multiple", _("multiple choice")
    RATING = "rating", _("rating 1–5")
    TEXT = "text", _("free text")


CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


class Moderation(models.TextChoices):
    PENDING = "pending", _("not yet moderated")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("not published")


class Topics(models.Model):
    """What a question or an option is about: a field of action, an online service, or both."""

    field_of_action = models.ForeignKey(
        "strategy.FieldOfAction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("field of action"),
    )
    online_service = models.ForeignKey(
        "onlineservices.OnlineService",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("online service"),
    )

    class Meta:
        abstract = True

    def clean_topics(self, errors: dict[str, str]) -> None:
        # A part edited inline learns its municipality from its parent only when saved.
        municipality_id = self.municipality_id  # type: ignore[attr-defined]
        parent_id = getattr(self, f"{self.parent}_id", None)  # type: ignore[attr-defined]
        if municipality_id is None and parent_id:
            municipality_id = getattr(self, self.parent).municipality_id  # type: ignore[attr-defined]
        for name in ("field_of_action", "online_service"):
            related = getattr(self, name) if getattr(self, f"{name}_id") else None
            if related is not None and related.municipality_id != municipality_id:
                errors[name] = _("“%(value)s” belongs to another municipality.") % {
                    "value": related
                }


class Survey(TenantModel):
    """A survey of citizens or of staff; built as a draft, then opened and closed once."""

    title = models.CharField(_("title"), max_length=200, db_collation=GERMAN)
    description = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the questions: what the survey is for, how long it takes."),
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience, default=Audience.CITIZENS
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SurveyStatus, default=SurveyStatus.DRAFT
    )
    opened_on = models.DateField(_("opened on"), null=True, blank=True, editable=False)
    closed_on = models.DateField(_("closed on"), null=True, blank=True, editable=False)
    results_public = models.BooleanField(
        _("results public"),
        default=False,
        help_text=_("Show the results on the public pages once the survey is closed."),
    )

    history = change_history()

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-opened_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(audience__in=Audience.values), name="survey_audience_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=SurveyStatus.values), name="survey_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == SurveyStatus.OPEN


class SurveyQuestion(Topics, TenantPart):
    """One question of a survey, optionally about a field of action or an online service."""

    parent = "survey"

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="questions", verbose_name=_("survey")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.CharField(_("question"), max_length=500)
    hint = models.CharField(_("hint"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind)
    required = models.BooleanField(_("answer required"), default=False)
    rating_low = models.CharField(
        _("meaning of 1"), max_length=60, blank=True, help_text=_("e.g. “not important”")
    )
    rating_high = models.CharField(
        _("meaning of 5"), max_length=60, blank=True, help_text=_("e.g. “very important”")
    )
    high_means_need = models.BooleanField(
        _("a high rating means a need"),
        default=True,
        help_text=_(
            "For ratings: on for “how important is …” (4 and 5 signal a need), off for “how "
            "satisfied are you with …” (1 and 2 signal a need)."
        ),
    )
    measures = models.ManyToManyField(
        "strategy.Measure",
        blank=True,
        related_name="cited_survey_questions",
        verbose_name=_("measures motivated by this question"),
    )

    history = change_history(m2m_fields=["measures"])

    class Meta:
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")
        ordering = ["survey", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=QuestionKind.values), name="surveyquestion_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.text

    def clean(self) -> None:
        errors: dict[str, str] = {}
        self.clean_topics(errors)
        if errors:
            raise ValidationError(errors)


class SurveyOption(Topics, TenantPart):
    """An answer option of a choice question. An option about a field of action or a service
    (e.g. “Which services do you miss online?” – “Wohngeld”) counts as a need for it when
    chosen; so does an option marked as signalling a need."""

    parent = "question"

    question = models.ForeignKey(
        SurveyQuestion,
        on_delete=models.CASCADE,
        related_name="options",
        verbose_name=_("question"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.CharField(_("option"), max_length=200)
    signals_need = models.BooleanField(
        _("signals a need"),
        default=False,
        help_text=_("e.g. “no” to “Can you find what you need online?”"),
    )
    measures = models.ManyToManyField(
        "strategy.Measure",
        blank=True,
        related_name="cited_survey_options",
        verbose_name=_("measures motivated by this option"),
    )

    history = change_history(m2m_fields=["measures"])

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["question", "position", "pk"]

    def __str__(self) -> str:
        return self.text

    def clean(self) -> None:
        errors: dict[str, str] = {}
        self.clean_topics(errors)
        if errors:
            raise ValidationError(errors)


class SurveyResponse(TenantPart):
    """One person's response: only the survey and the day (never the time, never who)."""

    parent = "survey"

    survey = models.ForeignKey(
        Survey, on_delete=models.PROTECT, related_name="responses", verbose_name=_("survey")
    )
    submitted_on = models.DateField(_("submitted on"))

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["survey", "submitted_on"]


class SurveyAnswer(TenantPart):
    """The answer to one question: one row per chosen option, or a rating, or a free text.

    Written in bulk without history; the moderation of free texts later is recorded (who
    published or held back a text), which reveals nothing about when it was written.
    """

    parent = "response"

    response = models.ForeignKey(
        SurveyResponse,
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name=_("response"),
    )
    question = models.ForeignKey(
        SurveyQuestion,
        on_delete=models.PROTECT,
        related_name="answers",
        verbose_name=_("question"),
    )
    option = models.ForeignKey(
        SurveyOption,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answers",
        verbose_name=_("option"),
    )
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True, validators=RATING)
    text = models.TextField(
        _("free text"), blank=True, validators=[MaxLengthValidator(TEXT_ANSWER_MAX)]
    )
    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation, blank=True, default=""
    )

    history = change_history()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["question", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__range=(1, 5)),
                name="surveyanswer_rating_1_5",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80] if self.text else str(self.option or self.rating or "")


class FreeText(SurveyAnswer):
    """The free-text answers, as the back office moderates them."""

    class Meta:
        proxy = True
        verbose_name = _("free text")
        verbose_name_plural = _("free texts (moderation)")


class StaffToken(TenantPart):
    """A one-time link of a staff survey, stored as the SHA-256 of the token only.

    No date, no e-mail address, no reference to the response: once spent it says "used",
    nothing more. The purge command deletes the tokens of closed surveys.
    """

    parent = "survey"

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="tokens", verbose_name=_("survey")
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    used = models.BooleanField(_("used"), default=False)

    class Meta:
        verbose_name = _("staff link")
        verbose_name_plural = _("staff links")
