"""Hybrid practice search (PRACTICE_SEARCH_HYBRID): keyword matches fused with the practices nearest by embedding.

Real Elasticsearch and the real embedding model (loaded once per test
process: `search.practices.embeddings` keeps it). The queries share no word
with the practice they should find, so only the vectors can find it. The
fusion is the default one: by scores, narrative passages embedded.
"""

import pytest
from django.utils import translation

from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic import querying, vectors
from search.practices.elastic.connection import alias_name, client

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]

# A paraphrase in each language, sharing no word with the practice it describes.
PARAPHRASES = {
    "en": ("paying fees by phone", "cashless"),  # "Cashless duties at land frontier stations"
    "fr": ("payer sans espèces", "cashless"),
    "es": ("cambiar de destino a los empleados cada pocos años", "rotation"),  # "Rotation of officers at border posts"
}
ROTATION_PARAPHRASE, _ = PARAPHRASES["es"]
FRENCH_PARAPHRASE, _ = PARAPHRASES["fr"]
RESTRICTED_PARAPHRASE = "undercover checks of employee honesty"  # of the coordinators-only integrity testing


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


@pytest.mark.parametrize("language", PARAPHRASES)
def test_a_paraphrase_sharing_no_word_finds_the_practice_in_each_language(hybrid, anonymous, settings, language):
    text, practice = PARAPHRASES[language]
    titles, total = found(anonymous, text, language)
    assert titles[0] == hybrid[practice].title
    assert total == len(titles)

    settings.PRACTICE_SEARCH_HYBRID = False
    assert hybrid[practice].title not in found(anonymous, text, language)[0]


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


def test_each_version_is_embedded_and_one_is_shown(hybrid, indexing, anonymous):
    from home.factories import translate_page

    with indexing():
        french = translate_page(hybrid["cashless"], "fr", title="Droits payés sans espèces aux postes terrestres")
    sources = {
        hit["_id"]: hit["_source"]
        for hit in client().search(index=alias_name(), query={"match_all": {}}, size=20)["hits"]["hits"]
    }
    assert all(len(source[vectors.FIELD]) == 512 for source in sources.values())
    # Each narrative of the fixture is four sentences: two passages, each with its vector.
    assert all(len(source[vectors.PASSAGES]) == 2 for source in sources.values())
    assert all(len(passage[vectors.FIELD]) == 512 for passage in sources[str(french.pk)][vectors.PASSAGES])
    assert sources[str(french.pk)][vectors.FIELD] != sources[str(hybrid["cashless"].pk)][vectors.FIELD]
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
    refresh_practices([rotation.pk, draft.pk])
    assert len(client().get(index=alias_name(), id=rotation.pk)["_source"][vectors.FIELD]) == 512
    assert not client().exists(index=alias_name(), id=draft.pk)
