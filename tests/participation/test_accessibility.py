"""The participation pages in headless Chromium: axe-core finds no WCAG 2.0/2.1 A or AA
violation, also on a form showing errors, and the pages need no JavaScript."""

import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from sachstand.participation.services.privacy import privacy_contact_save
from sachstand.participation.services.questions import question_answer, question_submit
from sachstand.participation.services.surveys import survey_close, survey_save
from tests.participation.conftest import build_survey
from tests.portal.test_accessibility import axe_violations, browser  # noqa: F401 – fixture

pytestmark = pytest.mark.django_db(transaction=True)


def pages(plan) -> dict[str, str]:
    measure = plan.measure("M 1.2", title="Online-Terminvergabe")
    open_survey = build_survey(plan, title="Offene Umfrage")
    closed = build_survey(plan, title="Abgeschlossene Umfrage")
    for n in range(6):
        closed.submit(channel="online" if n % 2 else "vor-ort", wanted=["termin"], rating=4)
    survey_close(survey=closed.survey, user=plan.actor)
    survey_save(municipality=plan.municipality, survey=closed.survey,
                values={"results_public": True}, user=plan.actor)  # fmt: skip
    question = question_submit(
        municipality=plan.municipality, field_of_action=plan.service,
        text="Wann kommt die Online-Terminvergabe?",
    )  # fmt: skip
    question_answer(question=question, answer="Im Herbst.", measures=[measure], user=plan.actor)
    privacy_contact_save(
        municipality=plan.municipality,
        values={"controller": "Stadt Teststadt", "data_protection_officer": "DSB"},
        user=plan.actor,
    )
    slug = plan.municipality.slug
    return {
        "surveys": f"/{slug}/umfragen/",
        "survey form": f"/{slug}/umfragen/{open_survey.survey.pk}/",
        "results": f"/{slug}/umfragen/{closed.survey.pk}/ergebnisse/",
        "closed survey": f"/{slug}/umfragen/{closed.survey.pk}/",
        "questions": f"/{slug}/fragen/",
        "ask": f"/{slug}/fragen/stellen/",
        "thanks": f"/{slug}/fragen/danke/",
        "privacy": f"/{slug}/datenschutz/",
        "field with questions": f"/{slug}/handlungsfelder/{plan.service.pk}/",
        "measure with questions": f"/{slug}/massnahmen/{measure.pk}/",
    }


def shown(driver, selector: str):
    """The element once the page that the form was sent to has loaded."""
    return WebDriverWait(driver, 10).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, selector))
    )


def test_every_participation_page_passes_axe(live_server, browser, plan):  # noqa: F811
    for name, url in pages(plan).items():
        browser.get(live_server.url + url)
        assert browser.find_element(By.TAG_NAME, "h1").text, name
        violations = axe_violations(browser)
        assert violations == [], f"{name}: {json.dumps(violations, ensure_ascii=False)}"
        assert not browser.find_elements(By.TAG_NAME, "script"), name


def test_forms_with_errors_pass_axe_and_work_without_javascript(live_server, browser, plan):  # noqa: F811
    urls = pages(plan)
    browser.get(live_server.url + urls["ask"])
    browser.find_element(By.ID, "id_text").send_keys("kurz")
    browser.find_element(By.ID, "id_email").send_keys("keine-adresse")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    summary = shown(browser, ".error-summary")
    assert summary.find_elements(By.CSS_SELECTOR, "a[href='#id_text']")
    assert axe_violations(browser) == []
    browser.get(live_server.url + urls["survey form"])
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    assert shown(browser, ".error-summary")  # nothing answered
    assert axe_violations(browser) == []
    # Answer with the keyboard only and send: the thanks page follows.
    browser.find_element(By.CSS_SELECTOR, "input[type=radio]").send_keys(Keys.SPACE)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(expected_conditions.url_contains("/danke/"))
