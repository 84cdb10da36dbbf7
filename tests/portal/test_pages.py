"""The public pages: every page type renders, shows only what is public and released, and keeps
municipalities apart. All tests start from Teststadt published once (tests/once.py)."""

from django.test import override_settings

from sachstand.reporting.models import ReleasedReport
from tests.portal.published import (  # noqa: F401  (Teststadt published once for the module)
    SECRETS,
    officer_published,
    page_urls,
    plan_published,
    published_fresh,
    published_once,
)


def test_every_page_type_renders_in_german(client, published):
    plan, data = published
    for name, url in page_urls(plan.municipality.slug, data).items():
        response = client.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="de">' in html and 'href="#inhalt"' in html, name
    overview = client.get(f"/{plan.municipality.slug}/").content.decode()
    assert "Teststadt.digital" in overview and "Handlungsfelder" in overview
    assert "Ampeln je Handlungsfeld" in overview and "<svg" in overview


def test_measure_page_shows_light_timeline_and_released_history(client, published):
    plan, data = published
    html = client.get(page_urls(plan.municipality.slug, data)["measure"]).content.decode()
    assert "Öffentliche Maßnahme 1" in html
    assert "Freigegebener Sachstand von M 1.1" in html
    assert "gemeldet für" in html  # the light comes from the released status update
    assert "Vergabe 1" in html and "erreicht" in html and "Go-live 1" in html
    # The draft of the running half-year (50 %, red) changes neither percent nor light.
    assert "40\u00a0%" in html and "50\u00a0%" not in html and "rot" not in html


def test_drafts_internal_notes_and_non_public_objects_never_leak(client, published):
    plan, data = published
    slug = plan.municipality.slug
    pages = [client.get(url).content.decode() for url in page_urls(slug, data).values()]
    for secret in SECRETS:
        assert not any(secret in page for page in pages), secret
    assert client.get(f"/{slug}/massnahmen/{data['internal'].pk}/").status_code == 404
    assert client.get(f"/{slug}/kennzahlen/{data['internal_indicator'].pk}/").status_code == 404


def test_released_reports_are_downloadable(client, published):
    plan, data = published
    report: ReleasedReport = data["report"]
    base = f"/{plan.municipality.slug}/berichte/{report.pk}"
    pdf = client.get(f"{base}.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content]).startswith(b"%PDF")
    assert "attachment" in pdf["Content-Disposition"]
    assert client.get(f"{base}.docx").status_code == 200
    assert client.get(f"{base}.exe").status_code == 404


def test_one_municipality_is_not_reachable_through_another(client, published, other_plan):
    _plan, data = published
    other = other_plan.municipality.slug
    assert client.get(f"/{other}/massnahmen/{data['measures'][0].pk}/").status_code == 404
    assert client.get(f"/{other}/kennzahlen/{data['indicator'].pk}/").status_code == 404
    assert client.get(f"/{other}/berichte/{data['report'].pk}.pdf").status_code == 404
    assert client.get(f"/{other}/handlungsfelder/{data['field'].pk}/").status_code == 404
    assert client.get("/gibt-es-nicht/").status_code == 404


@override_settings(DEBUG=False)
def test_design_system_fonts_and_licences_are_served_with_debug_off(client):
    for path, kind in (
        ("/static/kern/kern.min.css", "text/css"),
        ("/static/kern/fonts/fira-sans.css", "text/css"),
        ("/static/kern/fonts/fira-sans/FiraSans-Regular.woff2", "font/woff2"),
        ("/static/portal/portal.css", "text/css"),
        ("/static/portal/LICENCES.txt", "text/plain"),
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith(kind), path
    licences = b"".join(client.get("/static/portal/LICENCES.txt").streaming_content).decode()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licences and "EUPL" in licences


def test_cached_lights_follow_every_change_of_the_plan(client, published):
    plan, _data = published
    plan.measure("M 1.9", title="Neu")
    before = client.get(f"/{plan.municipality.slug}/").content.decode()
    assert "HF 1 3 grün, 0 gelb, 1 rot" in before  # planned, should have started: red
    plan.measure("M 1.9", title="Neu", status="cancelled")  # a cancelled measure has no light
    after = client.get(f"/{plan.municipality.slug}/").content.decode()
    assert "HF 1 3 grün, 0 gelb, 0 rot" in after
