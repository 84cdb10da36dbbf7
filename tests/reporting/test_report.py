"""The status report: built from the history, rendered to PDF, Word and HTML, frozen on release."""

import io
import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import docx
import pypdf
import pytest

from sachstand.core.history import set_links
from sachstand.core.services import save_validated
from sachstand.municipalities.models import Committee
from sachstand.reporting.renderers import render_all
from sachstand.reporting.renderers.docx import render_docx
from sachstand.reporting.renderers.html import render_html
from sachstand.reporting.renderers.pdf import render_pdf
from sachstand.reporting.report_model import report_from_dict
from sachstand.reporting.report_model.builder import report_build
from sachstand.reporting.services.releases import released_file, report_release
from sachstand.reporting.services.status_updates import status_update_change, status_update_create
from sachstand.strategy.services.measures import cost_item_save, measure_save

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=BERLIN)


@pytest.fixture
def history(plan, time_machine):
    """Teststadt through the first half of 2026: a milestone slips by 45 days and is reached,
    a measure is completed, one is added, an estimate rises, one update is missing."""
    time_machine.move_to(at("2025-11-01"), tick=False)
    online = plan.measure(
        "M 1.1",
        title="Terminvergabe online",
        status="in_progress",
        planned_start=date(2025, 10, 1),
        planned_end=date(2026, 12, 31),
    )
    office = plan.measure(
        "M 1.2",
        title="Bürgerbüro ohne Wartezeit",
        status="in_progress",
        planned_start=date(2025, 10, 1),
        planned_end=date(2026, 6, 30),
    )
    plan.milestone(online, "Vergabe", date(2026, 2, 15))
    plan.milestone(online, "Go-live", date(2026, 9, 30))
    for measure, kind, amount in ((online, "investiv", "10000.50"), (office, "konsumtiv", "2000")):
        cost_item_save(
            measure=measure,
            year=2026,
            kind=kind,
            values={"estimated_amount": Decimal(amount)},
            user=plan.actor,
        )
    plan.period("2025-H2", deadline=date(2026, 1, 15))
    period = plan.period("2026-H1", deadline=date(2026, 7, 15))

    time_machine.move_to(at("2026-03-01"), tick=False)
    plan.milestone(online, "Vergabe", date(2026, 4, 1))
    time_machine.move_to(at("2026-04-10"), tick=False)
    plan.milestone(online, "Vergabe", date(2026, 4, 1), completed=date(2026, 4, 10))
    time_machine.move_to(at("2026-05-01"), tick=False)
    plan.measure(
        "M 1.2",
        title="Bürgerbüro ohne Wartezeit",
        status="completed",
        planned_start=date(2025, 10, 1),
        planned_end=date(2026, 6, 30),
        actual_end=date(2026, 5, 1),
        percent_complete=100,
    )
    time_machine.move_to(at("2026-05-02"), tick=False)
    plan.measure("M 2.1", title="E-Akte im Bürgeramt", field_of_action=plan.efile)
    time_machine.move_to(at("2026-05-05"), tick=False)
    cost_item_save(
        measure=online,
        year=2026,
        kind="investiv",
        values={"estimated_amount": Decimal("12000.50")},
        user=plan.actor,
    )
    time_machine.move_to(at("2026-06-20"), tick=False)
    status_update_create(
        measure=online,
        period=period,
        values={
            "traffic_light": "green",
            "percent_complete": 60,
            "summary": "Die Vergabe ist erfolgt; „Go-live“ ist für September geplant.",
            "next_steps": "Schulung der Beschäftigten im Bürgerbüro.",
        },
        author=plan.actor,
        reported_at=at("2026-06-20"),
        user=plan.actor,
    )
    time_machine.move_to(at("2026-11-26"), tick=False)
    return plan, period


def texts(report) -> list[str]:
    out = []
    for section in report.all_sections():
        out.append(section.title)
        for block in section.blocks:
            if block.kind == "paragraph":
                out.append(block.text)
            elif block.kind in ("table", "figure"):
                table = block if block.kind == "table" else block.table
                out.append(table.caption)
                out += [cell.text for row in (*table.rows, *table.footer) for cell in row]
    return out


