"""The register of online services (OZG): the catalogue, the maturity scales, the register.

The OZG/LeiKa catalogue and the maturity scales are reference data shared by the whole
installation, the one exception to "everything belongs to one municipality": they are the same
for all, so every municipality's register points to the same entries. The register itself
(services, their criteria and usage) belongs to one municipality.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.fields import HalfYearField
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel, TenantPart


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


# ------------------------------------------------------------------------------------------------
# Maturity scales (Reifegradmodelle): reference data like the catalogue, editable by an
# administrator. A level is always stored together with the scale it was assessed on.
# ------------------------------------------------------------------------------------------------


class MaturityScale(models.Model):
    """A version of the OZG maturity model, e.g. 1.1 (levels 0–4) or 2.0 (levels 0–7)."""

    code = models.CharField(_("version"), max_length=10, unique=True, help_text=_("e.g. 1.1"))
    name = models.CharField(_("name"), max_length=200)
    valid_from = models.DateField(_("in use since"), null=True, blank=True)
    compliant_level = models.PositiveSmallIntegerField(
        _("OZG-compliant from level"),
        help_text=_("The lowest level at which a service counts as OZG-compliant."),
    )
    source = models.TextField(_("source"), blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("maturity scale")
        verbose_name_plural = _("maturity scales")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def max_level(self) -> int:
        return max((level.level for level in self.levels.all()), default=0)


class MaturityLevel(models.Model):
    """One level of a scale (Reifegrad), with what it means."""

    scale = models.ForeignKey(
        MaturityScale, on_delete=models.CASCADE, related_name="levels", verbose_name=_("scale")
    )
    level = models.PositiveSmallIntegerField(_("level"))
    name = models.CharField(_("name"), max_length=100)
    stage = models.CharField(
        _("stage"), max_length=100, blank=True, help_text=_("e.g. front end, process integration")
    )
    description = models.TextField(_("description"), blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("maturity level")
        verbose_name_plural = _("maturity levels")
        ordering = ["scale", "level"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "level"], name="maturitylevel_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.level} {self.name}"


class MaturityCriterion(models.Model):
    """A criterion a service is assessed on; its level caps the service's level."""

    scale = models.ForeignKey(
        MaturityScale, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("scale")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(
        _("description"), blank=True, help_text=_("What is required for which level.")
    )
    optional = models.BooleanField(
        _("only where required"),
        default=False,
        help_text=_("E.g. payment: a service without fees is not assessed on it."),
    )

    history = change_history()

    class Meta:
        verbose_name = _("maturity criterion")
        verbose_name_plural = _("maturity criteria")
        ordering = ["scale", "number"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "number"], name="maturitycriterion_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class RegisterSettings(TenantModel):
    """A municipality's choice of maturity scale for its register."""

    scale = models.ForeignKey(
        MaturityScale,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("maturity scale"),
        help_text=_("New assessments use this scale; earlier ones keep theirs."),
    )

    history = change_history()

    class Meta:
        verbose_name = _("register settings")
        verbose_name_plural = _("register settings")
        constraints = [
            models.UniqueConstraint(fields=["municipality"], name="registersettings_one"),
        ]

    def __str__(self) -> str:
        return str(self.scale)


# ------------------------------------------------------------------------------------------------
# The register of a municipality
# ------------------------------------------------------------------------------------------------


class OnlineService(TenantModel):
    """A service of the municipality in its register (Onlinedienst), linked to the catalogue or
    standing alone for a local service."""

    leika_service = models.ForeignKey(
        LeikaService,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("LeiKa service"),
    )
    ozg_service = models.ForeignKey(
        OzgService,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("OZG service"),
    )
    name = models.CharField(_("name"), max_length=500, db_collation=GERMAN)
    themenfeld = models.CharField(_("topic"), max_length=200, blank=True)
    lebenslage = models.CharField(_("life situation"), max_length=200, blank=True)
    org_unit = models.ForeignKey(
        "municipalities.OrgUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="online_services",
        verbose_name=_("responsible organisational unit"),
    )
    url = models.URLField(_("URL of the online service"), max_length=500, blank=True)
    scale = models.ForeignKey(
        MaturityScale, on_delete=models.PROTECT, related_name="+", verbose_name=_("maturity scale")
    )
    level = models.PositiveSmallIntegerField(_("maturity level"), default=0)
    e_payment = models.BooleanField(_("e-payment"), default=False)
    citizen_account = models.BooleanField(_("login with citizen account (BundID)"), default=False)
    online_since = models.DateField(_("online since"), null=True, blank=True)
    measures = models.ManyToManyField(
        "strategy.Measure",
        blank=True,
        related_name="online_services",
        verbose_name=_("measures that raise it"),
    )
    is_public = models.BooleanField(_("public"), default=True)

    history = change_history(m2m_fields=["measures"])

    class Meta:
        verbose_name = _("online service")
        verbose_name_plural = _("online services")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "leika_service"],
                condition=Q(leika_service__isnull=False),
                name="onlineservice_leika_once",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def leika_key(self) -> str:
        return (self.leika_service.leika_key or "") if self.leika_service_id else ""

    @property
    def ozg_id(self) -> int | None:
        return self.ozg_service.ozg_id if self.ozg_service_id else None

    def clean(self) -> None:
        errors = {}
        if self.scale_id and self.level is not None:
            top = self.scale.max_level
            if self.level > top:
                errors["level"] = _(
                    "Level %(level)d does not exist in %(scale)s (levels 0 to %(top)d)."
                ) % {"level": self.level, "scale": self.scale, "top": top}
        if (
            self.leika_service_id
            and self.ozg_service_id
            and self.leika_service.ozg_service_id
            and self.leika_service.ozg_service_id != self.ozg_service_id
        ):
            errors["ozg_service"] = _(
                "The LeiKa service %(leika)s belongs to OZG service %(ozg)s, not to %(given)s."
            ) % {
                "leika": self.leika_service.leika_key or self.leika_service.name,
                "ozg": self.leika_service.ozg_service,
                "given": self.ozg_service,
            }
        if errors:
            raise ValidationError(errors)


