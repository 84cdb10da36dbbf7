"""Entries of the register of online services (OZG) marked public."""

from rest_framework import serializers

from sachstand.api.serializers.plan import OrgUnitSerializer


class OnlineServiceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    leika_key = serializers.CharField(allow_null=True, help_text="14 digits; null if none.")
    ozg_id = serializers.IntegerField(allow_null=True)
    themenfeld = serializers.CharField(help_text="OZG topic (Themenfeld).")
    lebenslage = serializers.CharField(help_text="OZG life situation (Lebenslage).")
    org_unit = OrgUnitSerializer(allow_null=True)
    url = serializers.CharField(help_text="Where citizens use the service online; may be empty.")
    maturity_scale = serializers.CharField(
        source="scale.code", help_text="Version of the OZG maturity model, e.g. 1.1 or 2.0."
    )
    maturity_level = serializers.IntegerField(source="level")
    e_payment = serializers.BooleanField()
    citizen_account = serializers.BooleanField(help_text="Login with a citizen account (BundID).")
    online_since = serializers.DateField(allow_null=True)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["leika_key"] = data["leika_key"] or None
        return data
