"""Municipality, strategy, fields of action, goals, measures and milestones."""

from rest_framework import serializers

from sachstand.api.serializers.status_updates import StatusUpdateSerializer
from sachstand.municipalities.models import FederalState
from sachstand.strategy.models import MeasureStatus, TrafficLight


class MunicipalitySerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Short name used in the URLs.")
    name = serializers.CharField()
    ags = serializers.CharField(help_text="Official municipality key (AGS), 8 digits.")
    federal_state = serializers.ChoiceField(choices=FederalState.choices)


class StrategySerializer(serializers.Serializer):
    title = serializers.CharField()
    vision = serializers.CharField()
    period_start = serializers.IntegerField(help_text="First year of the strategy.")
    period_end = serializers.IntegerField(help_text="Last year of the strategy.")
    adopted_on = serializers.DateField(allow_null=True)
    council_resolution = serializers.CharField(help_text="Reference of the council resolution.")


class FieldOfActionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    position = serializers.IntegerField()


class GoalSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    field_of_action = serializers.CharField(
        source="field_of_action.code", help_text="Code of the field of action."
    )


class OrgUnitSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class PublicLightSerializer(serializers.Serializer):
    """The traffic light the public sees: the one reported in the latest released status update,
    else the one derived from the plan today."""

    colour = serializers.ChoiceField(
        choices=TrafficLight.choices, source="value", allow_null=True, help_text="null: none."
    )
    reason = serializers.CharField()
    reported = serializers.BooleanField(
        help_text="true: from a released status update; false: derived from the plan."
    )
    half_year = serializers.CharField(
        allow_null=True, help_text="Half-year of the status update it comes from."
    )

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["colour"] = data["colour"] or None
        data["half_year"] = data["half_year"] or None
        return data


class MeasureSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    field_of_action = serializers.CharField(
        source="field_of_action.code", help_text="Code of the field of action."
    )
    goals = serializers.SerializerMethodField(help_text="Codes of the goals the measure serves.")
    org_unit = OrgUnitSerializer(help_text="The responsible organisational unit.")
    status = serializers.ChoiceField(choices=MeasureStatus.choices)
    priority_rank = serializers.IntegerField(allow_null=True, help_text="1 is the most important.")
    benefit = serializers.IntegerField(help_text="1 (low) to 5 (high).")
    urgency = serializers.IntegerField(help_text="1 (low) to 5 (high).")
    effort = serializers.IntegerField(help_text="1 (low) to 5 (high).")
    planned_start = serializers.DateField(allow_null=True)
    planned_end = serializers.DateField(allow_null=True)
    actual_end = serializers.DateField(allow_null=True)
    percent_complete = serializers.IntegerField()
    council_reference = serializers.CharField(help_text="Motion or resolution, e.g. A 2024/081.")
    council_reference_date = serializers.DateField(allow_null=True)
    light = PublicLightSerializer(help_text="The public traffic light with its reason.")

    def get_goals(self, measure) -> list[str]:
        return [goal.code for goal in measure.goals.all()]


class MilestoneSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    measure = serializers.CharField(source="measure.code", help_text="Code of the measure.")
    title = serializers.CharField()
    due_date = serializers.DateField()
    completed_date = serializers.DateField(allow_null=True)


class MeasureDetailSerializer(MeasureSerializer):
    milestones = MilestoneSerializer(many=True, source="public_milestones")
    status_updates = StatusUpdateSerializer(
        many=True, source="public_updates", help_text="Status updates of released periods."
    )
