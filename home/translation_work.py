"""What translators have left to do: pages missing in a language, or translated from an older source.

The site's own content (home, standard pages, the guide, the courses) is
written in the default language and translated through wagtail-localize.
A translation falls behind when the source page is published again after
its TranslationSource was last synced; how far behind is the number of the
source's text segments the translation has never seen. Practices are left
out: they stay in their author's language (docs/translation.md).
"""

from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

MISSING, BEHIND = "missing", "behind"


def translated_page_models():
    """The page types whose every page should exist in every language."""
    from elearning.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage
    from knowledgebase.models import GuideChapterPage, GuidePage, GuideSectionPage

    from .models import HomePage, StandardPage

    return (
        HomePage,
        StandardPage,
        GuidePage,
        GuideChapterPage,
        GuideSectionPage,
        CourseIndexPage,
        CoursePage,
        LessonPage,
        AssessmentPage,
    )


@dataclass(frozen=True)
class TranslationGap:
    """One source page that one language lacks, or has only in an older version."""

    source_id: int
    source_title: str
    language_code: str
    state: str
    changed_segments: int = 0
    translation_id: int | None = None


def text_segments(page):
    return Counter(
        segment.string.data for segment in extract_segments(page.specific) if isinstance(segment, StringSegmentValue)
    )


def changed_segment_count(source_page, translation_source):
    """How many of the live source's text segments the last sync did not contain."""
    synced = Counter(translation_source.stringsegment_set.values_list("string__data", flat=True).iterator())
    return sum((text_segments(source_page) - synced).values())


def translation_gaps():
    """Every (source page, language) pair a translator still has to act on, by language then tree order.

    A fixed number of queries for the tree, the translations and the sync
    dates; only pages published since their last sync are read in full to
    count their changed segments.
    """
    default_locale = Locale.get_default()
    other_locales = list(Locale.objects.exclude(pk=default_locale.pk).order_by("language_code"))
    content_types = ContentType.objects.get_for_models(*translated_page_models()).values()
    sources = list(
        Page.objects.live()
        .filter(locale=default_locale, content_type__in=content_types)
        .order_by("path")
        .only("id", "title", "translation_key", "last_published_at", "path")
    )
    keys = [page.translation_key for page in sources]
    translations = {
        (translation_key, locale_id): page_id
        for translation_key, locale_id, page_id in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=default_locale)
        .values_list("translation_key", "locale_id", "id")
    }
    synced_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=default_locale)
    }
    gaps = []
    for locale in other_locales:
        for page in sources:
            translation_id = translations.get((page.translation_key, locale.pk))
            if translation_id is None:
                gaps.append(TranslationGap(page.pk, page.title, locale.language_code, MISSING))
                continue
            synced = synced_sources.get(page.translation_key)
            if synced is None or (page.last_published_at and page.last_published_at > synced.last_updated_at):
                changed = changed_segment_count(page, synced) if synced else sum(text_segments(page).values())
                if changed:
                    gaps.append(
                        TranslationGap(page.pk, page.title, locale.language_code, BEHIND, changed, translation_id)
                    )
    return gaps
