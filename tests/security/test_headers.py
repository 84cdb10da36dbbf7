"""Every response carries the security headers: public pages, report and open-data downloads,
the back office's login, the API, static files and error pages; HSTS in production."""

from __future__ import annotations

import pytest

from tests.portal.published import (  # noqa: F401  (Teststadt published once for the module)
    officer_published,
    page_urls,
    plan_published,
    published_fresh,
    published_once,
)

POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def directives(header: str) -> dict[str, str]:
    parts = (part.strip().split(" ", 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in parts}


def every_kind_of_url(slug: str, data: dict) -> list[str]:
    report = f"/{slug}/berichte/{data['report'].pk}"
    return [
        *page_urls(slug, data).values(),
        f"{report}.html",
        f"{report}.pdf",
        f"{report}.docx",
        f"/{slug}/daten/massnahmen.csv",
        f"/{slug}/daten/kennzahlen.json",
        f"/{slug}/daten/katalog.ttl",
        f"/{slug}/daten/katalog.jsonld",
        f"/{slug}/termine.ics",
        f"/{slug}/umfragen/",
        f"/{slug}/fragen/",
        f"/{slug}/fragen/stellen/",
        f"/{slug}/datenschutz/",
        "/admin/login/",
        "/admin/",  # the redirect to the login
        "/api/v1/municipalities/",
        f"/api/v1/municipalities/{slug}/measures/",
        "/api/v1/schema/",
        "/api/v1/gibt-es-nicht/",
        "/static/kern/kern.min.css",
        "/static/portal/portal.css",
        "/gibt-es-nicht/",
    ]


@pytest.fixture
def urls(published) -> list[str]:
    plan, data = published
    return every_kind_of_url(plan.municipality.slug, data)


def test_every_response_carries_the_security_headers(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 404), url
        policy = directives(response["Content-Security-Policy"])
        assert {name: policy[name] for name in POLICY} == POLICY, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        if not url.startswith("/static/"):  # static files: frame-ancestors of the policy
            assert response["X-Frame-Options"] == "DENY", url
        assert "Strict-Transport-Security" not in response, url  # not in development


def test_nothing_is_allowed_inline_or_evaluated(client, urls):
    for url in urls:
        header = client.get(url)["Content-Security-Policy"]
        assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header, url
        assert "*" not in header and "http:" not in header, url


def test_production_sends_hsts_everywhere(client, urls, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_SSL_REDIRECT = True
    for url in urls:
        response = client.get(url, secure=True)
        assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains", url
        plain = client.get(url)
        assert plain.status_code == 301 and plain["Location"].startswith("https://"), url
