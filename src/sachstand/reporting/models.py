from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from sachstand.core.fields import HalfYearField
from sachstand.core.halfyear import HalfYear
from sachstand.core.history import change_history
from sachstand.core.models import TenantModel
from sachstand.core.validators import PERCENT
from sachstand.strategy.models import TrafficLight


class ReportingPeriod(TenantModel):
    """A half-year the departments report on (Berichtszeitraum), with its deadline."""

    half_year = HalfYearField(_("half-year"), help_text=_("e.g. 2026-H1"))
    deadline = models.DateField(_("deadline for status updates"), null=True, blank=True)

    history = change_history()

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["-half_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "half_year"], name="period_unique_per_municipality"
            ),
            models.CheckConstraint(
                condition=Q(half_year__regex=r"^[0-9]{4}-H[12]$"), name="period_half_year_format"
            ),
        ]

    def __str__(self) -> str:
        return str(self.half_year)

    @property
    def start(self):
        return HalfYear.parse(str(self.half_year)).start

    @property
    def end(self):
        return HalfYear.parse(str(self.half_year)).end


class StatusUpdate(TenantModel):
    """What a unit reports on one measure for one period (Sachstandsmeldung)."""

    measure = models.ForeignKey(
        "strategy.Measure",
        on_delete=models.PROTECT,
        related_name="status_updates",
        verbose_name=_("measure"),
    )
    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.PROTECT,
        related_name="status_updates",
        verbose_name=_("reporting period"),
    )
    traffic_light = models.CharField(
        _("traffic light (reported)"), max_length=10, choices=TrafficLight
    )
    derived_traffic_light = models.CharField(
        _("traffic light (derived)"),
        max_length=10,
        choices=TrafficLight,
        blank=True,
        editable=False,
        help_text=_("Derived from milestones and progress when the update was saved."),
    )
    derived_reason = models.TextField(
        _("reason for the derived traffic light"), blank=True, editable=False
    )
    deviation_reason = models.TextField(
        _("reason for deviating from the derived traffic light"),
        blank=True,
        help_text=_("Required when the reported traffic light differs from the derived one."),
    )
    percent_complete = models.PositiveSmallIntegerField(_("percent complete"), validators=PERCENT)
    summary = models.TextField(
        pgettext_lazy("status update", "status"), help_text=_("What has been achieved so far.")
    )
    next_steps = models.TextField(_("next steps"), blank=True)
    risks = models.TextField(_("risks"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    reported_at = models.DateTimeField(_("reported at"))

    history = change_history()

    class Meta:
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        ordering = ["-period__half_year", "measure__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "period"], name="statusupdate_one_per_measure_and_period"
            ),
            models.CheckConstraint(
                condition=Q(percent_complete__gte=0, percent_complete__lte=100),
                name="statusupdate_percent_0_100",
            ),
            models.CheckConstraint(
                condition=Q(traffic_light__in=TrafficLight.values),
                name="statusupdate_traffic_light_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.measure.code} · {self.period}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if (
            self.period_id
            and self.measure_id
            and self.period.municipality_id != self.measure.municipality_id
        ):
            errors["period"] = _("The reporting period belongs to another municipality.")
        if self.deviates and not self.deviation_reason.strip():
            errors["deviation_reason"] = _(
                "The reported traffic light “%(reported)s” differs from the derived one "
                "“%(derived)s” (%(reason)s). Please give a reason."
            ) % {
                "reported": self.get_traffic_light_display(),
                "derived": self.get_derived_traffic_light_display(),
                "reason": self.derived_reason,
            }
        if errors:
            raise ValidationError(errors)

    @property
    def deviates(self) -> bool:
        return bool(self.derived_traffic_light) and self.derived_traffic_light != self.traffic_light


class ReleasedReport(TenantModel):
    """A status report as released to the council: its content and files, frozen.

    A released report is served as stored. Its content (the report model as JSON) renders again to
    the same bytes, which the stored hashes let anyone check.
    """

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.PROTECT,
        related_name="released_reports",
        verbose_name=_("reporting period"),
    )
    committee = models.ForeignKey(
        "municipalities.Committee",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="released_reports",
        verbose_name=_("committee"),
    )
    version = models.PositiveSmallIntegerField(_("version"))
    as_of = models.DateTimeField(
        _("data as of"), help_text=_("The moment whose data the report shows.")
    )
    released_at = models.DateTimeField(_("released at"))
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("released by"),
    )
    content = models.JSONField(_("content"))
    pdf = models.BinaryField(_("PDF"))
    docx = models.BinaryField(_("Word document"))
    html = models.TextField(_("HTML"))
    pdf_sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64)
    docx_sha256 = models.CharField(_("SHA-256 of the Word document"), max_length=64)
    html_sha256 = models.CharField(_("SHA-256 of the HTML"), max_length=64)
    # The public edition, released and frozen with the council's: only what is marked public,
    # no risks. The public pages serve only this one.
    public_content = models.JSONField(_("content of the public edition"), null=True)
    public_pdf = models.BinaryField(_("PDF of the public edition"), default=b"")
    public_docx = models.BinaryField(_("Word document of the public edition"), default=b"")
    public_html = models.TextField(_("HTML of the public edition"), default="")
    public_pdf_sha256 = models.CharField(_("SHA-256 of the public PDF"), max_length=64, default="")
    public_docx_sha256 = models.CharField(
        _("SHA-256 of the public Word document"), max_length=64, default=""
    )
    public_html_sha256 = models.CharField(
        _("SHA-256 of the public HTML"), max_length=64, default=""
    )

    class Meta:
        verbose_name = _("released report")
        verbose_name_plural = _("released reports")
        ordering = ["-released_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "version"],
                condition=Q(committee__isnull=True),
                name="releasedreport_version_unique",
            ),
            models.UniqueConstraint(
                fields=["period", "committee", "version"],
                condition=Q(committee__isnull=False),
                name="releasedreport_committee_version_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period} v{self.version}"


class ReminderSent(TenantModel):
    """A reminder e-mail of a reporting round: one per person, period and stage (days before
    the deadline), so that the daily reminder job sends each at most once."""

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("reporting period"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("user"),
    )
    days_before = models.PositiveSmallIntegerField(_("days before the deadline"))
    sent_at = models.DateTimeField(_("sent at"))
    measure_count = models.PositiveIntegerField(_("measures without status update"))

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "user", "days_before"], name="reminder_once_per_stage"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period} · {self.user} · {self.days_before}"
