from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sachstand.core.models import TenantModel


class ImportRun(TenantModel):
    """One run of the plan import, preview or apply, with its full problem report."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("preview")
        APPLIED = "applied", _("applied")
        APPLIED_PARTLY = "partly", _("applied without the invalid rows")
        REFUSED = "refused", _("refused (problems)")

    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    # Kept so that a preview can be applied as it was checked, and for the record.
    data = models.BinaryField(_("file"), editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status)
    counts = models.JSONField(_("counts"), default=dict)
    problems = models.JSONField(_("problems"), default=list)
    notes = models.JSONField(_("notes"), default=list)

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"
