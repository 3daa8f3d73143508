"""The home page shows the latest guide sections and practices, in the page's language."""

import pytest

from home.factories import translate_page
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticePageFactory,
)

pytestmark = pytest.mark.django_db


def test_no_sections_without_content(client, home):
    content = client.get("/en/").content.decode()
    assert "latest-practices-heading" not in content
    assert "latest-guide-sections-heading" not in content


def test_latest_practices_in_the_page_language(client, home, practice_index):
    PracticePageFactory(parent=practice_index, title="Cashless border posts", language="en")
    PracticePageFactory(parent=practice_index, title="Postes frontières sans espèces", language="fr")
    english = client.get("/en/").content.decode()
    assert "Cashless border posts" in english
    assert "Postes frontières sans espèces" not in english
    assert f'href="{practice_index.url}">All practices</a>' in english
    assert "Postes frontières sans espèces" in client.get("/fr/").content.decode()


def test_latest_guide_sections_of_the_page_locale(client, home):
    guide = GuidePageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide)
    section = GuideSectionPageFactory(parent=chapter, title="Rotation of staff")
    assert "Rotation of staff" in client.get("/en/").content.decode()
    translate_page(guide, "fr", title="Guide")
    translate_page(chapter, "fr", title="Chapitre")
    translate_page(section, "fr", title="Rotation du personnel")
    french = client.get("/fr/").content.decode()
    assert "Rotation du personnel" in french
    assert "Rotation of staff" not in french
