"""Create-if-missing helpers for pages and translatable snippets.

Every demo area needs the same few moves: find a page by a key that survives
an editor renaming it, create and publish it when it is missing, and give it
French and Spanish translations. They live here once so the steps read as a
list of what the site contains.
"""

import re
import uuid

from django.urls import reverse
from django.utils import translation

from .localized import in_block_format, translate_snippet_through_localize, translate_through_localize

# Fixed, so that the same demo object gets the same translation key in every
# database and a re-run recognises it even after its slug or title changed.
DEMO_NAMESPACE = uuid.UUID("3f6c2a9e-8d41-4b7a-9a0e-5c1d7e2b4f60")

PAGE_TEXT_FIELDS = ("title", "slug", "seo_title", "search_description", "introduction", "body")


def demo_translation_key(name):
    """The translation key of the demo object called `name` (e.g. "home.about")."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


# Only ASCII whitespace: French texts keep their no-break spaces.
LAYOUT_WHITESPACE = re.compile(r"[ \t\r\n]+")
SPACE_AROUND_BLOCK_TAGS = re.compile(r" ?(</?(?:p|h[1-6]|ul|ol|li|hr)\b[^>]*>) ?")


def prepare_text(value, placeholders=None):
    """Ready a demo text structure for saving: one-line strings, markers filled in.

    Texts are written as indented triple-quoted strings so they read well in
    the source; the line breaks and indentation are layout only. `[[NAME]]`
    markers stand for what only the database or URL map knows (the key
    factors' wording, the profile URL in the page's language).
    """
    if isinstance(value, str):
        value = LAYOUT_WHITESPACE.sub(" ", value).strip()
        value = SPACE_AROUND_BLOCK_TAGS.sub(r"\1", value)
        for name, replacement in (placeholders or {}).items():
            value = value.replace(f"[[{name}]]", replacement)
        return value
    if isinstance(value, dict):
        return {key: prepare_text(item, placeholders) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [prepare_text(item, placeholders) for item in value]
    return value


def language_placeholders(language_code):
    """Markers every page text may use, resolved for one language.

    The profile link is relative to a page at the top of a language's tree
    (/fr/confidentialite/ -> /fr/profile/): a translation made through
    wagtail-localize keeps its source's link targets, so one href has to
    lead to the profile in every language.
    """
    with translation.override(language_code):
        profile_path = reverse("accounts:profile")
    return {"PROFILE_URL": "../" + profile_path.split("/", 2)[2]}


def apply_page_text(page, text, placeholders=None):
    """Copy title, slug, introduction, body… from a demo text onto a page."""
    text = prepare_text(text, placeholders)
    for field_name in PAGE_TEXT_FIELDS:
        if field_name in text:
            setattr(page, field_name, text[field_name])


def describe(page):
    return f"{page.specific_class._meta.verbose_name} '{page.title}' ({page.locale.language_code})"


def ensure_child_page(context, parent, page_class, key, text, placeholders=None, **attributes):
    """The page of `page_class` with translation key `key` in the parent's locale.

    Created under `parent` and published when missing; returned untouched
    when present, wherever an editor has since moved it.
    """
    existing = page_class.objects.filter(translation_key=key, locale_id=parent.locale_id).first()
    if existing is not None:
        context.record_existing(describe(existing))
        return existing
    page = page_class(translation_key=key, locale_id=parent.locale_id, **attributes)
    apply_page_text(page, text, placeholders)
    in_block_format(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    context.record_created(describe(page))
    return page


def ensure_page_translation(context, source, locale, text, placeholders=None):
    """The translation of `source` into `locale`, made through wagtail-localize when missing.

    The translated page keeps the translation key and lands under the
    parent's translation, so the language switcher links the versions, and
    it has a TranslationSource like one an editor made (see `localized`).
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        existing = existing.specific
        context.record_existing(describe(existing))
        return existing
    page = translate_through_localize(source, locale, lambda copy: apply_page_text(copy, text, placeholders))
    page = page.specific
    context.record_created(describe(page))
    return page


def ensure_page_with_translations(context, parent, page_class, key, texts, placeholders_for=None, **attributes):
    """A page in the source language plus its translations, from a {language: text} mapping.

    `parent` is the source-language parent; each translation lands under the
    parent's translation in that language. Returns {language: page}.
    """
    placeholders_for = placeholders_for or language_placeholders
    source_language = parent.locale.language_code
    source = ensure_child_page(
        context, parent, page_class, key, texts[source_language], placeholders_for(source_language), **attributes
    )
    pages = {source_language: source}
    for language in texts:
        if language == source_language:
            continue
        pages[language] = ensure_page_translation(
            context, source, context.locale(language), texts[language], placeholders_for(language)
        )
    return pages


def ensure_snippet_translations(context, source, texts, apply_text, one_per_locale=False):
    """Translations of a translatable snippet into every other language in `texts`, made through wagtail-localize.

    Each has a TranslationSource and manual string translations, like one an
    editor made (`localized.translate_snippet_through_localize`). With
    `one_per_locale` (a footer, say), a language that already has an object
    of this model, made by an editor before the demo ran, is left alone
    rather than given a second one.
    """
    model = type(source)
    for language, text in texts.items():
        locale = context.locale(language)
        if locale.pk == source.locale_id:
            continue
        existing = source.get_translation_or_none(locale)
        if existing is None and one_per_locale:
            existing = model.objects.filter(locale=locale).first()
        label = f"{model._meta.verbose_name} ({language})"
        if existing is not None:
            context.record_existing(label)
            continue
        translate_snippet_through_localize(source, locale, lambda copy, text=text: apply_text(copy, text))
        context.record_created(label)
