"""Benefit next to the evidence of the needs analysis: the measures that cite survey results or
citizens' questions, with the benefit the evidence suggests, to accept or to leave."""

from __future__ import annotations

from contextvars import ContextVar

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.admin import TenantAdmin
from sachstand.core.services import describe_validation_error
from sachstand.participation.models import MeasureNeed
from sachstand.participation.selectors.evidence import MeasureEvidence
from sachstand.participation.selectors.plan import measure_evidence
from sachstand.strategy.services.measures import measure_save

# The evidence per municipality, read once per page rather than once per row (a context
# variable: the admin object is shared by all requests).
_CACHE: ContextVar[dict[int, dict[int, MeasureEvidence]] | None] = ContextVar(
    "participation_evidence", default=None
)


def _evidence(measure: MeasureNeed) -> MeasureEvidence:
    cache = _CACHE.get()
    if cache is None:
        return measure_evidence(measure.municipality).get(measure.pk, MeasureEvidence())
    if measure.municipality_id not in cache:
        cache[measure.municipality_id] = measure_evidence(measure.municipality)
    return cache[measure.municipality_id].get(measure.pk, MeasureEvidence())


def _rendered_with_cache(view, *args):
    token = _CACHE.set({})
    try:
        response = view(*args)
        if hasattr(response, "render"):
            response.render()
        return response
    finally:
        _CACHE.reset(token)


CITED = (
    Q(cited_survey_questions__isnull=False)
    | Q(cited_survey_options__isnull=False)
    | Q(citizen_questions__isnull=False)
)


@admin.register(MeasureNeed)
class MeasureNeedAdmin(TenantAdmin):
    list_display = ("code", "title", "benefit", "suggested", "grounds")
    list_display_links = ("code", "title")
    search_fields = ("code", "title")
    fields = ("code", "title", "benefit", "suggested", "grounds")
    readonly_fields = fields
    actions = ["accept_suggestion"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(CITED).distinct().order_by("code")

    def has_add_permission(self, request, *args) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        return _rendered_with_cache(super().changelist_view, request, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return _rendered_with_cache(
            super().changeform_view, request, object_id, form_url, extra_context
        )

    @admin.display(description=gettext_lazy("suggested benefit"))
    def suggested(self, obj: MeasureNeed) -> str:
        evidence = _evidence(obj)
        suggestion = evidence.suggested_benefit()
        if suggestion is None:
            return "–"
        strongest = evidence.strongest()
        return _("%(benefit)d (from %(figure)s)") % {
            "benefit": suggestion,
            "figure": strongest.figure() if strongest else "",
        }

    @admin.display(description=gettext_lazy("evidence"))
    def grounds(self, obj: MeasureNeed) -> str:
        evidence = _evidence(obj)
        items = [(e.label(), e.figure()) for e in evidence.survey]
        items += [
            (
                q.text if len(q.text) <= 100 else q.text[:99] + "…",
                ngettext("asked by %(count)d person", "asked by %(count)d people", q.askers)
                % {"count": q.askers},
            )
            for q in evidence.questions
        ]
        return format_html_join("", "<p>{}: {}</p>", items) or "–"

    @admin.action(description=gettext_lazy("Accept the suggested benefit"))
    def accept_suggestion(self, request, queryset):
        return _rendered_with_cache(self._accept, request, queryset)

    def _accept(self, request, queryset):
        changed = 0
        for measure in queryset.select_related("municipality"):
            suggestion = _evidence(measure).suggested_benefit()
            if suggestion is None or suggestion == measure.benefit:
                continue
            try:
                measure_save(
                    municipality=measure.municipality,
                    code=measure.code,
                    values={"benefit": suggestion},
                    user=request.user,
                )
            except ValidationError as error:
                self.message_user(request, describe_validation_error(error), messages.ERROR)
                continue
            changed += 1
        self.message_user(
            request,
            ngettext(
                "The benefit of %(count)d measure follows the needs analysis now.",
                "The benefit of %(count)d measures follows the needs analysis now.",
                changed,
            )
            % {"count": changed},
        )
