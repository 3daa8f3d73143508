"""What the database engine asks PostgreSQL: through the full-text index, its counts once per index generation."""

import pytest
from django.db import connection

from knowledgebase.audience import readable_audiences
from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import TAG, PracticeQuery
from search.practices.database import postgresql
from search.practices.database.fulltext import postgres_index_tsquery
from search.practices.database.visibility import visible_documents
from search.practices.text.query import analyse_query


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
    assert "Bitmap Index Scan on search_match_vector" in plan
    assert "<->" not in plan  # a phrase would make PostgreSQL re-read every candidate's tsvector


def main_statements(search):
    """The statements of `search()` that ask the full-text index, as run."""
    captured = []

    def keep_statement(execute, sql, params, many, context):
        if "search_vector @@" in sql:
            captured.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep_statement):
        results = search()
    return results, captured


@pytest.mark.postgres
def test_a_search_asked_again_takes_its_counts_from_the_cache_until_the_index_changes(
    practice_index, indexing, anonymous
):
    with indexing():
        PracticePageFactory.create_batch(3, parent=practice_index, title="Rotation of officers", tags=["cctv"])
    query = PracticeQuery(text="rotation")
    first, statements = main_statements(lambda: database.search(query, anonymous))
    assert "GROUPING SETS" in statements[0]
    again, statements = main_statements(lambda: database.search(query, anonymous))
    assert all("GROUPING SETS" not in statement for statement in statements)
    assert again.total == first.total == 3
    assert again.facets == first.facets
    assert [hit.page_id for hit in again.hits] == [hit.page_id for hit in first.hits]

    with indexing():
        PracticePageFactory(parent=practice_index, title="Rotation at the airport", tags=["cctv", "airports"])
    changed = database.search(query, anonymous)
    assert changed.total == 4
    assert {value.value: value.count for value in changed.facets[TAG]} == {"cctv": 4, "airports": 1}


@pytest.mark.postgres
def test_the_candidates_come_from_the_practices_whose_head_holds_every_word_when_there_are_enough(
    practice_index, indexing, anonymous
):
    with indexing():
        # The head score prefers a word in the title: alone it would pick the practices missing "staff".
        covering = PracticePageFactory.create_batch(
            2, parent=practice_index, title="Border posts", summary="Staff rotation every three years."
        )
        partial = PracticePageFactory.create_batch(
            3, parent=practice_index, title="Rotation of officers", summary="Rotation plans, rotation calendars."
        )
    analysed = analyse_query("staff rotation")
    clauses = [clause.alternatives for clause in analysed.clauses if not clause.proximity]
    visible = visible_documents(readable_audiences(anonymous))

    def candidates(limit):
        found = postgresql.found(visible, analysed.phrases, {}, ranked_limit=limit, clauses=clauses)
        return {page_id for page_id, _score in found.ranked}

    assert candidates(2) == {practice.pk for practice in covering}
    # Fewer practices hold every word than candidates are wanted: the best of all that hold any.
    assert candidates(5) == {practice.pk for practice in covering + partial}


@pytest.mark.postgres
def test_the_settings_of_a_search_do_not_outlive_it_in_the_callers_transaction(practice_index, indexing, anonymous):
    with indexing():
        PracticePageFactory(parent=practice_index, title="Rotation of officers")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('work_mem')")
        before = cursor.fetchone()
        assert database.search(PracticeQuery(text="rotation"), anonymous).total == 1
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('work_mem')")
        assert cursor.fetchone() == before


@pytest.mark.postgres
def test_a_listing_statement_runs_without_jit_and_puts_the_setting_back(practice_index, indexing, anonymous):
    with indexing():
        PracticePageFactory.create_batch(2, parent=practice_index)
    seen = []

    def keep_jit_setting(execute, sql, params, many, context):
        if "'total'" in sql:  # the listing's counting statement (`postgresql.found`)
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_setting('jit')")
                seen.append(cursor.fetchone()[0])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep_jit_setting):
        results = database.search(PracticeQuery(), anonymous)

    assert results.total == 2
    assert seen == ["off"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('jit') = reset_val FROM pg_settings WHERE name = 'jit'")
        assert cursor.fetchone()[0] is True
