from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnlineServicesConfig(AppConfig):
    name = "sachstand.onlineservices"
    verbose_name = _("Online services (OZG)")
