"""Where each e-learning page type may live in the tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from elearning.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage, StandardPage


class ELearningPageTreeTest(WagtailPageTestCase):
    def test_the_catalogue_sits_under_the_home_page_and_holds_courses(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_a_course_lives_in_the_catalogue_and_holds_lessons_and_an_assessment(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage, AssessmentPage})

    def test_lessons_and_assessments_are_leaves_of_a_course(self):
        for page_type in (LessonPage, AssessmentPage):
            self.assertAllowedParentPageTypes(page_type, {CoursePage})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_course_pages_cannot_stray_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(StandardPage, CourseIndexPage)
        self.assertCanNotCreateAt(Page, CourseIndexPage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)

    def test_one_catalogue_per_home_page_and_one_assessment_per_course(self):
        assert CourseIndexPage.max_count_per_parent == 1
        assert AssessmentPage.max_count_per_parent == 1
