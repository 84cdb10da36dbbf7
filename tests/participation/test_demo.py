"""Musterstadt's needs analysis: the demo gives the report section and the pages content.
(Loading the demo takes most of a minute, so one test shares one load.)"""

from collections import Counter

from django.test import override_settings
from django.utils.translation import gettext as _

from sachstand.demo.data import participation
from sachstand.demo.services import demo_load
from sachstand.participation.models import CitizenQuestion, Survey
from sachstand.participation.selectors.plan import measure_evidence
from sachstand.reporting.models import ReportingPeriod
from sachstand.reporting.report_model.builder import report_build


@override_settings(DEBUG=True)
def test_musterstadt_has_surveys_questions_and_the_report_section(db, client):
    musterstadt = demo_load().municipality
    surveys = {s.title: s for s in Survey.objects.filter(municipality=musterstadt)}
    citizens = surveys[participation.CITIZENS["title"]]
    staff = surveys[participation.STAFF["title"]]
    assert citizens.status == staff.status == "closed"
    assert citizens.responses.count() >= 40 and staff.responses.count() == 27
    assert staff.tokens.filter(used=True).count() == 27
    statuses = Counter(
        CitizenQuestion.objects.filter(municipality=musterstadt).values_list("status", flat=True)
    )
    assert statuses == {"published": 9, "merged": 2, "rejected": 1, "new": 1}
    evidence = measure_evidence(musterstadt)
    assert len(evidence) >= 10
    # The report of 2026-H1 has the section, with both surveys and the measures citing them.
    period = ReportingPeriod.objects.get(municipality=musterstadt, half_year="2026-H1")
    report = report_build(municipality=musterstadt, period=period)
    section = next(
        s for s in report.sections if s.title == _("Needs analysis and citizen participation")
    )
    assert [s.title for s in section.subsections[:2]] == [staff.title, citizens.title]
    measures = next(b for b in section.subsections[2].blocks if b.kind == "table")
    assert len(measures.rows) >= 10
    slug = musterstadt.slug
    for url in (f"/{slug}/umfragen/", f"/{slug}/umfragen/{citizens.pk}/ergebnisse/",
                f"/{slug}/fragen/", f"/{slug}/datenschutz/"):  # fmt: skip
        assert client.get(url).status_code == 200, url
    assert client.get(f"/{slug}/umfragen/{staff.pk}/ergebnisse/").status_code == 404  # internal
    # Loading again writes nothing.
    assert demo_load().written["participation"] == 0
