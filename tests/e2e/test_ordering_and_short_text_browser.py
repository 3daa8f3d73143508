"""A learner answers an ordering and a short text question in a real browser: keyboard move buttons, typing, review.

Also the same ordering answered without JavaScript, through the position selects alone.
"""

import json
import re
import uuid
from urllib.parse import quote

import pytest
from django.core.cache import cache

from accounts.factories import KNOWN_PASSWORD, UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import build_course, ordering, short_text
from elearning.learner_progress import enrol
from elearning.models import QuizAttempt, ReviewPolicy

from .axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

STEPS = ["Decline the offer", "Write down what happened", "Tell your supervisor", "File the integrity report"]


@pytest.fixture
def learner_and_assessment(transactional_db):
    cache.clear()
    tree = build_course(
        lesson_count=0,
        assessment_fields={
            "questions": [
                ordering("Put the steps in order.", STEPS),
                short_text("Which declaration sets the key factors?", ["Déclaration d'Arusha"]),
            ],
            "shuffle_questions": False,
            "review_policy": ReviewPolicy.FEEDBACK,
            "hold_review_until_final": False,
        },
    )
    learner = add_to_role(UserFactory(email="ordering.learner@customs.example"), LEARNERS)
    enrol(learner, tree.course)
    yield learner, tree.assessment
    cache.clear()


def assert_accessible(page, name):
    violations = serious_violations(page)
    record_result(f"e-learning: {name}", violations)
    assert not violations, f"{name}:\n{json.dumps(violations, indent=2)}"


def log_in_and_start(page, base_url, learner, assessment):
    # Asked for by the page (?next=), the assessment wins over the learner's usual landing page.
    page.goto(f"{base_url}/en/accounts/login/?next={quote(assessment.url)}")
    page.fill("input[name=login]", learner.email)
    page.fill("input[name=password]", KNOWN_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base_url + assessment.url)
    page.get_by_role("button", name=re.compile("^Start")).click()
    page.wait_for_url(re.compile(r"/learn/attempts/[0-9a-f-]+/$"))
    return QuizAttempt.objects.get(pk=uuid.UUID(page.url.rstrip("/").rsplit("/", 1)[1]))


def shown_steps(page):
    return [text.strip() for text in page.locator(".ordering__step label").all_inner_texts()]


def finish(page, typed):
    page.get_by_label("Your answer").fill(typed)
    page.get_by_role("button", name="Submit my answers").click()
    page.wait_for_url(re.compile(r"/result/$"))
    return page.locator(".result__verdict").inner_text()


def test_the_move_buttons_order_the_steps_with_the_keyboard(page, live_server, learner_and_assessment):
    learner, assessment = learner_and_assessment
    attempt = log_in_and_start(page, live_server.url, learner, assessment)
    assert sorted(shown_steps(page)) == sorted(STEPS) and shown_steps(page) != STEPS
    assert_accessible(page, "attempt with ordering and short text")

    for target, text in enumerate(STEPS):
        while shown_steps(page).index(text) > target:
            page.get_by_role("button", name=f"Move up: {text}").focus()
            page.keyboard.press("Enter")
    assert shown_steps(page) == STEPS
    assert page.locator(".ordering select").evaluate_all("selects => selects.map(s => s.value)") == ["1", "2", "3", "4"]
    assert page.evaluate("document.activeElement.textContent") == "Move up"

    verdict = finish(page, "  declaration D'ARUSHA ")

    assert "✓ Passed" in verdict and "Your score: 100%" in verdict
    assert page.locator(".review").get_by_text("Accepted answers: Déclaration d'Arusha").count() == 1
    assert_accessible(page, "result with ordering and short text")
    attempt.refresh_from_db()
    assert attempt.score == 100


def test_without_javascript_the_position_selects_answer_alone(browser, live_server, learner_and_assessment):
    learner, assessment = learner_and_assessment
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in_and_start(page, live_server.url, learner, assessment)
        assert page.locator(".ordering__move").count() == 0
        for position, text in enumerate(STEPS, start=1):
            page.get_by_label(text).select_option(str(position % len(STEPS) + 1))  # every step one place late

        verdict = finish(page, "Arusha")

        # The order 4 1 2 3 keeps two of the three pairs (1-2, 2-3): 2/3 for the steps, nothing for the text.
        assert "Your score: 33.3%" in verdict  # scores are shown cut to one decimal (home/locale_format.py)
    finally:
        context.close()
