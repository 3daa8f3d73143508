"""What the practice index page shows: the faceted practice search.

The knowledge base owns the page; this module fills its context, registered
under the Wagtail hook `knowledgebase.listing.PRACTICE_INDEX_CONTEXT_HOOK`
(imported by `search/wagtail_hooks.py`), so the knowledge base never imports
search. The
page is a plain GET form: every state, including each facet choice, the sort
and the page number, is a URL, so it works without JavaScript and can be
bookmarked or shared.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.regions import REGION_NAMES
from knowledgebase.listing import PRACTICE_INDEX_CONTEXT_HOOK
from knowledgebase.models import key_factor_names
from knowledgebase.permissions import can_share_practices, is_exchange_member

from .listing_html import facet_options_html, hit_cards_html
from .practices.contract import (
    ADMINISTRATION,
    FACETS,
    KEY_FACTOR,
    LANGUAGE,
    REGION,
    SORT_DATE,
    SORT_RELEVANCE,
    TAG,
    YEAR,
    PracticeQuery,
)
from .practices.service import search_practices
from .query_params import PAGE, SORT, TEXT, parse_practice_query

FACET_HEADINGS = {
    KEY_FACTOR: _("Key factor"),
    REGION: _("Region"),
    ADMINISTRATION: _("Administration"),
    TAG: _("Tag"),
    YEAR: _("Year"),
    LANGUAGE: _("Language"),
}
SORT_LABELS = {SORT_RELEVANCE: pgettext_lazy("sort order", "Relevance"), SORT_DATE: _("Newest first")}
# Where each facet's selected values sit in a PracticeQuery.
QUERY_FIELDS = {
    KEY_FACTOR: "key_factors",
    REGION: "regions",
    ADMINISTRATION: "administrations",
    TAG: "tags",
    YEAR: "years",
    LANGUAGE: "languages",
}


@hooks.register(PRACTICE_INDEX_CONTEXT_HOOK)
def practice_search_context(request):
    """The page's context: the search as asked, its results, and every link the page needs."""
    parsed = parse_practice_query(request.GET)
    query = parsed.query
    results = search_practices(query, request.user)
    links = SearchLinks(request.path, query)
    return {
        "search_query": query,
        "search_problems": parsed.problems,
        "results": results,
        # Shown only inside the listing's shared fragment: worked out when it is rendered, not on a cache hit.
        "hit_cards_html": SimpleLazyObject(lambda: hit_cards_html(present_hits(results.hits))),
        "facets": SimpleLazyObject(lambda: present_facets(results.facets)),
        "selected_filters": SimpleLazyObject(lambda: selected_filters(query, results.facets, links)),
        "sort_choices": list(SORT_LABELS.items()),
        "links": links,
        # A page past the end (an old bookmark, fewer results now) links to the last one.
        "last_page_url": links.page(results.page_count) if results.total and query.page > results.page_count else "",
        "suggestion_url": links.with_text(results.suggestion) if results.suggestion else "",
        "autocomplete_url": reverse("api:practice_autocomplete"),
        "can_share": can_share_practices(request.user),
        "is_member": is_exchange_member(request.user),
    }


def query_parameters(query):
    """The (name, value) pairs that reproduce `query` in a URL; defaults are left out."""
    pairs = [(TEXT, query.text)] if query.text else []
    for name in FACETS:
        pairs.extend((name, str(value)) for value in getattr(query, QUERY_FIELDS[name]))
    if query.sort != SORT_RELEVANCE:
        pairs.append((SORT, query.sort))
    if query.page > 1:
        pairs.append((PAGE, str(query.page)))
    return pairs


class SearchLinks:
    """URLs for the current search with one thing changed; a change of search always returns to page 1."""

    def __init__(self, path, query):
        self.path = path
        self.query = query

    def url(self, query):
        parameters = query_parameters(query)
        return f"{self.path}?{urlencode(parameters)}" if parameters else self.path

    def page(self, number):
        return self.url(replace(self.query, page=number))

    @property
    def previous_page(self):
        return self.page(self.query.page - 1)

    @property
    def next_page(self):
        return self.page(self.query.page + 1)

    def with_text(self, text):
        return self.url(replace(self.query, text=text, page=1))

    def without(self, facet, value):
        field = QUERY_FIELDS[facet]
        kept = tuple(selected for selected in getattr(self.query, field) if str(selected) != value)
        return self.url(replace(self.query, page=1, **{field: kept}))

    @property
    def without_filters(self):
        return self.url(PracticeQuery(text=self.query.text, sort=self.query.sort))

    @property
    def everything(self):
        return self.path


@dataclass(frozen=True)
class Facet:
    name: str
    heading: str
    values: list

    @property
    def options_html(self):
        return facet_options_html(self)


def present_facets(facets):
    """The facets that have values, in the order the contract lists them, with their headings."""
    return [Facet(name=name, heading=FACET_HEADINGS[name], values=facets[name]) for name in FACETS if facets.get(name)]


@dataclass(frozen=True)
class SelectedFilter:
    heading: str
    label: str
    remove_url: str


def selected_filters(query, facets, links):
    """Each chosen filter value, named as its facet names it, with a link that removes just that value."""
    chosen = []
    for name, values in query.filters().items():
        labels = {facet_value.value: facet_value.label for facet_value in facets.get(name, ())}
        for value in values:
            key = str(value)
            chosen.append(SelectedFilter(FACET_HEADINGS[name], labels.get(key, key), links.without(name, key)))
    return chosen


@dataclass(frozen=True)
class HitCard:
    """A hit with the names the reader needs in place of the codes it carries."""

    hit: object
    key_factor_labels: list
    region_name: str
    language_name: str


def present_hits(hits):
    names = key_factor_names() if any(hit.key_factors for hit in hits) else {}
    languages = dict(settings.LANGUAGES)
    # A page's hits share a few regions and languages: each name translated once.
    region_names = {
        region: gettext(REGION_NAMES[region]) if region in REGION_NAMES else region
        for region in {hit.region for hit in hits}
    }
    language_names = {
        language: gettext(languages.get(language, language)) for language in {hit.language for hit in hits}
    }
    return [
        HitCard(
            hit=hit,
            key_factor_labels=[(number, names.get(number, number)) for number in hit.key_factors],
            region_name=region_names[hit.region],
            language_name=language_names[hit.language],
        )
        for hit in hits
    ]
