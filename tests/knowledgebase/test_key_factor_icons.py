"""Pages tied to a key factor show its icon beside its name: the guide section, the course and its lessons,
the practice and the practice listing's cards. The icon is decorative (aria-hidden); the name is the text."""

import re

import pytest

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import build_course
from elearning.learner_progress import enrol
from home.identity.key_factor_icons import key_factor_icon_svg
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticePageFactory,
    default_language_key_factor,
)
from tests.search.page_fixtures import index_practices

pytestmark = pytest.mark.django_db


def icons_in(html):
    """The key-factor numbers whose icon the page draws, as the inline SVG of each."""
    return {number for number in range(1, 11) if str(key_factor_icon_svg(number)) in html}


def label_after_icon(html, number):
    """The text that follows the icon of `number`: the key factor's number and name."""
    icon = re.escape(str(key_factor_icon_svg(number)))
    match = re.search(icon + r"\s*([^<]+)", html)
    return match.group(1).strip() if match else None


def test_the_guide_section_shows_the_icon_of_each_of_its_key_factors(client, home):
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=home, slug="guide"))
    section = GuideSectionPageFactory(parent=chapter, key_factors=[3, 6])

    html = client.get(section.url).content.decode()

    assert icons_in(html) == {3, 6}
    assert label_after_icon(html, 3) == f"3. {default_language_key_factor(3).name}"
    assert 'aria-hidden="true"' in str(key_factor_icon_svg(3))


def test_the_practice_and_its_listing_card_show_the_icons_of_its_key_factors(client, practice_index):
    practice = PracticePageFactory(parent=practice_index, key_factors=[8, 2])
    index_practices()

    practice_html = client.get(practice.url).content.decode()
    listing_html = client.get(practice_index.url).content.decode()

    assert icons_in(practice_html) == {8, 2}
    assert label_after_icon(practice_html, 8) == f"8. {default_language_key_factor(8).name}"
    assert icons_in(listing_html) == {8, 2}
    assert label_after_icon(listing_html, 2) == f"2. {default_language_key_factor(2).name}"


def test_the_course_and_its_lesson_show_the_icons_of_the_course_key_factors(client, home):
    tree = build_course(lesson_count=1, home=home)
    tree.course.key_factors.set([default_language_key_factor(7)])
    tree.course.save_revision().publish()
    learner = add_to_role(UserFactory(email="officer@customs.example"), LEARNERS)
    enrol(learner, tree.course)
    client.force_login(learner)

    course_html = client.get(tree.course.url).content.decode()
    lesson_response = client.get(tree.lessons[0].url)

    assert lesson_response.status_code == 200
    lesson_html = lesson_response.content.decode()
    assert icons_in(course_html) == {7}
    assert icons_in(lesson_html) == {7}
    assert label_after_icon(lesson_html, 7) == f"7. {default_language_key_factor(7).name}"
