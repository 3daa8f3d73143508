"""axe-core finds no serious or critical accessibility violation on any page type, in English, French and Spanish.

The demo site is built once per language, and every page type is checked in
that one test: as a visitor, then as the demo learner, the demo coordinator
and the demo editor. Each page's count goes to the axe summary CI prints.
Pages the demo has in every language (the guide, the course and its lessons,
the standard pages) are opened in the language under test, through Wagtail's
translation of the English page, and must be served in it (`<html lang>`).
"""

import json
from typing import NamedTuple

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from wagtail.models import Locale

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
def demo_site(demo_rows, transactional_db, live_server):
    """The demo site, fresh for each test (restored by serialized_rollback from the module's demo_rows)."""
    return live_server.url


class Visit(NamedTuple):
    """A page to check: its path, the status it answers, and whether it is served in the language under test."""

    path: str
    status: int = 200
    in_language: bool = True


def translated_url(model, language, **filters):
    """The `language` version of the first live English page of `model`: Wagtail's translation of it.

    The demo writes the catalogue, course, lessons, assessment, guide and
    standard pages in English, French and Spanish, so each language's run
    checks its own version; a missing or unpublished translation fails.
    """
    source = model.objects.live().filter(locale__language_code="en", **filters).order_by("path").first()
    assert source is not None, f"the demo has no live English {model.__name__} matching {filters}"
    try:
        translation = source.get_translation(Locale.objects.get(language_code=language))
    except model.DoesNotExist:
        raise AssertionError(f"the demo's {model.__name__} {source.slug!r} has no {language} translation") from None
    assert translation.live, f"the {language} translation of {model.__name__} {source.slug!r} is not live"
    return translation.url


def practice_url(language, **filters):
    """A live practice written in `language`: practices are written in one language each, not translated."""
    return PracticePage.objects.live().filter(locale__language_code=language, **filters).order_by("path").first().url


def visitor_pages(language):
    practice_index = translated_url(PracticeIndexPage, language)
    guide = translated_url(GuidePage, language)
    return {
        "home": Visit(f"/{language}/"),
        "standard page": Visit(translated_url(StandardPage, language)),
        "catalogue": Visit(translated_url(CourseIndexPage, language)),
        "course": Visit(translated_url(CoursePage, language)),
        "guide": Visit(guide),
        "guide chapter": Visit(translated_url(GuideChapterPage, language)),
        # The section with the worksheet, in the language under test.
        "guide section": Visit(translated_url(GuideSectionPage, language, slug="leadership-and-commitment")),
        "printable guide": Visit(guide + "print/"),
        "practice listing": Visit(practice_index),
        "practice listing with facets": Visit(f"{practice_index}?key_factor=7"),
        "practice search": Visit(f"{practice_index}?q={SEARCH_WORDS[language]}"),
        "site search": Visit(f"/{language}/search/?q={SEARCH_WORDS[language]}"),
        "practice": Visit(practice_url(language, visibility="public")),
        "certificate lookup": Visit(f"/{language}/certificates/"),
        "sign-up": Visit(f"/{language}/accounts/signup/"),
        "login": Visit(f"/{language}/accounts/login/"),
        "password reset": Visit(f"/{language}/accounts/password/reset/"),
    }


def learner_pages(language):
    return {
        "lesson": Visit(translated_url(LessonPage, language)),
        "assessment": Visit(translated_url(AssessmentPage, language)),
        "dashboard": Visit(f"/{language}/learn/"),
        # The demo's coordinators-only practices are all in English.
        "coordinators-only practice, refused": Visit(
            practice_url("en", visibility="coordinators"), status=403, in_language=language == "en"
        ),
    }


def coordinator_pages(language):
    course_key = CoursePage.objects.live().first().translation_key
    discussed = PracticePage.objects.get(external_id="bp-0005")
    return {
        "practice submission form": Visit(f"/{language}/knowledge-base/practices/new/"),
        "my practices": Visit(f"/{language}/knowledge-base/my-practices/"),
        "my bookmarks": Visit(f"/{language}/knowledge-base/my-bookmarks/"),
        # The demo's discussed practice is written in Spanish, whatever the language under test.
        "practice with comments": Visit(discussed.url, in_language=discussed.locale.language_code == language),
        "coordinator report": Visit(f"/{language}/learn/reports/"),
        "coordinator course report": Visit(f"/{language}/learn/reports/courses/{course_key}/"),
        "enrolment upload": Visit(f"/{language}/learn/enrolments/upload/"),
    }


def editor_pages(language):
    return {
        "profile": Visit(f"/{language}/profile/"),
        "account deletion": Visit(f"/{language}/profile/delete/"),
        "two-factor setup": Visit(f"/{language}/profile/two-factor/"),
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
    for page_type, (path, status, in_language) in pages.items():
        response = page.goto(base_url + path)
        assert response.status == status, f"{page_type}: {path} answered {response.status}"
        if in_language:
            served_in = page.locator("html").get_attribute("lang")
            assert served_in == language, f"{page_type}: {path} is served in {served_in!r}, not {language!r}"
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
