"""The record of every event-log run for a municipality: where stored figures came from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sachstand.core.models import TenantModel


class EventLogImport(TenantModel):
    """One run of ``sachstand eventlog`` for a municipality: the file (name, SHA-256), when it
    was read, the mapping and end activities (the filter), what was skipped, the figures, and
    which measurements and usage figures were stored from them."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("preview")
        APPLIED = "applied", _("applied")
        REFUSED = "refused", _("refused (problems)")

    started_at = models.DateTimeField(_("started at"))
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
    file_format = models.CharField(_("file format"), max_length=10)
    status = models.CharField(_("status"), max_length=10, choices=Status)
    mapping = models.JSONField(_("mapping and end activities"), default=dict)
    counts = models.JSONField(_("counts"), default=dict)
    skipped = models.JSONField(_("skipped"), default=dict)
    figures = models.JSONField(_("figures"), default=dict)
    stored = models.JSONField(_("stored"), default=dict)

    class Meta:
        verbose_name = _("event log import")
        verbose_name_plural = _("event log imports")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"
