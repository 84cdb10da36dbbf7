from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from sachstand.core.admin import TenantAdmin, VersionedForm
from sachstand.municipalities.models import Committee, Membership, Municipality, OrgUnit, Role
from sachstand.municipalities.roles import Act, grants_forget, is_system, municipalities_for


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


class MembershipForm(VersionedForm):
    class Meta:
        model = Membership
        fields = ("municipality", "user", "role", "org_units")

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        units = list(cleaned.get("org_units") or [])
        if cleaned.get("role") == Role.EDITOR and not units:
            self.add_error("org_units", _("An editor needs at least one organisational unit."))
        foreign = [u for u in units if municipality and u.municipality_id != municipality.pk]
        if foreign:
            self.add_error(
                "org_units",
                _("“%(value)s” belongs to another municipality.")
                % {"value": ", ".join(str(u) for u in foreign)},
            )
        return cleaned


@admin.register(Membership)
class MembershipAdmin(TenantAdmin):
    """Administrators give the people of their municipality their roles. (Accounts are made by
    the installation's operators: ``sachstand member`` or the user administration.)"""

    form = MembershipForm
    add_act = change_act = delete_act = Act.MANAGE_MEMBERS
    list_display = ("user", "role", "units", "municipality")
    list_filter = ("role",)
    search_fields = ("user__username", "user__first_name", "user__last_name", "user__email")
    filter_horizontal = ("org_units",)

    @admin.display(description=_("organisational units"))
    def units(self, obj: Membership) -> str:
        return ", ".join(u.code for u in obj.org_units.all()) or "–"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("org_units")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "user" and not is_system(request.user):
            # People of other municipalities stay unseen: offered are the people of one's own
            # municipalities and new accounts that have no role anywhere yet.
            own = municipalities_for(request.user, Act.MANAGE_MEMBERS)
            field.queryset = field.queryset.filter(
                Q(memberships__municipality__in=own) | Q(memberships__isnull=True),
                is_superuser=False,
                is_active=True,
            ).distinct()
        return field

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not obj.user.is_staff:
            # The back office admits staff; a role in a municipality makes a person staff.
            obj.user.is_staff = True
            obj.user.save(update_fields=["is_staff"])
        grants_forget(obj.user)
