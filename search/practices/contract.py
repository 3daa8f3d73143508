"""What a practice search asks and answers, whichever engine runs it.

Both implementations (`search.practices.database` and
`search.practices.elastic`) take a `PracticeQuery` and a user and return a
`PracticeResults`; the page, the JSON API and the contract tests speak only
these types, so an engine can be swapped (or fallen back from) without the
caller noticing anything but `PracticeResults.engine`.

Facets follow the usual faceted-search rule: filters combine with AND
across facets and OR within one, and a facet's counts are computed with
every filter applied except its own, so each count is exactly the number of
hits a click on that value would give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORTS = (SORT_RELEVANCE, SORT_DATE)

# Facet names, in the order the page shows them; each is also a query filter.
KEY_FACTOR = "key_factor"
REGION = "region"
ADMINISTRATION = "administration"
TAG = "tag"
YEAR = "year"
LANGUAGE = "language"
FACETS = (KEY_FACTOR, REGION, ADMINISTRATION, TAG, YEAR, LANGUAGE)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


@dataclass(frozen=True)
class PracticeQuery:
    """A search as the user asked it. Empty text lists every visible practice.

    Filter values are the stable keys a URL carries: key factor numbers,
    region codes, administration slugs, tag slugs, years, language codes.
    """

    text: str = ""
    key_factors: tuple[int, ...] = ()
    regions: tuple[str, ...] = ()
    administrations: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    languages: tuple[str, ...] = ()
    sort: str = SORT_RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    def filters(self):
        """{facet name: selected values} for the facets that have a selection."""
        selected = {
            KEY_FACTOR: self.key_factors,
            REGION: self.regions,
            ADMINISTRATION: self.administrations,
            TAG: self.tags,
            YEAR: self.years,
            LANGUAGE: self.languages,
        }
        return {name: values for name, values in selected.items() if values}


@dataclass(frozen=True)
class PracticeHit:
    page_id: int
    external_id: str
    title: str
    url: str
    # Safe HTML: the matching passage with the matched words in <mark>, all else escaped.
    snippet: str
    key_factors: tuple[int, ...]
    region: str  # region code, "" if none
    administration: str  # administration name, "" if none
    administration_slug: str
    year: int | None
    language: str
    published_at: datetime | None
    score: float
    # Not public: only readers passing a view restriction may see it (a coordinators-only practice).
    restricted: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str  # the filter key, as it goes into a URL
    label: str  # what the reader sees, in the active language
    count: int
    selected: bool = False


@dataclass
class PracticeResults:
    hits: list[PracticeHit]
    total: int
    page: int
    page_size: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    # "Did you mean": a corrected query when the words look misspelt, else None.
    suggestion: str | None = None
    engine: str = "database"  # "elasticsearch" or "database"
    # True when Elasticsearch was configured but did not answer in time.
    degraded: bool = False
    # The shared cache key the engine filed these results under (`results_cache`): it names everything they
    # depend on (engine, index token, query, readers, language, content generation), so a fragment rendered
    # from them is keyed by it, not by the results themselves (hashing their text cost a cold listing 0.4 ms).
    cache_key: str = ""

    @property
    def page_count(self):
        return max(1, -(-self.total // self.page_size))


@dataclass(frozen=True)
class Completion:
    """One autocomplete entry: a practice title (with its URL) or a tag."""

    text: str
    kind: str  # "title" or "tag"
    url: str = ""
