from datetime import date

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from sachstand.core.admin import (
    InlinesOfTheSameMunicipality,
    MeasurePartInline,
    TabularInline,
    TenantAdmin,
    VersionedForm,
    light_badge,
)
from sachstand.municipalities.roles import Act, may
from sachstand.strategy.models import (
    CostItem,
    FieldOfAction,
    Goal,
    Measure,
    Milestone,
    StaffNeed,
    Strategy,
    TrafficLight,
)
from sachstand.strategy.services.measures import (
    PLAN_FIELDS,
    measure_check_no_cycle,
    measure_require_edit,
)
from sachstand.strategy.services.priority import priorities_recompute
from sachstand.strategy.services.traffic_light import DerivedLight, measure_traffic_light


class FieldOfActionInline(TabularInline):
    model = FieldOfAction
    fields = ("code", "title", "position")
    extra = 0
    show_change_link = True


@admin.register(Strategy)
class StrategyAdmin(InlinesOfTheSameMunicipality, TenantAdmin):
    list_display = ("title", "period_start", "period_end", "adopted_on", "municipality")
    search_fields = ("title", "vision")
    inlines = [FieldOfActionInline]


class GoalInline(TabularInline):
    model = Goal
    fields = ("code", "title")
    extra = 0


@admin.register(FieldOfAction)
class FieldOfActionAdmin(InlinesOfTheSameMunicipality, TenantAdmin):
    list_display = ("code", "title", "strategy", "position")
    list_filter = ("strategy",)
    search_fields = ("code", "title")
    inlines = [GoalInline]


@admin.register(Goal)
class GoalAdmin(TenantAdmin):
    list_display = ("code", "title", "field_of_action")
    list_filter = ("field_of_action",)
    search_fields = ("code", "title")


class MilestoneInline(MeasurePartInline):
    model = Milestone
    fields = ("title", "due_date", "completed_date")
    extra = 1


class CostItemInline(MeasurePartInline):
    model = CostItem
    fields = (
        "year",
        "kind",
        "estimated_amount",
        "actual_amount",
        "funding_source",
        "funded_amount",
    )
    extra = 1


class StaffNeedInline(MeasurePartInline):
    model = StaffNeed
    fields = ("year", "full_time_equivalents")
    extra = 1


class DerivedLightFilter(admin.SimpleListFilter):
    title = _("traffic light (derived)")
    parameter_name = "light"

    def lookups(self, request, model_admin):
        return [*TrafficLight.choices, ("none", _("none (deferred or cancelled)"))]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        wanted = "" if self.value() == "none" else self.value()
        today = timezone.localdate()
        ids = [
            m.pk
            for m in queryset.prefetch_related("milestones")
            if (measure_traffic_light(measure=m, on=today).light or "") == wanted
        ]
        return queryset.filter(pk__in=ids)


class MeasureForm(VersionedForm):
    """Goals and dependencies must belong to the measure's municipality, without cycles."""

    class Meta:
        model = Measure
        fields = (
            "municipality", "code", "title", "description", "is_public", "field_of_action",
            "goals", "org_unit", "contact", "dependencies", "status", "planned_start",
            "planned_end", "actual_end", "percent_complete", "benefit", "urgency", "effort",
            "council_reference", "council_reference_date",
        )  # fmt: skip

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        municipality_id = self.instance.municipality_id if self.instance.pk else None
        if municipality_id:
            for name in ("field_of_action", "org_unit", "goals", "dependencies"):
                if name in self.fields:
                    field = self.fields[name]
                    field.queryset = field.queryset.filter(municipality_id=municipality_id)

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        if municipality is None:
            return cleaned
        for name in ("goals", "dependencies"):
            foreign = [o for o in cleaned.get(name) or [] if o.municipality_id != municipality.pk]
            if foreign:
                self.add_error(
                    name,
                    _("“%(value)s” belongs to another municipality.")
                    % {"value": ", ".join(str(o) for o in foreign)},
                )
        dependencies = list(cleaned.get("dependencies") or [])
        if self.instance.pk and dependencies and "dependencies" not in self.errors:
            try:
                measure_check_no_cycle(self.instance, dependencies)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


