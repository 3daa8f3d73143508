"""The site search's result lines (`<li class="search-hit">`), written in Python.

A page shows up to 20 hits plus the editors' promoted ones. Written by the
template language, each hit's half-dozen values (a lookup, escaping, two
simple tags, a filter) cost a few hundred calls: some 5,000 calls a page,
a seventh of a cold search. Here each value costs one `escape`. The markup
is what the template wrote; the template keeps everything around it.

Text is escaped by the standard library's `html.escape`, which is what
Django's `escape` calls.
"""

from html import escape

from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from home.templatetags.language_labels import language_label, link_language

# The excerpt is cut after this many words, as the template's `truncatewords:40` cut it.
EXCERPT_WORDS = 40


def hit_items_html(hits, promoted=False):
    """The `<li>` of each `engine.SiteSearchHit`; a promoted one carries the "Recommended" badge."""
    badge = f'<strong class="badge">{escape(gettext("Recommended"))}</strong> ' if promoted else ""
    item_class = "search-hit search-hit--promoted" if promoted else "search-hit"
    items = []
    for hit in hits:
        # A promotion's excerpt is the editor's description, in the reader's language: no `lang` of the page's.
        excerpt_lang = f' lang="{escape(hit.language)}"' if hit.language and not promoted else ""
        excerpt = (
            f'<p class="search-hit__excerpt"{excerpt_lang}>{escape(excerpt_words(hit.excerpt))}</p>'
            if hit.excerpt
            else ""
        )
        items.append(
            f'<li class="{item_class}">'
            f'<p class="search-hit__type">{badge}{escape(str(hit.type_label))}</p>'
            f'<h3 class="search-hit__title"><a href="{escape(hit.url)}"{link_language(hit.language)}>'
            f"{escape(hit.title)}</a>{language_label(hit.language)}</h3>"
            f"{excerpt}</li>"
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value above is escaped  # nosec B308 B703


def excerpt_words(text):
    """`text` cut as the `truncatewords` filter cuts it."""
    return Truncator(text).words(EXCERPT_WORDS, truncate=" …")
