"""The Integrity Development Guide: numbering, navigation, deep links, print view, related content."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS
from home.factories import StandardPageFactory, translate_page
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticePageFactory,
    default_language_key_factor,
)
from knowledgebase.guide_outline import GuideOutline
from knowledgebase.models import GuideSectionRelatedLesson, GuideSectionRelatedPractice

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(home):
    """A guide with two chapters: 1 (sections 1.1, 1.2) and 2 (section 2.1)."""
    guide = GuidePageFactory(parent=home, slug="guide")
    first = GuideChapterPageFactory(parent=guide, title="Strategy", slug="strategy")
    GuideSectionPageFactory(parent=first, title="Why a strategy", slug="why", key_factors=[1])
    GuideSectionPageFactory(parent=first, title="Governance", slug="governance", key_factors=[1, 6])
    second = GuideChapterPageFactory(parent=guide, title="Assessment", slug="assessment")
    GuideSectionPageFactory(parent=second, title="Preparing", slug="preparing", key_factors=[8])
    return guide


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_contents_are_numbered_in_tree_order(client, guide):
    text = text_of(client.get("/en/guide/"))
    positions = [
        text.index(entry)
        for entry in ("1 Strategy", "1.1 Why a strategy", "1.2 Governance", "2 Assessment", "2.1 Preparing")
    ]
    assert positions == sorted(positions)


def test_unpublished_and_restricted_sections_drop_out_and_numbers_close_up(client, guide, coordinator):
    guide_section = guide.get_descendants().get(slug="why")
    guide_section.unpublish()
    text = text_of(client.get("/en/guide/"))
    assert "Why a strategy" not in text
    assert "1.1 Governance" in text

    governance = guide.get_descendants().get(slug="governance")
    restriction = PageViewRestriction.objects.create(page=governance, restriction_type=PageViewRestriction.LOGIN)
    assert "Governance" not in text_of(client.get("/en/guide/"))
    client.force_login(coordinator)
    assert "1.1 Governance" in text_of(client.get("/en/guide/"))
    restriction.delete()


def test_sections_carry_their_number_breadcrumb_and_neighbours(client, guide):
    response = client.get("/en/guide/strategy/governance/")
    content = response.content.decode()
    assert re.search(r"<h1><span class=\"guide-number\">1.2</span> Governance</h1>", content)
    assert 'aria-current="page">1.2 Governance</li>' in content.replace("\n", "")
    assert re.search(r'rel="prev" href="/en/guide/strategy/why/">.*1.1 Why a strategy', content)
    assert re.search(r'rel="next" href="/en/guide/assessment/">.*2 Assessment', content)
    assert content.count("<h1") == 1


def test_the_first_and_last_pages_have_one_neighbour(client, guide):
    first = client.get("/en/guide/strategy/").content.decode()
    last = client.get("/en/guide/assessment/preparing/").content.decode()
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_headings_get_anchors_and_an_on_this_page_menu(client, guide):
    section = guide.get_descendants().get(slug="why").specific
    section.body = [
        {
            "type": "rich_text",
            "value": "<h2>Selection criteria</h2><p>Text.</p><h2>Selection criteria</h2><h3>Detail</h3>",
        }
    ]
    section.save()
    content = client.get("/en/guide/strategy/why/").content.decode()
    assert '<h2 id="selection-criteria">Selection criteria</h2>' in content
    assert '<h2 id="selection-criteria-2">Selection criteria</h2>' in content
    assert '<h3 id="detail">Detail</h3>' in content
    assert '<a href="#selection-criteria">Selection criteria</a>' in content
    assert '<a href="#selection-criteria-2">' in content


def test_last_updated_comes_from_the_latest_publication(client, guide):
    section = guide.get_descendants().get(slug="preparing").specific
    section.title = "Preparing the assessment"
    revision = section.save_revision()
    revision.publish()
    section.refresh_from_db()
    content = client.get("/en/guide/assessment/preparing/").content.decode()
    assert f'<time datetime="{section.last_published_at.isoformat()}">' in content
    assert f'<time datetime="{section.last_published_at.isoformat()}">' in client.get("/en/guide/").content.decode()


def test_the_printable_guide_holds_everything_in_order_without_navigation(client, guide):
    response = client.get("/en/guide/print/")
    assert response.status_code == 200
    content = response.content.decode()
    assert re.findall(r'<h[23] id="part-([\d.]+)">', content) == ["1", "1.1", "1.2", "2", "2.1"]
    assert content.count("guide-print__chapter") == 2
    assert content.count("guide-print__section") == 3
    assert 'class="guide-layout__side"' not in content and 'rel="next"' not in content
    ids = re.findall(r' id="([^"]+)"', content)
    assert len(ids) == len(set(ids))
    assert '<h4 id="part-1.1-why-it-matters">' in content  # body headings sit below the section title
    assert "/static/css/knowledgebase.css" in content
    assert 'href="/en/guide/print/"' in client.get("/en/guide/").content.decode()


def test_print_css_breaks_pages_before_chapters_and_hides_navigation():
    css = (Path(__file__).resolve().parents[2] / "static/css/knowledgebase.css").read_text()
    print_rules = css[css.index("@media print") :]
    assert ".guide-print__chapter { break-before: page; }" in print_rules
    assert ".guide-pager" in print_rules and ".breadcrumb" in print_rules


def test_related_practices_put_editors_choices_first_then_shared_key_factors(client, guide, practice_index):
    section = guide.get_descendants().get(slug="governance").specific
    chosen = PracticePageFactory(parent=practice_index, title="Chosen by the editor", key_factors=[3])
    both = PracticePageFactory(parent=practice_index, title="Shares both key factors", key_factors=[6, 1])
    one = PracticePageFactory(parent=practice_index, title="Shares one key factor", key_factors=[1])
    PracticePageFactory(parent=practice_index, title="Shares nothing", key_factors=[9])
    PracticePageFactory(parent=practice_index, title="Secret but related", key_factors=[1, 6], coordinators_only=True)
    GuideSectionRelatedPractice.objects.create(page=section, practice=chosen, sort_order=0)

    chosen_ids = section.chosen_links().practice_ids
    related = section.related_practices(AnonymousUser(), [1, 6], chosen_ids)
    assert [row.pk for row in related] == [chosen.pk, both.pk, one.pk]
    text = text_of(client.get("/en/guide/strategy/governance/"))
    assert (
        text.index("Chosen by the editor") < text.index("Shares both key factors") < text.index("Shares one key factor")
    )
    assert "Shares nothing" not in text
    assert "Secret but related" not in text


def test_the_shared_outline_and_related_practices_follow_new_content(client, guide, practice_index, coordinator):
    url = "/en/guide/strategy/governance/"
    PracticePageFactory(parent=practice_index, title="Early practice", key_factors=[6])
    first = text_of(client.get(url))  # fills the shared cache
    assert "Early practice" in first and "1.3 Budget" not in first

    GuideSectionPageFactory(parent=guide.get_children().get(slug="strategy"), title="Budget", slug="budget")
    PracticePageFactory(parent=practice_index, title="Secret practice", key_factors=[1, 6], coordinators_only=True)
    text = text_of(client.get(url))
    assert "1.3 Budget" in text
    assert "Secret practice" not in text
    client.force_login(coordinator)
    assert "Secret practice" in text_of(client.get(url))


def test_a_hidden_editors_choice_is_not_shown(client, guide, practice_index):
    section = guide.get_descendants().get(slug="preparing").specific
    secret = PracticePageFactory(
        parent=practice_index, title="Chosen but secret", key_factors=[2], coordinators_only=True
    )
    GuideSectionRelatedPractice.objects.create(page=section, practice=secret, sort_order=0)
    assert "Chosen but secret" not in client.get("/en/guide/assessment/preparing/").content.decode()


def test_related_lessons_are_live_pages_in_the_readers_language(client, guide, home):
    section = guide.get_descendants().get(slug="why").specific
    lesson = StandardPageFactory(parent=home, title="Lesson: why integrity matters", slug="lesson")
    draft_lesson = StandardPageFactory(parent=home, title="Unpublished lesson", slug="draft-lesson", live=False)
    for position, page in enumerate((lesson, draft_lesson)):
        GuideSectionRelatedLesson.objects.create(page=section, lesson=page, sort_order=position)
    content = client.get("/en/guide/strategy/why/").content.decode()
    assert '<a href="/en/lesson/">Lesson: why integrity matters</a>' in content
    assert "Unpublished lesson" not in content

    french_section = translate_page(section, "fr", title="Pourquoi une stratégie")
    french_lesson = translate_page(lesson, "fr", title="Leçon : pourquoi l'intégrité compte")
    lessons = french_section.visible_related_lessons(AnonymousUser(), french_section.chosen_links().lesson_ids)
    assert [pk for pk, _url_path, _title in lessons] == [french_lesson.pk]


def test_key_factors_are_named_in_the_readers_language(client, guide):
    translate_page(guide, "fr", title="Guide")
    section = guide.get_descendants().get(slug="preparing").specific
    assert "8. Human Resource Management" in client.get("/en/guide/assessment/preparing/").content.decode()
    french = translate_page(section, "fr", title="Préparer")
    assert "8. Gestion des ressources humaines" in client.get(french.url).content.decode()


def test_checklist_and_action_plan_blocks_render_as_accessible_tables(client, guide):
    section = guide.get_descendants().get(slug="why").specific
    section.body = [
        {
            "type": "checklist",
            "value": {
                "heading": "Code of conduct",
                "introduction": "",
                "items": [{"question": "Has every officer signed it?", "guidance": "Signed copies."}],
            },
        },
        {
            "type": "action_plan",
            "value": {
                "caption": "Our plan",
                "rows": [
                    {
                        "objective": "Rotate staff",
                        "actions": "Adopt a policy",
                        "responsible": "HR",
                        "timeframe": "6 months",
                        "indicator": "Share rotated",
                    }
                ],
            },
        },
    ]
    section.save()
    content = client.get("/en/guide/strategy/why/").content.decode()
    assert (
        '<th scope="row">Has every officer signed it?<span class="worksheet__guidance">Signed copies.</span></th>'
        in content
    )
    assert '<th scope="col">Partly</th>' in content
    assert "<caption>Our plan</caption>" in content
    assert '<th scope="row">Rotate staff</th>' in content


def test_the_feed_is_announced_on_guide_pages(client, guide):
    assert 'type="application/atom+xml" href="/en/knowledge-base/feed/"' in client.get("/en/guide/").content.decode()


def test_the_outline_dates_the_guide_by_its_latest_publication(guide):
    older = timezone.now() - timedelta(days=30)
    guide.get_descendants().update(last_published_at=older)
    guide.last_published_at = older - timedelta(days=1)
    assert GuideOutline(guide, AnonymousUser()).last_updated == older


def test_editors_preview_a_new_section_in_the_admin(client, guide):
    editor = add_to_role(UserFactory(is_staff=True), EDITORS)
    client.force_login(editor)
    chapter = guide.get_children().first()
    url = reverse("wagtailadmin_pages:preview_on_add", args=("knowledgebase", "guidesectionpage", chapter.pk))
    data = nested_form_data(
        {
            "title": "A section in preparation",
            "slug": "in-preparation",
            "introduction": "Not yet published.",
            "body": streamfield([("rich_text", rich_text("<h2>First heading</h2><p>Draft text.</p>"))]),
            "key_factors": [],
            "related_lessons": inline_formset([]),
            "related_practice_links": inline_formset([]),
        }
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert re.search(r"<h2 id=\"first-heading\"[^>]*>First heading</h2>", response.content.decode())
    assert "Not yet published." in response.content.decode()


def test_a_preview_shows_the_choices_in_the_form_not_the_published_ones(client, guide, practice_index):
    section = guide.get_descendants().get(slug="preparing").specific
    published_choice = PracticePageFactory(parent=practice_index, title="Chosen when published", key_factors=[3])
    link = GuideSectionRelatedPractice.objects.create(page=section, practice=published_choice, sort_order=0)
    section.save_revision().publish()
    draft_choice = PracticePageFactory(parent=practice_index, title="Chosen in the draft", key_factors=[3])
    editor = add_to_role(UserFactory(is_staff=True), EDITORS)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(section.pk,))
    data = nested_form_data(
        {
            "title": section.title,
            "slug": section.slug,
            "introduction": "",
            "body": streamfield([]),
            "key_factors": [default_language_key_factor(2).pk],
            "related_lessons": inline_formset([]),
            "related_practice_links": inline_formset(
                [{"id": link.pk, "practice": published_choice.pk, "DELETE": "on"}, {"practice": draft_choice.pk}],
                initial=1,
            ),
        }
    )
    assert client.post(url, data).json()["is_valid"]
    preview = client.get(url).content.decode()

    assert "Chosen in the draft" in preview
    assert "8. Human Resource Management" not in preview
    assert "Chosen when published" not in preview
    published = client.get("/en/guide/assessment/preparing/").content.decode()
    assert "Chosen when published" in published and "Chosen in the draft" not in published
