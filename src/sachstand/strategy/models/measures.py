from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.formatting import format_date
from sachstand.core.history import change_history
from sachstand.core.models import MeasurePart, TenantModel
from sachstand.core.validators import PERCENT, RATING


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    COMPLETED = "completed", _("completed")
    DEFERRED = "deferred", _("deferred")
    CANCELLED = "cancelled", _("cancelled")


class TrafficLight(models.TextChoices):
    GREEN = "green", _("green")
    YELLOW = "yellow", _("yellow")
    RED = "red", _("red")


class Measure(TenantModel):
    """A concrete project or step of the action plan (Maßnahme)."""

    code = models.CharField(
        _("code"), max_length=30, db_collation=GERMAN, help_text=_("e.g. “M 1.3”")
    )
    title = models.CharField(_("title"), max_length=300, db_collation=GERMAN)
    description = models.TextField(_("description"), blank=True)
    field_of_action = models.ForeignKey(
        "strategy.FieldOfAction",
        on_delete=models.PROTECT,
        related_name="measures",
        verbose_name=_("field of action"),
    )
    goals = models.ManyToManyField(
        "strategy.Goal", blank=True, related_name="measures", verbose_name=_("goals served")
    )
    org_unit = models.ForeignKey(
        "municipalities.OrgUnit",
        on_delete=models.PROTECT,
        related_name="measures",
        verbose_name=_("responsible organisational unit"),
    )
    contact = models.CharField(_("contact person"), max_length=200, blank=True, db_collation=GERMAN)
    benefit = models.PositiveSmallIntegerField(
        _("benefit"), default=3, validators=RATING, help_text=_("1 (low) to 5 (high)")
    )
    urgency = models.PositiveSmallIntegerField(
        _("urgency"), default=3, validators=RATING, help_text=_("1 (low) to 5 (high)")
    )
    effort = models.PositiveSmallIntegerField(
        _("effort"), default=3, validators=RATING, help_text=_("1 (low) to 5 (high)")
    )
    priority_rank = models.PositiveIntegerField(
        _("priority rank"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("1 is the most important; derived from benefit, urgency and effort."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MeasureStatus, default=MeasureStatus.PLANNED
    )
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    percent_complete = models.PositiveSmallIntegerField(
        _("percent complete"), default=0, validators=PERCENT
    )
    dependencies = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="dependents",
        verbose_name=_("depends on"),
    )
    council_reference = models.CharField(
        _("council reference"),
        max_length=100,
        blank=True,
        help_text=_("Number of the motion or resolution, e.g. “A 2024/081”."),
    )
    council_reference_date = models.DateField(
        _("date of the council reference"), null=True, blank=True
    )
    is_public = models.BooleanField(
        _("public"), default=True, help_text=_("Shown on the public pages once released.")
    )

    history = change_history(
        m2m_fields=["goals", "dependencies"], excluded_fields=["priority_rank"]
    )

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"], name="measure_code_unique_per_municipality"
            ),
            models.CheckConstraint(
                condition=Q(planned_end__gte=F("planned_start"))
                | Q(planned_start__isnull=True)
                | Q(planned_end__isnull=True),
                name="measure_planned_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(percent_complete__gte=0, percent_complete__lte=100),
                name="measure_percent_0_100",
            ),
            models.CheckConstraint(
                condition=Q(benefit__range=(1, 5), urgency__range=(1, 5), effort__range=(1, 5)),
                name="measure_priority_inputs_1_5",
            ),
            models.CheckConstraint(
                condition=Q(status__in=MeasureStatus.values), name="measure_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_open(self) -> bool:
        return self.status in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            errors["planned_end"] = _(
                "The planned end %(end)s lies before the planned start %(start)s."
            ) % {"end": format_date(self.planned_end), "start": format_date(self.planned_start)}
        if self.status == MeasureStatus.COMPLETED and not self.actual_end:
            errors["actual_end"] = _("A completed measure needs its actual end date.")
        if self.actual_end and self.status not in (
            MeasureStatus.COMPLETED,
            MeasureStatus.CANCELLED,
        ):
            errors["actual_end"] = _(
                "An actual end (%(end)s) is only possible for a completed or cancelled measure."
            ) % {"end": format_date(self.actual_end)}
        for name in ("field_of_action", "org_unit"):
            related = getattr(self, name, None) if getattr(self, f"{name}_id") else None
            if related is not None and related.municipality_id != self.municipality_id:
                errors[name] = _("“%(value)s” belongs to another municipality.") % {
                    "value": related
                }
        if errors:
            raise ValidationError(errors)


class Milestone(MeasurePart):
    """A dated checkpoint of a measure (Meilenstein)."""

    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("measure")
    )
    title = models.CharField(_("title"), max_length=300, db_collation=GERMAN)
    due_date = models.DateField(_("due date"))
    completed_date = models.DateField(_("completed on"), null=True, blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return self.title
