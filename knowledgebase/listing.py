"""The practice listing: what the index page shows, and helpers for other lists of practices.

Practices in every language are listed; when a practice has been
translated, the version in the reader's language stands for the others.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail import hooks

from .models import PracticePage, key_factor_names

# The practice index page is the faceted practice search, which the `search`
# app provides by registering a function of the request under this hook
# name; the knowledge base asks for it here instead of importing `search`.
PRACTICE_INDEX_CONTEXT_HOOK = "practice_index_context"


def practice_listing_context(request):
    """The practice index page's context: the search's answer to `request`."""
    builders = hooks.get_hooks(PRACTICE_INDEX_CONTEXT_HOOK)
    if len(builders) != 1:
        raise ImproperlyConfigured(
            f"Exactly one {PRACTICE_INDEX_CONTEXT_HOOK!r} hook must be registered; found {len(builders)}."
        )
    return builders[0](request)


def one_version_per_practice(practices):
    """Leave out other-language versions of practices translated into the active language."""
    language = translation.get_language()
    translated_here = PracticePage.objects.live().filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    )
    return practices.exclude(~Q(locale__language_code=language) & Exists(translated_here))


def label_key_factors(practices):
    """Give each practice `key_factor_labels`: (number, name in the reader's language)."""
    names = key_factor_names()
    for practice in practices:
        practice.key_factor_labels = [(number, names.get(number, number)) for number in practice.key_factor_numbers()]
    return practices
