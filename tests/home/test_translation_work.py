"""Editors see, on the admin dashboard, which pages each language lacks or has only in an older version."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, MODERATORS
from home.demo.builders import apply_page_text
from home.demo.localized import translate_through_localize
from home.factories import build_site
from home.translation_work import BEHIND, MISSING, translation_gaps
from knowledgebase.factories import GuidePageFactory, GuideSectionPageFactory

pytestmark = pytest.mark.django_db


def translate(page, language):
    return translate_through_localize(
        page,
        Locale.objects.get(language_code=language),
        lambda copy: apply_page_text(copy, {"title": f"{copy.title} ({language})", "slug": f"{copy.slug}-{language}"}),
    )


@pytest.fixture
def guide_in_english_and_french():
    """A guide and a section, both translated into French only; the home page exists in both."""
    home, _french_home = build_site()
    guide = GuidePageFactory(parent=home)
    section = GuideSectionPageFactory(parent=guide, title="Rotation")
    translate(guide, "fr")
    translate(section, "fr")
    return guide, section


def gaps_as_rows(gaps):
    return {(gap.source_title, gap.language_code, gap.state, gap.changed_segments) for gap in gaps}


def test_pages_without_a_spanish_version_are_missing_and_french_ones_up_to_date(guide_in_english_and_french):
    rows = gaps_as_rows(translation_gaps())

    assert ("Rotation", "es", MISSING, 0) in rows
    assert ("Integrity Development Guide", "es", MISSING, 0) in rows
    assert not [row for row in rows if row[1] == "fr" and row[0] != "Integrity Hub"]


def test_editing_the_english_page_puts_its_translation_behind_by_the_segments_that_changed(
    guide_in_english_and_french,
):
    _guide, section = guide_in_english_and_french
    section.body = [
        {"type": "rich_text", "value": "<h2>Why it matters</h2><p>Integrity is built by design.</p>"},
        {"type": "rich_text", "value": "<h2>What to do</h2><p>Start with an honest self-assessment.</p>"},
    ]
    section.save_revision().publish()

    rows = gaps_as_rows(translation_gaps())

    assert ("Rotation", "fr", BEHIND, 1) in rows  # one paragraph reworded; the headings are unchanged


def test_the_dashboard_panel_shows_the_work_to_editors_only(client, guide_in_english_and_french):
    editor = add_to_role(UserFactory(), EDITORS)
    moderator = add_to_role(UserFactory(staff=True), MODERATORS)

    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translation work" in html
    assert "Not translated" in html and "Rotation" in html

    client.force_login(moderator)
    response = client.get(reverse("wagtailadmin_home"))
    assert "Translation work" not in response.content.decode()


def test_the_work_costs_the_same_queries_however_many_pages_are_up_to_date(guide_in_english_and_french):
    guide, _section = guide_in_english_and_french
    with CaptureQueriesContext(connection) as few:
        translation_gaps()
    for number in range(4):
        translate(GuideSectionPageFactory(parent=guide, title=f"Extra {number}"), "fr")
    with CaptureQueriesContext(connection) as many:
        translation_gaps()

    assert len(many) == len(few)
