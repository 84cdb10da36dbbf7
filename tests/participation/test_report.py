"""The report section "Bedarfsanalyse und Bürgerbeteiligung": main results, what the plan does
about them, citizens' questions; plain data, rendered to PDF, Word and HTML alike."""

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import docx
import pypdf
import pytest
import time_machine
from django.utils.translation import gettext as _

from sachstand.participation.services.questions import question_answer, question_submit
from sachstand.participation.services.surveys import measures_cite, survey_close
from sachstand.reporting.renderers.docx import render_docx
from sachstand.reporting.renderers.html import render_html
from sachstand.reporting.renderers.pdf import render_pdf
from sachstand.reporting.report_model.builder import report_build
from tests.participation.conftest import build_survey

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=BERLIN)


@pytest.fixture
def evidence(plan):
    with time_machine.travel(at("2026-02-01"), tick=False):
        appointments = plan.measure("M 1.2", title="Online-Terminvergabe", benefit=3)
        period = plan.period("2026-H1", deadline=date(2026, 7, 15))
        built = build_survey(plan, title="Bürgerbefragung <2026>")
        for n in range(10):
            built.submit(channel="online", wanted=["termin"] if n < 7 else ["nichts"],
                         rating=5 if n < 8 else 2)  # fmt: skip
    with time_machine.travel(at("2026-03-01"), tick=False):
        survey_close(survey=built.survey, user=plan.actor)
        measures_cite(source=built.options["termin"], measures=[appointments], user=plan.actor)
        question = question_submit(
            municipality=plan.municipality, field_of_action=plan.service,
            text="Kommt die Online-Terminvergabe?",
        )  # fmt: skip
        question_answer(question=question, answer="Ja.", measures=[appointments], user=plan.actor)
    with time_machine.travel(at("2026-08-01"), tick=False):
        # After the report's moment (15.07.2026): not in the report of 2026-H1.
        question_submit(
            municipality=plan.municipality, field_of_action=None, text="Kommt diese Frage zu spät?"
        )
        report = report_build(municipality=plan.municipality, period=period)
    return report


def section(report):
    return next(
        s for s in report.sections if s.title == _("Needs analysis and citizen participation")
    )


def test_the_section_is_numbered_in_its_place(evidence):
    titles = [s.title for s in evidence.sections]
    position = titles.index(_("Needs analysis and citizen participation"))
    assert section(evidence).number == str(position + 1)
    assert [s.number for s in section(evidence).subsections] == [
        f"{position + 1}.{n}" for n in (1, 2, 3)
    ]


def test_main_results_what_the_plan_does_and_the_questions(evidence):
    part = section(evidence)
    assert "Bürgerbefragung <2026>" in part.blocks[0].text and "10" in part.blocks[0].text
    survey, plan_part, questions = part.subsections
    assert survey.title == "Bürgerbefragung <2026>"
    figure = next(b for b in survey.blocks if b.kind == "figure")
    assert figure.table.rows[0][0].text == "HF 1 Bürgerservice"
    results = next(b for b in survey.blocks if b.kind == "table")
    texts = [[c.text for c in row] for row in results.rows]
    assert texts[0][:2] == ["Wie haben Sie zuletzt etwas erledigt?", "10"]
    assert texts[3][1] == "0"  # the free text: nobody wrote one
    table = next(b for b in plan_part.blocks if b.kind == "table")
    [row] = [[c.text for c in r] for r in table.rows]
    assert row[0] == "M 1.2 Online-Terminvergabe"
    assert "Termin buchen" in row[2] and "70\u00a0%" in row[3]
    # Benefit 3 in the plan; 70 % chose the option: the suggestion is 5.
    assert row[4] == _("%(benefit)d (suggested: %(suggested)d)") % {"benefit": 3, "suggested": 5}
    answered = [b for b in questions.blocks if b.kind == "table"][1]
    assert [[c.text for c in r] for r in answered.rows] == [
        ["Kommt die Online-Terminvergabe?", "HF 1", "01.03.2026", "M 1.2"]
    ]
    assert "Kommt diese Frage zu spät?" not in str(part)


def test_the_section_renders_in_pdf_word_and_html(evidence):
    title = _("Needs analysis and citizen participation")
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(evidence)))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert title in text and "Online-Terminvergabe" in text
    document = docx.Document(io.BytesIO(render_docx(evidence)))
    paragraphs = [p.text for p in document.paragraphs]
    assert any(title in p for p in paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "M 1.2 Online-Terminvergabe" in cells
    html = render_html(evidence)
    assert title in html and "Bürgerbefragung &lt;2026&gt;" in html
    assert "Bürgerbefragung <2026>" not in html


def test_no_section_without_surveys_or_questions(plan):
    period = plan.period("2026-H1")
    report = report_build(municipality=plan.municipality, period=period)
    assert _("Needs analysis and citizen participation") not in [s.title for s in report.sections]
