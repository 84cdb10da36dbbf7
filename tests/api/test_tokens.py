"""Tokens are made on the command line or in the back office."""

from io import StringIO

from django.core.management import call_command
from rest_framework.authtoken.models import Token


def test_token_is_created_on_the_command_line(editor):
    out = StringIO()
    call_command("drf_create_token", "editor", stdout=out)
    token = Token.objects.get(user=editor)
    assert token.key in out.getvalue()


def test_tokens_are_managed_in_the_back_office(admin_client, editor):
    Token.objects.create(user=editor)
    page = admin_client.get("/admin/authtoken/tokenproxy/")
    assert page.status_code == 200
    assert "editor" in page.content.decode()
    assert admin_client.get("/admin/authtoken/tokenproxy/add/").status_code == 200
