"""Shared parts of the back office (Django admin in German).

Every tenant-owned model's admin is scoped by the person's roles
(``sachstand.municipalities.roles``): a list shows only the municipalities the person belongs
to, a form offers only their objects, and whether a person may add, change or delete is the act
the model's admin names. The services check the same again when the admin saves through them.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.apps import apps
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from sachstand.core.formatting import format_date
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import (
    Act,
    is_system,
    may,
    may_somewhere,
    municipalities_for,
    require,
    scope,
)


# The colours are in sachstand/admin.css: the Content-Security-Policy refuses inline styles.
def light_badge(value: str, label: str, reason: str = "") -> str:
    """A traffic light as text with a coloured dot; the colour is never the only signal."""
    if not value:
        return format_html('<span title="{}">–</span>', reason)
    return format_html(
        '<span title="{}"><span aria-hidden="true" class="light-dot light-{}">●</span> {}</span>',
        reason,
        value,
        label,
    )


# German users type decimals as 1.234,56: decimal inputs follow the active language.
LOCALIZED_NUMBERS = {models.DecimalField: {"localize": True}}

VERSION_FIELD = "seen_version"


def latest_version(instance: models.Model) -> int:
    """The id of the object's latest history row: every real change writes one."""
    manager = getattr(type(instance), "history", None)
    if manager is None or instance.pk is None:
        return 0
    row = (
        manager.filter(**{type(instance)._meta.pk.attname: instance.pk})
        .order_by("-history_id")
        .values_list("history_id", flat=True)
        .first()
    )
    return row or 0


def changes_since(instance: models.Model, version: int) -> str:
    """What changed in ``instance`` after history row ``version``: who, when, which values."""
    history = type(instance).history.filter(**{type(instance)._meta.pk.attname: instance.pk})
    seen = history.filter(history_id=version).first()
    rows = list(history.filter(history_id__gt=version).order_by("history_id"))
    if not rows:
        return ""
    latest = rows[-1]
    people = sorted({_person(r.history_user) for r in rows})
    moment = timezone.localtime(latest.history_date)
    changed: list[str] = []
    if seen is not None:
        delta = latest.diff_against(seen)
        for change in delta.changes:
            try:
                label = str(type(instance)._meta.get_field(change.field).verbose_name)
            except Exception:
                label = change.field
            changed.append(
                _("%(field)s: “%(old)s” → “%(new)s”")
                % {"field": label, "old": _shown(change.old), "new": _shown(change.new)}
            )
    return _("Changed meanwhile by %(people)s (last on %(date)s at %(time)s): %(changes)s.") % {
        "people": ", ".join(people),
        "date": format_date(moment.date()),
        "time": moment.strftime("%H:%M"),
        "changes": "; ".join(changed) or _("see its history"),
    }


def _person(user) -> str:
    if user is None:
        return _("the system")
    return user.get_full_name() or user.get_username()


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


class VersionedForm(forms.ModelForm):
    """Optimistic locking: the form carries the version it was read at; a save over a newer
    version is refused with what changed meanwhile. The entered values stay in the form, and the
    form now carries the newer version: saving again knowingly replaces the other change."""

    seen_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[VERSION_FIELD].initial = latest_version(self.instance)

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if instance.pk is None or getattr(type(instance), "history", None) is None:
            return cleaned
        # Lock the row, so that a concurrent save waits and then sees this one's version.
        type(instance)._default_manager.select_for_update().filter(pk=instance.pk).first()
        sent = cleaned.get(VERSION_FIELD)
        current = latest_version(instance)
        if sent is not None and sent != current:
            message = changes_since(instance, sent)
            self.data = self.data.copy()
            self.data[self.add_prefix(VERSION_FIELD)] = str(current)
            raise ValidationError(
                _(
                    "Not saved: someone else changed this %(what)s while you were editing it. "
                    "%(changes)s Your entries are still in the form; check them against the "
                    "current values and save again to replace the other change."
                )
                % {"what": instance._meta.verbose_name, "changes": message},
                code="stale",
            )
        return cleaned


