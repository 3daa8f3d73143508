"""Every page type fits a phone: 320, 375, 768 and 1280 px wide, in English, French and Spanish.

On each page type and width:

- nothing is wider than the viewport (`scrollWidth <= innerWidth`);
- every control a finger aims at (buttons, form controls, summaries, menu,
  navigation and footer links, standalone links such as a guide's
  table of contents) is at least 24 px in both directions (WCAG 2.2, 2.5.8);
  links inside running text (a sentence, a paragraph, a list item of prose)
  are exempt, as the criterion allows;
- on phones (320 and 375 px) the closed header takes at most a quarter of the
  screen's height;
- on the practice listing at 375 px the first result starts within the
  first screen and a half.

Screenshots of every page type at 375 and 1280 px go to
$TEST_ARTIFACTS_DIR/responsive/ (default test-artifacts/responsive/), for
review in CI's artifacts.

The demo is restored once per test (`demo_rows`, see tests/e2e/conftest.py)
and each test visits many pages, collecting every problem before it asserts,
so a run costs a handful of database reloads, not one per page.
"""

import json
import os
import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from elearning.demo.steps import record_attempts
from elearning.models import AssessmentPage, CourseIndexPage, CoursePage, Enrolment, LessonPage, QuizAttempt
from elearning.quiz import draw_snapshot
from home.models import StandardPage
from knowledgebase.models import GuideChapterPage, GuidePage, GuideSectionPage, PracticeIndexPage
from tests.e2e.conftest import BROWSER_PATIENCE_MS
from tests.e2e.test_accessibility import DEMO_EMAIL, SEARCH_WORDS, log_in_as, practice_url, translated_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ("en", "fr", "es")
WIDTHS = (320, 375, 768, 1280)
PHONES = {320: 640, 375: 812}  # width: height
SCREEN_HEIGHT = {320: 640, 375: 812, 768: 1024, 1280: 900}
SCREENSHOT_WIDTHS = {375, 1280}
MIN_TARGET_PX = 24

# What a finger aims at. A link is a target unless it sits inside running text
# (WCAG 2.5.8's "inline" exception): that is decided per link in MEASURE.
TARGETS = "button, select, textarea, summary, input:not([type=hidden]), label:has(> input), a[href]"

MEASURE = """([selector, minTarget]) => {
    // A link is inline when it shares its line box with text: its block ancestor
    // (a paragraph, a list item, a cell...) has text of its own outside the link.
    const inRunningText = (link) => {
        if (link.closest("nav, footer, .site-header, .button, .card__title, .toc, .pagination")) return false;
        if (link.classList.contains("button") || link.classList.contains("standalone-link")) return false;
        let block = link.parentElement;
        while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
        if (!block) return false;
        const own = block.textContent.replace(link.textContent, "").trim();
        return own.length > 0;
    };
    const small = [];
    for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (!box.width || !box.height || style.visibility === "hidden") continue;
        if (element.closest("details:not([open])") && element.tagName !== "SUMMARY") continue;
        if (element.closest(".visually-hidden, [hidden], [aria-hidden=true]")) continue;
        if (element.tagName === "A" && inRunningText(element)) continue;
        // A radio or checkbox whose label wraps it is one target with its label.
        const choice = ["radio", "checkbox"].includes(element.type);
        if (element.tagName === "INPUT" && choice && element.closest("label")) continue;
        // A visually hidden control drawn by its label (a styled file input): the label is the target.
        if (box.width <= 1 && box.height <= 1) continue;
        if (Math.min(box.width, box.height) < minTarget) {
            const text = element.textContent || element.name || element.getAttribute("aria-label") || "";
            const name = text.trim().replace(/\\s+/g, " ").slice(0, 40);
            const kind = element.tagName.toLowerCase() + (element.type ? `[${element.type}]` : "");
            small.push(`${kind} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`);
        }
    }
    // What sticks out past the right edge: the innermost such elements, to say where to look.
    const sticking = [...document.body.querySelectorAll("*")].filter(element =>
        element.getBoundingClientRect().right > window.innerWidth + 0.5 &&
        ![...element.children].some(child => child.getBoundingClientRect().right > window.innerWidth + 0.5));
    const wide = sticking.slice(0, 3).map(element => {
        const name = [element.tagName.toLowerCase(), ...element.classList].join(".");
        return `${name} "${element.textContent.trim().slice(0, 30)}"`;
    });
    const header = document.querySelector(".site-header");
    const first = document.querySelector(".listing-results article, .listing-results li");
    return {
        width: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        header: header ? header.getBoundingClientRect().height : 0,
        firstResult: first ? first.getBoundingClientRect().top + window.scrollY : null,
        small: [...new Set(small)],
        wide,
    };
}"""


def artifacts_dir():
    return Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts")) / "responsive"


