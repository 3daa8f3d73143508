"""Demo translations go through wagtail-localize: paired segment by segment, refused when the shape differs."""

import polib
import pytest
from django.utils import translation as django_translation
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from home.demo.builders import apply_page_text
from home.demo.localized import TranslationShapeError, translate_through_localize
from home.factories import build_site
from knowledgebase.factories import GuidePageFactory, GuideSectionPageFactory

pytestmark = pytest.mark.django_db

FRENCH_TEXT = {
    "title": "Section traduite",
    "slug": "section-traduite",
    "introduction": "Ce que cette section explique.",
    "body": [
        {"type": "rich_text", "value": "<h2>Pourquoi c'est important</h2><p>L'intégrité se construit.</p>"},
        {"type": "rich_text", "value": "<h2>Que faire</h2><p>Commencer par une évaluation honnête.</p>"},
    ],
}


@pytest.fixture
def english_section():
    home, _french_home = build_site()
    guide = GuidePageFactory(parent=home)
    return GuideSectionPageFactory(parent=guide)


def translate(section, text, language="fr"):
    guide_translation = translate_through_localize(
        section.get_parent().specific,
        Locale.objects.get(language_code=language),
        lambda copy: apply_page_text(copy, {"title": "Guide", "slug": f"guide-{language}"}),
    )
    assert guide_translation is not None
    return translate_through_localize(
        section, Locale.objects.get(language_code=language), lambda copy: apply_page_text(copy, text)
    )


def test_a_translation_is_a_published_page_with_every_segment_translated(client, english_section):
    french = translate(english_section, FRENCH_TEXT).specific

    assert french.live
    assert french.translation_key == english_section.translation_key
    assert french.title == "Section traduite"
    assert [block.value.source for block in french.body] == [block["value"] for block in FRENCH_TEXT["body"]]
    localize_translation = Translation.objects.get(
        source__object_id=english_section.translation_key, target_locale__language_code="fr"
    )
    translated, total = localize_translation.get_progress()
    assert translated == total == 7  # title, slug, introduction and two headings with two paragraphs
    with django_translation.override("fr"):
        assert "Commencer par une évaluation honnête." in client.get(french.url).content.decode()


def test_a_text_with_another_shape_is_refused_and_nothing_is_written(english_section):
    one_paragraph_more = {
        **FRENCH_TEXT,
        "body": [
            FRENCH_TEXT["body"][0],
            {"type": "rich_text", "value": "<h2>Que faire</h2><p>Évaluer.</p><p>Un paragraphe de trop.</p>"},
        ],
    }
    with pytest.raises(TranslationShapeError, match="Un paragraphe de trop"):
        translate(english_section, one_paragraph_more)

    assert english_section.get_translation_or_none(Locale.objects.get(language_code="fr")) is None
    assert not StringTranslation.objects.filter(data="Évaluer.").exists()


def test_a_po_file_exported_edited_and_imported_changes_the_translated_page(english_section):
    french = translate(english_section, FRENCH_TEXT)
    localize_translation = Translation.objects.get(
        source__object_id=english_section.translation_key, target_locale__language_code="fr"
    )

    catalogue = polib.pofile(str(localize_translation.export_po()))
    entry = next(entry for entry in catalogue if entry.msgid == "Start with an honest assessment.")
    assert entry.msgstr == "Commencer par une évaluation honnête."
    entry.msgstr = "Commencez par une évaluation franche, avec le personnel."
    warnings = localize_translation.import_po(polib.pofile(str(catalogue)))
    localize_translation.save_target(publish=True)

    assert warnings == []
    french.refresh_from_db()
    assert "Commencez par une évaluation franche, avec le personnel." in str(french.specific.body[1].value)
