from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sachstand.core.collation import GERMAN
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel
from sachstand.municipalities.validators import FEDERAL_STATE_CODES, validate_ags


class FederalState(models.TextChoices):
    SH = "SH", _("Schleswig-Holstein")
    HH = "HH", _("Hamburg")
    NI = "NI", _("Lower Saxony")
    HB = "HB", _("Bremen")
    NW = "NW", _("North Rhine-Westphalia")
    HE = "HE", _("Hesse")
    RP = "RP", _("Rhineland-Palatinate")
    BW = "BW", _("Baden-Württemberg")
    BY = "BY", _("Bavaria")
    SL = "SL", _("Saarland")
    BE = "BE", _("Berlin")
    BB = "BB", _("Brandenburg")
    MV = "MV", _("Mecklenburg-Western Pomerania")
    SN = "SN", _("Saxony")
    ST = "ST", _("Saxony-Anhalt")
    TH = "TH", _("Thuringia")


class Municipality(models.Model):
    """The tenant: one local authority, identified by its AGS."""

    name = models.CharField(_("name"), max_length=200, db_collation=GERMAN)
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    ags = models.CharField(
        _("official municipality key (AGS)"),
        max_length=8,
        unique=True,
        validators=[validate_ags],
        help_text=_("8 digits, e.g. 05158028."),
    )
    federal_state = models.CharField(_("federal state"), max_length=2, choices=FederalState)

    history = change_history()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ags__regex=r"^[0-9]{8}$"), name="municipality_ags_8_digits"
            ),
            models.CheckConstraint(condition=~models.Q(slug=""), name="municipality_slug_set"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        expected = FEDERAL_STATE_CODES.get((self.ags or "")[:2])
        if expected and self.federal_state and expected != self.federal_state:
            raise ValidationError(
                {
                    "federal_state": _("The AGS %(ags)s belongs to %(expected)s, not to %(given)s.")
                    % {
                        "ags": self.ags,
                        "expected": FederalState(expected).label,
                        "given": FederalState(self.federal_state).label,
                    }
                }
            )


class OrgUnit(TenantModel):
    """An organisational unit (Fachbereich, Amt) that is responsible for measures."""

    code = models.CharField(
        _("code"), max_length=30, db_collation=GERMAN, help_text=_("e.g. “FB 66”")
    )
    name = models.CharField(_("name"), max_length=200, db_collation=GERMAN)

    history = change_history()

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"], name="orgunit_code_unique_per_municipality"
            ),
            models.CheckConstraint(condition=models.Q(code__gt=""), name="orgunit_code_set"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Committee(TenantModel):
    """A council committee (Ausschuss) that receives excerpts of the report."""

    name = models.CharField(_("name"), max_length=200, db_collation=GERMAN)
    slug = models.SlugField(_("short name"), max_length=60)

    history = change_history()

    class Meta:
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug"], name="committee_slug_unique_per_municipality"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """What a person may do in one municipality (see ``sachstand.municipalities.roles``)."""

    ADMINISTRATOR = "administrator", _("administrator")
    EDITOR = "editor", _("editor")
    REVIEWER = "reviewer", _("reviewer")
    COUNCIL_READER = "council_reader", _("council reader")


class Membership(TenantModel):
    """A person's role in a municipality; an editor's role covers the org units named."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    org_units = models.ManyToManyField(
        OrgUnit,
        blank=True,
        related_name="+",
        verbose_name=_("organisational units"),
        help_text=_("For editors: the units whose measures and indicators they keep."),
    )

    history = change_history(m2m_fields=["org_units"])

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["municipality__name", "user__username", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "user", "role"], name="membership_one_per_role"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=Role.values), name="membership_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()}"
