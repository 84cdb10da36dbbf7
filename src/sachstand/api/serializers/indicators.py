"""Indicators (Kennzahlen) with their targets, and measurements (Messwerte)."""

from drf_spectacular.utils import OpenApiExample, extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from sachstand.indicators.models import Direction, Source

VALUE = {"max_digits": 14, "decimal_places": 4}


class TargetSerializer(serializers.Serializer):
    value = serializers.DecimalField(**VALUE)
    due_date = serializers.DateField(help_text="To be reached by this date.")


class PointSerializer(serializers.Serializer):
    date = serializers.DateField()
    value = serializers.DecimalField(**VALUE)


class IndicatorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
    unit = serializers.CharField()
    direction = serializers.ChoiceField(choices=Direction.choices)
    definition = serializers.CharField()
    source = serializers.ChoiceField(choices=Source.choices)
    baseline_value = serializers.DecimalField(allow_null=True, **VALUE)
    baseline_date = serializers.DateField(allow_null=True)
    goals = serializers.SerializerMethodField(help_text="Codes of the goals it measures.")
    targets = TargetSerializer(many=True, source="targets.all")
    latest = serializers.SerializerMethodField(help_text="The latest measurement; null if none.")

    def get_goals(self, indicator) -> list[str]:
        return [goal.code for goal in indicator.goals.all()]

    @extend_schema_field(PointSerializer(allow_null=True))
    def get_latest(self, indicator):
        measurements = list(indicator.measurements.all())  # prefetched, ordered by date
        return PointSerializer(measurements[-1]).data if measurements else None


class MeasurementSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    indicator = serializers.CharField(source="indicator.code", help_text="Code of the indicator.")
    unit = serializers.CharField(source="indicator.unit")
    date = serializers.DateField(help_text="The day, or the last day of the period measured.")
    value = serializers.DecimalField(**VALUE)
    source = serializers.CharField()


class IndicatorDetailSerializer(IndicatorSerializer):
    measurements = PointSerializer(many=True, source="measurements.all")


class ExactDecimalField(serializers.DecimalField):
    """Checks digits and places like DRF, but keeps the value as written ("3", not "3.0000"), so
    that the domain's messages quote it as the user wrote it."""

    def quantize(self, value):
        return value


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A measurement",
            request_only=True,
            value={
                "indicator": "K 1",
                "date": "2026-06-30",
                "value": "23.5",
                "note": "Stichtag laut Register.",
                "source": "Register der Onlinedienste",
            },
        )
    ]
)
class MeasurementWriteSerializer(serializers.Serializer):
    indicator = serializers.CharField(help_text="Code of the indicator.")
    date = serializers.DateField(help_text="The day, or the last day of the period measured.")
    value = ExactDecimalField(**VALUE)
    note = serializers.CharField(allow_blank=True, required=False, help_text="Internal note.")
    source = serializers.CharField(allow_blank=True, required=False)
