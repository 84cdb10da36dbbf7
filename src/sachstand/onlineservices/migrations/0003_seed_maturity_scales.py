"""Seed the published OZG maturity models 1.1 and 2.0 (administrators keep them afterwards)."""

from django.db import migrations

from sachstand.onlineservices.scales import scales_seed


def seed(apps, schema_editor):
    scales_seed(
        apps.get_model("onlineservices", "MaturityScale"),
        apps.get_model("onlineservices", "MaturityLevel"),
        apps.get_model("onlineservices", "MaturityCriterion"),
    )


class Migration(migrations.Migration):
    dependencies = [("onlineservices", "0002_register_and_maturity_scales")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
