"""Coordinators share practices: write, edit, preview, submit, withdraw, follow on "My practices".

Every view checks on the server that the person is a coordinator and, for
an existing practice, that they wrote it. A practice someone may not read
is "not found"; one they may read but not edit is "forbidden".
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.roles import is_moderator

from ..forms import RICH_TEXT_HELP, PracticeForm
from ..models import PracticePage
from ..moderation import (
    AwaitingModeration,
    ModerationUnavailable,
    active_workflow_states,
    is_awaiting_moderation,
    lock_for_moderation,
    practice_status,
    withdraw_from_moderation,
)
from ..permissions import can_share_practices
from ..practice_index import practice_index_for_language
from ..submission import save_practice
from ..visibility import user_can_view_page
from .refusals import refuse


def refuse_non_coordinators(request):
    if not can_share_practices(request.user):
        return refuse(request, gettext("Only coordinators of partner administrations can share practices."))
    if request.user.administration_id is None:
        return refuse(
            request,
            gettext(
                "Your account is not linked to a partner administration yet. "
                "Ask the secretariat to link it, then share your practice."
            ),
        )
    return None


def own_practice(request, page_id):
    """The practice `page_id` if the signed-in coordinator wrote it; 404 or 403 otherwise."""
    practice = get_object_or_404(PracticePage, pk=page_id)
    if practice.owner_id != request.user.pk:
        if practice.live and user_can_view_page(request.user, practice):
            return None, refuse(request, gettext("You can only change practices you wrote yourself."))
        raise Http404
    return practice, None


def my_practices_url():
    return reverse("knowledgebase:my_practices")


@login_required
@require_http_methods(["GET", "POST"])
def create_practice(request):
    refusal = refuse_non_coordinators(request)
    if refusal:
        return refusal
    if practice_index_for_language(request.LANGUAGE_CODE) is None:
        return refuse(request, gettext("The best-practice exchange is not open yet. Please try again later."), 404)
    initial_practice = PracticePage(
        language=request.LANGUAGE_CODE,
        contact_email=request.user.email,
        contact_unit="",
    )
    return practice_form_response(request, initial_practice, is_new=True)


@login_required
@require_http_methods(["GET", "POST"])
def edit_practice(request, page_id):
    refusal = refuse_non_coordinators(request)
    if refusal:
        return refusal
    practice, refusal = own_practice(request, page_id)
    if refusal:
        return refusal
    if is_awaiting_moderation(practice):
        return refuse_while_awaiting_moderation(request)
    if practice.locked and practice.locked_by_id != request.user.pk:
        return refuse(request, gettext("A moderator is working on this practice. Try again later."), status=409)
    return practice_form_response(request, practice.get_latest_revision_as_object(), is_new=False)


def refuse_while_awaiting_moderation(request):
    return refuse(
        request,
        gettext("This practice is waiting for a moderator. Withdraw it from moderation to change it."),
        status=409,
        next_step_url=my_practices_url(),
        next_step_label=gettext("Go to my practices"),
    )


def practice_form_response(request, practice, is_new):
    """Show the form, or save it as a draft or a submission and go to "My practices"."""
    if request.method != "POST":
        return render_practice_form(request, PracticeForm(instance=practice), practice, is_new)
    submitting = request.POST.get("action") == "submit"
    form = PracticeForm(request.POST, request.FILES, instance=practice, submitting=submitting, user=request.user)
    if not form.is_valid():
        form.hold_new_uploads()
        return render_practice_form(request, form, practice, is_new, status=400)
    try:
        saved = save_practice(form, request.user, submit=submitting)
    except ModerationUnavailable:
        form.add_error(None, gettext("Moderation is not available at the moment; your practice was not saved."))
        return render_practice_form(request, form, practice, is_new, status=503)
    except AwaitingModeration:
        return refuse_while_awaiting_moderation(request)
    if submitting:
        message = gettext("“%(title)s” has been submitted. You will get an email when a moderator has reviewed it.")
    else:
        message = gettext("Your draft “%(title)s” has been saved.")
    messages.success(request, message % {"title": saved.draft_title})
    return redirect("knowledgebase:my_practices")


def render_practice_form(request, form, practice, is_new, status=200):
    context = {"form": form, "practice": practice, "is_new": is_new, "rich_text_help": RICH_TEXT_HELP}
    return render(request, "knowledgebase/practice_form.html", context, status=status)


@login_required
@require_GET
def preview_practice(request, page_id):
    """The latest version as it would be published; for its author and moderators."""
    practice = get_object_or_404(PracticePage, pk=page_id)
    if practice.owner_id != request.user.pk and not is_moderator(request.user):
        raise Http404
    draft = practice.get_latest_revision_as_object()
    context = draft.get_context(request)
    context["is_draft_preview"] = True
    return TemplateResponse(request, draft.get_template(request), context)


@login_required
@require_POST
def withdraw_practice(request, page_id):
    practice, refusal = own_practice(request, page_id)
    if refusal:
        return refusal
    with transaction.atomic():
        withdraw_from_moderation(practice, request.user)
    messages.success(
        request,
        gettext("“%(title)s” is back with you: change it and submit it again when ready.")
        % {"title": practice.draft_title},
    )
    return redirect("knowledgebase:my_practices")


@login_required
@require_POST
def delete_draft(request, page_id):
    practice, refusal = own_practice(request, page_id)
    if refusal:
        return refusal
    title = practice.draft_title
    with transaction.atomic():
        # Decided under the moderation lock: a moderator may have just published it.
        lock_for_moderation(practice.pk)
        practice.refresh_from_db()
        if practice.first_published_at is not None or practice.live:
            return refuse(
                request,
                gettext(
                    "Only drafts that were never published can be deleted. Ask a moderator to unpublish a practice."
                ),
                status=409,
            )
        withdraw_from_moderation(practice, request.user)
        practice.delete()
    messages.success(request, gettext("The draft “%(title)s” has been deleted.") % {"title": title})
    return redirect("knowledgebase:my_practices")


@login_required
@require_GET
def my_practices(request):
    refusal = refuse_non_coordinators(request)
    if refusal:
        return refusal
    practices = list(PracticePage.objects.filter(owner=request.user).order_by("-latest_revision_created_at", "-pk"))
    states = active_workflow_states(practices)
    rows = [(practice, practice_status(practice, states.get(practice.pk))) for practice in practices]
    return render(request, "knowledgebase/my_practices.html", {"rows": rows})
