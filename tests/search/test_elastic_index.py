"""The Elasticsearch practice index itself: mapping, analysis, alias rebuild, drift check.

These talk to the Elasticsearch of ELASTICSEARCH_URL (the support plugin
provides the language analysers they exercise).
"""

import pytest
from django.core.management import CommandError, call_command

from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic.connection import alias_name, client
from search.practices.elastic.indexing import indices_behind_alias

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def index(db):
    elastic.rebuild()
    return alias_name()


def tokens(index, analyzer, text):
    response = client().indices.analyze(index=index, analyzer=analyzer, text=text)
    return [token["token"] for token in response["tokens"]]


def test_mapping_is_explicit_and_strict(index):
    mapping = next(iter(client().indices.get_mapping(index=index).values()))["mappings"]
    properties = mapping["properties"]
    assert mapping["dynamic"] == "strict"
    assert properties["key_factors"]["type"] == "integer"
    assert {properties[name]["type"] for name in ("region", "administration_slug", "tags", "language", "audience")} == {
        "keyword"
    }
    assert properties["title_suggest"]["type"] == "completion"
    french_title = properties["fr"]["properties"]["title"]
    # One analyzer reads the French practices and the French readers' queries.
    assert french_title["analyzer"] == "fr_text" and "search_analyzer" not in french_title
    assert properties["concepts"]["type"] == properties["headline_concepts"]["type"] == "keyword"


def test_french_analysis_stems_and_folds_accents(index):
    assert tokens(index, "fr_text", "Déclarations") == tokens(index, "fr_text", "declaration")
    assert tokens(index, "fr_text", "l'agent des douanes") == ["agent", "douan"]


def test_english_analysis_stems_and_drops_stop_words(index):
    assert tokens(index, "en_text", "rotating the officers") == tokens(index, "en_text", "rotation officer")
    assert tokens(index, "neutral_text", "Rotación Déclaration") == ["rotacion", "declaration"]


def test_a_query_is_analysed_as_its_text_is_indexed_with_no_synonyms(index):
    """One analyzer per language, for the practices in it and the queries of its readers: no synonym expansion."""
    analysis = client().indices.get_settings(index=index)
    settings = next(iter(analysis.values()))["settings"]["index"]["analysis"]
    assert not [name for name, spec in settings.get("filter", {}).items() if "synonym" in spec.get("type", "")]
    assert tokens(index, "en_text", "bribery") == ["briberi"]


def test_rebuild_swaps_the_alias_and_keeps_serving_while_it_runs(exchange, anonymous, index, settings):
    settings.CONTENT_CACHE_ACROSS_REQUESTS = False  # every search asks Elasticsearch, none is answered from the cache
    before = indices_behind_alias()
    visible = elastic.search(PracticeQuery(), anonymous).total
    totals_during_rebuild = []

    def search_meanwhile(done, total):
        totals_during_rebuild.append(elastic.search(PracticeQuery(), anonymous).total)

    written = elastic.rebuild(progress=search_meanwhile)

    after = indices_behind_alias()
    assert written >= visible > 0
    assert totals_during_rebuild and set(totals_during_rebuild) == {visible}
    assert len(before) == len(after) == 1 and before != after
    assert not client().indices.exists(index=before[0])
    assert elastic.search(PracticeQuery(), anonymous).total == visible


def test_check_reports_drift_and_rebuild_repairs_it(exchange, index, capsys):
    call_command("check_practice_index")
    assert "In step" in capsys.readouterr().out

    missing, stale = exchange["rotation"].pk, exchange["hotline"].pk
    client().delete(index=index, id=missing, refresh=True)
    client().update(index=index, id=stale, doc={"revision_id": 0}, refresh=True)
    leftover = client().get(index=index, id=exchange["cashless"].pk)["_source"] | {"page_id": 999_999}
    client().index(index=index, id=999_999, document=leftover, refresh=True)

    with pytest.raises(CommandError, match="1 missing, 1 stale, 1 left over"):
        call_command("check_practice_index")
    report = capsys.readouterr().out
    assert f"page id(s) {missing}" in report and f"page id(s) {stale}" in report and "999999" in report

    call_command("rebuild_practice_index", verbosity=0)
    call_command("check_practice_index")
    assert "In step" in capsys.readouterr().out
