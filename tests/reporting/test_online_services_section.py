"""The report's section on the register of online services (OZG), counted by hand.

Teststadt assesses on the OZG maturity model 1.1 (compliant from level 3). On the report's
moment (15.07.2026, the deadline of 2026-H1) its register reads:

=================== ============ ============================ ========================
service             topic        level 01.01. → 30.06.2026    applications 2026-H1
=================== ============ ============================ ========================
Anwohnerparkausweis Mobilität    1 → 3, online 10.03.2026     120 online, 80 paper
Baugenehmigung      Bauen        2 → 2 (3 only in August)     300 paper
Bauvorbescheid      Bauen        3 → 3                        –
Gewerbeanmeldung    Wirtschaft   4 → 4                        500 online, 100 paper
Hundesteuer         –            new → 0                      (2025-H2: 50 paper, 30 in person)
Sondernutzung       Bauen        3 on the 2.0 scale           –
Wohngeld            Soziales     1 → 2                        0 online, 1.400 paper, 100 in person
=================== ============ ============================ ========================

Fischereischein enters the register only in August. The report is built with the msgids (no
German catalogue needed); numbers and dates are German whatever the language.
"""

import io
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import docx
import pypdf
import pytest

from sachstand.core.halfyear import HalfYear
from sachstand.onlineservices.models import MaturityScale
from sachstand.onlineservices.services import (
    register_scale_choose,
    service_save,
    service_set_measures,
    usage_save,
)
from sachstand.reporting.renderers.docx import render_docx
from sachstand.reporting.renderers.html import render_html
from sachstand.reporting.renderers.pdf import render_pdf
from sachstand.reporting.report_model.builder import report_build
from sachstand.reporting.report_model.data import report_data
from sachstand.reporting.report_model.figures import COMPLIANT

BERLIN = ZoneInfo("Europe/Berlin")
TITLE = "Onlinedienste (OZG)"
H1 = HalfYear(2026, 1)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=BERLIN)


@pytest.fixture
def register(plan, time_machine):
    time_machine.move_to(at("2025-11-01"), tick=False)
    plan.measure("M 1.1", title="Bauportal")
    plan.measure("M 1.2", title="Sozialleistungen online")
    period = plan.period("2026-H1", deadline=date(2026, 7, 15))
    m, actor = plan.municipality, plan.actor
    register_scale_choose(municipality=m, scale=MaturityScale.objects.get(code="1.1"), user=actor)

    def service(day, instance=None, measures=(), **values):
        saved, _ = service_save(
            municipality=m, service=instance, values=values, user=actor, when=at(day)
        )
        if measures:
            service_set_measures(service=saved, measure_codes=measures, user=actor, when=at(day))
        return saved

    def usage(service, half_year, day, **values):
        usage_save(
            service=service,
            half_year=HalfYear.parse(half_year),
            values=values,
            user=actor,
            when=at(day),
        )

    parking = service(
        "2025-12-01", name="Anwohnerparkausweis",
        themenfeld="Mobilität", level=1, org_unit=plan.office,
    )  # fmt: skip
    service("2026-03-10", parking, level=3, online_since=date(2026, 3, 10))
    usage(parking, "2026-H1", "2026-07-01", online=120, paper=80)
    permit = service(
        "2025-10-01", name="Baugenehmigung", themenfeld="Bauen", level=2,
        org_unit=plan.it, measures=["M 1.1"],
    )  # fmt: skip
    usage(permit, "2026-H1", "2026-07-01", paper=300)
    service("2026-08-01", permit, level=3)
    service(
        "2025-10-01", name="Bauvorbescheid", themenfeld="Bauen", level=3,
        online_since=date(2025, 11, 1),
    )  # fmt: skip
    trade = service(
        "2025-06-01", name="Gewerbeanmeldung", themenfeld="Wirtschaft", level=4,
        online_since=date(2024, 5, 1), org_unit=plan.office,
    )  # fmt: skip
    usage(trade, "2026-H1", "2026-07-01", online=500, paper=100)
    dog = service("2026-02-01", name="Hundesteuer", level=0, measures=["M 1.2"])
    usage(dog, "2025-H2", "2026-02-01", paper=50, in_person=30)
    service(
        "2025-08-01", name="Sondernutzung", themenfeld="Bauen", level=3,
        scale=MaturityScale.objects.get(code="2.0"),
    )  # fmt: skip
    housing = service(
        "2025-09-01", name="Wohngeld", themenfeld="Soziales", level=1,
        org_unit=plan.office, measures=["M 1.2", "M 1.1"],
    )  # fmt: skip
    service("2026-04-01", housing, level=2)
    usage(housing, "2026-H1", "2026-07-01", online=0, paper=1400, in_person=100)
    service("2026-08-01", name="Fischereischein", themenfeld="Freizeit", level=1)

    time_machine.move_to(at("2026-11-26"), tick=False)
    return plan, period


