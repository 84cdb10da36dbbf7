"""Open data: every download parses back to what is public, nothing internal or drafted leaves,
municipalities stay apart, the catalogue passes DCAT-AP.de validation, the milestone feed is
valid iCalendar, and no endpoint runs more queries for more measures."""

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from icalendar import Calendar
from pyshacl import validate
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.compare import isomorphic

from sachstand.municipalities.models import Municipality
from sachstand.portal.opendata.catalogue import Catalogue, catalogue_graph
from sachstand.reporting.services.status_updates import status_update_create
from tests.portal.open_data import NOW, PLANNED, SECRETS, neighbour, publish

SHAPES = Path(__file__).parent / "data" / "dcat"
# Open namespaces: pytest's look at module attributes trips over rdflib's closed ones.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")
DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
DL_BY = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
CC_BY = "http://dcat-ap.de/def/licenses/cc-by/4.0"
NAMES = ("massnahmen", "meilensteine", "kennzahlen", "messwerte", "onlinedienste")


@pytest.fixture
def teststadt(plan, time_machine):
    return publish(plan, time_machine)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """The full DCAT-AP 3.0.0 shapes with GovData's German overlay on top, loaded once."""
    graph = Graph()
    for name in ("dcat-ap-3.0.0-SHACL.ttl", "v3_shacl_de.ttl"):
        graph.parse(SHAPES / name, format="turtle")
    return graph


def get(client, page: str, slug: str = "teststadt", **kwargs):
    return client.get(reverse(f"portal:{page}", kwargs={"slug": slug, **kwargs}))