def build(plan, period, **kwargs):
    return report_build(municipality=plan.municipality, period=period, **kwargs)


def test_report_shows_what_changed_since_the_previous_period(history):
    plan, period = history
    report = build(plan, period)
    assert report.date == "15.07.2026"  # the deadline: later changes are not part of 2026-H1
    changes = next(
        s for s in report.sections if s.title == "Veränderungen seit dem letzten Bericht"
    )
    tables = {b.caption: b for b in changes.blocks if b.kind == "table"}
    assert [c.text for c in tables["Neue Maßnahmen"].rows[0]][:2] == [
        "M 2.1",
        "E-Akte im Bürgeramt",
    ]
    assert [r[0].text for r in tables["Abgeschlossene Maßnahmen"].rows] == ["M 1.2"]
    slipped = [c.text for c in tables["Verschobene Meilensteine"].rows[0]]
    assert slipped[1:] == ["Vergabe", "15.02.2026", "01.04.2026", "um 45 Tage verschoben"]
    reached = [c.text for c in tables["Erreichte Meilensteine"].rows[0]]
    assert reached[1:] == ["Vergabe", "01.04.2026", "10.04.2026", "9 Tage verspätet"]
    costs = [c.text for c in tables["Änderungen der Kostenschätzungen"].rows[0]]
    assert costs[1:] == ["10.000,50\u00a0€", "12.000,50\u00a0€", "+2.000,00\u00a0€"]


def test_report_marks_missing_updates_and_sums_the_costs(history):
    plan, period = history
    all_text = texts(build(plan, period))
    assert "keine Sachstandsmeldung" in all_text
    assert "Sachstand: Die Vergabe ist erfolgt; „Go-live“ ist für September geplant." in all_text
    assert "14.000,50\u00a0€" in all_text  # 12.000,50 + 2.000,00


def test_a_period_without_updates_still_renders(plan, time_machine):
    time_machine.move_to(at("2026-02-01"), tick=False)
    plan.measure("M 1.1")
    period = plan.period("2026-H1")
    report = build(plan, period)
    assert "keine Sachstandsmeldung" in texts(report)
    assert render_pdf(report).startswith(b"%PDF")


def test_one_measure_is_counted_in_the_singular(plan, time_machine):
    """German that fits the numbers: 1 Maßnahme, 2 Handlungsfeldern, 0 Sachstandsmeldungen."""
    time_machine.move_to(at("2026-02-01"), tick=False)
    plan.measure("M 1.1")
    report = build(plan, plan.period("2026-H1"))
    text = "\n".join(texts(report))
    assert (
        "Er umfasst 1 Maßnahme in 2 Handlungsfeldern; für den Berichtszeitraum sind 0 "
        "Sachstandsmeldungen eingegangen." in text
    )
    assert "HF 1 Bürgerservice: 1 Maßnahme, davon 0 abgeschlossen; " in text
    assert "Im Halbjahr fällige Meilensteine: 0, davon erreicht: 0." in text


def test_pdf_carries_the_figures_of_the_data(history):
    plan, period = history
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(build(plan, period))))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert "um 45 Tage verschoben" in text
    assert "M 1.2" in text and "Bürgerbüro ohne Wartezeit" in text
    assert "14.000,50 €" in text
    assert "keine Sachstandsmeldung" in text
    assert pdf.trailer["/Root"]["/Lang"] in ("de", "de-DE")
    assert "/StructTreeRoot" in pdf.trailer["/Root"]


def test_docx_has_real_headings_and_tables(history):
    plan, period = history
    document = docx.Document(io.BytesIO(render_docx(build(plan, period))))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1 Zusammenfassung" in headings
    assert "2 Veränderungen seit dem letzten Bericht" in headings
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "um 45 Tage verschoben" in cells


def test_html_is_one_accessible_document(history):
    plan, period = history
    html = render_html(build(plan, period))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="de">' in html
    assert "<caption>Verschobene Meilensteine</caption>" in html
    assert 'role="img" aria-label="' in html and "<svg" in html
    assert "um 45 Tage verschoben" in html


