"""The label a link to content in another language carries: "in Spanish", in the reader's language.

One component for every list that can link across languages (related
practices, site and practice search hits, the home page's cards): a tag,
not an include, because lists render it once per item and a tag costs no
template render. It reads no database: the language is a field of the item.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

register = template.Library()

LANGUAGE_LABELS = {
    "en": _("in English"),
    "fr": _("in French"),
    "es": _("in Spanish"),
}


def is_other_language(language):
    """Whether content in `language` differs from the language being read ("" means unknown: not labelled)."""
    return bool(language) and language != translation.get_language()


@register.simple_tag
def language_label(language):
    """A visible chip naming `language` when it is not the reader's; nothing otherwise."""
    if not is_other_language(language):
        return ""
    return format_html('<span class="chip chip--language">{}</span>', LANGUAGE_LABELS.get(language, language))


@register.simple_tag
def link_language(language):
    """` lang="…" hreflang="…"` for a link to content in `language`, for screen readers; nothing if unknown."""
    if not language:
        return ""
    return format_html(' lang="{}" hreflang="{}"', language, language)
