from django.contrib import admin
from django.http import HttpRequest

from sachstand.core.admin import TenantScoped
from sachstand.eventlogs.models import EventLogImport


@admin.register(EventLogImport)
class EventLogImportAdmin(TenantScoped, admin.ModelAdmin):
    """The record of every event-log run: read-only, it is where stored figures came from."""

    list_display = ("started_at", "municipality", "file_name", "status", "user")
    list_filter = ("municipality", "status")
    readonly_fields = (
        "started_at",
        "municipality",
        "user",
        "file_name",
        "file_sha256",
        "file_format",
        "status",
        "mapping",
        "counts",
        "skipped",
        "figures",
        "stored",
    )
    fields = readonly_fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # runs are made by ``sachstand eventlog``

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
