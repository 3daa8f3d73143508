"""Hybrid practice search (PRACTICE_SEARCH_HYBRID): keyword matches fused with the practices nearest by embedding.

Real Elasticsearch and the real embedding model (loaded once per test
process: `search.practices.embeddings` keeps it). The queries share no word
with the practice they should find, so only the vectors can find it. The
fusion is the default one: by scores, narrative passages embedded.
"""

import json

import pytest
from django.utils import translation

from knowledgebase.audience import readable_audiences
from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic import querying, vectors
from search.practices.elastic.connection import alias_name, client

from .hybrid_queries import FRENCH_PARAPHRASE, PARAPHRASES, RESTRICTED_PARAPHRASE, ROTATION_PARAPHRASE

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def hybrid(settings, exchange):
    settings.PRACTICE_SEARCH_HYBRID = True
    elastic.rebuild()
    return exchange


@pytest.fixture
def keyword_only(settings, exchange):
    settings.PRACTICE_SEARCH_HYBRID = False
    elastic.rebuild()
    return exchange


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


def found(user, text, language="en"):
    with translation.override(language):
        results = elastic.search(PracticeQuery(text=text), user)
    return [hit.title for hit in results.hits], results.total


def indexed_vectors(practice_id):
    """(title-and-summary vectors, passage vectors) the index holds for a practice (they are not in its source)."""
    only = {"ids": {"values": [str(practice_id)]}}
    headline = client().count(
        index=alias_name(), query={"bool": {"filter": [only, {"exists": {"field": vectors.FIELD}}]}}
    )["count"]
    passages = {"exists": {"field": vectors.PASSAGE_FIELD}}
    nested = {"nested": {"path": vectors.PASSAGES, "query": passages, "inner_hits": {"size": 0}}}
    hits = client().search(index=alias_name(), query={"bool": {"filter": [only], "should": [nested]}})["hits"]["hits"]
    inner = hits[0].get("inner_hits", {}).get(vectors.PASSAGES) if hits else None
    return headline, inner["hits"]["total"]["value"] if inner else 0


def nearest_by_own_text(practice_id, among):
    """Of `among`, the practice whose indexed vector is nearest to the embedding of `practice_id`'s own text."""
    source = client().get(index=alias_name(), id=practice_id)["_source"]
    knn = {
        "field": vectors.FIELD,
        "query_vector": vectors.query_vector(vectors.embedded_text(source)),
        "k": 1,
        "num_candidates": 10,
        "filter": {"ids": {"values": [str(practice_id) for practice_id in among]}},
    }
    return client().search(index=alias_name(), knn=knn, size=1, source=False)["hits"]["hits"][0]["_id"]


def test_ranks_fusion_still_finds_a_paraphrase(hybrid, anonymous, settings):
    settings.PRACTICE_SEARCH_HYBRID_FUSION = "ranks"
    text, practice = PARAPHRASES["fr"]
    assert found(anonymous, text, "fr")[0][0] == hybrid[practice].title


def test_coordinators_only_practices_stay_hidden_from_the_public(hybrid, anonymous, learner, coordinator):
    restricted = hybrid["restricted"].title
    assert found(coordinator, RESTRICTED_PARAPHRASE)[0][0] == restricted
    for reader in (anonymous, learner):
        titles, total = found(reader, RESTRICTED_PARAPHRASE)
        assert restricted not in titles
        assert total == len(titles)


def test_filters_apply_to_the_vector_matches(hybrid, anonymous):
    assert found(anonymous, ROTATION_PARAPHRASE, "es")[0][0] == hybrid["rotation"].title
    with translation.override("es"):
        results = elastic.search(PracticeQuery(text=ROTATION_PARAPHRASE, regions=("WCA",)), anonymous)
    assert hybrid["rotation"].title not in [hit.title for hit in results.hits]  # rotation is in Europe


def test_the_vectors_are_indexed_but_left_out_of_the_source(hybrid):
    mapping = client().indices.get_mapping(index=alias_name())
    (mappings,) = [index["mappings"] for index in mapping.body.values()]
    assert mappings["_source"]["excludes"] == [vectors.FIELD, vectors.PASSAGES]
    hit = client().search(index=alias_name(), size=1)["hits"]["hits"][0]
    assert vectors.FIELD not in hit["_source"] and vectors.PASSAGES not in hit["_source"]
    assert indexed_vectors(hit["_id"]) == (1, 2)


def test_each_version_is_embedded_and_one_is_shown(hybrid, indexing, anonymous):
    from home.factories import translate_page

    with indexing():
        french = translate_page(hybrid["cashless"], "fr", title="Droits payés sans espèces aux postes terrestres")
    practice_ids = [hit["_id"] for hit in client().search(index=alias_name(), size=20)["hits"]["hits"]]
    # Each narrative of the fixture is four sentences: two passages, each with its vector.
    assert all(indexed_vectors(practice_id) == (1, 2) for practice_id in practice_ids)
    for version in (french, hybrid["cashless"]):
        assert nearest_by_own_text(version.pk, [french.pk, hybrid["cashless"].pk]) == str(version.pk)
    titles, _total = found(anonymous, FRENCH_PARAPHRASE, "fr")
    assert titles.count(french.title) == 1 and hybrid["cashless"].title not in titles