def _with_version(fieldsets):
    """Add the hidden version field to the first fieldset."""
    fieldsets = [(name, dict(options)) for name, options in fieldsets]
    if fieldsets:
        fields = list(fieldsets[0][1].get("fields", ()))
        if VERSION_FIELD not in fields:
            fieldsets[0][1]["fields"] = [*fields, VERSION_FIELD]
    return fieldsets


class TenantInline:
    """An inline of a tenant object, edited with its parent: who may do ``act`` on the parent
    (for unit-bound acts: in ``parent_unit(parent)``) may add, change and delete these."""

    act = Act.EDIT_PLAN
    form = VersionedForm
    formfield_overrides = LOCALIZED_NUMBERS

    def parent_unit(self, parent: models.Model) -> int | None:
        return None

    def _may(self, request, obj) -> bool:
        if obj is None:
            return may_somewhere(request.user, self.act)
        return may(request.user, self.act, obj.municipality_id, org_unit=self.parent_unit(obj))

    def has_view_permission(self, request, obj=None) -> bool:
        return may_somewhere(request.user, Act.READ)

    def has_add_permission(self, request, obj=None) -> bool:
        return self._may(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._may(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._may(request, obj)

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)  # type: ignore[misc]
        return [f for f in fields if f != VERSION_FIELD]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)  # type: ignore[misc]
        return _with_version(fieldsets) if self._may(request, obj) else fieldsets

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]
        return _scoped(field, request.user)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]
        return _scoped(field, request.user)


class TabularInline(TenantInline, admin.TabularInline):
    """An inline table whose number inputs read German decimals."""


class MeasurePartInline(TabularInline):
    """Milestones, costs, staff: kept by the editors of the measure's unit."""

    act = Act.EDIT_MEASURE

    def parent_unit(self, parent: models.Model) -> int | None:
        return parent.org_unit_id  # type: ignore[attr-defined]


class InlinesOfTheSameMunicipality:
    """Inline objects belong to the municipality of the object they are edited with."""

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            inline_form.instance.municipality_id = form.instance.municipality_id
        super().save_formset(request, form, formset, change)  # type: ignore[misc]


def _scoped(field, user):
    """Offer only objects of the municipalities the person belongs to."""
    if field is None or is_system(user) or not hasattr(field, "queryset"):
        return field
    model = field.queryset.model
    if model is Municipality:
        field.queryset = field.queryset.filter(pk__in=municipalities_for(user, Act.READ))
    elif any(f.name == "municipality" for f in model._meta.get_fields()):
        field.queryset = field.queryset.filter(scope(user, Act.READ))
    return field


