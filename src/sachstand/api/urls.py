"""The REST API, version 1: /api/v1/… (see docs/api.md)."""

from django.urls import include, path, re_path, register_converter

from sachstand.api.views import indicators, online_services, plan, status_updates
from sachstand.api.views.base import not_found
from sachstand.api.views.schema import schema_view

app_name = "api"


class IdConverter:
    """A positive id that fits a 64-bit column; anything larger is no match (404), not an
    overflow in the database."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number < 2**63:
            raise ValueError(value)
        return number

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")

municipality = [
    path("", plan.MunicipalityDetail.as_view(), name="municipality"),
    path("strategy/", plan.StrategyDetail.as_view(), name="strategy"),
    path("fields-of-action/", plan.FieldOfActionList.as_view(), name="fields-of-action"),
    path("goals/", plan.GoalList.as_view(), name="goals"),
    path("measures/", plan.MeasureList.as_view(), name="measures"),
    path("measures/<id:id>/", plan.MeasureDetail.as_view(), name="measure"),
    path("milestones/", plan.MilestoneList.as_view(), name="milestones"),
    path("status-updates/", status_updates.StatusUpdateList.as_view(), name="status-updates"),
    path(
        "status-updates/<id:id>/",
        status_updates.StatusUpdateDetail.as_view(),
        name="status-update",
    ),
    path("indicators/", indicators.IndicatorList.as_view(), name="indicators"),
    path("indicators/<id:id>/", indicators.IndicatorDetail.as_view(), name="indicator"),
    path("measurements/", indicators.MeasurementList.as_view(), name="measurements"),
    path("online-services/", online_services.OnlineServiceList.as_view(), name="online-services"),
]

urlpatterns = [
    path("v1/schema/", schema_view, name="schema"),
    path("v1/municipalities/", plan.MunicipalityList.as_view(), name="municipalities"),
    path("v1/municipalities/<slug:slug>/", include(municipality)),
    # Anything else under /api/ is a 404 in JSON, as API clients expect, not an HTML page.
    re_path(r"^", not_found),
]
