"""Practice moderation as a Wagtail workflow, driven from the public site.

Moderators review in the Wagtail admin (approve, or request changes with a
comment). Coordinators never enter the admin: the front-end views call the
same workflow API the admin's edit view uses, so both sides see one state.

The workflow has one task, a group approval by Moderators, and is attached
to every practice index page: a data migration creates it, and a signal
attaches it to each practice index page created afterwards.

Everything that moves a practice through moderation takes the practice's
row lock first (`lock_for_moderation`): the author's submit, edit, withdraw
and delete on the public site, and a moderator's workflow action in the
admin (knowledgebase/moderation_actions.py). So one waits for the other
and decides on the state the other left, never on what it read before: a
moderator's "Approve and Publish" no longer meets a workflow its author
withdrew or resubmitted halfway through the request.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from accounts.roles import MODERATORS

PRACTICE_WORKFLOW_NAME = "Practice moderation"
PRACTICE_REVIEW_TASK_NAME = "Moderator review of practices"


def ensure_practice_workflow(workflow_model, workflow_task_model, task_model, group_model, content_type_model):
    """The practice workflow, created with its task when missing.

    Takes the model classes so the data migration (historical models) and
    the running site share one definition.
    """
    workflow = workflow_model.objects.filter(name=PRACTICE_WORKFLOW_NAME).first()
    if workflow is not None:
        return workflow
    workflow = workflow_model.objects.create(name=PRACTICE_WORKFLOW_NAME, active=True)
    task = task_model.objects.filter(name=PRACTICE_REVIEW_TASK_NAME).first()
    if task is None:
        task = task_model.objects.create(
            name=PRACTICE_REVIEW_TASK_NAME,
            active=True,
            content_type=content_type_model.objects.get_for_model(task_model),
        )
        task.groups.add(group_model.objects.get_or_create(name=MODERATORS)[0])
    workflow_task_model.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def practice_workflow():
    return ensure_practice_workflow(Workflow, WorkflowTask, GroupApprovalTask, Group, ContentType)


def attach_practice_workflow(index_page):
    """Make everything filed under `index_page` go through practice moderation."""
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": practice_workflow()})


class ModerationUnavailable(Exception):
    """The practice's place in the tree has no active workflow (a setup problem)."""


class AwaitingModeration(Exception):
    """The practice went to moderators meanwhile (another tab, a double click): its author may not change it."""


def lock_for_moderation(page_id):
    """Hold the page's row lock until the transaction ends; the page's base row as it is now, or None.

    Call inside transaction.atomic(). (SQLite has no row locks: there the
    project's IMMEDIATE transactions already run one writer at a time.)
    """
    return Page.objects.select_for_update().filter(pk=page_id).first()


def is_awaiting_moderation(page):
    """A moderator has the practice now: its workflow is in progress (not sent back for changes)."""
    state = page.current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS


@transaction.atomic
def submit_for_moderation(page, user):
    """Send the latest revision of `page` to moderators, as the admin's "Submit" does."""
    lock_for_moderation(page.pk)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None:
        return  # already waiting for a moderator
    workflow = page.get_workflow()
    if workflow is None:
        raise ModerationUnavailable
    workflow.start(page, user)


@transaction.atomic
def withdraw_from_moderation(page, user):
    """Take a practice back from moderators, so its author can change it."""
    lock_for_moderation(page.pk)
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)


@dataclass(frozen=True)
class PracticeStatus:
    """Where a practice stands, as its author sees it on "My practices"."""

    code: str
    label: str
    moderator_comment: str = ""

    @property
    def in_moderation(self):
        return self.code in {"awaiting_moderation", "live_changes_awaiting_moderation"}


STATUS_LABELS = {
    "draft": _("Draft: not yet submitted"),
    "awaiting_moderation": _("Awaiting moderation"),
    "changes_requested": _("Changes requested by a moderator"),
    "published": _("Published"),
    "live_draft": _("Published; your newer changes are a draft, not yet submitted"),
    "live_changes_awaiting_moderation": _("Published; your newer changes await moderation"),
    "live_changes_requested": _("Published; a moderator asked for changes to your newer version"),
}


def practice_status(page, workflow_state):
    """The status of `page`, given its active workflow state (`page.current_workflow_state`)."""
    comment = ""
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        comment = workflow_state.current_task_state.comment if workflow_state.current_task_state else ""
        code = "live_changes_requested" if page.live else "changes_requested"
    elif workflow_state is not None:
        code = "live_changes_awaiting_moderation" if page.live else "awaiting_moderation"
    elif page.live:
        code = "live_draft" if page.has_unpublished_changes else "published"
    else:
        code = "draft"
    return PracticeStatus(code, STATUS_LABELS[code], comment)


def active_workflow_states(pages):
    """{page id: active workflow state} for many pages in one query."""
    if not pages:
        return {}
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=pages[0].get_base_content_type(), object_id__in=[str(page.pk) for page in pages])
        .select_related("current_task_state")
    )
    return {int(state.object_id): state for state in states}
