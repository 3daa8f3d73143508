"""Which language a page is analysed in, and how a query names the language it is written in."""

from django.conf import settings
from django.db.models import prefetch_related_objects
from wagtail.search.query import SearchQuery

# The site's languages, each stemmed with its own Snowball stemmer (PostgreSQL configuration, Elasticsearch filter).
SEARCH_LANGUAGES = ("en", "fr", "es")
# What an object without a locale (an image, a document) is analysed in.
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE.split("-")[0]


class InLanguage(SearchQuery):
    """`query` (text or a Wagtail query) as written in `language`: analysed with that language's stemmer only.

    Pages are searched per locale, so the query's language is the reader's
    and the pages it can find are analysed in the same one.
    """

    def __init__(self, query, language):
        self.query = query
        self.language = search_language(language)

    def __repr__(self):
        return f"<InLanguage {self.query!r} {self.language}>"


def search_language(language_code):
    """One of SEARCH_LANGUAGES for a language code ("fr-ca" → "fr"); the default for any other."""
    language = (language_code or "").split("-")[0].lower()
    return language if language in SEARCH_LANGUAGES else DEFAULT_LANGUAGE


def language_of(obj):
    """The language an indexed object's text is analysed in: its locale's (a page's tree), else the default.

    A practice sits in the tree of its own language whenever the site has
    one, and pages are searched per locale: analysing by locale keeps every
    page a reader can find in the reader's language.
    """
    if getattr(obj, "locale_id", None) is None:
        return DEFAULT_LANGUAGE
    return search_language(obj.locale.language_code)


def load_locales(objs):
    """Fetch the locales of `objs` in one query, so `language_of` costs none per object."""
    objs = [obj for obj in objs if getattr(obj, "locale_id", None) is not None]
    if objs:
        prefetch_related_objects(objs, "locale")


class LanguageQueryCompilerMixin:
    """Takes the language off an `InLanguage` query: `self.language` is it, or None for a query without one."""

    def __init__(self, queryset, query, *args, **kwargs):
        self.language = query.language if isinstance(query, InLanguage) else None
        if isinstance(query, InLanguage):
            query = query.query
        super().__init__(queryset, query, *args, **kwargs)

    @property
    def query_languages(self):
        """The languages the query is analysed in: its own, or every site language when it names none."""
        return (self.language,) if self.language else SEARCH_LANGUAGES


def group_by_language(objs):
    """[(language, objects in it)] for the objects being indexed, their locales fetched in one query."""
    objs = list(objs)
    load_locales(objs)
    groups = {}
    for obj in objs:
        groups.setdefault(language_of(obj), []).append(obj)
    return groups.items()
