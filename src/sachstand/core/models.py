"""The tenant-owned base model: every domain object belongs to exactly one municipality."""

from typing import ClassVar

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


class TenantPart(TenantModel):
    """An object that belongs to another tenant object (``parent``, the name of its foreign
    key): its municipality is always the parent's."""

    parent: ClassVar[str]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.municipality_id = getattr(self, self.parent).municipality_id
        super().save(*args, **kwargs)


class MeasurePart(TenantPart):
    """A part of a measure (milestone, cost item, staff need)."""

    parent = "measure"

    class Meta:
        abstract = True
