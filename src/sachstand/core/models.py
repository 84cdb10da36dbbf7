"""The tenant-owned base model: every domain object belongs to exactly one municipality."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TenantModel(models.Model):
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("municipality"),
    )

    class Meta:
        abstract = True


class MeasurePart(TenantModel):
    """A part of a measure (milestone, cost item, staff need): its municipality is the measure's."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.municipality_id = self.measure.municipality_id  # type: ignore[attr-defined]
        super().save(*args, **kwargs)
