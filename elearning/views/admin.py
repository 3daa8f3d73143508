"""Wagtail admin screens: certificates (list, inspect, revoke with a reason) and course translations out of step.

Certificates are issued only by completing a course, so the admin never
creates, edits or deletes them. Revoking needs the `revoke_certificate`
permission, which the Editors group has.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from ..certification import revoke_certificate
from ..course_translations import every_course_out_of_step
from ..forms import RevokeCertificateForm
from ..models import Certificate

REVOKE_PERMISSION = "elearning.revoke_certificate"
REVOKE_URL_NAME = "elearning_revoke_certificate"


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Viewing follows the model permissions; adding, editing and deleting are refused to everyone."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


class CertificateIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if not instance.revoked_at and self.request.user.has_perm(REVOKE_PERMISSION):
            buttons.insert(
                0,
                ListingButton(
                    _("Revoke"),
                    url=reverse(REVOKE_URL_NAME, args=[instance.pk]),
                    icon_name="cross",
                    attrs={"aria-label": _("Revoke certificate %(code)s") % {"code": instance.display_code}},
                ),
            )
        return buttons


class RevokeCertificateView(WagtailAdminTemplateMixin, FormView):
    form_class = RevokeCertificateForm
    template_name = "elearning/admin/revoke_certificate.html"
    page_title = gettext_lazy("Revoke certificate")
    header_icon = "cross"

    def dispatch(self, request, pk):
        if not request.user.has_perm(REVOKE_PERMISSION):
            raise PermissionDenied
        self.certificate = get_object_or_404(Certificate, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.certificate.display_code

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("elearning_certificate:index"), "label": _("Certificates")},
            {"url": "", "label": self.certificate.display_code},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.certificate,
            action_url=reverse(REVOKE_URL_NAME, args=[self.certificate.pk]),
            submit_button_label=_("Revoke certificate"),
            **kwargs,
        )

    def form_valid(self, form):
        if self.certificate.revoked_at:
            messages.info(self.request, _("This certificate was already revoked."))
        else:
            revoke_certificate(self.certificate, self.request.user, form.cleaned_data["reason"])
            messages.success(self.request, _("Certificate %(code)s revoked.") % {"code": self.certificate.display_code})
        return redirect("elearning_certificate:index")


def may_edit_pages(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])


class CoursesOutOfStepView(WagtailAdminTemplateMixin, TemplateView):
    """Every course translation whose structure differs from the source language's, and how.

    Learners are shown the source language until the translation is in step;
    this list tells editors what to publish or fix.
    """

    template_name = "elearning/admin/courses_out_of_step.html"
    page_title = gettext_lazy("Course translations out of step")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(gaps=every_course_out_of_step(), **kwargs)
