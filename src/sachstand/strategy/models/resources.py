from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.formatting import format_money
from sachstand.core.history import change_history
from sachstand.core.models import MeasurePart
from sachstand.core.validators import NOT_NEGATIVE, YEAR


class CostKind(models.TextChoices):
    INVESTMENT = "investiv", _("investment")
    OPERATING = "konsumtiv", _("operating")


class CostItem(MeasurePart):
    """Estimated and actual costs of a measure in one year (Kostenschätzung), in EUR."""

    measure = models.ForeignKey(
        "strategy.Measure",
        on_delete=models.CASCADE,
        related_name="cost_items",
        verbose_name=_("measure"),
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR)
    kind = models.CharField(_("kind"), max_length=10, choices=CostKind)
    estimated_amount = models.DecimalField(
        _("estimated (EUR)"), max_digits=14, decimal_places=2, validators=NOT_NEGATIVE
    )
    actual_amount = models.DecimalField(
        _("actual (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NOT_NEGATIVE,
    )
    funding_source = models.CharField(
        _("funding source"),
        max_length=200,
        blank=True,
        db_collation=GERMAN,
        help_text=_("e.g. DigitalPakt Schule, Gigabitförderung"),
    )
    funded_amount = models.DecimalField(
        _("funded (EUR)"),
        max_digits=14,
        decimal_places=2,
        default=Decimal("0"),
        validators=NOT_NEGATIVE,
    )

    history = change_history()

    class Meta:
        verbose_name = _("cost item")
        verbose_name_plural = _("cost items")
        ordering = ["year", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(estimated_amount__gte=0)
                & Q(funded_amount__gte=0)
                & (Q(actual_amount__gte=0) | Q(actual_amount__isnull=True)),
                name="costitem_amounts_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=CostKind.values), name="costitem_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2000, year__lte=2100), name="costitem_year_plausible"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.get_kind_display()}"

    def clean(self) -> None:
        ceiling = max(self.estimated_amount or 0, self.actual_amount or 0)
        if self.funded_amount is not None and self.funded_amount > ceiling:
            raise ValidationError(
                {
                    "funded_amount": _(
                        "The funded amount %(funded)s exceeds the costs of %(costs)s."
                    )
                    % {"funded": format_money(self.funded_amount), "costs": format_money(ceiling)}
                }
            )


class StaffNeed(MeasurePart):
    """Staff a measure needs in one year, in full-time equivalents (VZÄ)."""

    measure = models.ForeignKey(
        "strategy.Measure",
        on_delete=models.CASCADE,
        related_name="staff_needs",
        verbose_name=_("measure"),
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR)
    full_time_equivalents = models.DecimalField(
        _("full-time equivalents"), max_digits=6, decimal_places=2, validators=NOT_NEGATIVE
    )

    history = change_history()

    class Meta:
        verbose_name = _("staff need")
        verbose_name_plural = _("staff needs")
        ordering = ["year", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "year"], name="staffneed_one_per_year"),
            models.CheckConstraint(
                condition=Q(full_time_equivalents__gte=0), name="staffneed_fte_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2000, year__lte=2100), name="staffneed_year_plausible"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.full_time_equivalents}"
