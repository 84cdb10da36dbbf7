"""Citizens' questions and suggestions (Fragen und Anregungen), and the municipality's privacy
contacts shown on the privacy notice."""

from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.history import change_history
from sachstand.core.models import TenantModel

QUESTION_MIN = 10
QUESTION_MAX = 2000
ANSWER_MAX = 5000


class QuestionStatus(models.TextChoices):
    NEW = "new", _("received")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")
    MERGED = "merged", _("merged into another question")


class CitizenQuestion(TenantModel):
    """A question or suggestion sent through the public form.

    The e-mail address serves only to send the answer; it is kept out of the history and
    deleted ``SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS`` after the question was closed
    (answered, rejected, or its duplicate answered), see ``participation-purge``.
    """

    field_of_action = models.ForeignKey(
        "strategy.FieldOfAction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("field of action"),
        help_text=_("Empty: a general question."),
    )
    text = models.TextField(
        _("question or suggestion"),
        validators=[MinLengthValidator(QUESTION_MIN), MaxLengthValidator(QUESTION_MAX)],
    )
    email = models.EmailField(_("e-mail address for the answer"), blank=True)
    submitted_on = models.DateField(_("received on"))
    status = models.CharField(
        _("status"), max_length=10, choices=QuestionStatus, default=QuestionStatus.NEW
    )
    rejection_reason = models.TextField(_("reason for the rejection"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("merged into"),
    )
    answer = models.TextField(_("answer"), blank=True, validators=[MaxLengthValidator(ANSWER_MAX)])
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    closed_on = models.DateField(
        _("closed on"),
        null=True,
        blank=True,
        help_text=_("When the asker got the final word; the e-mail address is deleted later."),
    )
    measures = models.ManyToManyField(
        "strategy.Measure",
        blank=True,
        related_name="citizen_questions",
        verbose_name=_("measures"),
        help_text=_("The measures the answer refers to, or that the question motivates."),
    )

    history = change_history(m2m_fields=["measures"], excluded_fields=["email"])

    class Meta:
        verbose_name = _("citizens' question")
        verbose_name_plural = _("citizens' questions")
        ordering = ["-submitted_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=QuestionStatus.values), name="citizenquestion_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=QuestionStatus.MERGED) | Q(merged_into__isnull=False),
                name="citizenquestion_merged_has_target",
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"


class PrivacyContact(TenantModel):
    """Who is responsible for the participation data of a municipality (Art. 13 DSGVO)."""

    controller = models.TextField(
        _("controller"),
        help_text=_("Name and postal address of the municipality as the responsible body."),
    )
    data_protection_officer = models.TextField(
        _("data protection officer"), help_text=_("How to reach the data protection officer.")
    )
    supervisory_authority = models.TextField(
        _("supervisory authority"),
        blank=True,
        help_text=_("The data protection authority of the federal state."),
    )

    history = change_history()

    class Meta:
        verbose_name = _("privacy contact")
        verbose_name_plural = _("privacy contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality"], name="privacycontact_one_per_municipality"
            ),
        ]

    def __str__(self) -> str:
        return str(self.controller).splitlines()[0] if self.controller else ""
