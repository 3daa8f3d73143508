"""The demo module: ten lessons (one per key factor) and a fifteen-question pool, in English, French and Spanish."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail_localize.models import Translation

from elearning.demo.steps import COURSE_KEY, DEMO_OFFICERS
from elearning.models import AssessmentPage, Certificate, CourseIndexPage, CoursePage, Enrolment, LessonPage
from elearning.quiz import draw_snapshot
from home.models import HomePage

pytestmark = pytest.mark.django_db

WORDS_PER_LESSON = 210  # teaching text alone, before the scenario and takeaways


def load_demo():
    call_command("load_demo_content", stdout=StringIO(), verbosity=0)


@pytest.fixture
def demo(built_demo_site, db):
    return built_demo_site


def visible_words(html):
    return len(re.sub(r"<[^>]+>", " ", html).split())


def test_the_module_has_one_lesson_per_key_factor_with_scenarios_in_three_languages(demo):
    for language in ("en", "fr", "es"):
        course = CoursePage.objects.get(translation_key=COURSE_KEY, locale__language_code=language)
        lessons = LessonPage.objects.child_of(course).live().order_by("path")

        assert lessons.count() == 10
        assert sorted(course.key_factors.values_list("number", flat=True)) == list(range(1, 11))
        for lesson in lessons:
            block_types = [block.block_type for block in lesson.body]
            assert "scenario" in block_types and "key_takeaways" in block_types
            teaching = " ".join(str(block.value) for block in lesson.body if block.block_type == "rich_text")
            assert visible_words(teaching) >= WORDS_PER_LESSON, lesson.title
            scenario = next(block.value for block in lesson.body if block.block_type == "scenario")
            assert sum(1 for choice in scenario["choices"] if choice["is_best"]) == 1

    # The French and Spanish modules are translations of the English one, made through wagtail-localize.
    english = CoursePage.objects.get(translation_key=COURSE_KEY, locale__language_code="en")
    english_lessons = list(
        LessonPage.objects.child_of(english).order_by("path").values_list("translation_key", flat=True)
    )
    assert english.title == "Integrity in Customs: the Revised Arusha Declaration"
    for language, title_start in [("fr", "L'intégrité en douane"), ("es", "La integridad en las aduanas")]:
        translated = CoursePage.objects.get(translation_key=COURSE_KEY, locale__language_code=language)
        assert translated.title.startswith(title_start)
        translated_lessons = list(
            LessonPage.objects.child_of(translated).order_by("path").values_list("translation_key", flat=True)
        )
        assert translated_lessons == english_lessons
        for page in [translated, *LessonPage.objects.child_of(translated)]:
            assert Translation.objects.filter(
                source__object_id=page.translation_key, target_locale__language_code=language
            ).exists(), page.title


def test_the_assessment_draws_ten_of_fifteen_questions_in_three_languages(demo):
    for language in ("en", "fr", "es"):
        assessment = AssessmentPage.objects.get(locale__language_code=language)
        course = assessment.get_parent().specific

        assert len(assessment.questions) == 15
        assert {block.block_type for block in assessment.questions} == {
            "single_choice",
            "multiple_choice",
            "true_false",
            "matching",
        }
        snapshot = draw_snapshot(assessment, course)
        assert len(snapshot["questions"]) == 10
        assert snapshot["settings"]["pass_mark"] == 70
        for block in assessment.questions:
            block.block.clean(block.value)  # every question passes the admin's own validation

    english, french, spanish = (
        AssessmentPage.objects.get(locale__language_code=code).questions for code in ("en", "fr", "es")
    )
    for translated in (french, spanish):
        assert [block.id for block in translated] == [block.id for block in english]
        assert [block.value["prompt"] for block in translated] != [block.value["prompt"] for block in english]
        # Which answers are right comes from the source, whatever the language.
        assert [[option["is_correct"] for option in block.value.get("options", [])] for block in translated] == [
            [option["is_correct"] for option in block.value.get("options", [])] for block in english
        ]


def test_the_catalogue_menu_reports_and_the_demo_learner(demo, client):
    home = HomePage.objects.get(locale__language_code="en")
    catalogues = CourseIndexPage.objects.filter(depth=home.depth + 1)

    assert sorted(catalogues.values_list("locale__language_code", flat=True)) == ["en", "es", "fr"]
    assert all(catalogues.values_list("show_in_menus", flat=True))
    for url, title in [
        ("/en/courses/", "Integrity in Customs"),
        ("/fr/cours/", "intégrité en douane"),
        ("/es/cursos/", "integridad en las aduanas"),
    ]:
        html = client.get(url).content.decode()
        assert title in html

    assert Enrolment.objects.count() == len(DEMO_OFFICERS) + 1
    assert Certificate.objects.count() == sum(
        1 for officer in DEMO_OFFICERS if officer.scores and officer.scores[-1] >= 9
    )
    client.post("/en/accounts/login/", {"login": "coordinator@integrityhub.example", "password": "integrity-demo-2026"})
    html = client.get(reverse("elearning:reports")).content.decode()
    assert "Integrity in Customs" in html
    assert "Otieno" not in client.get(reverse("elearning:reports_export")).content.decode("utf-8-sig")

    client.logout()
    client.post("/en/accounts/login/", {"login": "learner@integrityhub.example", "password": "integrity-demo-2026"})
    html = client.get(reverse("elearning:dashboard")).content.decode()
    assert "27% complete" in html  # 3 of 10 lessons, plus the assessment to pass


def test_loading_twice_changes_nothing(demo):
    counts = (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
        Certificate.objects.count(),
    )
    load_demo()
    assert counts == (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
        Certificate.objects.count(),
    )
