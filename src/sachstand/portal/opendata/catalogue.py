"""The DCAT-AP.de catalogue of a municipality's open datasets, as an RDF graph (rdflib).

One dataset per entry of ``DATASETS``, each with a CSV and a JSON distribution. The publisher is
the municipality, located by its AGS in the DCAT-AP.de vocabulary of political geocoding; the
licence is the one of ``settings.SACHSTAND_OPENDATA_LICENSE``. Nodes are named inside the
catalogue's own URL (``…/katalog.ttl#massnahmen``), so they stay the same in every format.
The tests validate the graph against the DCAT-AP 3.0.0 shapes with GovData's overlay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext as _
from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from sachstand.municipalities.models import Municipality
from sachstand.portal.opendata.datasets import DATASETS, Dataset
from sachstand.portal.opendata.formats import FORMATS, MEDIA_TYPES
from sachstand.portal.opendata.selectors import Dates
from sachstand.strategy.models import Strategy

ADMS = Namespace("http://www.w3.org/ns/adms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
GEOCODING = Namespace("http://dcat-ap.de/def/politicalGeocoding/")
EU = Namespace("http://publications.europa.eu/resource/authority/")
IANA = Namespace("https://www.iana.org/assignments/media-types/")
PUBLISHER_TYPE = Namespace("http://purl.org/adms/publishertype/")
STATUS = Namespace("http://purl.org/adms/status/")

FILE_TYPES = {"csv": "CSV", "json": "JSON"}  # in the EU file-type vocabulary
GERMAN = EU["language/DEU"]
THEME = EU["data-theme/GOVE"]  # Government and public sector


@dataclass(frozen=True)
class Catalogue:
    """What the catalogue says about one municipality, as the view found it."""

    municipality: Municipality
    url: str  # absolute URL of the catalogue
    download_url: Callable[[str, str], str]  # (dataset name, format) -> absolute URL
    license: str
    dates: dict[str, Dates]
    strategy: Strategy | None = None
    homepage: str = ""  # the municipality's public overview page, if it has one
    landing_page: str = ""  # the page that lists the downloads, if there is one
    contributor_id: str = ""  # a URI of http://dcat-ap.de/def/contributors/, where assigned

    def node(self, name: str) -> URIRef:
        return URIRef(f"{self.url}#{name}")


def _literal(moment: datetime | date) -> Literal:
    if isinstance(moment, datetime):
        return Literal(moment.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)
    return Literal(moment.isoformat(), datatype=XSD.date)


def _dates(graph: Graph, subject: URIRef, dates: Dates) -> None:
    if dates.issued is not None:
        graph.add((subject, DCTERMS.issued, _literal(dates.issued)))
    if dates.modified is not None:
        graph.add((subject, DCTERMS.modified, _literal(dates.modified)))


def prefixes() -> dict[str, str]:
    """The prefixes of the catalogue, also the context of its JSON-LD."""
    namespaces = {"dcat": DCAT, "dct": DCTERMS, "foaf": FOAF, "xsd": XSD}
    namespaces |= {"adms": ADMS, "dcatap": DCATAP, "dcatde": DCATDE}
    return {prefix: str(namespace) for prefix, namespace in namespaces.items()}


def _publisher(graph: Graph, cat: Catalogue) -> URIRef:
    publisher = cat.node("herausgeber")
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, RDF.type, FOAF.Organization))
    graph.add((publisher, FOAF.name, Literal(cat.municipality.name, lang="de")))
    graph.add((publisher, DCTERMS.type, PUBLISHER_TYPE.LocalAuthority))
    if cat.homepage:
        graph.add((publisher, FOAF.homepage, URIRef(cat.homepage)))
    return publisher


def _place(graph: Graph, cat: Catalogue) -> URIRef:
    place = GEOCODING[f"municipalityKey/{cat.municipality.ags}"]
    graph.add((place, RDF.type, DCTERMS.Location))
    return place


def _period(graph: Graph, strategy: Strategy) -> BNode:
    period = BNode()
    graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
    graph.add((period, DCAT.startDate, _literal(date(strategy.period_start, 1, 1))))
    graph.add((period, DCAT.endDate, _literal(date(strategy.period_end, 12, 31))))
    return period


def _distribution(graph: Graph, cat: Catalogue, dataset: Dataset, fmt: str) -> URIRef:
    node = cat.node(f"{dataset.name}-{fmt}")
    url = URIRef(cat.download_url(dataset.name, fmt))
    title = f"{dataset.title} ({FILE_TYPES[fmt]})"
    graph.add((node, RDF.type, DCAT.Distribution))
    graph.add((node, DCTERMS.title, Literal(title, lang="de")))
    graph.add((node, DCAT.accessURL, url))
    graph.add((node, DCAT.downloadURL, url))
    graph.add((node, DCTERMS.format, EU[f"file-type/{FILE_TYPES[fmt]}"]))
    graph.add((node, DCAT.mediaType, IANA[MEDIA_TYPES[fmt]]))
    graph.add((node, DCTERMS.license, URIRef(cat.license)))
    graph.add((node, DCATDE.licenseAttributionByText, Literal(cat.municipality.name)))
    graph.add((node, ADMS.status, STATUS.Completed))
    graph.add((node, DCATAP.availability, EU["planned-availability/STABLE"]))
    _dates(graph, node, cat.dates.get(dataset.name, Dates()))
    return node


def _dataset(graph: Graph, cat: Catalogue, dataset: Dataset, publisher, place) -> URIRef:
    node = cat.node(dataset.name)
    graph.add((node, RDF.type, DCAT.Dataset))
    title = f"{dataset.title} – {cat.municipality.name}"
    graph.add((node, DCTERMS.title, Literal(title, lang="de")))
    graph.add((node, DCTERMS.description, Literal(dataset.description, lang="de")))
    graph.add((node, DCTERMS.identifier, Literal(str(node))))
    graph.add((node, DCTERMS.publisher, publisher))
    graph.add((node, DCTERMS.language, GERMAN))
    graph.add((node, DCAT.theme, THEME))
    for keyword in (*dataset.keywords, cat.municipality.name):
        graph.add((node, DCAT.keyword, Literal(keyword, lang="de")))
    graph.add((node, DCTERMS.spatial, place))
    graph.add((node, DCATDE.politicalGeocodingURI, place))
    graph.add((node, DCATDE.politicalGeocodingLevelURI, GEOCODING["Level/municipality"]))
    if cat.contributor_id:
        graph.add((node, DCATDE.contributorID, URIRef(cat.contributor_id)))
    graph.add((node, DCTERMS.accessRights, EU["access-right/PUBLIC"]))
    graph.add((node, DCTERMS.accrualPeriodicity, EU["frequency/UPDATE_CONT"]))
    graph.add((node, DCATAP.availability, EU["planned-availability/STABLE"]))
    if cat.landing_page:
        graph.add((node, DCAT.landingPage, URIRef(cat.landing_page)))
    if cat.strategy is not None:
        graph.add((node, DCTERMS.temporal, _period(graph, cat.strategy)))
    _dates(graph, node, cat.dates.get(dataset.name, Dates()))
    for fmt in FORMATS:
        graph.add((node, DCAT.distribution, _distribution(graph, cat, dataset, fmt)))
    return node


def catalogue_graph(cat: Catalogue) -> Graph:
    """The catalogue with its datasets, their distributions and the publisher."""
    graph = Graph()
    for prefix, namespace in prefixes().items():
        graph.bind(prefix, namespace)
    name = cat.municipality.name
    catalogue = cat.node("katalog")
    publisher, place = _publisher(graph, cat), _place(graph, cat)
    graph.add((catalogue, RDF.type, DCAT.Catalog))
    title = _("Open data of the digitalisation strategy of %(municipality)s") % {
        "municipality": name
    }
    description = _(
        "Measures, milestones, indicators, measurements and online services of the "
        "digitalisation strategy of %(municipality)s, as far as they are public."
    ) % {"municipality": name}
    graph.add((catalogue, DCTERMS.title, Literal(title, lang="de")))
    graph.add((catalogue, DCTERMS.description, Literal(description, lang="de")))
    graph.add((catalogue, DCTERMS.publisher, publisher))
    graph.add((catalogue, DCTERMS.language, GERMAN))
    graph.add((catalogue, DCTERMS.license, URIRef(cat.license)))
    graph.add((catalogue, DCTERMS.spatial, place))
    graph.add((catalogue, DCAT.themeTaxonomy, EU["data-theme"]))
    if cat.homepage:
        graph.add((catalogue, FOAF.homepage, URIRef(cat.homepage)))
    dates = Dates()
    for dataset in DATASETS.values():
        graph.add((catalogue, DCAT.dataset, _dataset(graph, cat, dataset, publisher, place)))
        dates = dates.merge(cat.dates.get(dataset.name, Dates()))
    _dates(graph, catalogue, dates)
    return graph
