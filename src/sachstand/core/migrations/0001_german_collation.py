"""The collation ``sachstand_de`` on PostgreSQL (SQLite registers it per connection).

See sachstand.core.collation for why it exists.
"""

from django.db import migrations

from sachstand.core.collation import GERMAN, ICU_LOCALE


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE COLLATION IF NOT EXISTS "{GERMAN}" (provider = icu, locale = \'{ICU_LOCALE}\')'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP COLLATION IF EXISTS "{GERMAN}"')


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create, drop)]
