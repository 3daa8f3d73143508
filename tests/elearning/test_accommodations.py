"""Accommodations: who may grant them, what they change, and where they show."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, LEARNERS, MODERATORS
from elearning.allowances import grant_accommodation, learner_allowance
from elearning.factories import answer_form_data
from elearning.learner_progress import enrol
from elearning.models import Accommodation, QuizAttempt
from tests.query_counts import queries_for

from .conftest import start_attempt


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def coordinator(administration):
    return add_to_role(UserFactory(email="coord@norvania.example", administration=administration), COORDINATORS)


@pytest.fixture
def moderator(db):
    return add_to_role(UserFactory(email="secretariat@wco.example"), MODERATORS)


@pytest.fixture
def outsider(course_tree):
    other = PartnerAdministrationFactory(name="Kasoria Customs")
    user = add_to_role(UserFactory(first_name="Zed", last_name="Outsider", administration=other), LEARNERS)
    enrol(user, course_tree.course)
    return user


def grant_url(learner):
    return reverse("elearning:grant_accommodation", args=[learner.pk])


def grant_form(course_tree, **values):
    return {
        "course": str(course_tree.course.translation_key),
        "extra_time_percent": 0,
        "extra_time_minutes": 0,
        "extra_attempts": 0,
        "reason": "Dyslexia; assessed by the HR medical service.",
        **values,
    }


def set_assessment(course_tree, **fields):
    for name, value in fields.items():
        setattr(course_tree.assessment, name, value)
    course_tree.assessment.save_revision().publish()


def test_extra_time_lengthens_the_server_deadline_of_attempts_started_afterwards(
    learner_client, enrolled_learner, course_tree, coordinator
):
    set_assessment(course_tree, time_limit_minutes=30, attempt_limit=0)
    _response, before = start_attempt(learner_client, course_tree.assessment)
    assert before.deadline == before.started_at + timedelta(minutes=30)

    response = logged_in(coordinator).post(
        grant_url(enrolled_learner), grant_form(course_tree, extra_time_percent=50, extra_time_minutes=5)
    )
    assert response.status_code == 302
    before.refresh_from_db()
    assert before.deadline == before.started_at + timedelta(minutes=30)  # a running attempt keeps its time

    learner_client.post(
        reverse("elearning:attempt", args=[before.pk]), answer_form_data(before.snapshot, correct=False)
    )
    _response, after = start_attempt(learner_client, course_tree.assessment)
    assert after.deadline == after.started_at + timedelta(minutes=30 + 15 + 5)


def test_no_time_limit_removes_the_deadline(learner_client, enrolled_learner, course_tree, moderator):
    set_assessment(course_tree, time_limit_minutes=30)
    logged_in(moderator).post(grant_url(enrolled_learner), grant_form(course_tree, no_time_limit="on"))

    _response, attempt = start_attempt(learner_client, course_tree.assessment)

    assert attempt.deadline is None


def test_extra_attempts_raise_the_limit(learner_client, enrolled_learner, course_tree, moderator):
    set_assessment(course_tree, attempt_limit=1)
    _response, first = start_attempt(learner_client, course_tree.assessment)
    learner_client.post(reverse("elearning:attempt", args=[first.pk]), answer_form_data(first.snapshot, correct=False))
    _response, refused = start_attempt(learner_client, course_tree.assessment)
    assert refused is None

    response = logged_in(moderator).post(grant_url(enrolled_learner), grant_form(course_tree, extra_attempts=1))
    assert response.status_code == 302

    _response, second = start_attempt(learner_client, course_tree.assessment)
    assert second is not None and second.number == 2
    learner_client.post(
        reverse("elearning:attempt", args=[second.pk]), answer_form_data(second.snapshot, correct=False)
    )
    _response, third = start_attempt(learner_client, course_tree.assessment)
    assert third is None
    assert QuizAttempt.objects.filter(user=enrolled_learner).count() == 2


def test_a_coordinator_cannot_grant_outside_their_administration(coordinator, outsider, course_tree):
    client = logged_in(coordinator)

    assert client.get(grant_url(outsider)).status_code == 404
    assert client.post(grant_url(outsider), grant_form(course_tree, extra_attempts=2)).status_code == 404
    assert not Accommodation.objects.exists()


def test_a_coordinator_cannot_revoke_outside_their_administration(coordinator, outsider, moderator, course_tree):
    accommodation = grant_accommodation(
        outsider, course_tree.course.translation_key, moderator, reason="Granted by the secretariat", extra_attempts=1
    )

    response = logged_in(coordinator).post(reverse("elearning:revoke_accommodation", args=[accommodation.pk]))

    assert response.status_code == 404
    accommodation.refresh_from_db()
    assert accommodation.revoked_at is None


def test_moderators_grant_to_any_administration(moderator, outsider, course_tree):
    response = logged_in(moderator).post(grant_url(outsider), grant_form(course_tree, extra_time_minutes=20))

    assert response.status_code == 302
    accommodation = Accommodation.objects.get()
    assert (accommodation.user, accommodation.granted_by, accommodation.extra_time_minutes) == (outsider, moderator, 20)
    assert accommodation.reason == "Dyslexia; assessed by the HR medical service."


def test_a_learner_cannot_grant_anyone_or_themselves(learner_client, enrolled_learner, course_tree, outsider):
    assert (
        learner_client.post(grant_url(enrolled_learner), grant_form(course_tree, extra_attempts=5)).status_code == 403
    )
    assert learner_client.post(grant_url(outsider), grant_form(course_tree, extra_attempts=5)).status_code == 403
    assert learner_client.get(reverse("elearning:accommodations")).status_code == 403
    assert not Accommodation.objects.exists()


def test_a_coordinator_cannot_grant_themselves(coordinator, course_tree):
    enrol(coordinator, course_tree.course)

    response = logged_in(coordinator).post(grant_url(coordinator), grant_form(course_tree, extra_attempts=1))

    assert response.status_code == 403
    assert not Accommodation.objects.exists()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"extra_time_minutes": -5}, "greater than or equal to 0"),
        ({"extra_time_percent": 5000}, "less than or equal to 900"),
        ({"extra_attempts": "many"}, "Enter a whole number."),
        ({"course": "00000000-0000-0000-0000-000000000000", "extra_attempts": 1}, "Select a valid choice."),
        ({"reason": "", "extra_attempts": 1}, "This field is required."),
        ({}, "Give extra time, no time limit or extra attempts."),
    ],
)
def test_bad_input_is_a_400_with_a_message_and_writes_nothing(
    enrolled_learner, coordinator, course_tree, values, message
):
    response = logged_in(coordinator).post(grant_url(enrolled_learner), grant_form(course_tree, **values))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Accommodation.objects.exists()


def test_an_unknown_learner_is_not_found(coordinator, course_tree):
    response = logged_in(coordinator).post(
        reverse("elearning:grant_accommodation", args=[999999]), grant_form(course_tree)
    )

    assert response.status_code == 404


def test_a_new_grant_replaces_the_one_in_force_and_revoking_keeps_the_history(
    enrolled_learner, coordinator, course_tree, learner_client
):
    client = logged_in(coordinator)
    client.post(grant_url(enrolled_learner), grant_form(course_tree, extra_attempts=1, reason="First"))
    client.post(grant_url(enrolled_learner), grant_form(course_tree, extra_attempts=3, reason="Second"))
    first, second = Accommodation.objects.order_by("pk")
    assert first.revoked_at is not None and first.revoked_by == coordinator
    assert second.revoked_at is None
    assert learner_allowance(enrolled_learner, course_tree.course.translation_key).extra_attempts == 3

    response = client.post(reverse("elearning:revoke_accommodation", args=[second.pk]))

    assert response.status_code == 302
    second.refresh_from_db()
    assert second.revoked_at is not None and second.revoked_by == coordinator
    assert learner_allowance(enrolled_learner, course_tree.course.translation_key).is_empty
    assert Accommodation.objects.count() == 2
    history = client.get(reverse("elearning:learner_report", args=[enrolled_learner.pk])).content.decode()
    assert "First" in history and "Second" in history and "Revoked on" in history


def test_the_learner_sees_their_allowance_before_starting(learner_client, enrolled_learner, course_tree, coordinator):
    set_assessment(course_tree, time_limit_minutes=20, attempt_limit=3)
    page = learner_client.get(course_tree.assessment.url).content.decode()
    assert "Your accommodation for this course" not in page
    assert "Need more time?" in page

    logged_in(coordinator).post(
        grant_url(enrolled_learner), grant_form(course_tree, extra_time_percent=50, extra_attempts=2)
    )
    page = learner_client.get(course_tree.assessment.url).content.decode()

    assert "Your accommodation for this course" in page
    assert "you have 30 minutes per attempt instead of 20" in page
    assert "2 extra attempts: you may make 5 in all." in page
    assert "Dyslexia" not in page  # the reason is for the record, not for the learner


def test_the_reports_show_accommodations(enrolled_learner, coordinator, course_tree):
    client = logged_in(coordinator)
    client.post(grant_url(enrolled_learner), grant_form(course_tree, extra_time_percent=25, extra_attempts=1))
    key = course_tree.course.translation_key

    course_report = client.get(reverse("elearning:course_report", args=[key])).content.decode()
    learner_report = client.get(reverse("elearning:learner_report", args=[enrolled_learner.pk])).content.decode()
    listing = client.get(reverse("elearning:accommodations")).content.decode()
    export = client.get(reverse("elearning:course_report_export", args=[key])).content.decode("utf-8-sig")

    for html in (course_report, learner_report, listing):
        assert "+25 % time, 1 extra attempt" in html
    assert "Dyslexia; assessed by the HR medical service." in learner_report and listing
    assert "Accommodation" in export.splitlines()[0]
    assert "+25 % time, 1 extra attempt" in export


def test_the_accommodation_list_and_course_report_cost_the_same_for_one_or_many(
    administration, coordinator, moderator, course_tree
):
    client = logged_in(coordinator)
    key = course_tree.course.translation_key

    pages = [reverse("elearning:accommodations"), reverse("elearning:course_report", args=[key])]

    def add_learners(count):
        for _ in range(count):
            learner = add_to_role(UserFactory(administration=administration), LEARNERS)
            enrol(learner, course_tree.course)
            grant_accommodation(learner, key, moderator, reason="Needs more time", extra_time_minutes=10)
            grant_accommodation(learner, key, moderator, reason="More still", extra_time_minutes=20)

    add_learners(1)
    one = [queries_for(client, url) for url in pages]
    add_learners(6)
    many = [queries_for(client, url) for url in pages]
    with_history = queries_for(client, pages[0] + "?show=all")

    assert many == one
    assert with_history == one[0]
    assert "+20 min" in client.get(pages[1]).content.decode()