def test_with_hybrid_off_nothing_about_vectors_is_indexed_or_asked(keyword_only, anonymous, sent_bodies):
    mapping = client().indices.get_mapping(index=alias_name())
    (properties,) = [index["mappings"]["properties"] for index in mapping.body.values()]
    assert vectors.FIELD not in properties and vectors.PASSAGES not in properties
    found(anonymous, ROTATION_PARAPHRASE, "es")
    assert sent_bodies and not any("knn" in body for body in sent_bodies)


def test_a_bulk_refresh_embeds_the_live_practices_and_removes_the_others(hybrid):
    from search.practices.elastic.indexing import refresh_practices

    rotation, draft = hybrid["rotation"], hybrid["draft"]
    client().update(index=alias_name(), id=rotation.pk, doc={vectors.FIELD: None}, refresh=True)
    assert indexed_vectors(rotation.pk) == (0, 0)  # the vectors are not in the source: an update drops them
    refresh_practices([rotation.pk, draft.pk])
    assert indexed_vectors(rotation.pk) == (1, 2)
    assert not client().exists(index=alias_name(), id=draft.pk)


def test_a_hybrid_search_asks_every_similarity_in_one_request(hybrid, anonymous, sent_bodies):
    assert found(anonymous, "officers and traders at the counter")[0]
    # The facets, the keyword window's first pass and the nearest practices; then the re-ranking and the similarities.
    assert len(sent_bodies) == 5
    _nearest, similarity = [body for body in sent_bodies if "knn" in json.dumps(body)]
    clauses = similarity["query"]["bool"]["should"]
    names = [clause.get("knn", clause.get("nested", {})).get("_name") for clause in clauses]
    assert names == [vectors.HEADLINE, vectors.PASSAGE]


def test_each_request_is_sent_as_soon_as_what_it_needs_is_there(hybrid, anonymous, monkeypatch):
    """The keyword window is asked for before the query is embedded, the re-ranking before the similarities.

    So Elasticsearch finds the window while the query is embedded, and
    re-ranks it while the nearest practices may still be on their way: the
    embedding and the re-ranking are off the search's longest path.
    """
    steps = []
    sent_beside, query_vector, similarity_body = querying.sent_beside, vectors.query_vector, vectors.similarity_body

    def kind(body):
        text = json.dumps(body)
        if "aggs" in body:
            return "facets"
        if "rescore" in body:
            return "keyword window"
        if "knn" in body:
            return "nearest practices"
        return "re-ranking" if "more_like_this" in text else "other"

    def sending(body, **options):
        steps.append(kind(body))
        return sent_beside(body, **options)

    def embedding(text):
        steps.append("query embedded")
        return query_vector(text)

    def similarities_asked(*arguments):
        steps.append("similarities")
        return similarity_body(*arguments)

    monkeypatch.setattr(querying, "sent_beside", sending)
    monkeypatch.setattr(vectors, "query_vector", embedding)
    monkeypatch.setattr(vectors, "similarity_body", similarities_asked)
    assert found(anonymous, "officers and traders at the counter")[0]
    assert steps == ["facets", "keyword window", "query embedded", "nearest practices", "re-ranking", "similarities"]


def test_one_similarity_request_scores_as_a_request_for_each_part(hybrid, coordinator):
    """Each named clause's score is the score of a kNN search of its own over the same practices (the old way)."""
    text = "officers and traders at the counter"
    with translation.override("en"):
        scope = [querying.visibility_filter(readable_audiences(coordinator))]
        vector = vectors.query_vector(text)
        nearest = querying.send(vectors.nearest_body(vector, scope, 40, False))["hits"]["hits"]
        practice_ids = [hit["_id"] for hit in nearest]
        answer = querying.send(vectors.similarity_body(vector, practice_ids, scope), named_scores=True)["hits"]["hits"]
    assert len(practice_ids) == len(answer) > 1
    only = [{"ids": {"values": practice_ids}}, *(clause.to_dict() for clause in scope)]
    for name, field in ((vectors.HEADLINE, vectors.FIELD), (vectors.PASSAGE, vectors.PASSAGE_FIELD)):
        knn = {"field": field, "query_vector": vector, "k": len(practice_ids), "num_candidates": len(practice_ids)}
        alone = client().search(index=alias_name(), knn=knn | {"filter": only}, size=len(practice_ids), source=False)
        assert {hit["_id"]: hit["_score"] for hit in alone["hits"]["hits"]} == {
            hit["_id"]: hit["matched_queries"][name] for hit in answer if name in hit["matched_queries"]
        }


def test_the_similarity_request_never_reads_outside_the_readers_scope(hybrid, anonymous):
    """Asked about a coordinators-only practice for a visitor, the request returns nothing of it."""
    restricted = str(hybrid["restricted"].pk)
    with translation.override("en"):
        scope = [querying.visibility_filter(readable_audiences(anonymous))]
        vector = vectors.query_vector(RESTRICTED_PARAPHRASE)
        body = vectors.similarity_body(vector, [restricted, str(hybrid["rotation"].pk)], scope)
        answer = querying.send(body, named_scores=True)["hits"]["hits"]
    assert [hit["_id"] for hit in answer] == [str(hybrid["rotation"].pk)]
