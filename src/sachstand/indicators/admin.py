from django.contrib import admin
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from sachstand.core.admin import TabularInline, TenantAdmin
from sachstand.indicators.models import Indicator, Measurement, Target
from sachstand.indicators.selectors import indicator_states
from sachstand.municipalities.roles import Act


class TargetInline(TabularInline):
    model = Target
    fields = ("value", "due_date")
    extra = 1


class MeasurementInline(TabularInline):
    model = Measurement
    act = Act.RECORD_MEASUREMENT
    fields = ("date", "value", "note", "source")
    extra = 1
    ordering = ("-date",)

    def parent_unit(self, parent: Indicator) -> int | None:
        return parent.org_unit_id


def _state(obj: Indicator):
    states = indicator_states(
        indicators=[obj],
        targets=list(obj.targets.all()),
        measurements=list(obj.measurements.all()),
        on=timezone.localdate(),
    )
    return states[obj.pk]


@admin.register(Indicator)
class IndicatorAdmin(TenantAdmin):
    list_display = ("code", "name", "unit", "direction", "assessment", "org_unit")
    list_filter = ("direction", "source", "goals__field_of_action")
    search_fields = ("code", "name", "definition")
    filter_horizontal = ("goals",)
    inlines = [TargetInline, MeasurementInline]
    readonly_fields = ("assessment", "chart")
    fieldsets = (
        (None, {"fields": ("municipality", "code", "name", "unit", "direction", "definition")}),
        (_("Assignment"), {"fields": ("source", "org_unit", "goals", "is_public")}),
        (_("Baseline"), {"fields": ("baseline_value", "baseline_date")}),
        (_("Assessment"), {"fields": ("assessment", "chart")}),
    )

    @admin.display(description=_("assessment"))
    def assessment(self, obj: Indicator) -> str:
        if obj.pk is None:
            return "–"
        return _state(obj).assessment.sentence

    @admin.display(description=_("chart"))
    def chart(self, obj: Indicator) -> str:
        if obj.pk is None:
            return "–"
        from sachstand.reporting.renderers.charts import figure_svg
        from sachstand.reporting.report_model.figures import indicator_chart

        state = _state(obj)
        figure = indicator_chart(obj, state.points, state.target, state.assessment.fit)
        # Our own chart from our own data; Vega escapes the text it draws.
        svg = mark_safe(figure_svg(figure))
        return format_html('<div role="img" aria-label="{}">{}</div>', figure.alt_text, svg)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if isinstance(inline_form.instance, Measurement) and not inline_form.instance.pk:
                inline_form.instance.entered_by = request.user
        super().save_formset(request, form, formset, change)


@admin.register(Measurement)
class MeasurementAdmin(TenantAdmin):
    """Entering a measurement is one small form: indicator, date, value. Editors record the
    measurements of their units' indicators."""

    add_act = change_act = delete_act = Act.RECORD_MEASUREMENT
    editable_choices = {"indicator": "org_unit"}

    list_display = ("indicator", "date", "value", "source", "entered_by")
    list_filter = ("indicator",)
    date_hierarchy = "date"
    fields = ("indicator", "date", "value", "note", "source")
    autocomplete_fields = ("indicator",)

    def unit_of(self, obj: Measurement) -> int | None:
        return obj.indicator.org_unit_id if obj.indicator_id else None

    def save_model(self, request: HttpRequest, obj, form, change) -> None:
        if not change:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Target)
class TargetAdmin(TenantAdmin):
    list_display = ("indicator", "value", "due_date")
    fields = ("indicator", "value", "due_date")
    autocomplete_fields = ("indicator",)
