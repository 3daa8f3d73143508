"""PostgreSQL: the full-text index and what a search counts moved to narrow rows of their own.

A broad search at 100 000 practices reads the row of every match: to check
who may see it and to count its facets. The document rows are wide (the
title, its folded form, the administration's name, the head vector kept
in line for the ranking...), so that scan read 73 MB and walked past twenty
columns per row to reach the few it needed. `search_practicesearchmatch`
holds only those few, with `search_vector` (out of line) and its GIN
index: the same scan reads about 18 MB. The document table keeps everything
else, the head vector and its index for the ranking included.

The match rows follow the document rows through triggers, in the
transaction that writes the documents: insert, update (the vector is only
computed again when the analysed terms change), delete, and truncate (a
test flush). The vector is the one `0002` generated on the document row,
which loses it here. SQLite is untouched: its FTS5 table is separate
already.
"""

from django.db import migrations

DOCUMENTS = "search_practicesearchdocument"
MATCHES = "search_practicesearchmatch"
# What a search filters, counts and sorts the matches by (the visibility rule's columns included).
COLUMNS = (
    "page_id",
    "audience",
    "has_translations",
    "locale",
    "translation_key",
    "published_at",
    "year",
    "region",
    "language",
    "administration_slug",
    "key_factors",
    "tag_slugs",
)
SHORT_TEXT_COLUMNS = ("audience", "locale", "region", "language", "administration_slug", "key_factors", "tag_slugs")
ANALYSED_COLUMNS = ("title_terms", "tag_terms", "summary_terms", "body_terms", "administration_terms")


def search_vector(row=""):
    """The weighted vector of the analysed terms (of `row`: NEW in a trigger), as `0002` generated it.

    Title A, tags and administration B, summary C, body D.
    """
    prefix = f"{row}." if row else ""
    return (
        f"setweight(to_tsvector('simple'::regconfig, {prefix}title_terms), 'A') || "
        f"setweight(to_tsvector('simple'::regconfig, {prefix}tag_terms || ' ' || {prefix}administration_terms), 'B') || "
        f"setweight(to_tsvector('simple'::regconfig, {prefix}summary_terms), 'C') || "
        f"setweight(to_tsvector('simple'::regconfig, {prefix}body_terms), 'D')"
    )


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join(COLUMNS)
    new_values = ", ".join(f"NEW.{column}" for column in COLUMNS)
    kept_up = ", ".join(f"{column} = EXCLUDED.{column}" for column in (*COLUMNS[1:], "search_vector"))
    updated = ", ".join(f"{column} = NEW.{column}" for column in COLUMNS[1:])
    unchanged_terms = (
        f"({', '.join(f'NEW.{column}' for column in ANALYSED_COLUMNS)}) IS NOT DISTINCT FROM "
        f"({', '.join(f'OLD.{column}' for column in ANALYSED_COLUMNS)})"
    )
    storage = ", ".join(f"ALTER COLUMN {column} SET STORAGE PLAIN" for column in SHORT_TEXT_COLUMNS)
    statements = [
        # The same column types as the documents': the visibility rule's SQL reads either table.
        f"CREATE TABLE {MATCHES} AS SELECT {columns}, search_vector FROM {DOCUMENTS} WITH NO DATA",
        f"ALTER TABLE {MATCHES} ADD PRIMARY KEY (page_id), {storage}, SET (toast_tuple_target = 128)",
        f"INSERT INTO {MATCHES} SELECT {columns}, search_vector FROM {DOCUMENTS}",
        f"CREATE INDEX search_match_vector ON {MATCHES} USING gin (search_vector)",
        f"CREATE INDEX search_match_translated ON {MATCHES} (locale) WHERE has_translations",
        f"""CREATE FUNCTION {MATCHES}_follow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.page_id <> OLD.page_id) THEN
                DELETE FROM {MATCHES} WHERE page_id = OLD.page_id;
                IF TG_OP = 'DELETE' THEN
                    RETURN NULL;
                END IF;
            ELSIF TG_OP = 'UPDATE' AND {unchanged_terms} THEN
                UPDATE {MATCHES} SET {updated} WHERE page_id = NEW.page_id;
                RETURN NULL;
            END IF;
            INSERT INTO {MATCHES} ({columns}, search_vector) VALUES ({new_values}, {search_vector("NEW")})
                ON CONFLICT (page_id) DO UPDATE SET {kept_up};
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {MATCHES}_follow AFTER INSERT OR UPDATE OR DELETE ON {DOCUMENTS} "
        f"FOR EACH ROW EXECUTE FUNCTION {MATCHES}_follow()",
        f"""CREATE FUNCTION {MATCHES}_empty() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            TRUNCATE {MATCHES};
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {MATCHES}_empty AFTER TRUNCATE ON {DOCUMENTS} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {MATCHES}_empty()",
        "DROP INDEX search_doc_vector",
        f"ALTER TABLE {DOCUMENTS} DROP COLUMN search_vector",
        f"ANALYZE {MATCHES}",
    ]
    for statement in statements:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in (
        f"DROP TRIGGER IF EXISTS {MATCHES}_follow ON {DOCUMENTS}",
        f"DROP TRIGGER IF EXISTS {MATCHES}_empty ON {DOCUMENTS}",
        f"DROP FUNCTION IF EXISTS {MATCHES}_follow()",
        f"DROP FUNCTION IF EXISTS {MATCHES}_empty()",
        f"DROP TABLE IF EXISTS {MATCHES}",
        f"ALTER TABLE {DOCUMENTS} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({search_vector()}) STORED",
        f"CREATE INDEX search_doc_vector ON {DOCUMENTS} USING gin (search_vector)",
    ):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0012_drop_document_path")]

    operations = [migrations.RunPython(forward, backward)]