def csv_rows(client, name: str, slug: str = "teststadt") -> list[dict[str, str]]:
    response = get(client, "data", slug, name=name, fmt="csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


def json_file(client, name: str, slug: str = "teststadt") -> dict:
    return json.loads(get(client, "data", slug, name=name, fmt="json").content)


def every_file(client, slug: str = "teststadt") -> dict[str, bytes]:
    files = {
        f"{name}.{fmt}": get(client, "data", slug, name=name, fmt=fmt).content
        for name in NAMES
        for fmt in ("csv", "json")
    }
    files["katalog.ttl"] = get(client, "dcat", slug).content
    files["katalog.jsonld"] = get(client, "dcat_jsonld", slug).content
    # Long iCalendar lines are folded; unfolded, nothing can hide across a fold.
    files["termine.ics"] = get(client, "ical", slug).content.replace(b"\r\n ", b"")
    return files


def measure_page(measure) -> str:
    try:
        path = reverse("portal:measure", kwargs={"slug": "teststadt", "pk": measure.pk})
    except NoReverseMatch:
        return ""
    return f"http://testserver{path}"


def catalogue(client, slug: str = "teststadt") -> Graph:
    return Graph().parse(data=get(client, "dcat", slug).content, format="turtle")


# ------------------------------------------------------------------------------------------------
# Downloads
# ------------------------------------------------------------------------------------------------


def test_measures_show_the_public_light_and_the_latest_released_update(client, teststadt):
    rows = {row["Kürzel"]: row for row in csv_rows(client, "massnahmen")}
    assert list(rows) == ["M 1.1", "M 1.2", "M 1.3", "M 2.1", "M 2.2", "M 3.1"]
    first = rows["M 1.1"]
    assert first == first | {
        "Titel": "Öffentliche Maßnahme 1",
        "Beschreibung": "Beschreibung 1",
        "Handlungsfeld (Kürzel)": "HF 1",
        "Handlungsfeld": "Bürgerservice",
        "Ziele": "Z 1.1; Z 1.2",
        "Organisationseinheit": "FB 32 Bürgeramt",
        "Status (Schlüssel)": "in_progress",
        "Status": "in Umsetzung",
        "Geplanter Beginn": "2026-01-01",
        "Geplantes Ende": "2027-12-31",
        "Tatsächliches Ende": "",
        "Ampel (Schlüssel)": "green",
        "Ampel": "grün",
        "Begründung der Ampel": "im Zeitplan",
        "Ampel gemeldet": "true",
        "Sachstandsmeldung (Halbjahr)": "2026-H1",
        "Sachstand": "Freigegebener Sachstand von M 1.1",
        "Nächste Schritte": "Abnahme planen",
        "Ratsbezug": "A 2025/001",
        "Webseite": measure_page(teststadt.public[0]),
    }
    # The draft of 2026-H2 says 77 %; the public sees the released 40 %.
    assert first["Fertigstellungsgrad (%)"] == "40"
    # Never reported: the percent is the one planned by hand, the light derived from it today.
    by_hand = rows["M 2.1"]
    assert by_hand["Fertigstellungsgrad (%)"] == "15" and by_hand["Sachstand"] == ""
    assert (by_hand["Ampel (Schlüssel)"], by_hand["Ampel gemeldet"]) == ("red", "false")
    assert "15 %" in by_hand["Begründung der Ampel"]
    # Only a draft so far: its percent is stored on the measure, but not yet public.
    assert rows["M 2.2"]["Fertigstellungsgrad (%)"] == ""
    assert rows["M 3.1"]["Ampel"] == "" and rows["M 3.1"]["Status"] == "zurückgestellt"


def test_measures_as_json_carry_the_same_columns_with_typed_values(client, teststadt, settings):
    document = json_file(client, "massnahmen")
    header = list(csv_rows(client, "massnahmen")[0])
    assert [c["label"] for c in document["columns"]] == header
    assert document["municipality"] == {"name": "Teststadt", "ags": "05111000", "slug": "teststadt"}
    assert document["license"] == settings.SACHSTAND_OPENDATA_LICENSE == DL_BY
    assert document["catalogue"] == "http://testserver/teststadt/daten/katalog.ttl"
    records = {r["code"]: r for r in document["records"]}
    first = records["M 1.1"]
    assert first["goals"] == ["Z 1.1", "Z 1.2"] and first["percent_complete"] == 40
    assert first["traffic_light_reported"] is True and first["actual_end"] is None
    assert first["planned_end"] == "2027-12-31" and isinstance(first["priority_rank"], int)
    assert records["M 2.2"]["percent_complete"] is None
    assert set(first) == {c["key"] for c in document["columns"]}


def test_milestones_indicators_measurements_and_services_parse_back(client, teststadt):
    milestones = [(r["Maßnahme"], r["Meilenstein"], r["Fällig am"], r["Erreicht am"])
                  for r in csv_rows(client, "meilensteine")]  # fmt: skip
    assert milestones[:3] == [("M 1.1", "Vergabe 1", "2026-03-01", "2026-03-10"),
                              ("M 1.2", "Vergabe 2", "2026-03-01", "2026-03-10"),
                              ("M 1.3", "Vergabe 3", "2026-03-01", "2026-03-10")]  # fmt: skip
    assert ("M 1.1", "Go-live 1", "2026-11-02", "") in milestones
    assert ("M 3.1", "Später einmal", "2026-12-01", "") in milestones
    assert len(milestones) == 7

    [indicator] = csv_rows(client, "kennzahlen")
    assert indicator == indicator | {
        "Kürzel": "K-ON", "Einheit": "%", "Richtung (Schlüssel)": "higher",
        "Richtung": "höher ist besser", "Ziele": "Z 1.1", "Ausgangswert": "12.5",
        "Datum Ausgangswert": "2024-12-31", "Zielwerte": "2027-12-31: 60; 2030-12-31: 90",
        "Letzter Messwert": "42.25", "Datum letzter Messwert": "2026-06-30",
    }  # fmt: skip
    [typed] = json_file(client, "kennzahlen")["records"]
    assert typed["targets"] == [{"due_date": "2027-12-31", "value": 60},
                                {"due_date": "2030-12-31", "value": 90}]  # fmt: skip
    assert typed["baseline_value"] == 12.5 and typed["latest_value"] == 42.25

    measurements = [tuple(r.values()) for r in csv_rows(client, "messwerte")]
    assert measurements == [("K-ON", "%", "2025-06-30", "20.5", "Statistikstelle"),
                            ("K-ON", "%", "2025-12-31", "31", "Statistikstelle"),
                            ("K-ON", "%", "2026-06-30", "42.25", "Statistikstelle")]  # fmt: skip
    values = [r["value"] for r in json_file(client, "messwerte")["records"]]
    assert values == [20.5, 31, 42.25]

    [service] = csv_rows(client, "onlinedienste")
    assert service == service | {
        "Leistung": "Wohnsitz anmelden", "Lebenslage": "Umzug", "Reifegrad": "3",
        "OZG-konform": "true", "E-Payment": "true", "BundID": "true",
        "Online seit": "2025-05-01", "Organisationseinheit": "FB 32 Bürgeramt",
        "Maßnahmen": "M 1.1",  # not the internal measure that also raises it
    }  # fmt: skip
    [typed_service] = json_file(client, "onlinedienste")["records"]
    assert typed_service["measures"] == ["M 1.1"] and typed_service["compliant"] is True


def test_downloads_are_german_attachments_of_their_type(client, teststadt):
    client.cookies["django_language"] = "en"  # a published file is the same for everyone
    for name in NAMES:
        csv_file = get(client, "data", name=name, fmt="csv")
        assert csv_file["Content-Type"] == "text/csv; charset=utf-8; header=present"
        assert csv_file["Content-Disposition"] == f'attachment; filename="teststadt-{name}.csv"'
        assert csv_file["Content-Language"] == "de"
        assert csv_file.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
        header = csv_file.content.split(b"\r\n")[0]
        assert b"," in header and b";" not in header, name
        json_file = get(client, "data", name=name, fmt="json")
        assert json_file["Content-Type"] == "application/json"
        assert json_file["Content-Disposition"] == f'attachment; filename="teststadt-{name}.json"'
        assert json.loads(json_file.content)["dataset"] == name
    [first, *_] = csv_rows(client, "massnahmen")
    assert first["Status"] == "in Umsetzung" and first["Ampel"] == "grün"


def test_unknown_municipality_dataset_or_format_is_not_found(client, plan):
    assert get(client, "data", name="massnahmen", fmt="csv").status_code == 200
    assert get(client, "data", "nirgendwo", name="massnahmen", fmt="csv").status_code == 404
    assert get(client, "data", name="risiken", fmt="csv").status_code == 404
    assert get(client, "data", name="massnahmen", fmt="xlsx").status_code == 404
    assert client.get("/teststadt/daten/katalog.csv").status_code == 404
    for page in ("dcat", "dcat_jsonld", "ical"):
        assert get(client, page).status_code == 200
        assert get(client, page, "nirgendwo").status_code == 404


# ------------------------------------------------------------------------------------------------
# What never leaves, and whose data it is
# ------------------------------------------------------------------------------------------------


def test_drafts_risks_authors_contacts_and_internal_objects_never_leave(client, teststadt):
    files = every_file(client)
    for secret in SECRETS:
        leaked = [name for name, content in files.items() if secret.encode() in content]
        assert leaked == [], secret
    # ... while what is public is there, so the absence above proves something.
    assert b"Freigegebener Sachstand von M 1.1" in files["massnahmen.csv"]
    assert b"Statistikstelle" in files["messwerte.json"] and b"Go-live 1" in files["termine.ics"]


def test_each_municipality_sees_only_its_own_data(client, teststadt, other_plan):
    neighbour(other_plan)
    ours, theirs = every_file(client), every_file(client, "nachbarstadt")
    for name, content in ours.items():
        assert b"NACHBAR" not in content, name
        assert "Öffentliche Maßnahme".encode() not in theirs[name], name
    assert b"NACHBAR-MASSNAHME" in theirs["massnahmen.csv"]
    assert b"NACHBAR-KENNZAHL" in theirs["kennzahlen.json"]
    assert b"NACHBAR-MEILENSTEIN" in theirs["termine.ics"]
    assert b"NACHBAR-DIENST" in theirs["onlinedienste.csv"]


# ------------------------------------------------------------------------------------------------
# The DCAT-AP.de catalogue
# ------------------------------------------------------------------------------------------------


def test_catalogue_describes_every_download(client, teststadt, settings):
    response = get(client, "dcat")
    assert response["Content-Type"] == "text/turtle; charset=utf-8"
    graph = catalogue(client)
    [cat] = graph.subjects(RDF.type, DCAT.Catalog)
    datasets = set(graph.objects(cat, DCAT.dataset))
    assert {str(d).rsplit("#", 1)[1] for d in datasets} == set(NAMES)
    downloads = {str(url) for url in graph.objects(None, DCAT.downloadURL)}
    assert downloads == {
        f"http://testserver/teststadt/daten/{name}.{fmt}"
        for name in NAMES
        for fmt in ("csv", "json")
    }
    for url in downloads:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200, url
    place = URIRef("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05111000")
    level = URIRef("http://dcat-ap.de/def/politicalGeocoding/Level/municipality")
    theme = URIRef("http://publications.europa.eu/resource/authority/data-theme/GOVE")
    for dataset in datasets:
        assert graph.value(dataset, DCATDE.politicalGeocodingURI) == place
        assert graph.value(dataset, DCATDE.politicalGeocodingLevelURI) == level
        assert graph.value(dataset, DCAT.theme) == theme
        publisher = graph.value(dataset, DCTERMS.publisher)
        assert str(graph.value(publisher, FOAF.name)) == "Teststadt"
        for distribution in graph.objects(dataset, DCAT.distribution):
            assert str(graph.value(distribution, DCTERMS.license)) == DL_BY
            assert graph.value(distribution, DCAT.accessURL) is not None
    measures = URIRef("http://testserver/teststadt/daten/katalog.ttl#massnahmen")
    issued = graph.value(measures, DCTERMS.issued).toPython()
    modified = graph.value(measures, DCTERMS.modified).toPython()
    # Created in January, released in July; the draft of September changes nothing public.
    assert issued.date() == date(2026, 1, 5) and modified.date() == date(2026, 7, 10)

    settings.SACHSTAND_OPENDATA_LICENSE = CC_BY  # the licence is a setting
    licences = {str(o) for o in catalogue(client).objects(None, DCTERMS.license)}
    assert licences == {CC_BY}
    assert json_file(client, "messwerte")["license"] == CC_BY


def test_catalogue_in_json_ld_is_the_same_graph(client, teststadt):
    response = get(client, "dcat_jsonld")
    assert response["Content-Type"] == "application/ld+json"
    assert isomorphic(Graph().parse(data=response.content, format="json-ld"), catalogue(client))


def test_catalogue_passes_dcat_ap_de_validation_and_a_broken_one_fails(client, teststadt, shapes):
    graph = catalogue(client)
    conforms, _results, text = validate(graph, shacl_graph=shapes)
    assert conforms, text

    base = "http://testserver/teststadt/daten/katalog.ttl"
    dataset, distribution = URIRef(f"{base}#kennzahlen"), URIRef(f"{base}#messwerte-csv")
    graph.remove((dataset, DCTERMS.title, None))
    graph.remove((distribution, DCAT.accessURL, None))
    conforms, results, _text = validate(graph, shacl_graph=shapes)
    assert not conforms
    found = {
        (
            results.value(r, SH.focusNode),
            results.value(r, SH.resultPath),
            results.value(r, SH.sourceConstraintComponent),
            str(results.value(r, SH.resultMessage)),
        )
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    assert found == {
        (dataset, DCTERMS.title, SH.MinCountConstraintComponent,
         "dcat:Dataset: dcterms:title MUSS MINDESTEN einmal vorkommen."),
        (distribution, DCAT.accessURL, SH.MinCountConstraintComponent,
         "dcat:Distribution: dcat:accessURL MUSS MINDESTEN einmal vorkommen."),
    }  # fmt: skip
    # Why both files: the overlay alone would accept the broken catalogue.
    overlay = Graph().parse(SHAPES / "v3_shacl_de.ttl", format="turtle")
    assert validate(graph, shacl_graph=overlay)[0]


def test_catalogue_names_the_contributor_where_one_is_assigned():
    municipality = Municipality(name="Teststadt", slug="teststadt", ags="05111000")
    base = "https://sachstand.example.de/teststadt/daten"
    graph = catalogue_graph(
        Catalogue(
            municipality=municipality,
            url=f"{base}/katalog.ttl",
            download_url=lambda name, fmt: f"{base}/{name}.{fmt}",
            license=DL_BY,
            dates={},
            contributor_id="http://dcat-ap.de/def/contributors/teststadt",
        )
    )
    contributors = set(graph.objects(None, DCATDE.contributorID))
    assert contributors == {URIRef("http://dcat-ap.de/def/contributors/teststadt")}
    assert len(set(graph.subjects(DCATDE.contributorID, None))) == len(NAMES)


# ------------------------------------------------------------------------------------------------
# The iCalendar feed
# ------------------------------------------------------------------------------------------------


def test_feed_has_the_upcoming_milestones_of_open_public_measures(client, teststadt, settings):
    response = get(client, "ical")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    feed = Calendar.from_ical(response.content)
    assert "Teststadt" in str(feed["X-WR-CALNAME"]) and feed.get("METHOD") == "PUBLISH"
    events = {str(e["SUMMARY"]): e for e in feed.walk("VEVENT")}
    # Not the reached "Vergabe", the internal measure's or the deferred measure's milestone.
    assert sorted(events) == [f"M 1.{n} Öffentliche Maßnahme {n}: Go-live {n}" for n in (1, 2, 3)]
    measure = teststadt.public[0]
    milestone = measure.milestones.get(title="Go-live 1")
    event = events["M 1.1 Öffentliche Maßnahme 1: Go-live 1"]
    assert event.decoded("DTSTART") == date(2026, 11, 2)  # a date: an all-day event
    assert event.decoded("DTEND") == date(2026, 11, 2) + timedelta(days=1)
    assert str(event["UID"]) == f"meilenstein-{milestone.pk}@testserver"
    assert "Öffentliche Maßnahme 1" in str(event["DESCRIPTION"])
    assert "HF 1 Bürgerservice" in str(event["DESCRIPTION"])
    assert str(event.get("URL", "")) == measure_page(measure)

    settings.ALLOWED_HOSTS = ["sachstand.example.de"]
    elsewhere = Calendar.from_ical(
        client.get("/teststadt/termine.ics", HTTP_HOST="sachstand.example.de").content
    )
    again = Calendar.from_ical(
        client.get("/teststadt/termine.ics", HTTP_HOST="sachstand.example.de").content
    )
    uids = sorted(str(e["UID"]) for e in elsewhere.walk("VEVENT"))
    assert uids == sorted(str(e["UID"]) for e in again.walk("VEVENT"))
    assert all(uid.endswith("@sachstand.example.de") for uid in uids)


# ------------------------------------------------------------------------------------------------
# Speed
# ------------------------------------------------------------------------------------------------

ENDPOINTS = [
    *(("data", {"name": name, "fmt": fmt}) for name in NAMES for fmt in ("csv", "json")),
    ("dcat", {}),
    ("dcat_jsonld", {}),
    ("ical", {}),
]


def test_query_counts_do_not_grow_with_the_number_of_measures(
    client, plan, other_plan, time_machine
):
    publish(plan, time_machine, measures=3)
    publish(other_plan, time_machine, measures=30)
    for page, kwargs in ENDPOINTS:
        counts = []
        for slug in ("teststadt", "nachbarstadt"):
            get(client, page, slug, **kwargs)  # caches of the first request do not count
            with CaptureQueriesContext(connection) as queries:
                assert get(client, page, slug, **kwargs).status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1], (page, kwargs, counts)


def test_a_draft_does_not_change_the_public_light(client, plan, time_machine):
    time_machine.move_to(PLANNED, tick=False)
    measure = plan.measure("M 1.1", status="in_progress")  # planned for all of 2026
    draft = plan.period("2026-H2")
    time_machine.move_to(NOW, tick=False)
    before = csv_rows(client, "massnahmen")[0]["Ampel (Schlüssel)"]
    status_update_create(
        measure=measure,
        period=draft,
        values={"traffic_light": "green", "percent_complete": 90, "summary": "Entwurf"},
        author=plan.actor,
        reported_at=NOW,
        user=plan.actor,
    )
    assert csv_rows(client, "massnahmen")[0]["Ampel (Schlüssel)"] == before == "red"
