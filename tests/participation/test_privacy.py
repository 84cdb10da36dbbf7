"""DSGVO: no IP address is stored anywhere, the privacy notice is linked from every page."""

from django.apps import apps
from django.db import connection, models
from django.utils.translation import gettext as _

from sachstand.core.throttle import client_key
from sachstand.participation.models import CitizenQuestion
from sachstand.participation.services.privacy import privacy_contact_save
from sachstand.participation.services.questions import question_answer

ADDRESS = "203.0.113.77"


def every_stored_value() -> str:
    """Every row of every table of the database, as one text (history tables included)."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            parts.extend(str(row) for row in cursor.fetchall())
    return "\n".join(parts)


def test_no_model_has_a_field_for_an_ip_address():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            assert not isinstance(field, models.GenericIPAddressField), model
            assert "ip" not in field.name.split("_"), (model, field.name)


def test_submissions_leave_no_address_in_any_table(client, plan, built, rf):
    slug = plan.municipality.slug
    client.post(
        f"/{slug}/umfragen/{built.survey.pk}/",
        {f"q{built.channel.pk}": built.options["online"].pk, f"q{built.missing.pk}": "Mehr!"},
        REMOTE_ADDR=ADDRESS,
    )
    client.post(
        f"/{slug}/fragen/stellen/", {"text": "Eine Frage ohne Adresse?"}, REMOTE_ADDR=ADDRESS
    )
    question = CitizenQuestion.objects.get()
    question_answer(question=question, answer="Antwort.", user=plan.actor)
    stored = every_stored_value()
    assert "Mehr!" in stored and "Eine Frage ohne Adresse?" in stored  # the scan sees the rows
    request = rf.get("/", REMOTE_ADDR=ADDRESS)
    assert ADDRESS not in stored and client_key(request) not in stored


def test_the_privacy_notice_is_linked_in_the_footer_and_names_the_contacts(client, plan):
    slug = plan.municipality.slug
    overview = client.get(f"/{slug}/").content.decode()
    assert f'href="/{slug}/datenschutz/"' in overview
    privacy_contact_save(
        municipality=plan.municipality,
        values={"controller": "Stadt Teststadt\nMarkt 1", "data_protection_officer":
                "datenschutz@teststadt.example"},
        user=plan.actor,
    )  # fmt: skip
    page = client.get(f"/{slug}/datenschutz/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Stadt Teststadt<br>Markt 1" in html and "datenschutz@teststadt.example" in html
    assert _("Privacy notice") in html and "90" in html
