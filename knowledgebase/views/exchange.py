"""Comments and bookmarks: how coordinators talk about and keep each other's practices.

Only members of the exchange (coordinators, moderators, editors) take part,
and only on live practices they may read. Every change is a POST with a CSRF
token; bad input gets a 4xx page that says what went wrong.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from home.query_values import whole_number

from ..forms import CommentForm
from ..listing import label_key_factors
from ..models import COMMENT_EDIT_WINDOW, PracticeBookmark, PracticeComment, PracticePage
from ..notifications import notify_new_comment
from ..permissions import can_moderate_comments, is_exchange_member
from .refusals import refuse


def refuse_non_members(request):
    if not is_exchange_member(request.user):
        return refuse(request, gettext("Only coordinators, moderators and editors take part in the exchange."))
    return None


def readable_practice(request, page_id):
    """A live practice the user may read, or 404 (never revealing that it exists)."""
    return get_object_or_404(PracticePage.objects.visible_to(request.user), pk=page_id)


def reply_target(practice, parent_id):
    """The top-level, not removed comment of `practice` being replied to (replies go one level deep)."""
    parent_id = whole_number(parent_id)
    if parent_id is None:
        return None
    return PracticeComment.objects.filter(pk=parent_id, practice=practice, parent=None, removed_at=None).first()


def comment_url(comment):
    return f"{comment.practice.url}#comment-{comment.pk}"


@login_required
@require_POST
def add_comment(request, page_id):
    refusal = refuse_non_members(request)
    if refusal:
        return refusal
    practice = readable_practice(request, page_id)
    parent_id = request.POST.get("parent", "")
    parent = None
    if parent_id:
        parent = reply_target(practice, parent_id)
        if parent is None:
            return refuse(request, gettext("The comment you replied to no longer exists."), status=400)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "knowledgebase/comment_form.html",
            {"form": form, "parent": parent, "action_url": reverse("knowledgebase:add_comment", args=[practice.pk])},
            status=400,
        )
    with transaction.atomic():
        comment = form.save(commit=False)
        comment.practice = practice
        comment.author = request.user
        comment.parent = parent
        comment.save()
        notify_new_comment(comment)
    messages.success(request, gettext("Your comment has been posted."))
    return redirect(comment_url(comment))


@login_required
@require_http_methods(["GET", "POST"])
def edit_comment(request, comment_id):
    comment = get_object_or_404(
        PracticeComment.objects.select_related("practice"),
        pk=comment_id,
        practice__in=PracticePage.objects.visible_to(request.user),
    )
    if comment.author_id != request.user.pk:
        return refuse(request, gettext("You can only edit your own comments."))
    if not comment.can_be_edited_by(request.user):
        return refuse(
            request,
            gettext("Comments can be edited for %(minutes)s minutes after posting; this one can no longer be changed.")
            % {"minutes": int(COMMENT_EDIT_WINDOW.total_seconds() // 60)},
            next_step_url=comment_url(comment),
            next_step_label=gettext("Back to the practice"),
        )
    form = CommentForm(request.POST if request.method == "POST" else None, instance=comment)
    if form.is_bound and form.is_valid():
        comment = form.save(commit=False)
        comment.edited_at = timezone.now()
        comment.save(update_fields=["body", "edited_at"])
        messages.success(request, gettext("Your comment has been updated."))
        return redirect(comment_url(comment))
    context = {"form": form, "comment": comment, "action_url": reverse("knowledgebase:edit_comment", args=[comment.pk])}
    return render(request, "knowledgebase/comment_form.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def remove_comment(request, comment_id):
    if not can_moderate_comments(request.user):
        return refuse(request, gettext("Only moderators can remove comments."))
    comment = get_object_or_404(PracticeComment.objects.select_related("practice"), pk=comment_id)
    if not comment.is_removed:
        comment.removed_at = timezone.now()
        comment.removed_by = request.user
        comment.save(update_fields=["removed_at", "removed_by"])
    messages.success(request, gettext("The comment has been removed."))
    return redirect(comment_url(comment))


@login_required
@require_POST
def toggle_bookmark(request, page_id):
    refusal = refuse_non_members(request)
    if refusal:
        return refusal
    practice = readable_practice(request, page_id)
    with transaction.atomic():
        deleted, _details = PracticeBookmark.objects.filter(user=request.user, practice=practice).delete()
        if not deleted:
            PracticeBookmark.objects.create(user=request.user, practice=practice)
    if deleted:
        messages.success(request, gettext("Removed from your bookmarks."))
    else:
        messages.success(request, gettext("Added to your bookmarks."))
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(practice.url)


@login_required
@require_GET
def my_bookmarks(request):
    refusal = refuse_non_members(request)
    if refusal:
        return refusal
    practices = list(
        PracticePage.objects.visible_to(request.user)
        .filter(bookmarks__user=request.user)
        .for_cards()
        .order_by("-bookmarks__created_at")
    )
    return render(request, "knowledgebase/my_bookmarks.html", {"practices": label_key_factors(practices)})
