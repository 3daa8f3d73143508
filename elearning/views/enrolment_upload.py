"""Coordinators enrol their officers by uploading a CSV file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.roles import is_coordinator, is_moderator

from ..enrolment_upload import apply_upload, check_upload, send_enrolment_emails
from ..forms import EnrolmentUploadForm


@login_required
@require_http_methods(["GET", "POST"])
def upload_enrolments(request):
    user = request.user
    choose_administration = is_moderator(user)
    if not choose_administration and not (is_coordinator(user) and user.administration_id):
        raise PermissionDenied
    form = EnrolmentUploadForm(request.POST or None, request.FILES or None, choose_administration=choose_administration)
    check = None
    if request.method == "POST" and form.is_valid():
        administration = form.cleaned_data.get("administration") or user.administration
        language = translation.get_language()
        check = check_upload(form.cleaned_data["file"], administration, language)
        if check.is_valid:
            result, notices = apply_upload(check, administration, user, language)
            send_enrolment_emails(notices, user)
            messages.success(
                request,
                _(
                    "Enrolments added: %(enrolments)d. New accounts, invited by email: %(accounts)d. "
                    "Already enrolled: %(existing)d."
                )
                % {
                    "enrolments": result.new_enrolments,
                    "accounts": result.new_accounts,
                    "existing": result.already_enrolled,
                },
            )
            return redirect("elearning:upload_enrolments")
    return render(
        request,
        "elearning/enrolment_upload.html",
        {"form": form, "check": check, "administration": None if choose_administration else user.administration},
    )