class TenantScoped:
    """The role-based scope of a tenant model's admin.

    ``add_act``, ``change_act`` and ``delete_act`` name what a person must be allowed to do;
    ``unit_of(obj)`` gives the org unit an object belongs to, for the unit-bound acts of editors.
    """

    add_act = Act.EDIT_PLAN
    change_act = Act.EDIT_PLAN
    delete_act = Act.EDIT_PLAN
    # Foreign keys whose choices are only the objects the person may change, by the path to
    # their org unit: e.g. a status update is written only for a measure of one's own units.
    editable_choices: dict[str, str] = {}

    def unit_of(self, obj: models.Model) -> int | None:
        return None

    @staticmethod
    def municipality_of(obj: models.Model) -> int | None:
        if obj.municipality_id is None and getattr(obj, "parent", None):  # a TenantPart
            parent = getattr(obj, obj.parent, None)  # type: ignore[attr-defined]
            return parent.municipality_id if parent is not None else None
        return obj.municipality_id  # type: ignore[attr-defined]

    def _may(self, request, act: Act, obj) -> bool:
        if obj is None:
            return may_somewhere(request.user, act)
        municipality = self.municipality_of(obj)
        if municipality is None:
            return may_somewhere(request.user, act)
        return may(request.user, act, municipality, org_unit=self.unit_of(obj))

    def get_queryset(self, request):
        queryset = super().get_queryset(request)  # type: ignore[misc]
        if is_system(request.user):
            return queryset
        return queryset.filter(municipality__in=municipalities_for(request.user, Act.READ))

    def has_module_permission(self, request) -> bool:
        return may_somewhere(request.user, Act.READ)

    def has_view_permission(self, request, obj=None) -> bool:
        return self._may(request, Act.READ, obj)

    def has_add_permission(self, request, *args) -> bool:
        return may_somewhere(request.user, self.add_act)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._may(request, self.change_act, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._may(request, self.delete_act, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]
        if db_field.name == "municipality" and field is not None and not is_system(request.user):
            field.queryset = field.queryset.filter(
                pk__in=municipalities_for(request.user, self.add_act)
            )
            return field
        if db_field.name in self.editable_choices and field is not None:
            field.queryset = field.queryset.filter(
                scope(
                    request.user,
                    self.change_act,
                    unit_field=self.editable_choices[db_field.name],
                )
            )
            return field
        return _scoped(field, request.user)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]
        return _scoped(field, request.user)

    def get_search_results(self, request, queryset, search_term):
        """Autocomplete offers for a field only what the form would accept there (e.g. an
        editor's milestone: only measures of their units)."""
        queryset, duplicates = super().get_search_results(request, queryset, search_term)  # type: ignore[misc]
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            try:
                source = apps.get_model(request.GET["app_label"], request.GET["model_name"])
            except (KeyError, LookupError):
                return queryset, duplicates
            source_admin = self.admin_site._registry.get(source)  # type: ignore[attr-defined]
            unit_path = getattr(source_admin, "editable_choices", {}).get(
                request.GET.get("field_name")
            )
            if unit_path is not None:
                act = source_admin.change_act
                queryset = queryset.filter(scope(request.user, act, unit_field="org_unit"))
        return queryset, duplicates

    def check_write(self, request, obj: models.Model, change: bool) -> None:
        """Refuse (German message) a save the person may not make: on the stored object and on
        the object as it would be saved."""
        if change:
            stored = type(obj)._default_manager.get(pk=obj.pk)
            require(
                request.user,
                self.change_act,
                self.municipality_of(stored),
                org_unit=self.unit_of(stored),
            )
        act = self.change_act if change else self.add_act
        require(request.user, act, self.municipality_of(obj), org_unit=self.unit_of(obj))

    def save_model(self, request, obj, form, change):
        self.check_write(request, obj, change)
        super().save_model(request, obj, form, change)  # type: ignore[misc]

    def delete_model(self, request, obj):
        require(
            request.user, self.delete_act, self.municipality_of(obj), org_unit=self.unit_of(obj)
        )
        super().delete_model(request, obj)  # type: ignore[misc]

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            require(
                request.user,
                self.delete_act,
                self.municipality_of(obj),
                org_unit=self.unit_of(obj),
            )
        super().delete_queryset(request, queryset)  # type: ignore[misc]

    def save_formset(self, request, form, formset, change):
        inline = next(
            (
                i
                for i in self.get_inline_instances(request, form.instance)  # type: ignore[attr-defined]
                if i.model is formset.model
            ),
            None,
        )
        changed = isinstance(inline, TenantInline) and formset.has_changed()
        if changed and not inline._may(request, form.instance):
            raise PermissionDenied
        super().save_formset(request, form, formset, change)  # type: ignore[misc]


class TenantAdmin(TenantScoped, SimpleHistoryAdmin):
    """Admin of a tenant-owned model: scoped by roles, filtered by municipality, with the
    history of every object and optimistic locking of its forms."""

    list_select_related = True
    formfield_overrides = LOCALIZED_NUMBERS
    form = VersionedForm

    def get_list_filter(self, request):
        return ("municipality", *super().get_list_filter(request))

    def get_fields(self, request, obj=None):
        return [f for f in super().get_fields(request, obj) if f != VERSION_FIELD]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj):
            return fieldsets
        return _with_version(fieldsets)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An old version can be looked at; restoring it would bypass the services' rules."""
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        """The history of an object of the person's municipalities (also of a deleted one)."""
        history = self.model.history.filter(**{self.model._meta.pk.attname: object_id}).order_by(
            "-history_id"
        )
        latest = history.first()
        if latest is None or not may(request.user, Act.READ, latest.municipality_id):
            raise Http404
        return super().history_view(request, object_id, extra_context)
