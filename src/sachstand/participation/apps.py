from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "sachstand.participation"
    label = "participation"
    verbose_name = _("Needs analysis and participation")
