"""The public entries of the register of online services."""

from __future__ import annotations

from sachstand.api.serializers.online_services import OnlineServiceSerializer
from sachstand.api.views.base import SLUG, ScopedList, reads
from sachstand.reporting.selectors import public


@reads("online_services_list", ["online services"], SLUG)
class OnlineServiceList(ScopedList):
    """The register entries marked public, by name."""

    serializer_class = OnlineServiceSerializer

    def get_queryset(self):
        return public.public_online_services(self.municipality)
