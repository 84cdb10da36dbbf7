from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from sachstand.core.admin import TenantAdmin, light_badge
from sachstand.core.formatting import format_date
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.reporting.services.status_updates import (
    EDITABLE,
    status_update_change,
    status_update_create,
    status_update_derive,
)


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(TenantAdmin):
    list_display = ("half_year", "deadline", "municipality")


class StatusUpdateForm(forms.ModelForm):
    class Meta:
        model = StatusUpdate
        fields = ("measure", "period", *EDITABLE)

    def clean(self):
        cleaned = super().clean()
        update = self.instance
        if (
            cleaned.get("measure")
            and cleaned.get("period")
            and cleaned.get("percent_complete") is not None
        ):
            update.measure = cleaned["measure"]
            update.period = cleaned["period"]
            update.municipality_id = update.measure.municipality_id
            update.reported_at = update.reported_at or timezone.now()
            # The model's validation compares the reported with the derived light.
            for name, value in (
                status_update_derive(update, percent=cleaned["percent_complete"]) or {}
            ).items():
                setattr(update, name, value)
        return cleaned


@admin.register(StatusUpdate)
class StatusUpdateAdmin(TenantAdmin):
    form = StatusUpdateForm
    list_display = (
        "measure_short",
        "period",
        "reported_light",
        "derived_light",
        "progress",
        "author",
        "reported_on",
    )
    list_select_related = ("measure", "period", "author")
    list_filter = (
        "period__half_year",
        "traffic_light",
        "derived_traffic_light",
        "measure__org_unit",
    )
    search_fields = ("measure__code", "measure__title", "summary")
    autocomplete_fields = ("measure",)
    readonly_fields = ("derived_light", "derived_reason", "author", "reported_at")
    fields = (
        "measure",
        "period",
        "traffic_light",
        "derived_light",
        "derived_reason",
        "deviation_reason",
        "percent_complete",
        "summary",
        "next_steps",
        "risks",
        "author",
        "reported_at",
    )

    @admin.display(description=_("measure"), ordering="measure__code")
    def measure_short(self, obj: StatusUpdate) -> str:
        return format_html(
            '<span title="{}">{} {}</span>',
            obj.measure.title,
            obj.measure.code,
            Truncator(obj.measure.title).chars(45),
        )

    @admin.display(description=_("progress"), ordering="percent_complete")
    def progress(self, obj: StatusUpdate) -> str:
        return f"{obj.percent_complete}\u00a0%"

    @admin.display(description=_("reported at"), ordering="reported_at")
    def reported_on(self, obj: StatusUpdate) -> str:
        return format_date(timezone.localdate(obj.reported_at))

    @admin.display(description=_("traffic light (reported)"), ordering="traffic_light")
    def reported_light(self, obj: StatusUpdate) -> str:
        return light_badge(obj.traffic_light, obj.get_traffic_light_display())

    @admin.display(description=_("traffic light (derived)"), ordering="derived_traffic_light")
    def derived_light(self, obj: StatusUpdate) -> str:
        return light_badge(
            obj.derived_traffic_light, obj.get_derived_traffic_light_display(), obj.derived_reason
        )

    def save_model(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in EDITABLE}
        if change:
            stored = StatusUpdate.objects.get(pk=obj.pk)
            status_update_change(update=stored, values=values, user=request.user)
        else:
            created = status_update_create(
                measure=form.cleaned_data["measure"],
                period=form.cleaned_data["period"],
                values=values,
                author=request.user,
                reported_at=timezone.now(),
                user=request.user,
            )
            obj.pk = created.pk
