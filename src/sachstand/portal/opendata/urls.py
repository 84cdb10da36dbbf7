"""Open data downloads, the DCAT-AP.de catalogue and the iCalendar feed (included by
``portal.urls``, whose namespace "portal" they share)."""

from django.urls import path

from sachstand.portal.opendata import views

urlpatterns: list = [
    # Before "data", whose pattern would take "katalog.ttl" for a dataset named "katalog".
    path("<slug:slug>/daten/katalog.ttl", views.catalogue_turtle, name="dcat"),
    path("<slug:slug>/daten/katalog.jsonld", views.catalogue_jsonld, name="dcat_jsonld"),
    path("<slug:slug>/daten/<str:name>.<str:fmt>", views.data, name="data"),
    path("<slug:slug>/termine.ics", views.calendar, name="ical"),
]
