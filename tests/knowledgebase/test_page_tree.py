"""Which knowledge-base page types may live where in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from knowledgebase.models import GuideChapterPage, GuidePage, GuideSectionPage, PracticeIndexPage, PracticePage


class GuideTreeRulesTest(WagtailPageTestCase):
    def test_the_guide_sits_under_the_home_page_and_holds_chapters(self):
        self.assertAllowedParentPageTypes(GuidePage, {HomePage})
        self.assertAllowedSubpageTypes(GuidePage, {GuideChapterPage})

    def test_chapters_sit_under_the_guide_and_hold_sections(self):
        self.assertAllowedParentPageTypes(GuideChapterPage, {GuidePage})
        self.assertAllowedSubpageTypes(GuideChapterPage, {GuideSectionPage})

    def test_sections_sit_under_chapters_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(GuideSectionPage, {GuideChapterPage})
        self.assertAllowedSubpageTypes(GuideSectionPage, set())

    def test_guide_pages_cannot_go_elsewhere(self):
        self.assertCanNotCreateAt(StandardPage, GuidePage)
        self.assertCanNotCreateAt(GuidePage, GuideSectionPage)
        self.assertCanNotCreateAt(HomePage, GuideChapterPage)


class PracticeTreeRulesTest(WagtailPageTestCase):
    def test_the_practice_index_sits_under_the_home_page_and_holds_practices(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})

    def test_practices_sit_only_under_the_index_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())
        self.assertCanNotCreateAt(HomePage, PracticePage)
        self.assertCanNotCreateAt(GuideChapterPage, PracticePage)