def section_of(report):
    return next(s for s in report.sections if s.title == TITLE)


def build(plan, period):
    return report_build(municipality=plan.municipality, period=period)


def blocks(section, kind):
    return [b for b in section.blocks if b.kind == kind]


def texts(rows):
    return [[cell.text for cell in row] for row in rows]


def test_the_section_follows_the_goals(register):
    titles = [(s.number, s.title) for s in build(*register).sections]
    assert titles[2:5] == [("3", "Zielerreichung"), ("4", TITLE), ("5", "Handlungsfelder")]


def test_the_summary_counts_the_register_as_it_stood(register):
    summary = blocks(section_of(build(*register)), "paragraph")[0].text
    assert summary == (
        "Das Register verzeichnet am 30.06.2026 7 Onlinedienste. "
        "Davon erreichen 4 (57\u00a0%) die OZG-konforme Stufe ihres Reifegradmodells; im "
        "OZG-Reifegradmodell 1.1, das die Kommune verwendet, ist das Stufe 3 (Online-Leistung) "
        "oder höher. "
        "Im 1. Halbjahr 2026 ging 1 Dienst online. "
        "Im selben Halbjahr stiegen 2 Dienste um mindestens eine Reifegradstufe. "
        "27\u00a0% der Anträge im 1. Halbjahr 2026 wurden online gestellt "
        "(620 von 2.300, gezählt über 3 Dienste mit Nutzungszahlen). "
        "1 Dienst ist noch nach einem anderen Reifegradmodell bewertet (OZG-Reifegradmodell 2.0); "
        "das Diagramm enthält ihn nicht."
    )


def test_the_summary_says_when_there_are_no_usage_figures(plan, time_machine):
    time_machine.move_to(at("2026-03-01"), tick=False)
    period = plan.period("2026-H1")
    service_save(
        municipality=plan.municipality, service=None, values={"name": "Wohngeld"}, user=None
    )
    summary = blocks(section_of(build(plan, period)), "paragraph")[0].text
    assert (
        "Für das 1. Halbjahr 2026 liegen keine Nutzungszahlen mit Online-Anträgen vor." in summary
    )
    assert "anderen Reifegradmodell" not in summary


def test_the_chart_stacks_the_levels_per_topic(register):
    figure = blocks(section_of(build(*register)), "figure")[0]
    assert figure.spec["data"]["values"] == [
        {"topic": "Bauen", "level": "2 Formular-Assistent", "rank": 2, "count": 1},
        {"topic": "Bauen", "level": "3 Online-Leistung", "rank": 3, "count": 1},
        {"topic": "Mobilität", "level": "3 Online-Leistung", "rank": 3, "count": 1},
        {"topic": "Soziales", "level": "2 Formular-Assistent", "rank": 2, "count": 1},
        {"topic": "Wirtschaft", "level": "4 Online-Transaktion", "rank": 4, "count": 1},
        {"topic": "ohne Themenfeld", "level": "0 Offline", "rank": 0, "count": 1},
    ]
    colour = figure.spec["encoding"]["color"]["scale"]
    assert colour["domain"] == [
        "0 Offline",
        "1 Information",
        "2 Formular-Assistent",
        "3 Online-Leistung",
        "4 Online-Transaktion",
    ]
    assert colour["range"][3:] == list(COMPLIANT)  # greens from the compliant level on
    assert len(set(colour["range"])) == 5
    assert [c.label for c in figure.table.columns] == ["Themenfeld", *colour["domain"], "Summe"]
    assert texts(figure.table.rows) == [
        ["Bauen", "0", "0", "1", "1", "0", "2"],
        ["Mobilität", "0", "0", "0", "1", "0", "1"],
        ["Soziales", "0", "0", "1", "0", "0", "1"],
        ["Wirtschaft", "0", "0", "0", "0", "1", "1"],
        ["ohne Themenfeld", "1", "0", "0", "0", "0", "1"],
    ]
    assert texts(figure.table.footer) == [["Summe", "1", "0", "2", "2", "1", "6"]]
    assert "Bauen – 2 Formular-Assistent: 1, 3 Online-Leistung: 1;" in figure.alt_text


