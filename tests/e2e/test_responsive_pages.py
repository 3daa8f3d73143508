"""Every page type fits a phone: 320, 375, 768 and 1280 px wide, in English, French and Spanish.

On each page type and width: nothing is wider than the viewport, and every
control a finger aims at (buttons, fields, summaries, navigation links) is at
least 24 px high (WCAG 2.2, 2.5.8). On the practice listing at 375 px the first
result starts within the first screen and a half. Screenshots of every page type
at 375 and 1280 px go to $TEST_ARTIFACTS_DIR/screenshots/pages/ for review.

The header's own height is checked with the header's tests, not here. The demo
site is built once, and one browser context per language visits every page
type at every width, so the whole matrix is one test.
"""

import json
import re
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from elearning.demo.steps import record_attempts
from elearning.models import AssessmentPage, CourseIndexPage, CoursePage, Enrolment, LessonPage, QuizAttempt
from elearning.quiz import draw_snapshot
from knowledgebase.models import GuidePage, GuideSectionPage, PracticeIndexPage, PracticePage
from tests.e2e.conftest import BROWSER_PATIENCE_MS, screenshot_dir
from tests.e2e.test_accessibility import DEMO_EMAIL, SEARCH_WORDS, first_url, log_in_as

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["en", "fr", "es"]
WIDTHS = [320, 375, 768, 1280]
SCREENSHOT_WIDTHS = {375, 1280}
PHONE_HEIGHT = 812
MIN_TARGET_PX = 24
# What a finger aims at. Links inside running text are exempt (WCAG 2.5.8 "inline").
TARGETS = "button, select, summary, input:not([type=hidden]), .button, nav a"

MEASURE = """(selector) => {
    const targets = [];
    for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (!box.width || !box.height || style.visibility === "hidden") continue;
        if (element.closest("details:not([open])") && element.tagName !== "SUMMARY") continue;
        if (element.closest(".visually-hidden")) continue;
        if (Math.min(box.width, box.height) < 24) {
            const name = (element.textContent || element.name || "").trim().slice(0, 40);
            const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
            targets.push(`${element.tagName.toLowerCase()} "${name}" ${size}`);
        }
    }
    return {width: document.documentElement.scrollWidth, viewport: window.innerWidth, small: targets};
}"""


@pytest.fixture
def demo_site(transactional_db, live_server, monkeypatch):
    """The demo site, plus a passed attempt (so a result page and a certificate) and an open one for the learner."""
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_demo_content", verbosity=0)
    learner = get_user_model().objects.get(email=DEMO_EMAIL.format(role="learner"))
    course = CoursePage.objects.live().filter(locale__language_code="en").order_by("path").first()
    assessment = AssessmentPage.objects.live().descendant_of(course).first()
    enrolment = Enrolment.objects.get(user=learner, course_key=course.translation_key)
    questions = len(draw_snapshot(assessment, course)["questions"])
    record_attempts(learner, course, assessment, enrolment, [questions], timezone.now() - timedelta(hours=1))
    passed = QuizAttempt.objects.get(user=learner)
    open_attempt = QuizAttempt.objects.create(
        user=learner,
        course_key=course.translation_key,
        assessment=assessment,
        number=2,
        idempotency_key=uuid.uuid4(),
        language="en",
        started_at=timezone.now(),
        snapshot=draw_snapshot(assessment, course),
    )
    return {"result": passed.pk, "attempt": open_attempt.pk}


def page_types(language, attempts):
    """{role: {page type: path}}; a role of None is a visitor."""
    sections = GuideSectionPage.objects.live().filter(locale__language_code=language).order_by("path")
    if not sections.exists():  # the demo's guide is in English and French only
        sections = GuideSectionPage.objects.live().filter(locale__language_code="en").order_by("path")
    listing = first_url(PracticeIndexPage, language)
    return {
        None: {
            "home": f"/{language}/",
            "course catalogue": first_url(CourseIndexPage, language),
            "course": first_url(CoursePage, language),
            "guide index": first_url(GuidePage, language),
            "guide section": (sections.filter(slug="leadership-and-commitment").first() or sections.first()).url,
            "practice listing": listing,
            "practice listing with a search": f"{listing}?q={SEARCH_WORDS[language]}",
            "practice": first_url(PracticePage, language, visibility="public"),
            "site search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
            "login": f"/{language}/accounts/login/",
            "sign-up": f"/{language}/accounts/signup/",
        },
        "learner": {
            "lesson": first_url(LessonPage, language),
            "attempt": f"/{language}/learn/attempts/{attempts['attempt']}/",
            "result": f"/{language}/learn/attempts/{attempts['result']}/result/",
            "dashboard": f"/{language}/learn/",
            "profile": f"/{language}/profile/",
        },
        "coordinator": {
            "practice form": f"/{language}/knowledge-base/practices/new/",
            "reports": f"/{language}/learn/reports/",
        },
    }


def screenshot_path(language, page_type, width):
    folder = screenshot_dir() / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{re.sub(r'[^a-z0-9]+', '-', page_type)}-{language}-{width}.png"


def check_page(page, url, page_type, language, problems):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": PHONE_HEIGHT})
        response = page.goto(url)
        where = f"{page_type} [{language}] at {width} px"
        if response.status != 200:
            problems[where] = f"answered {response.status}"
            continue
        measured = page.evaluate(MEASURE, TARGETS)
        if measured["width"] > measured["viewport"]:
            problems[f"{where}: wider than the viewport"] = f"{measured['width']} > {measured['viewport']}"
        if measured["small"]:
            problems[f"{where}: targets under {MIN_TARGET_PX} px"] = measured["small"]
        if page_type.startswith("practice listing") and width == 375:
            top = page.locator(".listing-results article").first.bounding_box()["y"]
            if top > 1.5 * PHONE_HEIGHT:
                problems[f"{where}: first result"] = f"starts {top:.0f} px down, past 1.5 screens"
        if width in SCREENSHOT_WIDTHS:
            page.screenshot(path=str(screenshot_path(language, page_type, width)), full_page=True)


def test_every_page_type_fits_every_width_in_every_language(browser, live_server, demo_site):
    problems = {}
    for language in LANGUAGES:
        context = browser.new_context(locale=language)
        page = context.new_page()
        page.set_default_timeout(BROWSER_PATIENCE_MS)
        for role, pages in page_types(language, demo_site).items():
            if role:
                log_in_as(page, live_server.url, language, role)
            for page_type, path in pages.items():
                check_page(page, live_server.url + path, page_type, language, problems)
        context.close()
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
