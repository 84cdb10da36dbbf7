"""The OZG/LeiKa catalogue: reference data shared by the whole installation.

The one exception to "everything belongs to one municipality": the federal catalogues are the
same for all, so every municipality's register points to the same entries.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.history import change_history


class OzgService(models.Model):
    """An OZG service (OZG-Leistung), as the federal OZG programme bundles them."""

    ozg_id = models.PositiveIntegerField(_("OZG id"), unique=True)
    name = models.CharField(_("name"), max_length=300, db_collation=GERMAN)
    lebenslage = models.CharField(_("life situation"), max_length=200, blank=True)
    themenfeld = models.CharField(_("topic"), max_length=200, blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("OZG service")
        verbose_name_plural = _("OZG services")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.ozg_id} {self.name}"


class LeikaService(models.Model):
    """A service of the federal service catalogue (LeiKa), with its 14-digit key if it has one."""

    leika_key = models.CharField(
        _("LeiKa key"),
        max_length=14,
        null=True,
        blank=True,
        unique=True,
        help_text=_("14 digits; empty for services that are not in the LeiKa."),
    )
    name = models.CharField(_("name"), max_length=500, db_collation=GERMAN)
    typisierung = models.CharField(_("typification"), max_length=20, blank=True)
    ozg_service = models.ForeignKey(
        OzgService,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="leika_services",
        verbose_name=_("OZG service"),
    )
    law = models.CharField(_("legal basis"), max_length=300, blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("LeiKa service")
        verbose_name_plural = _("LeiKa services")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(leika_key__isnull=True) | Q(leika_key__regex=r"^[0-9]{14}$"),
                name="leikaservice_key_14_digits",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.leika_key or '–'} {self.name}"
