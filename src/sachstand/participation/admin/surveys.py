"""Surveys in the back office: build, open and close them, hand out staff links, see the
results, export them, moderate free texts."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.admin import InlinesOfTheSameMunicipality, TabularInline, TenantAdmin
from sachstand.core.services import describe_validation_error
from sachstand.municipalities.roles import Act, require
from sachstand.participation.exports import results_csv
from sachstand.participation.models import (
    Audience,
    FreeText,
    Moderation,
    QuestionKind,
    Survey,
    SurveyOption,
    SurveyQuestion,
    SurveyStatus,
)
from sachstand.participation.selectors.results import MIN_ANSWERS, survey_results
from sachstand.participation.services.responses import (
    parse_addresses,
    staff_invite,
    staff_tokens_issue,
)
from sachstand.participation.services.surveys import (
    free_text_moderate,
    measures_cite,
    survey_close,
    survey_open,
)

CONTENT = ("position", "text", "kind", "required", "field_of_action", "online_service")


def _report(request: HttpRequest, model_admin, error: ValidationError) -> None:
    model_admin.message_user(request, describe_validation_error(error), messages.ERROR)


class DraftOnly:
    """Questions and options change only while their survey is a draft."""

    def _draft(self, obj) -> bool:
        survey = obj if isinstance(obj, Survey) else getattr(obj, "survey", None)
        return survey is None or survey.status == SurveyStatus.DRAFT

    def has_add_permission(self, request, obj=None) -> bool:
        return self._draft(obj) and super().has_add_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._draft(obj) and super().has_delete_permission(request, obj)  # type: ignore[misc]


class SurveyQuestionInline(DraftOnly, TabularInline):
    model = SurveyQuestion
    fields = CONTENT
    extra = 0
    show_change_link = True

    def has_change_permission(self, request, obj=None) -> bool:
        return self._draft(obj) and super().has_change_permission(request, obj)


@admin.register(Survey)
class SurveyAdmin(InlinesOfTheSameMunicipality, TenantAdmin):
    list_display = (
        "title", "audience", "status", "opened_on", "closed_on", "responses", "results_public",
    )  # fmt: skip
    list_filter = ("audience", "status")
    search_fields = ("title",)
    readonly_fields = ("status", "opened_on", "closed_on", "tools")
    fields = (
        "municipality", "title", "description", "audience", "results_public", "status",
        "opened_on", "closed_on", "tools",
    )  # fmt: skip
    inlines = [SurveyQuestionInline]
    actions = ["open_surveys", "close_surveys", "export_csv"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(response_count=Count("responses"))

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status != SurveyStatus.DRAFT:
            fields += ["audience", "municipality"]
        return fields

    @admin.display(description=gettext_lazy("responses"), ordering="response_count")
    def responses(self, obj: Survey) -> int:
        return getattr(obj, "response_count", 0)

    @admin.display(description=gettext_lazy("results and links"))
    def tools(self, obj: Survey) -> str:
        if obj.pk is None:
            return "–"
        parts = [
            format_html(
                '<a href="{}">{}</a>',
                reverse("admin:participation_survey_results", args=[obj.pk]),
                _("Results"),
            )
        ]
        if obj.audience == Audience.STAFF:
            issued = obj.tokens.aggregate(all=Count("pk"), used=Count("pk", filter=Q(used=True)))
            parts.append(
                format_html(
                    '<a href="{}">{}</a> ({})',
                    reverse("admin:participation_survey_links", args=[obj.pk]),
                    _("Staff links"),
                    _("%(issued)d issued, %(used)d used")
                    % {"issued": issued["all"], "used": issued["used"]},
                )
            )
        return format_html(" · ".join(["{}"] * len(parts)), *parts)

    def get_urls(self):
        own = [
            path(
                "<int:pk>/ergebnisse/",
                self.admin_site.admin_view(self.results_view),
                name="participation_survey_results",
            ),
            path(
                "<int:pk>/links/",
                self.admin_site.admin_view(self.links_view),
                name="participation_survey_links",
            ),
        ]
        return own + super().get_urls()

    def _survey(self, request: HttpRequest, pk: int) -> Survey:
        survey = get_object_or_404(self.get_queryset(request), pk=pk)
        require(request.user, Act.READ, survey.municipality_id)
        return survey

    def results_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        survey = self._survey(request, pk)
        results = survey_results(survey, texts=Moderation.values)
        if request.GET.get("format") == "csv":
            return _csv([results])
        context = {
            **self.admin_site.each_context(request),
            "title": _("Results: %(survey)s") % {"survey": survey.title},
            "survey": survey,
            "results": results,
            "min_answers": MIN_ANSWERS,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/participation/results.html", context)

    def links_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        survey = self._survey(request, pk)
        form = StaffLinksForm(request.POST or None)
        links: list[str] = []
        if request.method == "POST" and form.is_valid():
            try:
                links = self._issue(request, survey, form)
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for name, errors in error.error_dict.items():
                        form.add_error(name if name in form.fields else None, errors)
                else:
                    form.add_error(None, error)
            else:
                if not links:
                    return redirect("admin:participation_survey_change", survey.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Staff links: %(survey)s") % {"survey": survey.title},
            "survey": survey,
            "form": form,
            "links": links,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/participation/links.html", context)

    def _issue(self, request: HttpRequest, survey: Survey, form) -> list[str]:
        def link(token: str) -> str:
            return request.build_absolute_uri(
                reverse("portal:survey_invited", args=[survey.municipality.slug, survey.pk, token])
            )

        text = form.cleaned_data.get("emails") or ""
        if text.strip():
            addresses = parse_addresses(text)
            sent = staff_invite(survey=survey, addresses=addresses, link=link, user=request.user)
            self.message_user(
                request,
                ngettext("%(count)d invitation sent.", "%(count)d invitations sent.", sent)
                % {"count": sent},
            )
            return []
        count = form.cleaned_data.get("count")
        if not count:
            raise ValidationError(_("Please enter e-mail addresses or a number of links."))
        return [link(t) for t in staff_tokens_issue(survey=survey, count=count, user=request.user)]

    @admin.action(description=gettext_lazy("Open the selected surveys"))
    def open_surveys(self, request, queryset):
        self._transition(request, queryset, survey_open, _("opened"))

    @admin.action(description=gettext_lazy("Close the selected surveys"))
    def close_surveys(self, request, queryset):
        self._transition(request, queryset, survey_close, _("closed"))

    def _transition(self, request, queryset, service, done: str) -> None:
        for survey in queryset:
            try:
                service(survey=survey, user=request.user)
            except ValidationError as error:
                _report(request, self, error)
            else:
                self.message_user(
                    request,
                    _("“%(survey)s” %(done)s.") % {"survey": survey.title, "done": done},
                )

    @admin.action(description=gettext_lazy("Export the results of the selected surveys (CSV)"))
    def export_csv(self, request, queryset):
        for survey in queryset:
            require(request.user, Act.READ, survey.municipality_id)
        return _csv([survey_results(s) for s in queryset])


def _csv(results) -> HttpResponse:
    body = b"".join(
        results_csv(r)
        if n == 0
        else results_csv(r).removeprefix(b"\xef\xbb\xbf").split(b"\r\n", 1)[1]
        for n, r in enumerate(results)
    )
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="umfrageergebnisse.csv"'
    return response


class StaffLinksForm(forms.Form):
    emails = forms.CharField(
        label=gettext_lazy("E-mail addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "One per line (or separated by commas). Each gets its own link by e-mail; the "
            "addresses are not stored."
        ),
    )
    count = forms.IntegerField(
        label=gettext_lazy("or: number of links"),
        required=False,
        min_value=1,
        help_text=gettext_lazy(
            "The links are shown once, on the next page, to hand out yourself (e.g. printed)."
        ),
    )


class SurveyOptionInline(DraftOnly, TabularInline):
    model = SurveyOption
    fields = ("position", "text", "signals_need", "field_of_action", "online_service", "measures")
    extra = 0

    def get_readonly_fields(self, request, obj=None):
        if self._draft(obj):
            return ()
        return ("position", "text", "signals_need", "field_of_action", "online_service")


@admin.register(SurveyQuestion)
class SurveyQuestionAdmin(DraftOnly, TenantAdmin):
    list_display = ("text", "survey", "kind", "position", "field_of_action", "online_service")
    list_filter = ("survey", "kind")
    search_fields = ("text",)
    filter_horizontal = ("measures",)
    inlines = [SurveyOptionInline]
    fields = (
        "survey", "position", "text", "hint", "kind", "required", "rating_low", "rating_high",
        "high_means_need", "field_of_action", "online_service", "measures",
    )  # fmt: skip

    def get_readonly_fields(self, request, obj=None):
        if obj is None or self._draft(obj):
            return ("survey",) if obj is not None else ()
        return tuple(f for f in self.fields if f != "measures")

    def save_model(self, request, obj, form, change):
        obj.municipality_id = obj.survey.municipality_id
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        measures = form.cleaned_data.pop("measures", None)
        super().save_related(request, form, formsets, change)
        if measures is not None:
            measures_cite(source=form.instance, measures=list(measures), user=request.user)

    def save_formset(self, request, form, formset, change):
        chosen = {
            f: f.cleaned_data.pop("measures", None)
            for f in formset.forms
            if getattr(f, "cleaned_data", None)
        }
        for inline in formset.forms:
            inline.instance.municipality_id = form.instance.municipality_id
        super().save_formset(request, form, formset, change)
        for inline, measures in chosen.items():
            if measures is not None and inline.instance.pk and inline not in formset.deleted_forms:
                measures_cite(source=inline.instance, measures=list(measures), user=request.user)


@admin.register(FreeText)
class FreeTextAdmin(TenantAdmin):
    """Free-text answers to moderate: only published ones are ever shown in public."""

    list_display = ("excerpt", "question", "survey", "moderation")
    list_filter = ("moderation", "question__survey")
    search_fields = ("text",)
    fields = ("question", "text", "moderation")
    readonly_fields = ("question", "text", "moderation")
    actions = ["publish", "hold_back"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(question__kind=QuestionKind.TEXT)
            .exclude(text="")
            .select_related("question__survey")
        )

    def has_add_permission(self, request, *args) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=gettext_lazy("free text"))
    def excerpt(self, obj: FreeText) -> str:
        return obj.text if len(obj.text) <= 120 else obj.text[:119] + "…"

    @admin.display(description=gettext_lazy("survey"))
    def survey(self, obj: FreeText) -> str:
        return obj.question.survey.title

    @admin.action(description=gettext_lazy("Publish the selected free texts"))
    def publish(self, request, queryset):
        self._moderate(request, queryset, publish=True)

    @admin.action(description=gettext_lazy("Do not publish the selected free texts"))
    def hold_back(self, request, queryset):
        self._moderate(request, queryset, publish=False)

    def _moderate(self, request, queryset, *, publish: bool) -> None:
        changed = 0
        for answer in queryset:
            try:
                changed += free_text_moderate(answer=answer, publish=publish, user=request.user)
            except ValidationError as error:
                _report(request, self, error)
        self.message_user(
            request,
            ngettext("%(count)d free text changed.", "%(count)d free texts changed.", changed)
            % {"count": changed},
        )
