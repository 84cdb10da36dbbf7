from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sachstand.onlineservices.models import LeikaService, OzgService


@admin.register(OzgService)
class OzgServiceAdmin(SimpleHistoryAdmin):
    list_display = ("ozg_id", "name", "themenfeld", "lebenslage")
    list_filter = ("themenfeld",)
    search_fields = ("name", "ozg_id")


@admin.register(LeikaService)
class LeikaServiceAdmin(SimpleHistoryAdmin):
    list_display = ("leika_key", "name", "typisierung", "ozg_service")
    list_filter = ("typisierung",)
    search_fields = ("name", "leika_key")
    autocomplete_fields = ("ozg_service",)
