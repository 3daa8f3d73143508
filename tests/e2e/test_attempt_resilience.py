"""An attempt survives a bad connection: answers saved as the learner goes, shown again, marked at the deadline.

The learner answers half the questions, closes the page, loses the
connection (the browser context goes offline), answers one more while
offline, comes back online, and finds every answer on the page. Then time
runs out with the page closed, and the server marks the saved answers. The
deadline is moved on the server, never waited for.
"""

import json
import re
import uuid
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from accounts.factories import KNOWN_PASSWORD, UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import build_course
from elearning.learner_progress import complete_lesson, enrol
from elearning.models import QuizAttempt
from elearning.quiz_attempts import SUBMISSION_GRACE
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SAVED = re.compile(r"Your answers were saved at")


@pytest.fixture
def timed_assessment(live_server):
    """A one-minute assessment, its questions in pool order, and a learner ready to take it."""
    cache.clear()
    tree = build_course(lesson_count=1, assessment_fields={"shuffle_questions": False, "time_limit_minutes": 1})
    learner = add_to_role(UserFactory(email="unstable.link@customs.example"), LEARNERS)
    enrolment, _created = enrol(learner, tree.course)
    complete_lesson(learner, enrolment, tree.lessons[0])
    yield learner, tree.assessment
    cache.clear()


def log_in(page, base_url, email):
    page.goto(f"{base_url}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", KNOWN_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def start(page, base_url, assessment):
    page.goto(base_url + assessment.url)
    page.get_by_role("button", name=re.compile("^Start")).click()
    page.wait_for_url(re.compile(r"/learn/attempts/[0-9a-f-]+/$"))
    return QuizAttempt.objects.get(pk=uuid.UUID(page.url.rstrip("/").rsplit("/", 1)[1]))


def move_deadline(attempt, moment):
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=moment)


def answer_correctly(page, question):
    for option in question["options"]:
        if option["correct"]:
            page.locator(f'input[name="q-{question["id"]}"][value="{option["id"]}"]').check()


def wait_until_saved(page, attempt, questions):
    """Poll the server's record until it holds these questions' answers (the save is debounced)."""
    for _ in range(600):
        attempt.refresh_from_db()
        if all(attempt.responses.get(question["id"]) for question in questions):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"answers never reached the server: {attempt.responses}")


def correct_option_ids(question):
    return [option["id"] for option in question["options"] if option["correct"]]


def test_answers_survive_a_closed_page_and_a_lost_connection_and_are_marked_at_the_deadline(
    page, live_server, timed_assessment
):
    learner, assessment = timed_assessment
    log_in(page, live_server.url, learner.email)
    attempt = start(page, live_server.url, assessment)
    move_deadline(attempt, timezone.now() + timedelta(minutes=30))  # room for a slow machine; moved back below
    page.reload()
    single, multiple, true_false, _matching = attempt.snapshot["questions"]

    answer_correctly(page, single)
    answer_correctly(page, multiple)
    page.get_by_role("status").filter(has_text=SAVED).wait_for()
    wait_until_saved(page, attempt, [single, multiple])
    attempt_url = page.url
    page.close()

    context = page.context
    context.set_offline(True)
    offline_page = context.new_page()
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        offline_page.goto(attempt_url)
    offline_page.close()
    context.set_offline(False)

    page = context.new_page()
    page.goto(attempt_url)
    for question in (single, multiple):
        for option in question["options"]:
            box = page.locator(f'input[name="q-{question["id"]}"][value="{option["id"]}"]')
            assert box.is_checked() == option["correct"], (question["prompt"], option["text"])

    # Offline again while answering: nothing is lost, the save waits for the connection.
    context.set_offline(True)
    answer_correctly(page, true_false)
    page.get_by_role("status").filter(has_text="Not saved yet: no connection.").wait_for()
    context.set_offline(False)
    page.get_by_role("status").filter(has_text=SAVED).wait_for()
    attempt.refresh_from_db()
    assert attempt.is_open
    assert attempt.responses[true_false["id"]] == correct_option_ids(true_false)

    violations = serious_violations(page)
    record_result("e-learning: attempt page with saved answers", violations)
    assert not violations, json.dumps(violations, indent=2)
    page.close()

    # Time runs out while the page is closed: the server marks what was saved.
    deadline = timezone.now() - SUBMISSION_GRACE - timedelta(seconds=5)
    move_deadline(attempt, deadline)
    page = context.new_page()
    page.goto(attempt_url)
    page.wait_for_url(re.compile(r"/result/$"))
    assert "your answers saved before the deadline were marked" in page.locator("main").inner_text()

    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED and attempt.marked_at_deadline
    assert attempt.submitted_at == deadline
    for question in (single, multiple, true_false):
        assert attempt.responses[question["id"]] == correct_option_ids(question)
    # Three one-point questions right, the two-point matching one unanswered: 3 / 5.
    assert attempt.score == 60


def test_the_countdown_submits_the_answers_at_zero(page, live_server, timed_assessment):
    learner, assessment = timed_assessment
    log_in(page, live_server.url, learner.email)
    attempt = start(page, live_server.url, assessment)
    move_deadline(attempt, timezone.now() + timedelta(minutes=30))
    page.reload()
    single = attempt.snapshot["questions"][0]
    answer_correctly(page, single)
    wait_until_saved(page, attempt, [single])

    move_deadline(attempt, timezone.now() + timedelta(seconds=3))
    page.reload()
    page.wait_for_url(re.compile(r"/result/$"))  # nobody clicked: the countdown submitted the form

    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED
    assert attempt.responses[single["id"]] == correct_option_ids(single)