def test_committee_excerpt_contains_only_its_fields(history):
    plan, period = history
    committee = save_validated(
        Committee(municipality=plan.municipality, slug="eakte", name="Ausschuss E-Akte"), user=None
    )
    set_links(plan.efile, "committees", [committee])
    report = build(plan, period, committee=committee)
    all_text = texts(report)
    assert report.committee == "Ausschuss E-Akte"
    assert "M 2.1" in all_text and "HF 2 E-Akte" in all_text
    assert "M 1.1" not in all_text and "HF 1 Bürgerservice" not in all_text


def test_released_report_is_frozen_and_renders_again_to_the_same_bytes(history):
    plan, period = history
    released = report_release(
        municipality=plan.municipality, period=period, render_all=render_all, user=plan.actor
    )
    assert released.version == 1
    # Later changes do not touch what was released.
    measure_save(
        municipality=plan.municipality, code="M 1.1", values={"title": "Neu"}, user=plan.actor
    )
    again = render_all(report_from_dict(released.content))
    for fmt in ("pdf", "docx", "html"):
        assert again[fmt] == released_file(released, fmt)
    second = report_release(
        municipality=plan.municipality, period=period, render_all=render_all, user=plan.actor
    )
    assert second.version == 2


def test_the_next_report_compares_with_the_last_released_one(history, time_machine):
    plan, period = history
    time_machine.move_to(at("2026-07-20"), tick=False)
    report_release(municipality=plan.municipality, period=period, render_all=render_all, user=None)
    time_machine.move_to(at("2026-11-26"), tick=False)
    following = plan.period("2026-H2", deadline=date(2027, 1, 15))
    report = build(plan, following)
    assert "Verglichen mit: Bericht 2026-H1, Version 1, freigegeben am 20.07.2026." in texts(report)


def test_back_office_offers_the_report_and_committee_excerpts(admin_client, history):
    from django.urls import reverse

    plan, period = history
    committee = save_validated(
        Committee(municipality=plan.municipality, slug="eakte", name="Ausschuss E-Akte"), user=None
    )
    set_links(plan.efile, "committees", [committee])
    listing = admin_client.get(reverse("admin:reporting_reportingperiod_changelist")).content
    assert b"?ausschuss=eakte" in listing
    url = reverse("admin:reporting_reportingperiod_report", args=[period.pk, "html"])
    excerpt = admin_client.get(url, {"ausschuss": "eakte"}).content.decode()
    assert "M 2.1" in excerpt and "Terminvergabe online" not in excerpt
    full = admin_client.get(url).content.decode()
    assert "Terminvergabe online" in full
    assert admin_client.get(url, {"ausschuss": "gibtsnicht"}).status_code == 404


def test_the_public_edition_leaves_out_what_is_not_public(history, time_machine, client):
    plan, period = history
    time_machine.move_to(at("2026-06-21"), tick=False)
    measure_save(
        municipality=plan.municipality,
        code="M 2.1",
        values={"title": "E-Akte Personalakten INTERN", "is_public": False},
        user=plan.actor,
    )
    update = period.status_updates.get()
    status_update_change(
        update=update, values={"risks": "Lieferverzug RISIKO-INTERN"}, user=plan.actor
    )
    time_machine.move_to(at("2026-11-26"), tick=False)
    released = report_release(
        municipality=plan.municipality, period=period, render_all=render_all, user=plan.actor
    )
    council = " ".join(texts(report_from_dict(released.content)))
    public = report_from_dict(released.public_content)
    public_text = " ".join(texts(public))
    assert "INTERN" in council and "RISIKO-INTERN" in council
    assert "INTERN" not in public_text
    assert "M 1.1 Terminvergabe online" in public_text
    assert public.status == "freigegeben, öffentliche Fassung"
    assert "Dies ist die öffentliche Fassung" in public_text
    # Frozen like the council's edition, and the only one the public pages serve.
    again = render_all(public)
    for fmt in ("pdf", "docx", "html"):
        assert again[fmt] == released_file(released, fmt, public=True)
        served = client.get(f"/teststadt/berichte/{released.pk}.{fmt}")
        assert served.status_code == 200
        assert served.content == released_file(released, fmt, public=True)
    assert "INTERN" not in client.get(f"/teststadt/berichte/{released.pk}.html").content.decode()
