"""The back office's site: Django's admin with a start page that leads to the reports."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SachstandAdminSite(admin.AdminSite):
    site_header = _("sachstand – back office")
    site_title = _("sachstand")
    index_title = _("Digitalisation strategy and action plan")
    index_template = "admin/sachstand_index.html"

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        from sachstand.reporting.models import ReportingPeriod

        today = timezone.localdate()
        periods = [
            p
            for p in ReportingPeriod.objects.select_related("municipality").order_by(
                "municipality__name", "-half_year"
            )
            if p.start <= today
        ]
        context = {"report_periods": periods[:8], **(extra_context or {})}
        return super().index(request, context)


class SachstandAdminConfig(AdminConfig):
    default_site = "sachstand.admin_site.SachstandAdminSite"
