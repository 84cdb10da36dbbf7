from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sachstand.core"
    verbose_name = _("Basics")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from sachstand.core.collation import install_sqlite_functions

        connection_created.connect(install_sqlite_functions)
        post_migrate.connect(create_cache_table, sender=self)


def create_cache_table(*, using: str = "default", verbosity: int = 1, **kwargs) -> None:
    """`migrate` also creates the table of a database cache (CACHE_URL=db://, production's
    default), so that no deployment can forget it; nothing happens for other caches."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=verbosity)
