"""Citizens' questions in the back office: publish, reject with a reason, merge duplicates,
answer (linked to measures). Every step goes through ``services.questions``."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.admin import TenantAdmin, VersionedForm
from sachstand.core.services import describe_validation_error
from sachstand.participation.models import CitizenQuestion, PrivacyContact, QuestionStatus
from sachstand.participation.services.questions import (
    question_answer,
    question_merge,
    question_publish,
    question_reject,
    question_set_topic,
)
from sachstand.participation.services.surveys import measures_cite

ANSWERABLE = (QuestionStatus.NEW, QuestionStatus.PUBLISHED)


class CitizenQuestionForm(VersionedForm):
    class Meta:
        model = CitizenQuestion
        fields = ("field_of_action", "answer", "measures")

    def clean(self):
        cleaned = super().clean()
        if "answer" in self.changed_data and self.instance.status not in ANSWERABLE:
            self.add_error(
                "answer",
                _("A question that is %(status)s cannot be answered.")
                % {"status": QuestionStatus(self.instance.status).label},
            )
        return cleaned


@admin.register(CitizenQuestion)
class CitizenQuestionAdmin(TenantAdmin):
    form = CitizenQuestionForm
    list_display = ("excerpt", "submitted_on", "field_of_action", "status", "answered_on", "mail")
    list_filter = ("status", "field_of_action")
    search_fields = ("text", "answer")
    date_hierarchy = "submitted_on"
    filter_horizontal = ("measures",)
    readonly_fields = (
        "text", "submitted_on", "mail", "status", "merged_into", "rejection_reason", "closed_on",
    )  # fmt: skip
    fields = (
        "text", "submitted_on", "mail", "status", "merged_into", "rejection_reason",
        "field_of_action", "answer", "measures", "closed_on",
    )  # fmt: skip
    actions = ["publish", "reject", "merge"]

    def has_add_permission(self, request, *args) -> bool:
        return False  # questions come through the public form

    @admin.display(description=gettext_lazy("question"))
    def excerpt(self, obj: CitizenQuestion) -> str:
        return str(obj)

    @admin.display(description=gettext_lazy("answer by e-mail"), boolean=True)
    def mail(self, obj: CitizenQuestion) -> bool:
        # Whether an address is there; the address itself the moderators need not see.
        return bool(obj.email)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # Raised by a service while saving (e.g. the mail server refused): nothing was saved.
            self.message_user(request, describe_validation_error(error), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def save_model(self, request, obj, form, change):
        self.check_write(request, obj, change)
        if "field_of_action" in form.changed_data:
            question_set_topic(question=obj, field_of_action=obj.field_of_action, user=request.user)
        if "answer" in form.changed_data and obj.answer.strip():
            question_answer(question=obj, answer=obj.answer, user=request.user)

    def save_related(self, request, form, formsets, change):
        measures = form.cleaned_data.pop("measures", None)
        super().save_related(request, form, formsets, change)
        if measures is not None:
            measures_cite(source=form.instance, measures=list(measures), user=request.user)

    @admin.action(description=gettext_lazy("Publish the selected questions"))
    def publish(self, request, queryset):
        done = 0
        for question in queryset:
            try:
                done += question_publish(question=question, user=request.user)
            except ValidationError as error:
                self.message_user(request, describe_validation_error(error), messages.ERROR)
        self.message_user(
            request,
            ngettext("%(count)d question published.", "%(count)d questions published.", done)
            % {"count": done},
        )

    @admin.action(description=gettext_lazy("Reject the selected questions (with a reason)"))
    def reject(self, request, queryset):
        form = RejectForm(request.POST if "reason" in request.POST else None)
        if form.is_bound and form.is_valid():
            try:
                with transaction.atomic():
                    for question in queryset:
                        question_reject(
                            question=question,
                            reason=form.cleaned_data["reason"],
                            user=request.user,
                        )
            except ValidationError as error:
                self.message_user(request, describe_validation_error(error), messages.ERROR)
                return None
            self.message_user(
                request,
                ngettext("%(count)d question rejected.", "%(count)d questions rejected.",
                         len(queryset)) % {"count": len(queryset)},
            )  # fmt: skip
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Reject questions"),
            "questions": queryset,
            "form": form,
            "action": "reject",
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/participation/reject.html", context)

    @admin.action(description=gettext_lazy("Merge the selected questions into the earliest"))
    def merge(self, request, queryset):
        questions = sorted(queryset, key=lambda q: (q.submitted_on, q.pk))
        if len(questions) < 2:
            self.message_user(
                request, _("Please select at least two questions to merge."), messages.WARNING
            )
            return
        into, duplicates = questions[0], questions[1:]
        try:
            with transaction.atomic():
                for question in duplicates:
                    question_merge(question=question, into=into, user=request.user)
        except ValidationError as error:
            self.message_user(request, describe_validation_error(error), messages.ERROR)
            return
        self.message_user(
            request,
            ngettext(
                "%(count)d question merged into “%(into)s”.",
                "%(count)d questions merged into “%(into)s”.",
                len(duplicates),
            )
            % {"count": len(duplicates), "into": into},
        )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for the rejection"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Sent to the askers who left an e-mail address; never published."),
        error_messages={"required": gettext_lazy("Please give the reason for the rejection.")},
    )


@admin.register(PrivacyContact)
class PrivacyContactAdmin(TenantAdmin):
    list_display = ("__str__", "municipality")
