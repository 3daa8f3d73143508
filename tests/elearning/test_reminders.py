"""Reminder emails: who gets one, that nobody gets two, and the opt-out link (locmem email backend)."""

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import CertificateFactory
from elearning.learner_progress import enrol
from elearning.models import Enrolment, LearningReminder
from elearning.reminders import opt_out_token, queue_due_reminders
from elearning.tasks import send_learning_reminder

SITE = "https://hub.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


def officer(administration, course_tree, inactive_days=None, **fields):
    """A learner enrolled `inactive_days` ago with no activity since (not enrolled when None)."""
    user = add_to_role(UserFactory(administration=administration, **fields), LEARNERS)
    if inactive_days is not None:
        enrolment, _created = enrol(user, course_tree.course)
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=timezone.now() - timedelta(days=inactive_days))
    return user


def recipients(mailoutbox):
    return sorted(address for message in mailoutbox for address in message.to)


def opt_out_path(message):
    return re.search(rf"{re.escape(SITE)}(/\S*/learn/reminders/stop/\S+/)", message.body).group(1)


def test_inactive_learners_get_one_reminder_and_never_two(administration, course_tree, mailoutbox):
    due = officer(administration, course_tree, inactive_days=20, email="due@customs.example")
    officer(administration, course_tree, inactive_days=5, email="recent@customs.example")
    done = officer(administration, course_tree, inactive_days=30, email="done@customs.example")
    Enrolment.objects.filter(user=done).update(completed_at=timezone.now() - timedelta(days=25))
    active = officer(administration, course_tree, inactive_days=40, email="active@customs.example")
    Enrolment.objects.filter(user=active).update(last_activity_at=timezone.now() - timedelta(days=2))

    first = queue_due_reminders()
    second = queue_due_reminders()
    call_command("send_learning_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert (first.inactive, second.inactive) == (1, 0)
    assert recipients(mailoutbox) == [due.email]
    message = mailoutbox[0]
    assert course_tree.course.title in message.subject
    assert f"{SITE}/en/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/en/learn/reminders/stop/")
    assert LearningReminder.objects.get().sent_at is not None


def test_activity_after_a_reminder_starts_a_new_spell(administration, course_tree, mailoutbox):
    learner = officer(administration, course_tree, inactive_days=60)
    queue_due_reminders()
    Enrolment.objects.filter(user=learner).update(last_activity_at=timezone.now() - timedelta(days=30))
    queue_due_reminders()
    queue_due_reminders()

    assert recipients(mailoutbox) == [learner.email, learner.email]


def test_the_course_setting_decides_how_many_days_and_zero_turns_it_off(administration, course_tree, mailoutbox):
    officer(administration, course_tree, inactive_days=20)
    course_tree.course.reminder_after_days = 30
    course_tree.course.save_revision().publish()
    queue_due_reminders()
    assert mailoutbox == []

    course_tree.course.reminder_after_days = 0
    course_tree.course.save_revision().publish()
    Enrolment.objects.update(enrolled_at=timezone.now() - timedelta(days=400))
    queue_due_reminders()
    assert mailoutbox == []


def test_opted_out_learners_get_none_even_when_already_queued(administration, course_tree, mailoutbox):
    officer(administration, course_tree, inactive_days=20, learning_reminders=False)
    queued_then_opted_out = officer(administration, course_tree, inactive_days=20)
    enrolment = Enrolment.objects.get(user=queued_then_opted_out)
    reminder = LearningReminder.objects.create(
        kind=LearningReminder.Kind.INACTIVE,
        user=queued_then_opted_out,
        enrolment=enrolment,
        inactive_since=enrolment.enrolled_at,
    )
    type(queued_then_opted_out).objects.filter(pk=queued_then_opted_out.pk).update(learning_reminders=False)

    send_learning_reminder.call(reminder_id=reminder.pk)
    queue_due_reminders()

    assert mailoutbox == []


