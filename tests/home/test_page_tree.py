"""The page-tree rules: which page types may live where."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_accepts_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_home_page_cannot_go_under_a_standard_page(self):
        self.assertCanNotCreateAt(StandardPage, HomePage)
