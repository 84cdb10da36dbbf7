from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from sachstand.core.admin import TenantScoped
from sachstand.imports.export import plan_export, plan_template
from sachstand.imports.models import ImportRun
from sachstand.imports.services import counts_line, plan_import
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, may, may_somewhere, municipalities_for, require

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {
    "xlsx": XLSX,
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "application/zip",
}


class UploadForm(forms.Form):
    municipality = forms.ModelChoiceField(Municipality.objects.none(), label=_("municipality"))
    file = forms.FileField(label=_("spreadsheet (.xlsx, .ods, .csv)"))
    create_missing = forms.BooleanField(
        label=_("create organisational units that the file names but the plan lacks"),
        required=False,
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities_for(user, Act.EDIT_PLAN)


def _attachment(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@admin.register(ImportRun)
class ImportRunAdmin(TenantScoped, admin.ModelAdmin):
    list_display = ("started_at", "municipality", "file_name", "status", "user", "problem_count")
    list_filter = ("municipality", "status")
    readonly_fields = (
        "started_at",
        "municipality",
        "user",
        "file_name",
        "file_sha256",
        "status",
        "counts_table",
        "notes_list",
        "problems_table",
    )
    fields = readonly_fields
    change_list_template = "imports/importrun_changelist.html"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # runs are made by importing, see the upload page

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_urls(self):
        own = [
            path(
                "hochladen/",
                self.admin_site.admin_view(self.upload_view),
                name="imports_importrun_upload",
            ),
            path(
                "<int:pk>/anwenden/",
                self.admin_site.admin_view(self.apply_view),
                name="imports_importrun_apply",
            ),
            path(
                "vorlage.xlsx",
                self.admin_site.admin_view(self.template_view),
                name="imports_importrun_template",
            ),
            path(
                "export/<int:municipality>.<str:fmt>",
                self.admin_site.admin_view(self.export_view),
                name="imports_importrun_export",
            ),
        ]
        return own + super().get_urls()

    @admin.display(description=_("problems"))
    def problem_count(self, obj: ImportRun) -> int:
        return len(obj.problems)

    @admin.display(description=_("counts"))
    def counts_table(self, obj: ImportRun) -> str:
        return format_html_join("", "<div>{}</div>", ((line,) for line in counts_line(obj.counts)))

    @admin.display(description=_("notes"))
    def notes_list(self, obj: ImportRun) -> str:
        return format_html_join("", "<div>{}</div>", ((note,) for note in obj.notes))

    @admin.display(description=_("problems"))
    def problems_table(self, obj: ImportRun) -> str:
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            _("sheet"),
            _("row"),
            _("column"),
            _("value"),
            _("problem"),
            format_html_join(
                "",
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                (
                    (p["sheet"], p["row"] or "", p["column"], p["value"], p["message"])
                    for p in obj.problems
                ),
            ),
        )

    def upload_view(self, request: HttpRequest) -> HttpResponse:
        if not may_somewhere(request.user, Act.EDIT_PLAN):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            result = plan_import(
                municipality=form.cleaned_data["municipality"],
                data=upload.read(),
                filename=upload.name,
                user=request.user,
                create_missing=form.cleaned_data["create_missing"],
            )
            return redirect(
                reverse("admin:imports_importrun_change", args=[result.run.pk])
                + f"?vorschau=1&neu={int(form.cleaned_data['create_missing'])}"
            )
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": _("Import an action plan"),
            "opts": self.model._meta,
            "municipalities": municipalities_for(request.user, Act.READ),
        }
        return TemplateResponse(request, "imports/upload.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = get_object_or_404(self.get_queryset(request), pk=object_id)
        extra = {
            "can_apply": run.status == ImportRun.Status.PREVIEW
            and may(request.user, Act.EDIT_PLAN, run.municipality_id),
            "apply_url": reverse("admin:imports_importrun_apply", args=[run.pk]),
            "create_missing": request.GET.get("neu") == "1",
        }
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), **extra})

    def apply_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if request.method != "POST":
            raise PermissionDenied
        preview = get_object_or_404(
            self.get_queryset(request), pk=pk, status=ImportRun.Status.PREVIEW
        )
        require(request.user, Act.EDIT_PLAN, preview.municipality_id)
        result = plan_import(
            municipality=preview.municipality,
            data=bytes(preview.data),
            filename=preview.file_name,
            user=request.user,
            apply=True,
            skip_invalid=request.POST.get("skip_invalid") == "1",
            create_missing=request.POST.get("create_missing") == "1",
        )
        level = messages.SUCCESS if result.applied else messages.ERROR
        text = (
            _("The plan was imported.")
            if result.applied
            else _("Nothing was written, because the file has problems.")
        )
        self.message_user(request, text, level)
        return redirect(reverse("admin:imports_importrun_change", args=[result.run.pk]))

    def template_view(self, request: HttpRequest) -> HttpResponse:
        """The template; for one municipality (``?kommune=ID``) with its units as choices."""
        municipality = (
            municipalities_for(request.user, Act.READ)
            .filter(pk=request.GET.get("kommune") or 0)
            .first()
        )
        name = f"massnahmenplan-vorlage{'-' + municipality.slug if municipality else ''}.xlsx"
        return _attachment(plan_template(municipality=municipality), XLSX, name)

    def export_view(self, request: HttpRequest, municipality: int, fmt: str) -> HttpResponse:
        if fmt not in CONTENT_TYPES:
            raise PermissionDenied
        target = get_object_or_404(municipalities_for(request.user, Act.READ), pk=municipality)
        extension = "zip" if fmt == "csv" else fmt
        return _attachment(
            plan_export(municipality=target, fmt=fmt),
            CONTENT_TYPES[fmt],
            f"massnahmenplan-{target.slug}.{extension}",
        )
