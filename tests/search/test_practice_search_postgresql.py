"""What the database engine asks PostgreSQL's full-text index, and that a broad search reads no row's text for it."""

import pytest
from django.db import connection

from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import TAG, PracticeQuery
from search.practices.database.fulltext import postgres_index_tsquery


def test_a_phrase_is_asked_as_all_its_words_and_left_out_when_a_word_of_it_is_asked_alone():
    phrases = {("rotat",), ("staff", "rotat"), ("tenur", "cap"), ("mobil",)}
    assert postgres_index_tsquery(phrases) == "('mobil') | ('rotat') | ('tenur' & 'cap')"


@pytest.mark.postgres
def test_the_text_match_goes_through_the_gin_index_with_no_recheck(practice_index, indexing, anonymous):
    with indexing():
        PracticePageFactory.create_batch(3, parent=practice_index, title="Tenure cap for officers", tags=["cctv"])
    captured = []

    def keep_statement(execute, sql, params, many, context):
        if "search_vector @@" in sql:
            captured.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep_statement):
        results = database.search(PracticeQuery(text="rotation"), anonymous)
    assert results.total == 3
    assert [(value.value, value.count) for value in results.facets[TAG]] == [("cctv", 3)]
    sql, params = captured[0]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "Bitmap Index Scan on search_doc_vector" in plan
    assert "<->" not in plan  # a phrase would make PostgreSQL re-read every candidate's tsvector
