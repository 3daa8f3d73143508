"""Runs one site search through Wagtail's search backend, whichever backend is configured.

Visibility is part of the query itself: the pages searched are
`visible_to(live pages of the reader's locale, user)`, whose view-restriction
rule becomes `path` prefix filters that both the database backend (SQL) and
the Elasticsearch backend (`prefix` queries on the `path_filter` keyword)
apply before counting. Counts, facets and pages are therefore computed over
exactly what the user may see, and the backend's final fetch of the hits
from the database applies the same filters again, so even a stale index
cannot show a page that has since been unpublished or restricted.
"""

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from django.apps import apps
from django.core.paginator import Paginator
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.search.query import And, Phrase, PlainText
from wagtail.search.utils import normalise_query_string

from home.content_type_rows import read_content_types_of_models
from home.shell import row_url
from home.sql_rows import as_uuid, fetch_rows
from knowledgebase.visibility import visible_to

from .backends.languages import InLanguage
from .content_types import SEARCHABLE_TYPES, excerpt_of, excerpt_of_row
from .hit_rows import read_hit_rows

PAGE_SIZE = 20
# Deep pages cost the engine more and help nobody; Elasticsearch refuses past 10,000 results anyway.
MAX_PAGES = 50
# The search fetches at most this many (id, type) pairs in rank order; see `ranked_matches`.
MAX_RANKED = PAGE_SIZE * MAX_PAGES
QUOTED_PHRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SiteSearchHit:
    """One line of results: a page of the site, or an editor's external link."""

    title: str
    url: str
    type_label: str
    excerpt: str
    # The page's own language when it has one (a practice is written in one), for `lang`; "" otherwise.
    language: str = ""
    # The page's id (None for an external link): plain data, so results can be cached across requests.
    page_id: int | None = None


@dataclass(frozen=True)
class TypeFacet:
    """A type filter link: `key` None means every type."""

    key: str | None
    label: str
    count: int
    selected: bool


@dataclass
class SiteSearchResults:
    text: str
    type_key: str | None
    total: int
    page_obj: object
    hits: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    facets: list = field(default_factory=list)

    @property
    def result_count(self):
        """Everything the search found for the reader: promoted results and the rest."""
        return self.total + len(self.promotions)


def visible_pages(user, locale):
    """Live pages in `locale` that `user` may see: the one rule, applied once per search."""
    return visible_to(Page.objects.live().filter(locale=locale), user)


def search_site(text, user, locale, type_key=None, page_number=1, request=None):
    """Search `text` over the searchable types; `type_key` narrows to one type (see content_types)."""
    selected_type = SEARCHABLE_TYPES.get(type_key)
    # The search's filters and the backend ask for the content types of every page model: read at once.
    read_content_types_of_models(page_models())
    terms = engine_terms(text)
    # Stemmed in the reader's language, as the pages of the reader's locale are (backends/).
    query = InLanguage(terms, locale.language_code) if terms else None
    visible = visible_pages(user, locale)
    promotions = promoted_hits(text, visible, selected_type, request)
    candidates = visible.type(*SEARCHABLE_TYPES.models)
    promoted_ids = [hit.page_id for hit in promotions if hit.page_id is not None]
    if promoted_ids:
        candidates = candidates.exclude(pk__in=promoted_ids)

    ranked = ranked_matches(candidates, query) if query else []
    counts = counts_by_type(ranked) if len(ranked) < MAX_RANKED else type_counts(candidates, query)
    facets = [TypeFacet(None, gettext("All results"), sum(counts.values()), selected_type is None)]
    facets += [
        TypeFacet(searchable.key, str(searchable.label), counts.get(searchable.key, 0), searchable is selected_type)
        for searchable in SEARCHABLE_TYPES
    ]
    total = counts.get(selected_type.key, 0) if selected_type else sum(counts.values())

    paginator = Paginator(range(min(total, MAX_RANKED)), PAGE_SIZE)
    page_obj = paginator.get_page(page_number)
    if selected_type and len(ranked) < MAX_RANKED:
        wanted = selected_type.content_type_ids
        ranked = [match for match in ranked if match.content_type_id in wanted]
    elif selected_type:
        ranked = ranked_matches(candidates.type(*selected_type.models), query)
    start = page_obj.start_index() - 1 if total else 0
    hits = hits_of_matches(ranked[start : start + PAGE_SIZE], request)
    return SiteSearchResults(
        text=text,
        type_key=selected_type.key if selected_type else None,
        total=total,
        page_obj=page_obj,
        hits=hits,
        promotions=promotions if page_obj.number == 1 else [],
        facets=facets,
    )


def page_models():
    """Every page model: what the database backends look up the content types of when they search pages."""
    return [model for model in apps.get_models() if issubclass(model, Page)]


def engine_terms(text):
    """`text` as the backend should get it: its words, with each "quoted phrase" required as written.

    Words outside quotes stay a plain query (any of them, best first);
    each phrase must appear word for word. Wagtail's SQLite backend puts a
    phrase in double quotes for FTS5 without escaping one inside it, so
    every double quote is consumed here: pairs make phrases, a stray one is
    dropped.
    """
    phrases = [" ".join(phrase.split()) for phrase in QUOTED_PHRASE.findall(text)]
    phrases = [phrase for phrase in phrases if phrase]
    words = " ".join(QUOTED_PHRASE.sub(" ", text).replace('"', " ").split())
    if not phrases:
        return words
    required = [Phrase(phrase) for phrase in phrases]
    if words:
        required.append(PlainText(words))
    return required[0] if len(required) == 1 else And(required)


