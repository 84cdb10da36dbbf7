"""Open data downloads, the DCAT-AP.de catalogue and the iCalendar feed: thin views that find the
municipality, call ``records``, ``catalogue`` or ``ical`` and send the file.

Files are written in German whatever language a visitor chose: a published dataset is the same
for everyone who downloads it. Each view runs a fixed number of queries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from rdflib import Graph

from sachstand.municipalities.models import Municipality
from sachstand.portal.opendata.catalogue import Catalogue, catalogue_graph, prefixes
from sachstand.portal.opendata.datasets import DATASETS
from sachstand.portal.opendata.formats import CONTENT_TYPES, write_csv, write_json
from sachstand.portal.opendata.ical import milestone_calendar
from sachstand.portal.opendata.selectors import dataset_dates
from sachstand.reporting.selectors.public import public_municipalities, public_strategy

LANGUAGE = "de"


def _municipality(slug: str) -> Municipality:
    return get_object_or_404(public_municipalities(), slug=slug)


def _url(request: HttpRequest, page: str, **kwargs: Any) -> str:
    """The absolute URL of a portal page, or "" while that page does not exist."""
    try:
        return request.build_absolute_uri(reverse(f"portal:{page}", kwargs=kwargs))
    except NoReverseMatch:
        return ""


def _measure_url(request: HttpRequest, slug: str) -> Callable[[int], str]:
    return lambda pk: _url(request, "measure", slug=slug, pk=pk)


def _file(body: bytes, content_type: str, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    response["Content-Language"] = LANGUAGE
    response["Access-Control-Allow-Origin"] = "*"  # open data: scripts on any site may read it
    return response


def data(request: HttpRequest, slug: str, name: str, fmt: str) -> HttpResponse:
    """One dataset as CSV or JSON."""
    dataset = DATASETS.get(name)
    if dataset is None or fmt not in CONTENT_TYPES:
        raise Http404(_("There is no such dataset or format."))
    municipality = _municipality(slug)
    with translation.override(LANGUAGE):
        rows = dataset.rows(municipality, _measure_url(request, slug))
        if fmt == "csv":
            body = write_csv(dataset, rows)
        else:
            about = {
                "municipality": {
                    "name": municipality.name,
                    "ags": municipality.ags,
                    "slug": municipality.slug,
                },
                "license": settings.SACHSTAND_OPENDATA_LICENSE,
                "license_attribution": municipality.name,
                "catalogue": _url(request, "dcat", slug=slug),
                "generated_at": timezone.localtime().replace(microsecond=0).isoformat(),
            }
            body = write_json(dataset, rows, about=about)
    return _file(body, CONTENT_TYPES[fmt], f"{slug}-{name}.{fmt}", attachment=True)


def _catalogue(request: HttpRequest, slug: str) -> Graph:
    municipality = _municipality(slug)

    def download_url(name: str, fmt: str) -> str:
        return _url(request, "data", slug=slug, name=name, fmt=fmt)

    with translation.override(LANGUAGE):
        return catalogue_graph(
            Catalogue(
                municipality=municipality,
                url=_url(request, "dcat", slug=slug),
                download_url=download_url,
                license=settings.SACHSTAND_OPENDATA_LICENSE,
                dates=dataset_dates(municipality),
                strategy=public_strategy(municipality),
                homepage=_url(request, "overview", slug=slug),
                landing_page=_url(request, "open_data", slug=slug),
            )
        )


def catalogue_turtle(request: HttpRequest, slug: str) -> HttpResponse:
    """The DCAT-AP.de catalogue in Turtle."""
    body = _catalogue(request, slug).serialize(format="turtle", encoding="utf-8")
    return _file(body, "text/turtle; charset=utf-8", f"{slug}-katalog.ttl", attachment=False)


def catalogue_jsonld(request: HttpRequest, slug: str) -> HttpResponse:
    """The same catalogue in JSON-LD."""
    graph = _catalogue(request, slug)
    body = graph.serialize(
        format="json-ld", context=prefixes(), auto_compact=True, encoding="utf-8"
    )
    return _file(body, "application/ld+json", f"{slug}-katalog.jsonld", attachment=False)


def calendar(request: HttpRequest, slug: str) -> HttpResponse:
    """The iCalendar feed of upcoming milestones."""
    municipality = _municipality(slug)
    host, _port = split_domain_port(request.get_host())
    with translation.override(LANGUAGE):
        feed = milestone_calendar(municipality, host=host, measure_url=_measure_url(request, slug))
    return _file(
        feed.to_ical(), "text/calendar; charset=utf-8", f"{slug}-termine.ics", attachment=False
    )