def test_certificates_expiring_within_30_days_get_one_reminder(administration, course_tree, mailoutbox):
    now = timezone.now()
    expiring = officer(administration, course_tree, email="expiring@customs.example")
    CertificateFactory(
        user=expiring, course_key=course_tree.course.translation_key, expires_at=now + timedelta(days=10)
    )
    later = officer(administration, course_tree, email="later@customs.example")
    CertificateFactory(user=later, course_key=course_tree.course.translation_key, expires_at=now + timedelta(days=45))
    expired = officer(administration, course_tree, email="expired@customs.example")
    CertificateFactory(user=expired, course_key=course_tree.course.translation_key, expires_at=now - timedelta(days=1))
    revoked = officer(administration, course_tree, email="revoked@customs.example")
    CertificateFactory(
        user=revoked,
        course_key=course_tree.course.translation_key,
        expires_at=now + timedelta(days=10),
        revoked_at=now,
        revocation_reason="Obtained by fraud",
    )
    renewed = officer(administration, course_tree, email="renewed@customs.example")
    CertificateFactory(
        user=renewed,
        course_key=course_tree.course.translation_key,
        issued_at=now - timedelta(days=700),
        expires_at=now + timedelta(days=20),
    )
    CertificateFactory(
        user=renewed, course_key=course_tree.course.translation_key, expires_at=now + timedelta(days=730)
    )

    queue_due_reminders()
    queue_due_reminders()

    assert recipients(mailoutbox) == [expiring.email]
    assert "expires on" in mailoutbox[0].subject


def test_the_email_is_in_the_learners_language(administration, course_tree, mailoutbox):
    officer(administration, course_tree, inactive_days=20, preferred_language="fr")

    queue_due_reminders()

    body = mailoutbox[0].body
    assert "Pour ne plus recevoir de rappels" in body
    assert f"{SITE}/fr/learn/reminders/stop/" in body


def test_the_opt_out_link_works_without_login_and_at_once(administration, course_tree, mailoutbox):
    learner = officer(administration, course_tree, inactive_days=20)
    queue_due_reminders()
    path = opt_out_path(mailoutbox[0])
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(path)
    assert page.status_code == 200
    assert "Stop reminder emails" in page.content.decode()
    learner.refresh_from_db()
    assert learner.learning_reminders  # opening the link (or a mail scanner doing so) changes nothing

    assert visitor.post(path).status_code == 403  # a form posted from elsewhere, without the CSRF token
    done = visitor.post(path, {"csrfmiddlewaretoken": visitor.cookies["csrftoken"].value})
    assert done.status_code == 200
    assert "Reminder emails stopped" in done.content.decode()
    learner.refresh_from_db()
    assert not learner.learning_reminders

    Enrolment.objects.filter(user=learner).update(last_activity_at=timezone.now() - timedelta(days=30))
    queue_due_reminders()
    assert len(mailoutbox) == 1


def test_the_opt_out_link_is_tamper_proof(administration, course_tree):
    learner = officer(administration, course_tree)
    other = officer(administration, course_tree)
    token = opt_out_token(learner)
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    forged = signing.dumps(other.pk, salt="another-salt")
    # The other learner's id with the first learner's signature.
    swapped = signing.b64_encode(str(other.pk).encode()).decode() + ":" + token.split(":", 1)[1]

    for bad in (altered, forged, swapped, "nonsense"):
        response = Client().post(reverse("elearning:reminder_opt_out", args=[bad]))
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    learner.refresh_from_db()
    other.refresh_from_db()
    assert learner.learning_reminders and other.learning_reminders


@override_settings(LANGUAGE_CODE="en")
def test_learners_change_the_setting_on_their_profile(administration, client):
    learner = officer(administration, None)
    client.force_login(learner)
    form = {
        "first_name": learner.first_name,
        "last_name": learner.last_name,
        "administration": administration.pk,
        "preferred_language": "en",
    }
    assert "learning_reminders" in client.get(reverse("accounts:profile")).content.decode()

    client.post(reverse("accounts:profile"), form)  # the box unticked
    learner.refresh_from_db()
    assert not learner.learning_reminders

    client.post(reverse("accounts:profile"), {**form, "learning_reminders": "on"})
    learner.refresh_from_db()
    assert learner.learning_reminders