class CriterionAssessment(TenantPart):
    """The level a service reaches in one criterion of its scale; empty where not required."""

    parent = "service"

    service = models.ForeignKey(
        OnlineService,
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("online service"),
    )
    criterion = models.ForeignKey(
        MaturityCriterion, on_delete=models.PROTECT, related_name="+", verbose_name=_("criterion")
    )
    level = models.PositiveSmallIntegerField(
        _("level reached"), null=True, blank=True, help_text=_("Empty: not required.")
    )

    history = change_history()

    class Meta:
        verbose_name = _("criterion assessment")
        verbose_name_plural = _("criterion assessments")
        ordering = ["criterion__number"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "criterion"], name="criterionassessment_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {'–' if self.level is None else self.level}"

    def clean(self) -> None:
        if not self.criterion_id:
            return
        criterion = self.criterion
        if self.level is None and not criterion.optional:
            raise ValidationError(
                {
                    "level": _("Criterion “%(criterion)s” applies to every service.")
                    % {"criterion": criterion}
                }
            )
        top = criterion.scale.max_level
        if self.level is not None and self.level > top:
            raise ValidationError(
                {
                    "level": _("Level %(level)d does not exist in %(scale)s (levels 0 to %(top)d).")
                    % {"level": self.level, "scale": criterion.scale, "top": top}
                }
            )


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("on paper")
    IN_PERSON = "in_person", _("in person")
    EMAIL = "email", _("by e-mail")


class ServiceUsage(TenantPart):
    """How many applications a service received in a half-year, by channel, and how long they
    took (median)."""

    parent = "service"

    service = models.ForeignKey(
        OnlineService, on_delete=models.CASCADE, related_name="usage", verbose_name=_("service")
    )
    half_year = HalfYearField(_("half-year"), help_text=_("e.g. 2026-H1"))
    online = models.PositiveIntegerField(_("applications online"), null=True, blank=True)
    paper = models.PositiveIntegerField(_("applications on paper"), null=True, blank=True)
    in_person = models.PositiveIntegerField(_("applications in person"), null=True, blank=True)
    email = models.PositiveIntegerField(_("applications by e-mail"), null=True, blank=True)
    processing_days_median = models.DecimalField(
        _("processing time, median (days)"),
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    source = models.CharField(_("source"), max_length=200, blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("usage")
        verbose_name_plural = _("usage")
        ordering = ["service", "half_year"]
        constraints = [
            models.UniqueConstraint(fields=["service", "half_year"], name="serviceusage_unique"),
            models.CheckConstraint(
                condition=Q(half_year__regex=r"^[0-9]{4}-H[12]$"), name="usage_half_year_format"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service} {self.half_year}"

    @property
    def total(self) -> int | None:
        given = [n for n in (self.online, self.paper, self.in_person, self.email) if n is not None]
        return sum(given) if given else None
