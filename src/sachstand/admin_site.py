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

    @property
    def login_form(self):
        """Throttled against password guessing (docs/security.md); imported late, because this
        module is loaded with the app registry, before the auth models exist."""
        from sachstand.core.login import ThrottledAuthenticationForm

        return ThrottledAuthenticationForm

    def has_permission(self, request: HttpRequest) -> bool:
        """The back office admits the installation's operators and people with a role in a
        municipality; a person whose roles were all revoked sees nothing any more."""
        from sachstand.municipalities.roles import Act, is_system, may_somewhere

        user = request.user
        if not (user.is_active and user.is_staff):
            return False
        return is_system(user) or may_somewhere(user, Act.READ)

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        from sachstand.municipalities.roles import Act, municipalities_for
        from sachstand.reporting.models import ReportingPeriod
        from sachstand.reporting.selectors.rounds import todo_for

        today = timezone.localdate()
        periods = [
            p
            for p in ReportingPeriod.objects.filter(
                municipality__in=municipalities_for(request.user, Act.READ)
            )
            .select_related("municipality")
            .order_by("municipality__name", "-half_year")
            if p.start <= today
        ]
        context = {
            "report_periods": periods[:8],
            "todo": todo_for(request.user, today),
            **(extra_context or {}),
        }
        return super().index(request, context)


class SachstandAdminConfig(AdminConfig):
    default_site = "sachstand.admin_site.SachstandAdminSite"
