"""Hybrid search on every engine (conftest's `engine`): a paraphrase sharing no word finds its practice.

One paraphrase in each language. Real database or Elasticsearch and the real
embedding model; with hybrid search off, the same words find nothing of it.
"""

import pytest
from django.utils import translation

from search.practices.contract import PracticeQuery

from .hybrid_queries import PARAPHRASES


@pytest.fixture
def hybrid(settings, exchange, engine):
    settings.PRACTICE_SEARCH_HYBRID = True
    engine.rebuild()
    return exchange


def found(engine, user, text, language):
    with translation.override(language):
        results = engine.search(PracticeQuery(text=text), user)
    return [hit.title for hit in results.hits], results.total


@pytest.mark.parametrize("language", PARAPHRASES)
def test_a_paraphrase_sharing_no_word_finds_the_practice_in_each_language(
    hybrid, engine, anonymous, settings, language
):
    text, practice = PARAPHRASES[language]
    titles, total = found(engine, anonymous, text, language)
    assert titles[0] == hybrid[practice].title
    assert total == len(titles)

    settings.PRACTICE_SEARCH_HYBRID = False
    assert hybrid[practice].title not in found(engine, anonymous, text, language)[0]
