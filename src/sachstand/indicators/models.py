"""Indicators (Kennzahlen) with baseline, targets and measurements."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel, TenantPart


class Direction(models.TextChoices):
    HIGHER = "higher", _("higher is better")
    LOWER = "lower", _("lower is better")


class Source(models.TextChoices):
    MANUAL = "manual", _("entered by hand")
    ONLINE_SERVICES = "online_services", _("register of online services")
    EVENT_LOG = "event_log", _("event log")
    FORMULA = "formula", _("formula over other indicators")


class Indicator(TenantModel):
    """A measured quantity with unit, direction and definition (Kennzahl)."""

    code = models.CharField(_("code"), max_length=30, db_collation=GERMAN)
    name = models.CharField(_("name"), max_length=300, db_collation=GERMAN)
    unit = models.CharField(_("unit"), max_length=30, help_text=_("e.g. %, Anzahl, Tage"))
    direction = models.CharField(_("direction"), max_length=10, choices=Direction)
    definition = models.TextField(_("definition"), help_text=_("Exactly what is counted, how."))
    source = models.CharField(_("source"), max_length=20, choices=Source, default=Source.MANUAL)
    org_unit = models.ForeignKey(
        "municipalities.OrgUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("responsible organisational unit"),
    )
    goals = models.ManyToManyField(
        "strategy.Goal", blank=True, related_name="indicators", verbose_name=_("goals measured")
    )
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=True)

    history = change_history(m2m_fields=["goals"])

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"], name="indicator_code_unique_per_municipality"
            ),
            models.CheckConstraint(
                condition=Q(direction__in=Direction.values), name="indicator_direction_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class IndicatorValue(TenantPart):
    """A value of an indicator (target or measurement): its municipality is the indicator's, and
    the value must make sense in the indicator's unit."""

    parent = "indicator"

    class Meta:
        abstract = True

    def clean(self) -> None:
        if self.indicator_id:  # type: ignore[attr-defined]
            check_value(self.indicator, self.value, "value")  # type: ignore[attr-defined]


class Target(IndicatorValue):
    """The value an indicator should reach by a date (Zielwert)."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="targets", verbose_name=_("indicator")
    )
    value = models.DecimalField(_("target value"), max_digits=14, decimal_places=4)
    due_date = models.DateField(_("to be reached by"))

    history = change_history()

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["due_date"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "due_date"], name="target_one_per_date"),
        ]

    def __str__(self) -> str:
        return f"{self.value} ({self.due_date:%d.%m.%Y})"


def check_value(indicator: Indicator, value, field: str) -> None:
    """Shares lie between 0 and 100; counts, days and the like are not negative."""
    if value is None:
        return
    if indicator.unit.strip() == "%" and not 0 <= value <= 100:
        raise ValidationError(
            {field: _("%(value)s %% is not a share between 0 and 100 %%.") % {"value": value}}
        )
    if value < 0:
        raise ValidationError(
            {
                field: _("%(value)s is negative; %(unit)s cannot be negative.")
                % {"value": value, "unit": indicator.unit or _("the value")}
            }
        )


class Measurement(IndicatorValue):
    """One observed value of an indicator (Messwert), at a date or for a period ending then."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="measurements",
        verbose_name=_("indicator"),
    )
    date = models.DateField(_("date"), help_text=_("The day, or the last day of the period."))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    note = models.TextField(_("note"), blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )

    history = change_history()

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "date"], name="measurement_one_per_date"),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d.%m.%Y}: {self.value}"
