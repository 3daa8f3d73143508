"""The catalogue's filters and languages, the home page's featured courses, and editing courses in the admin."""

import pytest
from django.urls import reverse

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS
from elearning.factories import build_course
from home.factories import translate_page
from knowledgebase.models import KeyFactor

pytestmark = pytest.mark.django_db


def key_factor(number, language="en"):
    return KeyFactor.objects.get(number=number, locale__language_code=language)


@pytest.fixture
def two_courses(course_tree):
    transparency = course_tree.course
    transparency.title = "Open customs"
    transparency.key_factors.set([key_factor(3)])
    transparency.save_revision().publish()
    automation = build_course(lesson_count=1, home=course_tree.home, title="Digital customs").course
    automation.key_factors.set([key_factor(4)])
    automation.save_revision().publish()
    translate_page(course_tree.index, "fr", title="Cours", slug="cours")
    translate_page(automation, "fr", title="Douane numérique", slug="douane-numerique")
    return course_tree.index, transparency, automation


def test_the_catalogue_filters_by_key_factor_and_language(client, two_courses):
    index, transparency, automation = two_courses

    everything = client.get(index.url).content.decode()
    by_key_factor = client.get(index.url, {"key_factor": 4}).content.decode()
    in_french = client.get(index.url, {"language": "fr"}).content.decode()

    assert "Open customs" in everything and "Digital customs" in everything and "2 courses" in everything
    assert "Digital customs" in by_key_factor and "Open customs" not in by_key_factor
    assert "Digital customs" in in_french and "Open customs" not in in_french
    assert '<option value="4" selected>' in by_key_factor
    assert "Clear filters" in by_key_factor


def test_the_french_catalogue_shows_each_course_once_in_the_best_language(client, two_courses):
    html = client.get("/fr/cours/").content.decode()

    assert "Douane numérique" in html and "Digital customs" not in html
    assert 'lang="en"><a href="/en/' in html  # the course that has no French version, marked as English
    assert "Open customs" in html
    assert "Automatisation" in html  # key factor names in the page's language


def test_the_catalogue_marks_the_courses_a_learner_is_enrolled_in(client, learner_client, two_courses):
    index, transparency, _automation = two_courses
    html = learner_client.get(index.url).content.decode()
    assert html.count(">Enrolled<") == 1


def test_the_home_page_features_courses_in_its_own_language_only(client, two_courses):
    index, transparency, automation = two_courses
    automation.featured = True
    automation.save_revision().publish()

    english = client.get("/en/").content.decode()
    french = client.get("/fr/").content.decode()
    spanish = client.get("/es/").content.decode()

    assert "Featured courses" in english
    assert english.index("Digital customs") < english.index("Open customs")  # featured first
    assert "Douane numérique" in french and "Open customs" not in french
    assert "Featured courses" not in spanish


def test_an_editor_can_open_every_course_form_in_the_admin(client, course_tree):
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))
    course = course_tree.course
    urls = [
        reverse("wagtailadmin_pages:add", args=["elearning", "coursepage", course_tree.index.pk]),
        reverse("wagtailadmin_pages:add", args=["elearning", "lessonpage", course.pk]),
        reverse("wagtailadmin_pages:edit", args=[course_tree.index.pk]),
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        reverse("wagtailadmin_pages:edit", args=[course_tree.lessons[0].pk]),
        reverse("wagtailadmin_pages:edit", args=[course_tree.assessment.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[course_tree.lessons[0].pk]),
        reverse("wagtailadmin_pages:view_draft", args=[course_tree.assessment.pk]),
        reverse("elearning_certificate:index"),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("key_factor", ["²", "9" * 5000], ids=["superscript", "5000 digits"])
def test_a_key_factor_that_is_no_whole_number_shows_every_course(client, two_courses, key_factor):
    index, _transparency, _automation = two_courses

    response = client.get(index.url, {"key_factor": key_factor})

    assert response.status_code == 200
    assert "2 courses" in response.content.decode()


def test_the_course_form_offers_only_key_factors_of_the_pages_language(client, course_tree):
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))
    french = translate_page(course_tree.course, "fr", title="Cours", slug="cours-fr")

    english_form = client.get(reverse("wagtailadmin_pages:edit", args=[course_tree.course.pk])).content.decode()
    french_form = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()

    assert "Transparency" in english_form and "Transparence" not in english_form
    assert "Transparence" in french_form


def test_the_editors_preview_of_an_assessment_shows_the_whole_pool_with_its_answer_key(client, course_tree):
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))

    html = client.get(reverse("wagtailadmin_pages:view_draft", args=[course_tree.assessment.pk])).content.decode()

    assert "Question pool: 4 questions" in html
    assert "EXPLANATION-gift" in html and "(correct)" in html


def test_the_public_assessment_page_never_shows_the_pool(client, learner_client, course_tree):
    for visitor in (client, learner_client):
        html = visitor.get(course_tree.assessment.url).content.decode()
        assert "EXPLANATION" not in html and "FEEDBACK" not in html
        assert "A broker offers you a gift" not in html


def test_a_single_choice_question_with_two_right_answers_is_refused():
    from django.core.exceptions import ValidationError

    from elearning.models.questions import SingleChoiceQuestionBlock

    block = SingleChoiceQuestionBlock()
    value = block.to_python(
        {
            "prompt": "Which?",
            "points": 1,
            "options": [{"text": "A", "is_correct": True}, {"text": "B", "is_correct": True}],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)
