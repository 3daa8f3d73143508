"""Accommodation and reminder opt-out pages in a real browser, each checked with axe."""

import json
import re

import pytest
from django.core.cache import cache

from accounts.factories import KNOWN_PASSWORD, PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, LEARNERS
from elearning.factories import build_course
from elearning.learner_progress import enrol
from elearning.models import Accommodation
from elearning.reminders import opt_out_token
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def people(live_server):
    cache.clear()
    tree = build_course(lesson_count=1, title="Integrity at the Border", assessment_fields={"time_limit_minutes": 20})
    administration = PartnerAdministrationFactory(name="Norvania Customs")
    learner = add_to_role(UserFactory(email="officer@norvania.example", administration=administration), LEARNERS)
    coordinator = add_to_role(UserFactory(email="coord@norvania.example", administration=administration), COORDINATORS)
    enrol(learner, tree.course)
    yield tree, learner, coordinator
    cache.clear()


def assert_accessible(page, name):
    violations = serious_violations(page)
    record_result(f"accommodations: {name}", violations)
    assert not violations, f"{name}:\n{json.dumps(violations, indent=2)}"


def log_in(page, base_url, email):
    page.context.clear_cookies()
    page.goto(f"{base_url}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", KNOWN_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_a_coordinator_grants_extra_time_and_the_learner_sees_it(page, live_server, people):
    tree, learner, coordinator = people
    base_url = live_server.url
    log_in(page, base_url, coordinator.email)

    page.goto(f"{base_url}/en/learn/reports/learners/{learner.pk}/")
    assert_accessible(page, "learner report")
    page.get_by_role("link", name="Grant an accommodation").click()
    page.wait_for_url(re.compile(r"/accommodations/new/$"))
    assert_accessible(page, "grant form")

    page.get_by_label("Course").select_option(label="Integrity at the Border")
    page.get_by_label("Extra time (% of the time limit)").fill("5000")
    page.get_by_label("Reason").fill("Uses a screen reader")
    page.get_by_role("button", name="Grant").click()
    page.wait_for_load_state()
    assert page.get_by_text("Ensure this value is less than or equal to 900.").is_visible()
    assert_accessible(page, "grant form with errors")
    assert not Accommodation.objects.exists()

    page.get_by_label("Extra time (% of the time limit)").fill("50")
    page.get_by_role("button", name="Grant").click()
    page.wait_for_url(re.compile(rf"/learn/reports/learners/{learner.pk}/$"))
    assert page.get_by_text("+50 % time").first.is_visible()
    assert_accessible(page, "learner report with an accommodation")

    page.goto(f"{base_url}/en/learn/accommodations/?show=all")
    assert page.get_by_text("Uses a screen reader").is_visible()
    assert_accessible(page, "accommodation list")

    log_in(page, base_url, learner.email)
    page.goto(base_url + tree.assessment.url)
    assert page.get_by_text("you have 30 minutes per attempt instead of 20").is_visible()
    assert_accessible(page, "assessment page with an accommodation")


def test_the_reminder_opt_out_pages_work_without_login(page, live_server, people):
    _tree, learner, _coordinator = people
    page.context.clear_cookies()

    page.goto(f"{live_server.url}/en/learn/reminders/stop/{opt_out_token(learner)}/")
    assert_accessible(page, "reminder opt-out confirmation")
    page.get_by_role("button", name="Stop reminder emails").click()
    page.get_by_role("heading", name="Reminder emails stopped").wait_for()
    assert_accessible(page, "reminder opt-out done")
    learner.refresh_from_db()
    assert not learner.learning_reminders

    response = page.goto(f"{live_server.url}/en/learn/reminders/stop/not-a-token/")
    assert response.status == 400
    assert_accessible(page, "reminder opt-out with a broken link")