def test_the_changes_table_lists_new_and_risen_services(register):
    table = blocks(section_of(build(*register)), "table")[0]
    assert table.caption == "Im 1. Halbjahr 2026 online gegangene oder aufgestiegene Dienste"
    assert [c.label for c in table.columns][2:4] == ["Stufe am 01.01.2026", "Stufe am 30.06.2026"]
    assert texts(table.rows) == [
        ["Anwohnerparkausweis", "Mobilität", "1 Information", "3 Online-Leistung", "10.03.2026"],
        ["Wohngeld", "Soziales", "1 Information", "2 Formular-Assistent", "–"],
    ]


def test_the_priority_list_puts_most_applications_first(register):
    section = section_of(build(*register))
    table = blocks(section, "table")[1]
    assert table.caption == "Prioritätenliste: meiste Anträge, noch unter der OZG-konformen Stufe"
    assert texts(table.rows) == [
        ["1", "Wohngeld", "Soziales", "2 Formular-Assistent", "1.500", "0", "FB 32",
         "M 1.1, M 1.2"],
        ["2", "Baugenehmigung", "Bauen", "2 Formular-Assistent", "300", "–", "FB 10", "M 1.1"],
        ["3", "Hundesteuer", "ohne Themenfeld", "0 Offline", "80 (2. Halbjahr 2025)", "–", "",
         "M 1.2"],
    ]  # fmt: skip
    rule = blocks(section, "paragraph")[1].text
    assert rule.startswith(
        "Die Prioritätenliste nennt die Onlinedienste unterhalb der OZG-konformen"
    )


def test_empty_tables_say_so(plan, time_machine):
    time_machine.move_to(at("2026-03-01"), tick=False)
    period = plan.period("2026-H1")
    service_save(
        municipality=plan.municipality,
        service=None,
        values={"name": "Wohngeld", "level": 1},
        user=None,
        when=at("2025-10-01"),
    )
    changes, priorities = blocks(section_of(build(plan, period)), "table")
    assert not changes.rows and not priorities.rows
    assert changes.empty_text == "Im Halbjahr ist kein Dienst online gegangen oder aufgestiegen."
    assert (
        priorities.empty_text
        == "Für keinen Dienst unter der OZG-konformen Stufe sind Anträge erfasst."
    )


def test_a_municipality_without_register_entries_gets_no_section(register, other_plan):
    period = other_plan.period("2026-H1")
    report = build(other_plan, period)
    assert TITLE not in [s.title for s in report.sections]
    assert (
        report_data(
            municipality=other_plan.municipality, period=period, as_of=at("2026-07-15")
        ).register
        is None
    )


def test_without_maturity_scales_there_is_no_section(plan, time_machine):
    time_machine.move_to(at("2026-03-01"), tick=False)
    period = plan.period("2026-H1")
    MaturityScale.objects.all().delete()
    assert TITLE not in [s.title for s in build(plan, period).sections]


def test_the_section_reaches_pdf_word_and_html(register):
    report = build(*register)
    html = render_html(report)
    assert f'<h2 id="h-4">4 {TITLE}</h2>' in html
    assert "<caption>Reifegrade je Themenfeld (Daten des Diagramms)</caption>" in html
    assert html.count("<svg") >= 2  # the traffic lights and the maturity levels

    document = docx.Document(io.BytesIO(render_docx(report)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert f"4 {TITLE}" in headings
    priority = next(t for t in document.tables if t.rows[0].cells[0].text == "Rang")
    assert [c.text for c in priority.rows[1].cells][:2] == ["1", "Wohngeld"]

    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(report)))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert TITLE in text and "Anwohnerparkausweis" in text
