"""Every page type in a real browser (headless Chromium): axe-core finds no violation of the
WCAG 2.0/2.1 A and AA rules, the skip link is the first stop of the keyboard, and the pages work
without JavaScript (they ship none)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.portal.published import page_urls, publish

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def browser():
    # `make test` installs Chromium where it is missing (scripts/system-deps browser).
    assert shutil.which(CHROMIUM) and shutil.which(DRIVER), "make browser-deps"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=de-DE"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e)}]));",
        RULES,
    )
    return result


@pytest.mark.django_db(transaction=True)
def test_every_page_type_passes_axe_and_starts_with_the_skip_link(live_server, browser, plan):
    data = publish(plan)
    for name, url in page_urls(plan.municipality.slug, data).items():
        browser.get(live_server.url + url)
        assert browser.find_element(By.TAG_NAME, "h1").text, name
        violations = axe_violations(browser)
        assert violations == [], f"{name}: {json.dumps(violations, ensure_ascii=False)}"
        # The first Tab reaches the skip link, which leads to the main content.
        browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        assert focused.get_attribute("href").endswith("#inhalt"), name
        assert focused.text == "Zum Inhalt springen", name
    assert not browser.find_elements(By.TAG_NAME, "script")  # no JavaScript needed


@pytest.mark.django_db(transaction=True)
def test_the_overview_fits_a_phone(live_server, browser, plan):
    data = publish(plan)
    browser.set_window_size(375, 800)
    try:
        browser.get(live_server.url + page_urls(plan.municipality.slug, data)["overview"])
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 375 + 1  # no horizontal scrolling of the page (tables scroll inside)
        assert axe_violations(browser) == []
    finally:
        browser.set_window_size(1280, 900)