@admin.register(Measure)
class MeasureAdmin(TenantAdmin):
    """Administrators keep the plan; editors edit the measures of their units (not where a
    measure sits: code, field of action and unit stay read-only for them)."""

    form = MeasureForm
    change_act = Act.EDIT_MEASURE
    list_display = (
        "code",
        "title",
        "unit",
        "status",
        "progress",
        "derived_light",
        "rank",
        "is_public",
    )
    list_display_links = ("code", "title")
    list_filter = ("field_of_action", "org_unit", "status", DerivedLightFilter, "is_public")
    search_fields = ("code", "title", "description")
    autocomplete_fields = ("dependencies",)
    filter_horizontal = ("goals",)
    readonly_fields = ("priority_rank", "derived_light", "derived_reason", "needs")
    inlines = [MilestoneInline, CostItemInline, StaffNeedInline]
    fieldsets = (
        (None, {"fields": ("municipality", "code", "title", "description", "is_public")}),
        (
            _("Assignment"),
            {"fields": ("field_of_action", "goals", "org_unit", "contact", "dependencies")},
        ),
        (
            _("Schedule and progress"),
            {
                "fields": (
                    "status",
                    "planned_start",
                    "planned_end",
                    "actual_end",
                    "percent_complete",
                    "derived_light",
                    "derived_reason",
                )
            },
        ),
        (_("Priority"), {"fields": ("benefit", "urgency", "effort", "priority_rank", "needs")}),
        (_("Council"), {"fields": ("council_reference", "council_reference_date")}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Measure]:
        return super().get_queryset(request).prefetch_related("milestones")

    def unit_of(self, obj: Measure) -> int | None:
        return obj.org_unit_id

    def check_write(self, request, obj, change):
        if not change:
            return super().check_write(request, obj, change)
        stored = Measure.objects.get(pk=obj.pk)
        measure_require_edit(
            stored, {name: getattr(obj, name) for name in PLAN_FIELDS}, user=request.user
        )

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not may(request.user, Act.EDIT_PLAN, obj.municipality_id):
            fields.extend(sorted(PLAN_FIELDS))
        if obj is not None and obj.status_updates.exists():
            # The percent complete is that of the latest status update.
            fields.append("percent_complete")
        return fields

    @admin.display(description=_("needs analysis"))
    def needs(self, obj: Measure) -> str:
        """The survey results and citizens' questions that cite the measure, with the benefit
        they suggest (accepted on the needs-analysis page)."""
        from sachstand.participation.selectors.plan import measure_evidence

        if obj.pk is None:
            return "–"
        evidence = measure_evidence(obj.municipality).get(obj.pk)
        if evidence is None or not (evidence.survey or evidence.questions):
            return _("No survey result or citizens' question cites this measure.")
        grounds = [e.label() for e in evidence.survey]
        grounds += [str(q.text)[:80] for q in evidence.questions]
        suggested = evidence.suggested_benefit()
        return format_html(
            '{} <a href="{}">{}</a>',
            "; ".join(grounds),
            reverse("admin:participation_measureneed_change", args=[obj.pk]),
            _("suggested benefit: %(benefit)s") % {"benefit": suggested or "–"},
        )

    @admin.display(description=_("progress"), ordering="percent_complete")
    def progress(self, obj: Measure) -> str:
        return f"{obj.percent_complete}\u00a0%"

    @admin.display(description=_("rank"), ordering="priority_rank")
    def rank(self, obj: Measure) -> int | None:
        return obj.priority_rank

    @admin.display(description=_("unit"), ordering="org_unit__code")
    def unit(self, obj: Measure) -> str:
        return format_html('<span title="{}">{}</span>', obj.org_unit.name, obj.org_unit.code)

    @admin.display(description=_("traffic light (derived)"))
    def derived_light(self, obj: Measure) -> str:
        """The badge, with the reason as its tooltip (the list stays compact)."""
        derived = self._derived(obj)
        label = TrafficLight(derived.light).label if derived.light else ""
        return light_badge(derived.light or "", label, derived.reason)

    @admin.display(description=_("reason for the derived traffic light"))
    def derived_reason(self, obj: Measure) -> str:
        return self._derived(obj).reason

    @staticmethod
    def _derived(obj: Measure) -> DerivedLight:
        if obj.pk is None:
            return DerivedLight(None, ())
        return measure_traffic_light(measure=obj, on=_today())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        priorities_recompute(municipality=form.instance.municipality)


def _today() -> date:
    return timezone.localdate()


@admin.register(Milestone)
class MilestoneAdmin(TenantAdmin):
    add_act = change_act = delete_act = Act.EDIT_MEASURE
    editable_choices = {"measure": "org_unit"}

    def unit_of(self, obj: Milestone) -> int | None:
        return obj.measure.org_unit_id if obj.measure_id else None

    list_display = ("title", "measure", "due_date", "completed_date")
    list_filter = ("measure__field_of_action",)
    search_fields = ("title", "measure__code", "measure__title")
    date_hierarchy = "due_date"
    autocomplete_fields = ("measure",)
    exclude = ("municipality",)


@admin.register(CostItem)
class CostItemAdmin(TenantAdmin):
    add_act = change_act = delete_act = Act.EDIT_MEASURE
    editable_choices = {"measure": "org_unit"}

    def unit_of(self, obj: CostItem) -> int | None:
        return obj.measure.org_unit_id if obj.measure_id else None

    list_display = (
        "measure",
        "year",
        "kind",
        "estimated_amount",
        "actual_amount",
        "funding_source",
        "funded_amount",
    )
    list_filter = ("year", "kind")
    search_fields = ("measure__code", "measure__title", "funding_source")
    autocomplete_fields = ("measure",)
    exclude = ("municipality",)


@admin.register(StaffNeed)
class StaffNeedAdmin(TenantAdmin):
    add_act = change_act = delete_act = Act.EDIT_MEASURE
    editable_choices = {"measure": "org_unit"}

    def unit_of(self, obj: StaffNeed) -> int | None:
        return obj.measure.org_unit_id if obj.measure_id else None

    list_display = ("measure", "year", "full_time_equivalents")
    list_filter = ("year",)
    search_fields = ("measure__code", "measure__title")
    autocomplete_fields = ("measure",)
    exclude = ("municipality",)