@pytest.fixture
def demo_site(demo_rows, transactional_db, live_server):
    """The demo site, fresh for each test, with a passed attempt (a result page) and an open one for the learner."""
    learner = get_user_model().objects.get(email=DEMO_EMAIL.format(role="learner"))
    course = CoursePage.objects.live().filter(locale__language_code="en").order_by("path").first()
    assessment = AssessmentPage.objects.live().descendant_of(course).first()
    enrolment = Enrolment.objects.get(user=learner, course_key=course.translation_key)
    questions = len(draw_snapshot(assessment, course)["questions"])
    QuizAttempt.objects.filter(user=learner).delete()
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
    return {"url": live_server.url, "result": passed.pk, "attempt": open_attempt.pk}


def visitor_pages(language):
    listing = translated_url(PracticeIndexPage, language)
    return {
        "home": f"/{language}/",
        "standard page": translated_url(StandardPage, language),
        "course catalogue": translated_url(CourseIndexPage, language),
        "course": translated_url(CoursePage, language),
        "guide": translated_url(GuidePage, language),
        "guide chapter": translated_url(GuideChapterPage, language),
        "guide section": translated_url(GuideSectionPage, language, slug="leadership-and-commitment"),
        "practice listing": listing,
        "practice listing with a search": f"{listing}?q={SEARCH_WORDS[language]}",
        "practice": practice_url(language, visibility="public"),
        "site search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
        "certificate lookup": f"/{language}/certificates/",
        "login": f"/{language}/accounts/login/",
        "sign-up": f"/{language}/accounts/signup/",
    }


def learner_pages(language, attempts):
    return {
        "lesson": translated_url(LessonPage, language),
        "assessment": translated_url(AssessmentPage, language),
        "quiz attempt": f"/{language}/learn/attempts/{attempts['attempt']}/",
        "quiz result": f"/{language}/learn/attempts/{attempts['result']}/result/",
        "learning dashboard": f"/{language}/learn/",
        "profile": f"/{language}/profile/",
    }


def coordinator_pages(language):
    return {
        "practice form": f"/{language}/knowledge-base/practices/new/",
        "my practices": f"/{language}/knowledge-base/my-practices/",
        "reports": f"/{language}/learn/reports/",
    }


def screenshot(page, page_type, language, width):
    folder = artifacts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{re.sub(r'[^a-z0-9]+', '-', page_type)}-{language}-{width}.png"
    page.screenshot(path=str(folder / name), full_page=True)


def check_pages(browser, base_url, language, pages, problems, role=None):
    """Visit every page at every width in one browser context; record each problem by page, language and width."""
    context = browser.new_context(locale=language)
    page = context.new_page()
    page.set_default_timeout(BROWSER_PATIENCE_MS)
    if role:
        log_in_as(page, base_url, language, role)
    for width in WIDTHS:
        height = SCREEN_HEIGHT[width]
        page.set_viewport_size({"width": width, "height": height})
        for page_type, path in pages.items():
            where = f"{page_type} [{language}] at {width} px"
            response = page.goto(base_url + path)
            if response.status != 200:
                problems[where] = f"{path} answered {response.status}"
                continue
            facts = page.evaluate(MEASURE, [TARGETS, MIN_TARGET_PX])
            if facts["width"] > facts["viewport"]:
                wide = f"{facts['width']} > {facts['viewport']} ({path})"
                problems[f"{where}: wider than the viewport"] = [wide, *facts["wide"]]
            if facts["small"]:
                problems[f"{where}: targets under {MIN_TARGET_PX} px"] = facts["small"]
            if width in PHONES and facts["header"] > height / 4:
                problems[f"{where}: header"] = f"{facts['header']:.0f} px, over a quarter of {height} px"
            if page_type == "practice listing" and width == 375:
                top = facts["firstResult"]
                if top is None or top > 1.5 * height:
                    problems[f"{where}: first result"] = f"starts at {top} px, past 1.5 screens ({1.5 * height:.0f})"
            if width in SCREENSHOT_WIDTHS:
                screenshot(page, page_type, language, width)
    context.close()


def report(problems, name):
    """Keep the problems beside the screenshots (CI shows a truncated message), then fail on any."""
    text = json.dumps(problems, indent=2, ensure_ascii=False)
    artifacts_dir().mkdir(parents=True, exist_ok=True)
    (artifacts_dir() / f"problems-{name}.json").write_text(text)
    assert not problems, text


def test_visitor_pages_fit_every_width_in_every_language(browser, demo_site):
    problems = {}
    for language in LANGUAGES:
        check_pages(browser, demo_site["url"], language, visitor_pages(language), problems)
    report(problems, "visitor")


def test_signed_in_pages_fit_every_width_in_every_language(browser, demo_site):
    problems = {}
    for language in LANGUAGES:
        check_pages(browser, demo_site["url"], language, learner_pages(language, demo_site), problems, "learner")
        check_pages(browser, demo_site["url"], language, coordinator_pages(language), problems, "coordinator")
    report(problems, "signed-in")
