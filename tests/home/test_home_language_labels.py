"""The home page's cards name their language in `lang` and `hreflang`, and carry no label in the reader's own."""

from elearning.factories import build_course
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)


def test_home_cards_declare_their_language_and_need_no_label_in_the_readers(client, home):
    build_course(lesson_count=0, with_assessment=False, home=home, title="Gifts and hospitality")
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=home, slug="guide"), title="Conduct")
    GuideSectionPageFactory(parent=chapter, title="Conflicts of interest")
    PracticePageFactory(parent=PracticeIndexPageFactory(parent=home, slug="practices"), title="Gift register")

    html = client.get("/en/").content.decode()

    for title in ("Gifts and hospitality", "Conflicts of interest", "Gift register"):
        assert f' lang="en" hreflang="en">{title}</a>' in html
    assert "chip--language" not in html
