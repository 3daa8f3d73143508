"""A moderator's workflow action in the Wagtail admin: done on one consistent state, or refused with a 409.

Wagtail's editor checks that the page has a task the moderator may act on,
saves the form and a revision, then reads the task again to act on it; the
dashboard's buttons act on the task state they were drawn with. A
coordinator withdrawing or resubmitting a practice on the public site in
between left no task to act on (`current_workflow_task` was None: a 500),
or a stale one. Here such a request runs in one transaction that first
takes the page's moderation lock, the one the author's changes take too
(knowledgebase.moderation), so neither can slip in halfway through the
other. An action on a page with no open task any more (or not the task the
button was drawn for) is refused with a message, before anything is saved;
Wagtail's editor would otherwise quietly save the form as a draft instead.
"""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext

from .moderation import lock_for_moderation
from .views.refusals import refuse

EDITOR = "wagtailadmin_pages:edit"
ACTION_BUTTON = "wagtailadmin_pages:workflow_action"


def requested_action(request):
    """True if `request` asks the admin to act on a page's workflow task, for someone who may use the admin."""
    match = request.resolver_match
    if request.method != "POST" or match is None or match.view_name not in (EDITOR, ACTION_BUTTON):
        return False
    if match.view_name == EDITOR and not request.POST.get("action-workflow-action"):
        return False
    user = request.user
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def task_still_open(page, task_state_id):
    """The page has a task in progress, and it is the one the button was drawn for (if it names one)."""
    task_state = page.current_workflow_task_state
    return task_state is not None and (task_state_id is None or task_state.pk == task_state_id)


class WorkflowActionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not requested_action(request):
            return None
        with transaction.atomic():
            page = lock_for_moderation(view_kwargs["page_id"])
            if page is not None and not task_still_open(page, view_kwargs.get("task_state_id")):
                return refuse(
                    request,
                    gettext(
                        "“%(title)s” is no longer awaiting review: its author withdrew or resubmitted it, "
                        "or another moderator acted on it. Nothing was changed."
                    )
                    % {"title": page.draft_title},
                    status=409,
                    next_step_url=reverse(EDITOR, args=[page.pk]),
                    next_step_label=gettext("See where it stands now"),
                )
            return view_func(request, *view_args, **view_kwargs)
