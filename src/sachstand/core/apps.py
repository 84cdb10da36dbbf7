from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sachstand.core"
    verbose_name = _("Basics")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from sachstand.core.collation import install_sqlite_functions

        connection_created.connect(install_sqlite_functions)
