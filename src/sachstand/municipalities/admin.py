from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sachstand.core.admin import TenantAdmin
from sachstand.municipalities.models import Committee, Municipality, OrgUnit


@admin.register(Municipality)
class MunicipalityAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug", "ags", "federal_state")
    search_fields = ("name", "slug", "ags")
    list_filter = ("federal_state",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(OrgUnit)
class OrgUnitAdmin(TenantAdmin):
    list_display = ("code", "name", "municipality")
    search_fields = ("code", "name")


@admin.register(Committee)
class CommitteeAdmin(TenantAdmin):
    list_display = ("name", "slug", "municipality")
    search_fields = ("name", "slug")
