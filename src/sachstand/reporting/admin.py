from datetime import datetime, time, timedelta

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from sachstand.core.admin import TenantAdmin, TenantScoped, VersionedForm, light_badge
from sachstand.core.audit import audit_csv, audit_trail
from sachstand.core.formatting import format_date
from sachstand.municipalities.models import Committee
from sachstand.municipalities.roles import Act, may, may_somewhere
from sachstand.reporting.models import ReleasedReport, ReportingPeriod, StatusUpdate
from sachstand.reporting.renderers import FORMATS, render_all
from sachstand.reporting.report_model.builder import report_build
from sachstand.reporting.selectors.rounds import round_overview
from sachstand.reporting.services.releases import released_file, report_release
from sachstand.reporting.services.status_updates import (
    EDITABLE,
    status_update_change,
    status_update_create,
    status_update_derive,
)


def _download(content: bytes, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=FORMATS[fmt].content_type)
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _format_links(url_name: str, pk: int) -> str:
    return format_html_join(
        " · ",
        '<a href="{}">{}</a>',
        ((reverse(url_name, args=[pk, name]), label) for name, label in FORMAT_LABELS.items()),
    )


FORMAT_LABELS = {"pdf": "PDF", "docx": "Word", "html": "HTML"}


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(TenantAdmin):
    add_act = change_act = delete_act = Act.RUN_ROUND
    list_display = (
        "half_year", "deadline", "municipality", "round", "draft_report", "released", "audit",
    )  # fmt: skip
    actions = ["release_report"]

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/bericht.<str:fmt>",
                self.admin_site.admin_view(self.report_view),
                name="reporting_reportingperiod_report",
            ),
            path(
                "<int:pk>/runde/",
                self.admin_site.admin_view(self.round_view),
                name="reporting_reportingperiod_round",
            ),
            path(
                "<int:pk>/aenderungsprotokoll.csv",
                self.admin_site.admin_view(self.audit_view),
                name="reporting_reportingperiod_audit",
            ),
        ]
        return urls + super().get_urls()

    @admin.display(description=_("reporting round"))
    def round(self, obj: ReportingPeriod) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:reporting_reportingperiod_round", args=[obj.pk]),
            _("who has reported"),
        )

    @admin.display(description=_("audit trail"))
    def audit(self, obj: ReportingPeriod) -> str:
        return format_html(
            '<a href="{}">CSV</a>', reverse("admin:reporting_reportingperiod_audit", args=[obj.pk])
        )

    def round_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Who has reported and who has not: per unit, per editor, and the reminders sent."""
        period = self.get_object(request, str(pk))
        if period is None:
            raise Http404
        overview = round_overview(period)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Reporting round %(half_year)s – %(municipality)s")
            % {"half_year": period.half_year.label, "municipality": period.municipality.name},
            "period": period,
            "overview": overview,
            "reminders": period.reminders.select_related("user").order_by("-sent_at"),
        }
        return TemplateResponse(request, "admin/reporting/round.html", context)

    def audit_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Every change in the municipality during the half-year, as CSV."""
        period = self.get_object(request, str(pk))
        if period is None:
            raise Http404
        zone = timezone.get_current_timezone()
        start = datetime.combine(period.start, time.min, tzinfo=zone)
        end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=zone)
        data = audit_csv(audit_trail(period.municipality, start, end))
        response = HttpResponse(data, content_type="text/csv; charset=utf-8")
        name = f"aenderungsprotokoll-{period.municipality.slug}-{period.half_year}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    @admin.display(description=_("status report (draft)"))
    def draft_report(self, obj: ReportingPeriod) -> str:
        links = [_format_links("admin:reporting_reportingperiod_report", obj.pk)]
        for committee in Committee.objects.filter(municipality_id=obj.municipality_id):
            url = reverse("admin:reporting_reportingperiod_report", args=[obj.pk, "pdf"])
            links.append(
                format_html('<a href="{}?ausschuss={}">{}</a>', url, committee.slug, committee.name)
            )
        return format_html_join(mark_safe("<br>"), "{}", ((link,) for link in links))

    @admin.display(description=_("released versions"))
    def released(self, obj: ReportingPeriod) -> int:
        return obj.released_reports.count()

    def report_view(self, request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
        period = self.get_object(request, str(pk))
        if period is None or fmt not in FORMATS:
            raise Http404
        committee = None
        if request.GET.get("ausschuss"):
            committee = Committee.objects.filter(
                municipality=period.municipality, slug=request.GET["ausschuss"]
            ).first()
            if committee is None:
                raise Http404
        report = report_build(municipality=period.municipality, period=period, committee=committee)
        suffix = f"-{committee.slug}" if committee else ""
        filename = (
            f"sachstandsbericht-{period.municipality.slug}-{period.half_year}{suffix}-entwurf.{fmt}"
        )
        return _download(FORMATS[fmt].render(report), fmt, filename)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not may_somewhere(request.user, Act.RELEASE_REPORT):
            actions.pop("release_report", None)
        return actions

    @admin.action(description=_("Release the status report of the selected periods"))
    def release_report(self, request: HttpRequest, queryset) -> None:
        periods = list(queryset.select_related("municipality"))
        if any(not may(request.user, Act.RELEASE_REPORT, p.municipality_id) for p in periods):
            raise PermissionDenied
        for period in periods:
            try:
                released = report_release(
                    municipality=period.municipality,
                    period=period,
                    render_all=render_all,
                    user=request.user,
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                continue
            self.message_user(
                request,
                _("Status report %(period)s released as version %(version)d.")
                % {"period": period.half_year, "version": released.version},
            )


@admin.register(ReleasedReport)
class ReleasedReportAdmin(TenantScoped, admin.ModelAdmin):
    """Released reports are frozen: they can be read and downloaded, never changed or deleted.
    (No change history either: nothing about them changes.)"""

    list_filter = ("municipality", "period__half_year")
    list_display = ("period", "committee", "version", "released_at", "released_by", "files")
    readonly_fields = (
        "municipality", "period", "committee", "version", "as_of", "released_at", "released_by",
        "files", "pdf_sha256", "docx_sha256", "html_sha256",
    )  # fmt: skip
    fields = readonly_fields

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/datei.<str:fmt>",
                self.admin_site.admin_view(self.file_view),
                name="reporting_releasedreport_file",
            )
        ]
        return urls + super().get_urls()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # released through the period's action, never typed in

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # frozen

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # what the council received stays on record

    @admin.display(description=_("files as released"))
    def files(self, obj: ReleasedReport) -> str:
        return _format_links("admin:reporting_releasedreport_file", obj.pk)

    def file_view(self, request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
        released = self.get_object(request, str(pk))
        if released is None or fmt not in FORMATS:
            raise Http404
        name = f"sachstandsbericht-{released.municipality.slug}-{released.period.half_year}"
        return _download(released_file(released, fmt), fmt, f"{name}-v{released.version}.{fmt}")


class StatusUpdateForm(VersionedForm):
    class Meta:
        model = StatusUpdate
        fields = ("measure", "period", *EDITABLE)

    def clean(self):
        cleaned = super().clean()
        update = self.instance
        # On a change, measure and period are read-only and stay the stored ones.
        measure = cleaned.get("measure") or (update.measure if update.measure_id else None)
        period = cleaned.get("period") or (update.period if update.period_id else None)
        if measure and period and cleaned.get("percent_complete") is not None:
            update.measure = measure
            update.period = period
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
    """Editors report on the measures of their units; administrators may correct and delete."""

    form = StatusUpdateForm
    add_act = change_act = Act.REPORT_STATUS
    editable_choices = {"measure": "org_unit"}
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

    def unit_of(self, obj: StatusUpdate) -> int | None:
        return obj.measure.org_unit_id if obj.measure_id else None

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields.extend(("measure", "period"))  # an update belongs to its measure and period
        return fields

    def get_changeform_initial_data(self, request):
        """The to-do list links here with ``?measure=…&period=…``."""
        return {name: request.GET[name] for name in ("measure", "period") if request.GET.get(name)}

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
