"""A view of the measures for the back office: benefit next to the survey evidence."""

from django.utils.translation import gettext_lazy as _

from sachstand.strategy.models import Measure


class MeasureNeed(Measure):
    """Measures with the needs analysis that motivates them (see ``selectors.evidence``)."""

    class Meta:
        proxy = True
        verbose_name = _("benefit from the needs analysis")
        verbose_name_plural = _("benefit from the needs analysis")
