"""`load_demo_content` builds the guide (English, with French and Spanish translations) and the practice exchange."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction, Revision, WorkflowState
from wagtail_localize.models import Translation

from knowledgebase.models import (
    GuideChapterPage,
    GuidePage,
    GuideSectionPage,
    PracticeBookmark,
    PracticeComment,
    PracticeIndexPage,
    PracticePage,
)

pytestmark = pytest.mark.django_db

REQUIRED_CHAPTERS = [
    "About this guide",
    "A comprehensive integrity strategy",
    "The integrity assessment",
    "The ten key factors",
    "Action planning",
    "Monitoring and evaluation",
]


@pytest.fixture
def demo(built_demo_site, db):
    cache.clear()
    yield
    cache.clear()


def test_the_guide_has_every_required_part_with_substantive_text(demo):
    guide = GuidePage.objects.get(locale__language_code="en")
    chapters = GuideChapterPage.objects.child_of(guide).order_by("path")
    assert [chapter.title for chapter in chapters] == REQUIRED_CHAPTERS
    titles = set(GuideSectionPage.objects.filter(locale__language_code="en").values_list("title", flat=True))
    assert {"Purpose of the guide", "How to use this guide"} <= titles
    key_factor_sections = GuideSectionPage.objects.child_of(chapters[3])
    assert key_factor_sections.count() == 10
    assert sorted(
        number for section in key_factor_sections for number in section.key_factors.values_list("number", flat=True)
    ) == list(range(1, 11))
    for section in GuideSectionPage.objects.filter(locale__language_code="en"):
        text = re.sub(r"<[^>]+>", " ", " ".join(str(block.render()) for block in section.body))
        assert len(text.split()) > 120, section.title


def test_the_guide_is_complete_in_french_and_spanish_through_wagtail_localize(client, demo):
    english_guide = GuidePage.objects.get(locale__language_code="en")
    english_tree = [page.translation_key for page in Page.objects.descendant_of(english_guide, inclusive=True)]
    for language, heading, chapter_title in [
        ("fr", "Guide pour le développement de l&#x27;intégrité", "Les dix facteurs clés"),
        ("es", "Guía para el desarrollo de la integridad", "Los diez factores clave"),
    ]:
        guide = GuidePage.objects.get(locale__language_code=language)
        tree = Page.objects.descendant_of(guide, inclusive=True)
        # The same chapters and sections, in the same order, as the English source.
        assert [page.translation_key for page in tree] == english_tree
        assert GuideChapterPage.objects.filter(locale__language_code=language).count() == 6
        assert GuideSectionPage.objects.filter(locale__language_code=language).count() == 25
        for page in tree:
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale__language_code=language
            )
            assert translation.source.locale.language_code == "en"
            assert translation.get_progress() == (
                translation.source.stringsegment_set.count(),
                translation.source.stringsegment_set.count(),
            ), page.title  # every segment translated, none left to fall back on English
        content = client.get(guide.url).content.decode()
        assert f"<h1>{heading}</h1>" in content
        assert chapter_title in content


def test_the_guide_pages_work(client, demo):
    guide = GuidePage.objects.get(locale__language_code="en")
    assert client.get(guide.url).status_code == 200
    assert client.get(f"{guide.url}print/").status_code == 200
    for page in Page.objects.descendant_of(guide).live()[:8]:
        assert client.get(page.url).status_code == 200, page.url


def test_the_exchange_has_practices_in_three_languages_some_restricted(client, demo):
    assert PracticeIndexPage.objects.count() == 3
    practices = PracticePage.objects.live()
    assert set(practices.values_list("language", flat=True)) == {"en", "fr", "es"}
    restricted = practices.filter(visibility="coordinators")
    assert restricted.exists()
    assert PageViewRestriction.objects.filter(page__in=restricted).count() == restricted.count()
    french_practice = practices.filter(language="fr").first()
    assert french_practice.url.startswith("/fr/bonnes-pratiques/")
    assert client.get("/en/practices/").status_code == 200


def test_a_coordinators_practice_awaits_moderation_with_a_discussion_and_bookmarks(demo):
    submission = PracticePage.objects.get(external_id="demo-norvania-clearance-times")
    assert not submission.live
    assert submission.owner.email == "coordinator@integrityhub.example"
    assert submission.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert PracticeComment.objects.filter(parent__isnull=False).exists()
    assert PracticeBookmark.objects.filter(user=submission.owner).count() == 2


def test_running_the_demo_again_changes_nothing(demo):
    before = (
        Page.objects.count(),
        Revision.objects.count(),
        PracticeComment.objects.count(),
        PracticeBookmark.objects.count(),
    )
    call_command("load_demo_content", verbosity=0)
    after = (
        Page.objects.count(),
        Revision.objects.count(),
        PracticeComment.objects.count(),
        PracticeBookmark.objects.count(),
    )
    assert after == before


def test_a_demo_practice_is_translated_by_the_moderators_through_wagtail_localize(client, demo):
    original = PracticePage.objects.get(external_id="bp-0001")
    versions = PracticePage.objects.filter(translation_key=original.translation_key).exclude(pk=original.pk)
    assert sorted(versions.values_list("language", flat=True)) == ["es", "fr"]
    for version in versions:
        assert version.live and version.owner is None
        assert version.original_version().pk == original.pk
        assert Translation.objects.filter(
            source__object_id=original.translation_key, target_locale=version.locale, enabled=True
        ).exists()
        html = client.get(version.url).content.decode()
        assert f'href="{original.url}" lang="en" hreflang="en"' in html
    assert original.language == "en" and original.original_version() is None
