"""Background work of e-learning: reminder emails.

Queued by `reminders.queue_due_reminders` through django-tasks (the database
worker in production), so the schedule never waits on the mail server.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from integrityhub.site_url import absolute_url, page_url

from .models import CoursePage, LearningReminder
from .outlines import preferred_translations
from .reminders import opt_out_token

TEMPLATES = {
    LearningReminder.Kind.INACTIVE: "elearning/emails/reminder_inactive",
    LearningReminder.Kind.CERTIFICATE_EXPIRING: "elearning/emails/reminder_certificate_expiring",
}


def course_for(course_key, language):
    courses = CoursePage.objects.live().defer_streamfields().filter(translation_key=course_key)
    return preferred_translations(courses, language).get(course_key)


def reminder_message(reminder):
    """The email for `reminder`, written in the learner's language with links in that language."""
    user = reminder.user
    with translation.override(user.preferred_language):
        course_key = reminder.enrolment.course_key if reminder.enrolment else reminder.certificate.course_key
        course = course_for(course_key, user.preferred_language)
        opt_out_url = absolute_url(reverse("elearning:reminder_opt_out", args=[opt_out_token(user)]))
        context = {
            "user": user,
            "reminder": reminder,
            "course_title": course.title if course else reminder.certificate.course_title,
            "course_url": page_url(course) if course else absolute_url(reverse("elearning:dashboard")),
            "opt_out_url": opt_out_url,
            "profile_url": absolute_url(reverse("accounts:profile")),
        }
        template = TEMPLATES[reminder.kind]
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context).strip()
    return EmailMessage(
        subject,
        body,
        to=[user.email],
        # Mail programs offer an "unsubscribe" next to the sender that opens the confirmation page.
        headers={"List-Unsubscribe": f"<{opt_out_url}>"},
    )


@task()
def send_learning_reminder(reminder_id):
    """Send one reminder, unless it was sent already or the learner has opted out since it was queued."""
    with transaction.atomic():
        reminder = (
            LearningReminder.objects.select_for_update(of=("self",))
            .select_related("user", "enrolment", "certificate")
            .filter(pk=reminder_id, sent_at__isnull=True)
            .first()
        )
        if reminder is None or not reminder.user.learning_reminders or not reminder.user.is_active:
            return False
        reminder_message(reminder).send()
        reminder.sent_at = timezone.now()
        reminder.save(update_fields=["sent_at"])
    return True
