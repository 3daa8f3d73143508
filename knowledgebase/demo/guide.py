"""Demo steps for the Integrity Development Guide: the English guide, then its French and Spanish translations."""

from django.conf import settings
from django.core.management.base import CommandError

from home.demo import demo_step
from home.demo.builders import demo_translation_key, ensure_child_page, ensure_page_translation

from ..models import GuideChapterPage, GuidePage, GuideSectionPage, KeyFactor
from .texts import CHAPTERS, GUIDE, GUIDE_ES, GUIDE_FR

GUIDE_TRANSLATIONS = {"fr": GUIDE_FR, "es": GUIDE_ES}

GUIDE_KEY = demo_translation_key("knowledgebase.guide")


def chapter_key(chapter_name):
    return demo_translation_key(f"knowledgebase.guide.{chapter_name}")


def section_key(chapter_name, section_name):
    return demo_translation_key(f"knowledgebase.guide.{chapter_name}.{section_name}")


@demo_step(order=200)
def build_guide(context):
    """The Integrity Development Guide in English: six chapters, one section per key factor."""
    key_factors = {
        factor.number: factor for factor in KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    if len(key_factors) != 10:
        raise CommandError("The key factors are missing. Run `manage.py migrate` first.")
    guide = ensure_child_page(context, context.home_page, GuidePage, GUIDE_KEY, GUIDE, show_in_menus=True)
    context.pages["guide"] = guide
    for chapter_text in CHAPTERS:
        chapter = ensure_child_page(context, guide, GuideChapterPage, chapter_key(chapter_text["key"]), chapter_text)
        for section_text in chapter_text["sections"]:
            ensure_child_page(
                context,
                chapter,
                GuideSectionPage,
                section_key(chapter_text["key"], section_text["key"]),
                section_text,
                key_factors=[key_factors[number] for number in section_text["key_factors"]],
            )


@demo_step(order=210)
def translate_guide(context):
    """The guide in French and Spanish, through wagtail-localize, in the English chapters' order."""
    source_locale = context.pages["guide"].locale
    for language, texts in GUIDE_TRANSLATIONS.items():
        locale = context.locale(language)
        ensure_page_translation(context, context.pages["guide"], locale, texts["guide"])
        for chapter_text in CHAPTERS:
            chapter = GuideChapterPage.objects.filter(
                translation_key=chapter_key(chapter_text["key"]), locale=source_locale
            ).first()
            if chapter is None:
                context.warn(f"The English chapter '{chapter_text['key']}' was deleted; its translations are skipped.")
                continue
            translated_chapter = texts["chapters"][chapter_text["key"]]
            ensure_page_translation(context, chapter, locale, translated_chapter)
            for section_text in chapter_text["sections"]:
                section = GuideSectionPage.objects.filter(
                    translation_key=section_key(chapter_text["key"], section_text["key"]), locale=source_locale
                ).first()
                if section is None:
                    context.warn(
                        f"The English section '{section_text['key']}' was deleted; its translations are skipped."
                    )
                    continue
                ensure_page_translation(context, section, locale, translated_chapter["sections"][section_text["key"]])
