"""PostgreSQL: the match rows' vector stored out of line, as a copy of the document row's generated one.

`0013` computed the vector in its trigger. PostgreSQL moves a value to the
TOAST table only when the whole row passes about 2 kB (the table's
`toast_tuple_target` applies from then on), and a match row with a vector
computed there rarely did: after a rebuild most vectors sat in the rows,
which grew from 18 MB to 110 MB and made a broad search slower than before.
A value that is out of line already is always stored out of line again, so
the document row generates its vector once more (`0002`'s column, without
its index: nothing searches it there) and the trigger copies it. The match
rows written so far are written again the same way.
"""

from django.db import migrations

DOCUMENTS = "search_practicesearchdocument"
MATCHES = "search_practicesearchmatch"
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
# As `0002` generated it: title A, tags and administration B, summary C, body D.
SEARCH_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, tag_terms || ' ' || administration_terms), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, summary_terms), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, body_terms), 'D')"
)


def copying_trigger_function():
    columns = ", ".join((*COLUMNS, "search_vector"))
    new_values = ", ".join(f"NEW.{column}" for column in (*COLUMNS, "search_vector"))
    kept_up = ", ".join(f"{column} = EXCLUDED.{column}" for column in (*COLUMNS[1:], "search_vector"))
    return f"""CREATE OR REPLACE FUNCTION {MATCHES}_follow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.page_id <> OLD.page_id) THEN
            DELETE FROM {MATCHES} WHERE page_id = OLD.page_id;
            IF TG_OP = 'DELETE' THEN
                RETURN NULL;
            END IF;
        END IF;
        INSERT INTO {MATCHES} ({columns}) VALUES ({new_values}) ON CONFLICT (page_id) DO UPDATE SET {kept_up};
        RETURN NULL;
    END $$"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join((*COLUMNS, "search_vector"))
    for statement in (
        f"ALTER TABLE {DOCUMENTS} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({SEARCH_VECTOR}) STORED",
        copying_trigger_function(),
        # Written again from the documents' out-of-line vectors; the index is faster built once than row by row.
        "DROP INDEX search_match_vector",
        f"TRUNCATE {MATCHES}",
        f"INSERT INTO {MATCHES} ({columns}) SELECT {columns} FROM {DOCUMENTS}",
        f"CREATE INDEX search_match_vector ON {MATCHES} USING gin (search_vector)",
        f"ANALYZE {MATCHES}",
    ):
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    """Back to `0013`: the trigger computes the vector, the documents have none."""
    if schema_editor.connection.vendor != "postgresql":
        return
    computed = SEARCH_VECTOR
    for column in ("title_terms", "tag_terms", "administration_terms", "summary_terms", "body_terms"):
        computed = computed.replace(f" {column}", f" NEW.{column}")
    function = copying_trigger_function().replace("NEW.search_vector", computed)
    schema_editor.execute(function)
    schema_editor.execute(f"ALTER TABLE {DOCUMENTS} DROP COLUMN search_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0013_practice_match_rows")]

    operations = [migrations.RunPython(forward, backward)]
