"""Elasticsearch answers a search in as few requests as it can, each counting what the search shows.

The hits (for the first pages, the best matches scored exactly) and the
counts (facets, total, "did you mean") come from one request; the first
pages are then re-ranked in a second. The counts are those of the matches
the reader may see under the other facets' filters, whichever order the hits
are in.
"""

import pytest
from django.utils import translation

from search.practices import contract, elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic import querying

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def sent_bodies(monkeypatch):
    """The bodies of the search requests sent (still sent to Elasticsearch)."""
    bodies = []
    send = querying.send

    def recording(body, **kwargs):
        bodies.append(body)
        return send(body, **kwargs)

    monkeypatch.setattr(querying, "send", recording)
    return bodies


def searched(query, user):
    with translation.override("en"):
        return elastic.search(query, user)


def region_counts(results):
    return {value.value: value.count for value in results.facets[contract.REGION]}


def test_words_are_found_and_counted_in_one_request_then_re_ranked_in_another(exchange, anonymous, sent_bodies):
    elastic.rebuild()
    results = searched(PracticeQuery(text="traders", regions=("EUR",)), anonymous)

    assert [hit.page_id for hit in results.hits] == [exchange["cashless"].pk]
    assert results.total == 1
    # The region facet counts under the other facets' filters only: a click on WCA finds the hotline.
    assert region_counts(results) == {"EUR": 1, "WCA": 1}
    assert len(sent_bodies) == 2
    found_and_counted, re_ranking = sent_bodies
    assert "rescore" in found_and_counted and "aggs" in found_and_counted
    assert "aggs" not in re_ranking


@pytest.mark.parametrize("text", ["", "officers"])
def test_a_listing_in_date_order_is_found_and_counted_in_one_request(exchange, anonymous, sent_bodies, text):
    elastic.rebuild()
    results = searched(PracticeQuery(text=text, regions=("EUR",), sort=contract.SORT_DATE), anonymous)

    # Coordinators-only and draft practices stay out of the hits and of every count.
    assert [hit.page_id for hit in results.hits] == (
        [exchange["cashless"].pk, exchange["rotation"].pk] if not text else [exchange["rotation"].pk]
    )
    assert results.total == len(results.hits)
    assert region_counts(results) == ({"EUR": 2, "WCA": 2} if not text else {"EUR": 1})
    assert len(sent_bodies) == 1
