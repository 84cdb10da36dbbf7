"""The Content-Security-Policy in a real browser (headless Chromium): the public pages, the HTML
report and the back office load without a single violation, and what the policy would break
(KERN's icons, the SVG charts, the report's own style, the admin's scripts) still works."""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests import cast
from tests.portal.published import page_urls, publish
from tests.portal.test_accessibility import browser  # noqa: F401  (the shared Chromium fixture)

# Runs in every new document before its own scripts, and is not subject to its policy.
LISTENER = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    {directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample,
     source: e.sourceFile + ':' + e.lineNumber}));
"""


@pytest.fixture
def watched(browser):  # noqa: F811
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTENER})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)
    browser.delete_all_cookies()


def violations(driver) -> list[dict]:
    # Reports are queued as tasks; a round trip through the event loop lets them arrive.
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "setTimeout(() => done(window.__violations || []), 100);"
    )


def visit(driver, url: str) -> list[dict]:
    driver.get(url)
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    return violations(driver)


@pytest.mark.django_db(transaction=True)
def test_public_pages_and_the_html_report_load_without_a_violation(live_server, watched, plan):
    data = publish(plan)
    slug = plan.municipality.slug
    participation = [f"/{slug}/umfragen/", f"/{slug}/fragen/", f"/{slug}/fragen/stellen/",
                     f"/{slug}/datenschutz/"]  # fmt: skip
    for name, url in [*page_urls(slug, data).items(), *((u, u) for u in participation)]:
        assert visit(watched, live_server.url + url) == [], name
    watched.get(live_server.url + f"/{plan.municipality.slug}/")
    charts = watched.find_elements(By.CSS_SELECTOR, "main svg")
    assert charts and all(chart.size["width"] > 100 for chart in charts)
    # KERN's stylesheet (with its data: icons) and the fonts are applied.
    family = watched.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "Fira Sans" in family

    report = f"/{plan.municipality.slug}/berichte/{data['report'].pk}.html"
    assert visit(watched, live_server.url + report) == []
    # The report's own <style> applies: its body is at most 60rem wide, with a table border.
    width = watched.execute_script("return getComputedStyle(document.body).maxWidth")
    assert width == "960px"
    assert watched.find_elements(By.CSS_SELECTOR, "main svg")


@pytest.mark.django_db(transaction=True)
def test_the_back_office_works_under_the_policy(live_server, watched, plan):
    data = publish(plan)
    measure, update = data["measures"][0], measure_update(data["measures"][0])
    root = cast.user("root", is_staff=True, is_superuser=True)

    assert visit(watched, live_server.url + "/admin/login/") == []
    watched.find_element(By.NAME, "username").send_keys("root")
    watched.find_element(By.NAME, "password").send_keys("pw")
    watched.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    WebDriverWait(watched, 10).until(expected_conditions.url_to_be(live_server.url + "/admin/"))
    assert violations(watched) == []

    pages = [
        "/admin/strategy/measure/",
        f"/admin/strategy/measure/{measure.pk}/change/",
        "/admin/strategy/measure/add/",
        "/admin/reporting/statusupdate/",
        f"/admin/reporting/statusupdate/{update.pk}/change/",
        f"/admin/reporting/reportingperiod/{update.period_id}/bericht.html",
        f"/admin/reporting/releasedreport/{data['report'].pk}/datei.html",
        f"/admin/strategy/measure/{measure.pk}/history/",
        f"/admin/reporting/reportingperiod/{update.period_id}/runde/",
        "/admin/municipalities/membership/",
        f"/admin/auth/user/{root.pk}/password/",
        "/admin/password_change/",
    ]
    seen = {page: visit(watched, live_server.url + page) for page in pages}
    refused = {page: found for page, found in seen.items() if found}
    assert not refused, json.dumps(refused, indent=1)

    # The traffic lights keep their colour without inline styles (sachstand/admin.css).
    watched.get(live_server.url + "/admin/reporting/statusupdate/")
    dot = watched.find_element(By.CSS_SELECTOR, ".light-dot.light-green")
    assert dot.value_of_css_property("color") == "rgba(26, 127, 55, 1)"

    # The admin's own scripts run: the autocomplete of the dependencies opens and searches.
    watched.get(live_server.url + f"/admin/strategy/measure/{measure.pk}/change/")
    watched.find_element(By.CSS_SELECTOR, ".field-dependencies .select2-selection").click()
    WebDriverWait(watched, 10).until(
        lambda d: (
            "Öffentliche Maßnahme 2" in d.find_element(By.CSS_SELECTOR, ".select2-results").text
        )
    )
    assert violations(watched) == []


def measure_update(measure):
    return measure.status_updates.order_by("reported_at").first()
