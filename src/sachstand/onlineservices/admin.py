from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from sachstand.core.admin import TabularInline, TenantAdmin
from sachstand.core.formatting import format_date
from sachstand.core.halfyear import HalfYear
from sachstand.onlineservices.models import (
    CriterionAssessment,
    LeikaService,
    MaturityCriterion,
    MaturityLevel,
    MaturityScale,
    OnlineService,
    OzgService,
    RegisterSettings,
    ServiceUsage,
)
from sachstand.onlineservices.services import (
    level_derivation,
    register_indicators_update,
    service_save,
)


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


class MaturityLevelInline(admin.TabularInline):
    model = MaturityLevel
    fields = ("level", "name", "stage", "description")
    extra = 0


class MaturityCriterionInline(admin.TabularInline):
    model = MaturityCriterion
    fields = ("number", "name", "optional", "description")
    extra = 0


@admin.register(MaturityScale)
class MaturityScaleAdmin(SimpleHistoryAdmin):
    """The published models are seeded; an administrator corrects and extends them here."""

    list_display = ("code", "name", "valid_from", "compliant_level")
    inlines = [MaturityLevelInline, MaturityCriterionInline]


@admin.register(RegisterSettings)
class RegisterSettingsAdmin(TenantAdmin):
    list_display = ("municipality", "scale")


class CriterionAssessmentInline(TabularInline):
    model = CriterionAssessment
    fields = ("criterion", "level")
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "criterion":
            service = getattr(request, "_online_service", None)
            if service is not None:
                kwargs["queryset"] = MaturityCriterion.objects.filter(scale_id=service.scale_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ServiceUsageInline(TabularInline):
    model = ServiceUsage
    fields = ("half_year", "online", "paper", "in_person", "email", "processing_days_median")
    extra = 1
    ordering = ("-half_year",)


@admin.register(OnlineService)
class OnlineServiceAdmin(TenantAdmin):
    list_display = ("name", "leika_key", "themenfeld", "level_label", "org_unit", "online_since")
    list_filter = ("scale", "level", "themenfeld", "org_unit", "e_payment", "citizen_account")
    search_fields = ("name", "leika_service__leika_key", "ozg_service__name")
    autocomplete_fields = ("leika_service", "ozg_service")
    filter_horizontal = ("measures",)
    inlines = [CriterionAssessmentInline, ServiceUsageInline]
    readonly_fields = ("derivation", "level_history")
    fieldsets = (
        (None, {"fields": ("municipality", "name", "leika_service", "ozg_service")}),
        (gettext_lazy("Classification"), {"fields": ("themenfeld", "lebenslage", "org_unit")}),
        (
            gettext_lazy("Online service"),
            {
                "fields": (
                    "url",
                    "scale",
                    "level",
                    "derivation",
                    "online_since",
                    "e_payment",
                    "citizen_account",
                    "is_public",
                )
            },
        ),
        (gettext_lazy("Plan"), {"fields": ("measures",)}),
        (gettext_lazy("History"), {"fields": ("level_history",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("scale", "leika_service", "org_unit")
            .prefetch_related("scale__levels")
        )

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        request._online_service = obj
        return obj

    @admin.display(description=gettext_lazy("LeiKa key"), ordering="leika_service__leika_key")
    def leika_key(self, obj: OnlineService) -> str:
        return obj.leika_key or "–"

    @admin.display(description=gettext_lazy("maturity level"), ordering="level")
    def level_label(self, obj: OnlineService) -> str:
        return level_text(obj.scale, obj.level)

    @admin.display(description=gettext_lazy("derived from the criteria"))
    def derivation(self, obj: OnlineService) -> str:
        if obj.pk is None or not obj.assessments.exists():
            return _("No criteria assessed: the level is entered by hand.")
        derived = level_derivation(obj)
        if derived.level is None:
            return _("Not all criteria are assessed yet; missing: %(missing)s.") % {
                "missing": ", ".join(derived.missing)
            }
        if not derived.limiting:
            return _("Level %(level)d: every criterion that applies reaches the top level.") % {
                "level": derived.level
            }
        return _("Level %(level)d by the lowest-criterion rule; limited by: %(limiting)s.") % {
            "level": derived.level,
            "limiting": ", ".join(derived.limiting),
        }

    @admin.display(description=gettext_lazy("level changes"))
    def level_history(self, obj: OnlineService) -> str:
        if obj.pk is None:
            return "–"
        rows, previous = [], None
        for record in obj.history.order_by("history_date", "history_id"):
            current = (record.scale_id, record.level)
            if current != previous:
                rows.append(
                    (
                        format_date(timezone.localdate(record.history_date)),
                        level_text(record.scale, record.level),
                        record.history_user or "–",
                    )
                )
            previous = current
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}: {} ({})</li>", reversed(rows))
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        service = form.instance
        derived = level_derivation(service)
        if derived.level is not None and derived.level != service.level:
            service_save(
                municipality=service.municipality,
                service=service,
                values={"level": derived.level},
                user=request.user,
                reason=_("derived from the criteria"),
            )
            messages.info(
                request,
                _("The level was derived from the criteria: %(level)s.")
                % {"level": level_text(service.scale, service.level)},
            )
        register_indicators_update(
            municipality=service.municipality,
            half_year=HalfYear.containing(timezone.localdate()),
            user=request.user,
        )


def level_text(scale: MaturityScale, level: int) -> str:
    name = next((lv.name for lv in scale.levels.all() if lv.level == level), "")
    return f"{level} {name} ({scale.code})".replace("  ", " ")
