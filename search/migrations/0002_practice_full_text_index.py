"""The full-text index over PracticeSearchDocument's analysed terms, per database.

SQLite: an FTS5 table whose rowid is the page id, one column per ranked
field, queried with bm25(). PostgreSQL: a stored generated `tsvector`
column (title A, tags and administration B, summary C, body D) with a GIN
index, queried with ts_rank. Other databases get neither, and the engine
says so.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_practice_fulltext USING fts5("
    "title, tags, summary, body, administration, tokenize = 'unicode61 remove_diacritics 0')"
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_practice_fulltext"]

POSTGRES_FORWARD = [
    "ALTER TABLE search_practicesearchdocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, tag_terms || ' ' || administration_terms), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, summary_terms), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, body_terms), 'D')) STORED",
    "CREATE INDEX search_doc_vector ON search_practicesearchdocument USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_doc_vector",
    "ALTER TABLE search_practicesearchdocument DROP COLUMN IF EXISTS search_vector",
]


def run_for_vendor(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run_for_vendor({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run_for_vendor({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
