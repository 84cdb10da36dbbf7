"""The public pages of the needs analysis (included by ``portal.urls``, whose namespace
"portal" they share); German paths, as citizens read them."""

from django.urls import path

from sachstand.participation import views

urlpatterns: list = [
    path("<slug:slug>/umfragen/", views.surveys, name="surveys"),
    path("<slug:slug>/umfragen/<int:pk>/", views.survey, name="survey"),
    path("<slug:slug>/umfragen/<int:pk>/danke/", views.survey_thanks, name="survey_thanks"),
    path(
        "<slug:slug>/umfragen/<int:pk>/einladung/<str:token>/",
        views.survey_invited,
        name="survey_invited",
    ),
    path("<slug:slug>/umfragen/<int:pk>/ergebnisse/", views.survey_results, name="survey_results"),
    path(
        "<slug:slug>/umfragen/<int:pk>/ergebnisse.csv",
        views.survey_results_csv,
        name="survey_results_csv",
    ),
    path("<slug:slug>/fragen/", views.questions, name="questions"),
    path("<slug:slug>/fragen/stellen/", views.ask, name="ask"),
    path("<slug:slug>/fragen/danke/", views.ask_thanks, name="ask_thanks"),
    path("<slug:slug>/datenschutz/", views.privacy, name="privacy"),
]
