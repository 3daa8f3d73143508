"""axe-core finds no serious or critical accessibility violation on any page type, in English, French and Spanish.

The demo site is built once per language, and every page type is checked in
that one test: as a visitor, then as the demo learner, the demo coordinator
and the demo editor. Each page's count goes to the axe summary CI prints.
"""

import json

import pytest
from django.core.management import call_command
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from elearning.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage
from home.management.commands.load_demo_content import DEFAULT_DEMO_PASSWORD
from home.models import StandardPage
from knowledgebase.models import GuideChapterPage, GuidePage, GuideSectionPage, PracticeIndexPage, PracticePage
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["en", "fr", "es"]
DEMO_EMAIL = "{role}@integrityhub.example"
SEARCH_WORDS = {"en": "integrity", "fr": "intégrité", "es": "integridad"}


@pytest.fixture
def demo_site(transactional_db, live_server, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_demo_content", verbosity=0)


def first_url(model, language, **filters):
    """The first live page of `model` in `language`; the English one where the demo has no translation.

    The demo content is written in English and French; Spanish has the interface but only some
    pages, so a Spanish visitor meets the English page there, as they would on the live site.
    """
    pages = model.objects.live().filter(**filters).order_by("path")
    page = pages.filter(locale__language_code=language).first() or pages.filter(locale__language_code="en").first()
    return page.url


def visitor_pages(language):
    guide_section = GuideSectionPage.objects.live().filter(locale__language_code=language)
    if not guide_section.exists():  # the demo's guide is in English and French only
        guide_section = GuideSectionPage.objects.live().filter(locale__language_code="en")
    worksheet_section = guide_section.filter(slug="leadership-and-commitment").first() or guide_section.first()
    practice_index = first_url(PracticeIndexPage, language)
    return {
        "home": f"/{language}/",
        "standard page": first_url(StandardPage, language),
        "catalogue": first_url(CourseIndexPage, language),
        "course": first_url(CoursePage, language),
        "guide": first_url(GuidePage, language),
        "guide chapter": first_url(GuideChapterPage, language),
        "guide section": worksheet_section.url,
        "printable guide": first_url(GuidePage, language) + "print/",
        "practice listing": practice_index,
        "practice listing with facets": f"{practice_index}?key_factor=7",
        "practice search": f"{practice_index}?q={SEARCH_WORDS[language]}",
        "site search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
        "practice": first_url(PracticePage, language, visibility="public"),
        "certificate lookup": f"/{language}/certificates/",
        "sign-up": f"/{language}/accounts/signup/",
        "login": f"/{language}/accounts/login/",
        "password reset": f"/{language}/accounts/password/reset/",
    }


def learner_pages(language):
    return {
        "lesson": first_url(LessonPage, language),
        "assessment": first_url(AssessmentPage, language),
        "dashboard": f"/{language}/learn/",
        # The demo's coordinators-only practices are all in English.
        "coordinators-only practice, refused": (first_url(PracticePage, "en", visibility="coordinators"), 403),
    }


def coordinator_pages(language):
    course_key = CoursePage.objects.live().first().translation_key
    return {
        "practice submission form": f"/{language}/knowledge-base/practices/new/",
        "my practices": f"/{language}/knowledge-base/my-practices/",
        "my bookmarks": f"/{language}/knowledge-base/my-bookmarks/",
        "practice with comments": PracticePage.objects.get(external_id="bp-0005").url,
        "coordinator report": f"/{language}/learn/reports/",
        "coordinator course report": f"/{language}/learn/reports/courses/{course_key}/",
        "enrolment upload": f"/{language}/learn/enrolments/upload/",
    }


def editor_pages(language):
    return {
        "profile": f"/{language}/profile/",
        "account deletion": f"/{language}/profile/delete/",
        "two-factor setup": f"/{language}/profile/two-factor/",
    }


def log_in_as(page, base_url, language, role):
    page.context.clear_cookies()
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.fill("input[name=login]", DEMO_EMAIL.format(role=role))
    page.fill("input[name=password]", DEFAULT_DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    # The login page's own "load" state was reached long ago: wait for the page the form leads to.
    try:
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
    except PlaywrightTimeoutError:
        raise AssertionError(f"the demo {role} could not log in") from None


def check_pages(page, base_url, pages, language, failures):
    for page_type, address in pages.items():
        path, status = address if isinstance(address, tuple) else (address, 200)
        response = page.goto(base_url + path)
        assert response.status == status, f"{page_type}: {path} answered {response.status}"
        violations = serious_violations(page)
        record_result(f"{page_type} [{language}]", violations)
        if violations:
            failures[f"{page_type} [{language}] {path}"] = violations


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_serious_violations(page, live_server, demo_site, language):
    failures = {}
    check_pages(page, live_server.url, visitor_pages(language), language, failures)
    for role, pages in (("learner", learner_pages), ("coordinator", coordinator_pages), ("editor", editor_pages)):
        log_in_as(page, live_server.url, language, role)
        check_pages(page, live_server.url, pages(language), language, failures)
    assert not failures, json.dumps(failures, indent=2)
