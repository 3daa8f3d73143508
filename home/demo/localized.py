"""Demo translations made the way an editor's are: through wagtail-localize.

The demo writes each translation as a whole page text (readable in the
source, side by side with the English). To turn that into a translation an
editor can sync, export as PO and send to a translator, the page text is
applied to an unsaved copy of the source page, both are cut into segments
by wagtail-localize's own extractor, and the segments are paired by
position. A text whose structure differs from the source's (a paragraph
more, a list item less) cannot be paired and is refused with the place it
differs, rather than published half in English.
"""

import json
import re
from itertools import zip_longest

from django.db import transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

# Block ids differ between a stored page and an unsaved copy; the shape of a
# segment's path (field, block types, positions) does not.
BLOCK_ID_IN_PATH = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class TranslationShapeError(ValueError):
    """A demo translation does not have the same segments as its source page."""


def string_segments(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def positional_paths(segments):
    """Each segment's path with block ids replaced by the order they first appear in: comparable across copies."""
    positions = {}

    def position_of(match):
        return f"#{positions.setdefault(match.group(0), len(positions))}"

    return [BLOCK_ID_IN_PATH.sub(position_of, segment.path) for segment in segments]


def in_block_format(instance):
    """Write `instance`'s StreamFields out in Wagtail's stored format: every block, list item included, with an id.

    A text assigned as plain (type, value) pairs keeps its lists as bare
    values until saved, and wagtail-localize neither extracts nor translates
    list items in that shape: they would stay in the source language. So
    demo pages are put in block format before they are saved or paired.
    """
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(instance, field.name)
            list(value)  # bound blocks are written out afresh; unbound ones would keep their raw shape
            setattr(instance, field.name, field.stream_block.get_prep_value(value))


def apply_text_with_block_ids(instance, apply_translated_text):
    apply_translated_text(instance)
    in_block_format(instance)


def first_uneven_block(sources, translations):
    """Where two segment lists part: the first block with more segments on one side, for the error message."""
    by_block = {}
    for side, segments in enumerate((sources, translations)):
        for path, segment in zip(positional_paths(segments), segments, strict=True):
            by_block.setdefault(path, ([], []))[side].append(segment.string.data)
    for path, (source_texts, translated_texts) in by_block.items():
        if len(source_texts) != len(translated_texts):
            pairs = zip_longest(source_texts, translated_texts, fillvalue="")
            return f"; block {path}: {len(source_texts)} / {len(translated_texts)} segments: " + " | ".join(
                f"{source[:40]!r} ~ {translated[:40]!r}" for source, translated in pairs
            )
    return ""


def paired_segments(source_instance, translated_instance):
    """[(source segment, translated segment)], in the source's order; raises if the two differ in shape."""
    sources = string_segments(source_instance)
    translations = string_segments(translated_instance)
    if len(sources) != len(translations):
        raise TranslationShapeError(
            f"{source_instance}: the source has {len(sources)} text segments, the translation "
            f"{len(translations)}{first_uneven_block(sources, translations)}"
        )
    source_paths, translated_paths = positional_paths(sources), positional_paths(translations)
    for position, (source_path, translated_path) in enumerate(zip(source_paths, translated_paths, strict=True)):
        if source_path != translated_path:
            raise TranslationShapeError(
                f"{source_instance}: segment {position + 1} is at {source_path} in the source "
                f"but at {translated_path} in the translation ({translations[position].string.data[:60]!r})"
            )
    return list(zip(sources, translations, strict=True))


def checked_translation(source_segment, translated_segment):
    """The translated text, if wagtail-localize would accept it; a demo text it would flag is refused here."""
    data = translated_segment.string.data
    try:
        StringValue.from_translated_html(data)
        validate_translation_links(source_segment.string.data, data)
    except ValueError as error:
        raise TranslationShapeError(f"segment {source_segment.path}: {error} ({data[:60]!r})") from error
    return data


def write_string_translations(translation_source, locale, pairs):
    """A manual StringTranslation for each (source, translated) segment pair, in a fixed number of queries.

    The same rows wagtail-localize's editor writes, but read and written in
    bulk: one at a time cost five queries a segment, most of the demo's
    build time. Bulk writes skip StringTranslation.save's check of the text,
    so `checked_translation` makes it first.
    """
    path_ids = {TranslationContext._get_path_id(source.path) for source, _translated in pairs}
    contexts = {
        context.path_id: context
        for context in TranslationContext.objects.filter(object_id=translation_source.object_id, path_id__in=path_ids)
    }
    data_hashes = {String._get_data_hash(source.string.data) for source, _translated in pairs}
    strings = {
        string.data_hash: string
        for string in String.objects.filter(locale_id=translation_source.locale_id, data_hash__in=data_hashes)
    }
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, context__in=contexts.values(), translation_of__in=strings.values()
        )
    }
    created, updated = [], []
    for source, translated in pairs:
        context = contexts[TranslationContext._get_path_id(source.path)]
        string = strings[String._get_data_hash(source.string.data)]
        data = checked_translation(source, translated)
        row = existing.get((string.pk, context.pk))
        if row is None:
            created.append(
                StringTranslation(
                    translation_of=string,
                    locale=locale,
                    context=context,
                    data=data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
            )
        elif row.data != data or row.translation_type != StringTranslation.TRANSLATION_TYPE_MANUAL:
            row.data, row.translation_type, row.has_error = data, StringTranslation.TRANSLATION_TYPE_MANUAL, False
            row.updated_at = timezone.now()  # bulk_update leaves auto_now fields alone
            updated.append(row)
    StringTranslation.objects.bulk_create(created)
    StringTranslation.objects.bulk_update(updated, ["data", "translation_type", "has_error", "updated_at"])


def record_translation(source, locale, apply_translated_text):
    """What pages and snippets share: the TranslationSource, a manual StringTranslation per segment, the Translation.

    Returns the source, and the unsaved copies of the source object as
    stored and with the demo text applied, for what the caller adds.
    """
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    source_instance = translation_source.as_instance()
    translated_copy = translation_source.as_instance()
    apply_text_with_block_ids(translated_copy, apply_translated_text)
    write_string_translations(translation_source, locale, paired_segments(source_instance, translated_copy))
    LocalizeTranslation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    return translation_source, source_instance, translated_copy


@transaction.atomic
def translate_through_localize(source, locale, apply_translated_text):
    """Create `source`'s translation into `locale` from a demo text, as wagtail-localize translations.

    `apply_translated_text(copy)` writes the translated text onto an unsaved
    copy of the source. Every text segment gets a manual StringTranslation
    (`write_string_translations`), then wagtail-localize builds the translated page itself, so it carries a
    TranslationSource and Translation like one an editor made, and later
    edits to the source show as pending. Pages only: snippets have no draft.
    """
    translation_source, _source_instance, _translated_copy = record_translation(source, locale, apply_translated_text)
    # Saved as a draft and published here, not through wagtail-localize's
    # publish-on-commit, so the page is live as soon as this returns even
    # inside an outer transaction; without fallback, a segment left
    # untranslated is an error rather than English on a French page.
    translated_page, _ = translation_source.create_or_update_translation(locale, publish=False, fallback=False)
    translated_page.get_latest_revision().publish()
    return source.get_translation(locale)


@transaction.atomic
def translate_snippet_through_localize(source, locale, apply_translated_text):
    """Create snippet `source`'s translation into `locale` from a demo text, as wagtail-localize translations.

    The snippet counterpart of `translate_through_localize`: the same
    segments and manual StringTranslations, but a snippet has no draft, so
    wagtail-localize saves the translated object directly (`publish=True`).
    Editors then sync it and edit it in the translation editor like a page.
    """
    translation_source, source_instance, translated_copy = record_translation(source, locale, apply_translated_text)
    write_segment_overrides(translation_source, locale, source_instance, translated_copy)
    translation_source.create_or_update_translation(locale, publish=True, fallback=False)
    return source.get_translation(locale)


def write_segment_overrides(translation_source, locale, source_instance, translated_instance):
    """A SegmentOverride for each overridable segment the demo text changes: a link to the page in that language.

    A link's address is not a string segment; an editor overrides it in the
    translation editor, and so does the demo, else the French footer would
    link to the English licence deed.
    """
    sources, translations = (
        [segment for segment in extract_segments(instance) if isinstance(segment, OverridableSegmentValue)]
        for instance in (source_instance, translated_instance)
    )
    for source, translated in zip(sources, translations, strict=True):
        if translated.data == source.data:
            continue
        context = TranslationContext.objects.get(
            object_id=translation_source.object_id, path_id=TranslationContext._get_path_id(source.path)
        )
        SegmentOverride.objects.update_or_create(
            locale=locale, context=context, defaults={"data_json": json.dumps(translated.data)}
        )