class Match(NamedTuple):
    """A matching page as the ranking lists it."""

    pk: int
    content_type_id: int


def ranked_matches(candidates, query):
    """The matching pages' (id, content type), best first: the search's one query to the engine.

    Counting types from these rows instead of a second facet query halves
    the full-text work of a search (the SQLite backend's ranking already
    runs the MATCH twice). Only when the cap is reached, and the counts
    could be short, does `type_counts` ask the engine for exact ones.

    Wagtail's database backends answer with the ranked queryset of pages
    (`get_queryset`): it is read as rows, not as up to MAX_RANKED Page
    instances (each a few hundred calls to build, most of a cold search's
    work). Elasticsearch answers with its hits, read as it gives them.
    """
    results = candidates.only("pk", "content_type_id").search(query)[:MAX_RANKED]
    ranked_queryset = getattr(results, "get_queryset", None)
    if ranked_queryset is None:
        return [Match(page.pk, page.content_type_id) for page in results]
    # The SQLite backend's own statement reads the matches once (backends/sqlite.py); other backends' queryset.
    compiler = results.query_compiler
    rows = None
    if hasattr(compiler, "ranked_rows"):
        rows = compiler.ranked_rows(compiler.get_config(results.backend), MAX_RANKED, ("pk", "content_type_id"))
    if rows is None:
        rows = ranked_queryset().values_list("pk", "content_type_id")
    return [Match(*row) for row in dict(rows).items()]


def counts_by_type(ranked):
    """{type key: number of matching pages} among `ranked`."""
    key_by_content_type_id = SEARCHABLE_TYPES.key_by_content_type_id()
    counts = Counter(key_by_content_type_id.get(match.content_type_id) for match in ranked)
    counts.pop(None, None)
    return dict(counts)


def type_counts(candidates, query):
    """{type key: number of matching pages}, from one facet query on the content type."""
    counts = {}
    key_by_content_type_id = SEARCHABLE_TYPES.key_by_content_type_id()
    for content_type_id, count in candidates.search(query).facet("content_type_id").items():
        key = key_by_content_type_id.get(content_type_id)
        if key is not None:
            counts[key] = counts.get(key, 0) + count
    return counts


def hits_of_matches(matches, request):
    """The hits of `matches`, in their order: every page read as a row of what it shows, in one query."""
    rows = read_hit_rows([match.pk for match in matches])
    return [
        SiteSearchHit(
            title=row.title,
            url=row_url(request, row.pk, row.url_path),
            type_label=row.type_label,
            excerpt=excerpt_of_row(row.excerpt_fields),
            language=row.language,
            page_id=row.pk,
        )
        for row in (rows.get(match.pk) for match in matches)
        if row is not None
    ]


def page_hit(page, request):
    return SiteSearchHit(
        title=page.title,
        url=page.get_url(request),
        type_label=str(capfirst(page._meta.verbose_name)),
        excerpt=excerpt_of(page),
        language=getattr(page, "language", ""),
        page_id=page.pk,
    )


def promoted_hits(text, visible, selected_type, request):
    """Editors' promoted results for this query, in the reader's language, among what they may see.

    A promotion names one page; the reader gets that page's translation in
    their language when it is live and visible to them, and nothing
    otherwise. External links show only when no type filter is chosen.
    """
    promotions = read_promotions(normalise_query_string(text))
    if not promotions:
        return []
    translation_keys = [promotion.translation_key for promotion in promotions if promotion.page_id]
    pages = visible.filter(translation_key__in=translation_keys)
    if selected_type:
        pages = pages.type(*selected_type.models)
    pages_by_key = {page.translation_key: page for page in pages.specific().defer_streamfields()}
    hits = []
    for promotion in promotions:
        if promotion.page_id:
            page = pages_by_key.pop(promotion.translation_key, None)
            if page is not None:
                hit = page_hit(page, request)
                hits.append(replace(hit, excerpt=promotion.description) if promotion.description else hit)
        elif selected_type is None and promotion.external_link_url:
            hits.append(
                SiteSearchHit(
                    title=promotion.external_link_text or promotion.external_link_url,
                    url=promotion.external_link_url,
                    type_label=gettext("External link"),
                    excerpt=promotion.description,
                )
            )
    return hits


class PromotionRow(NamedTuple):
    """An editor's promoted result as `promoted_hits` reads it; `translation_key` is its page's, if it names one."""

    page_id: int | None
    translation_key: object
    external_link_url: str
    external_link_text: str
    description: str


PROMOTIONS_STATEMENT = """
SELECT promotion.page_id, page.translation_key, promotion.external_link_url, promotion.external_link_text,
    promotion.description
FROM wagtailsearchpromotions_searchpromotion promotion
INNER JOIN wagtailsearchpromotions_query asked ON asked.id = promotion.query_id
LEFT JOIN wagtailcore_page page ON page.id = promotion.page_id
WHERE asked.query_string = %s
ORDER BY promotion.sort_order, promotion.id
"""


def read_promotions(query_string):
    """The promotions of the normalised `query_string`, in the editors' order: one fixed query.

    Most searches have none, and a queryset with its join cost a cold
    search more Python than the statement costs the database.
    """
    return [
        PromotionRow(page_id, as_uuid(translation_key), link_url, link_text, description)
        for page_id, translation_key, link_url, link_text, description in fetch_rows(
            PROMOTIONS_STATEMENT, [query_string]
        )
    ]
