"""The policy allows what each response needs and nothing more: the base policy everywhere, the
HTML report's own <style> by its hash for that response only, and on the back office's history
pages the one style attribute of their template."""

from __future__ import annotations

import re

from sachstand.core.csp import source_hash, style_hashes
from tests.portal.published import (  # noqa: F401  (Teststadt published once for the module)
    officer_published,
    plan_published,
    published_fresh,
    published_once,
)
from tests.security.test_headers import POLICY, directives


def test_a_public_page_has_exactly_the_base_policy(client, published):
    plan, _data = published
    assert directives(client.get(f"/{plan.municipality.slug}/")["Content-Security-Policy"]) == (
        POLICY
    )


def test_the_html_report_may_use_its_own_style_and_no_other(client, published):
    plan, data = published
    report = f"/{plan.municipality.slug}/berichte/{data['report'].pk}"
    response = client.get(f"{report}.html")
    html = response.content.decode()
    styles = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    assert len(styles) == 1 and "max-width: 60rem" in styles[0]
    policy = directives(response["Content-Security-Policy"])
    assert policy == {**POLICY, "style-src": f"'self' {source_hash(styles[0])}"}
    # The same report as PDF, and every other page, get no such exception.
    pdf = client.get(f"{report}.pdf")
    assert directives(pdf["Content-Security-Policy"]) == POLICY


def test_a_released_report_keeps_the_style_it_was_released_with(client, published):
    plan, data = published
    report = data["report"]
    report.html = report.html.replace("max-width: 60rem", "max-width: 50rem")
    report.save(update_fields=["html"])
    response = client.get(f"/{plan.municipality.slug}/berichte/{report.pk}.html")
    (style,) = style_hashes(response.content.decode())
    assert style in response["Content-Security-Policy"]


def test_the_draft_report_in_the_back_office_gets_its_style_hash(admin_client, published):
    _plan, data = published
    period = data["report"].period
    response = admin_client.get(f"/admin/reporting/reportingperiod/{period.pk}/bericht.html")
    assert response.status_code == 200
    (style,) = style_hashes(response.content.decode())
    assert directives(response["Content-Security-Policy"])["style-src"] == f"'self' {style}"


def test_history_pages_may_use_their_one_style_attribute(admin_client, published):
    _plan, data = published
    measure = data["measures"][0]
    response = admin_client.get(f"/admin/strategy/measure/{measure.pk}/history/")
    policy = directives(response["Content-Security-Policy"])
    assert policy == {
        **POLICY,
        "style-src-attr": f"'unsafe-hashes' {source_hash('border-top: 0')}",
    }
    change = admin_client.get(f"/admin/strategy/measure/{measure.pk}/change/")
    assert directives(change["Content-Security-Policy"]) == POLICY


def test_style_hashes_are_the_base64_sha256_of_the_element_text():
    # printf 'body{}' | openssl dgst -sha256 -binary | base64
    assert style_hashes("<style>body{}</style>") == [
        "'sha256-fJgEClQWV1hGkK4qHMO0KotTsVnMYMXTq7/suurGyUo='"
    ]
    assert style_hashes("<p>no style</p>") == []
