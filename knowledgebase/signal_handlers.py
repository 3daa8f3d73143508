"""Reactions to Wagtail events: privacy on publication, moderation emails, workflow on new indexes.

Wagtail's own emails to the person who submitted a page ("approved",
"rejected") link into the admin, which coordinators cannot enter. For
practices this app sends its own email to the author instead; for every
other page Wagtail's email goes out as before. Connecting our wrapper under
Wagtail's dispatch uid makes it replace Wagtail's receiver whichever of the
two apps is ready first.

On submission Wagtail sends two emails: the workflow's ("submitted to
workflow", to every superuser) and its group approval task's ("submitted
for review", to the task's groups and every superuser), so an
administrator got two emails for one submission. The workflow's email now
skips whoever the task's email already reaches; the task's email stays, as
it is the one that tells moderators and links to the review.
"""

from django.db.models.signals import post_save
from wagtail.admin import signal_handlers as wagtail_admin_signal_handlers
from wagtail.admin.mail import WorkflowStateSubmissionEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from .models import PracticeIndexPage, PracticePage
from .moderation import attach_practice_workflow
from .notifications import notify_practice_published, notify_practice_sent_back
from .practice_privacy import apply_practice_visibility
from .practice_translations import versions_following_original

WAGTAIL_AUTHOR_EMAILS = (
    (
        workflow_approved,
        wagtail_admin_signal_handlers.workflow_approval_email_notifier,
        "workflow_state_approved_email_notification",
    ),
    (
        workflow_rejected,
        wagtail_admin_signal_handlers.workflow_rejection_email_notifier,
        "workflow_state_rejected_email_notification",
    ),
)


WAGTAIL_WORKFLOW_SUBMITTED_EMAIL = "workflow_state_submitted_email_notification"


class SubmissionEmailForThoseTheTaskDoesNotTell(WorkflowStateSubmissionEmailNotifier):
    """Wagtail's "submitted to workflow" email, minus the people its first task's email reaches."""

    def get_recipient_users(self, workflow_state, **kwargs):
        recipients = super().get_recipient_users(workflow_state, **kwargs)
        task_state = workflow_state.current_task_state
        task_email = wagtail_admin_signal_handlers.task_submission_email_notifier
        if task_state is not None and task_email.can_handle(task_state):
            told_by_task = task_email.get_recipient_users(task_state, **kwargs)
            recipients = recipients.exclude(pk__in=told_by_task.values("pk"))
        return recipients


def practice_of(workflow_state):
    content_object = workflow_state.content_object
    specific = getattr(content_object, "specific", content_object)
    return specific if isinstance(specific, PracticePage) else None


def wagtail_email_except_for_practices(wagtail_notifier):
    def send(sender, instance, **kwargs):
        if practice_of(instance) is None:
            return wagtail_notifier(sender=sender, instance=instance, **kwargs)
        return None

    return send


def attach_workflow_to_new_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        attach_practice_workflow(instance)


def apply_visibility_of_live_version(sender, instance, **kwargs):
    for version in versions_following_original(instance):
        apply_practice_visibility(version)


def email_author_on_approval(sender, instance, user=None, **kwargs):
    practice = practice_of(instance)
    if practice is not None:
        notify_practice_published(practice, user)


def email_author_on_rejection(sender, instance, user=None, **kwargs):
    practice = practice_of(instance)
    if practice is not None:
        task_state = instance.current_task_state
        notify_practice_sent_back(practice, user, task_state.comment if task_state else "")


def register_signal_handlers():
    for signal, wagtail_notifier, dispatch_uid in WAGTAIL_AUTHOR_EMAILS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(
            wagtail_email_except_for_practices(wagtail_notifier),
            sender=WorkflowState,
            dispatch_uid=dispatch_uid,
            weak=False,
        )
    workflow_submitted.disconnect(sender=WorkflowState, dispatch_uid=WAGTAIL_WORKFLOW_SUBMITTED_EMAIL)
    workflow_submitted.connect(
        SubmissionEmailForThoseTheTaskDoesNotTell(),
        sender=WorkflowState,
        dispatch_uid=WAGTAIL_WORKFLOW_SUBMITTED_EMAIL,
        weak=False,
    )
    post_save.connect(attach_workflow_to_new_index, sender=PracticeIndexPage)
    page_published.connect(apply_visibility_of_live_version, sender=PracticePage)
    page_unpublished.connect(apply_visibility_of_live_version, sender=PracticePage)
    workflow_approved.connect(email_author_on_approval, sender=WorkflowState)
    workflow_rejected.connect(email_author_on_rejection, sender=WorkflowState)
