"""Shared parts of the back office (Django admin in German)."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

LIGHT_COLOURS = {"green": "#1a7f37", "yellow": "#9a6700", "red": "#cf222e"}


def light_badge(value: str, label: str, reason: str = "") -> str:
    """A traffic light as text with a coloured dot; the colour is never the only signal."""
    if not value:
        return format_html('<span title="{}">–</span>', reason)
    return format_html(
        '<span title="{}"><span aria-hidden="true" style="color:{}">●</span> {}</span>',
        reason,
        LIGHT_COLOURS.get(value, "inherit"),
        label,
    )


# German users type decimals as 1.234,56: decimal inputs follow the active language.
LOCALIZED_NUMBERS = {models.DecimalField: {"localize": True}}


class TabularInline(admin.TabularInline):
    """An inline whose number inputs read German decimals."""

    formfield_overrides = LOCALIZED_NUMBERS


class InlinesOfTheSameMunicipality:
    """Inline objects belong to the municipality of the object they are edited with."""

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            inline_form.instance.municipality_id = form.instance.municipality_id
        super().save_formset(request, form, formset, change)  # type: ignore[misc]


class TenantAdmin(SimpleHistoryAdmin):
    """Admin of a tenant-owned model: filter by municipality, history of every object."""

    list_select_related = True
    formfield_overrides = LOCALIZED_NUMBERS

    def get_list_filter(self, request):
        return ("municipality", *super().get_list_filter(request))
