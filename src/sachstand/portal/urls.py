from django.urls import include, path

from sachstand.portal import views

app_name = "portal"

urlpatterns: list = [
    path("", views.index, name="index"),
    path("", include("sachstand.portal.opendata.urls")),
    path("", include("sachstand.participation.urls")),
    path("<slug:slug>/", views.overview, name="overview"),
    path("<slug:slug>/handlungsfelder/<int:pk>/", views.field_of_action, name="field"),
    path("<slug:slug>/massnahmen/<int:pk>/", views.measure, name="measure"),
    path("<slug:slug>/kennzahlen/", views.indicators, name="indicators"),
    path("<slug:slug>/kennzahlen/<int:pk>/", views.indicator, name="indicator"),
    path("<slug:slug>/naechstes-halbjahr/", views.next_half_year, name="next"),
    path("<slug:slug>/berichte/", views.reports, name="reports"),
    path("<slug:slug>/berichte/<int:pk>.<str:fmt>", views.report_file, name="report_file"),
    path("<slug:slug>/daten/", views.open_data, name="open_data"),
]
