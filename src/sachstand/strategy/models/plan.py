from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel


class Strategy(TenantModel):
    """The municipality's digitalisation strategy (Digitalisierungsstrategie)."""

    title = models.CharField(_("title"), max_length=200, db_collation=GERMAN)
    vision = models.TextField(_("vision"), blank=True)
    period_start = models.PositiveSmallIntegerField(_("period from (year)"))
    period_end = models.PositiveSmallIntegerField(_("period until (year)"))
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    council_resolution = models.CharField(
        _("council resolution"),
        max_length=100,
        blank=True,
        help_text=_("Reference of the council resolution, e.g. “Vorlage 2024/117”."),
    )

    history = change_history()

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        ordering = ["-period_start", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="strategy_period_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.period_start}–{self.period_end})"


class FieldOfAction(TenantModel):
    """A top-level area of the strategy (Handlungsfeld)."""

    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, related_name="fields", verbose_name=_("strategy")
    )
    code = models.CharField(
        _("code"), max_length=20, db_collation=GERMAN, help_text=_("e.g. “HF 1”")
    )
    title = models.CharField(_("title"), max_length=200, db_collation=GERMAN)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    committees = models.ManyToManyField(
        "municipalities.Committee",
        blank=True,
        related_name="fields_of_action",
        verbose_name=_("committees"),
        help_text=_("Committees that receive this field of action in their report excerpt."),
    )

    history = change_history(m2m_fields=["committees"])

    class Meta:
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "code"], name="fieldofaction_code_unique_per_strategy"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Goal(TenantModel):
    """A goal inside a field of action (Ziel)."""

    field_of_action = models.ForeignKey(
        FieldOfAction,
        on_delete=models.CASCADE,
        related_name="goals",
        verbose_name=_("field of action"),
    )
    code = models.CharField(
        _("code"), max_length=20, db_collation=GERMAN, help_text=_("e.g. “Z 1.1”")
    )
    title = models.CharField(_("title"), max_length=300, db_collation=GERMAN)
    description = models.TextField(_("description"), blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"], name="goal_code_unique_per_municipality"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"
