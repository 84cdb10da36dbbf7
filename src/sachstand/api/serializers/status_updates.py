"""Status updates (Sachstandsmeldungen): as the public and editors see them, and as written."""

from drf_spectacular.utils import OpenApiExample, extend_schema_serializer
from rest_framework import serializers

from sachstand.strategy.models import TrafficLight


class StatusUpdateSerializer(serializers.Serializer):
    """A status update. ``risks`` and ``author`` are shown only to users who may write status
    updates; the public sees updates of released periods only."""

    id = serializers.IntegerField()
    measure = serializers.CharField(source="measure.code", help_text="Code of the measure.")
    period = serializers.CharField(source="period.half_year", help_text="Half-year, e.g. 2026-H1.")
    released = serializers.SerializerMethodField(
        help_text="Whether the status report of the period has been released (false: a draft)."
    )
    traffic_light = serializers.ChoiceField(choices=TrafficLight.choices)
    derived_traffic_light = serializers.ChoiceField(
        choices=TrafficLight.choices,
        allow_null=True,
        help_text="Derived from milestones and progress when the update was saved.",
    )
    derived_reason = serializers.CharField()
    deviation_reason = serializers.CharField()
    percent_complete = serializers.IntegerField()
    summary = serializers.CharField()
    next_steps = serializers.CharField()
    reported_at = serializers.DateTimeField()
    risks = serializers.CharField(required=False, help_text="Only for editors.")
    author = serializers.CharField(
        source="author.username", required=False, allow_null=True, help_text="Only for editors."
    )

    def get_released(self, update) -> bool:
        return update.period_id in self.context["released_period_ids"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["derived_traffic_light"] = data["derived_traffic_light"] or None
        return data

    def get_fields(self):
        fields = super().get_fields()
        if not self.context.get("editor", True):
            # Never read what the public must not see (the public queryset defers it).
            fields.pop("risks")
            fields.pop("author")
        return fields


class StatusUpdateChangeSerializer(serializers.Serializer):
    """The fields an editor writes; everything else is derived or taken from the request."""

    traffic_light = serializers.ChoiceField(choices=TrafficLight.choices)
    percent_complete = serializers.IntegerField(help_text="0 to 100.")
    summary = serializers.CharField(
        allow_blank=True, help_text="What has been achieved so far (required)."
    )
    next_steps = serializers.CharField(allow_blank=True, required=False)
    risks = serializers.CharField(
        allow_blank=True, required=False, help_text="Internal, never public."
    )
    deviation_reason = serializers.CharField(
        allow_blank=True,
        required=False,
        help_text="Required when the reported traffic light differs from the derived one.",
    )


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A status update",
            request_only=True,
            value={
                "measure": "M 1.2",
                "period": "2026-H2",
                "traffic_light": "yellow",
                "percent_complete": 60,
                "summary": "Pilot im Bürgeramt abgeschlossen.",
                "next_steps": "Ausrollen auf alle Standorte.",
                "risks": "Lieferverzug bei Hardware.",
                "deviation_reason": "Rollout um drei Monate verschoben.",
            },
        )
    ]
)
class StatusUpdateCreateSerializer(StatusUpdateChangeSerializer):
    """A new status update: the measure, an open period, and what is reported."""

    measure = serializers.CharField(help_text="Code of the measure, e.g. M 1.1.")
    period = serializers.CharField(help_text="Half-year of an open reporting period, e.g. 2026-H1.")
