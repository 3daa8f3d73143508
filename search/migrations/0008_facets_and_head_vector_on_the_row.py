"""PostgreSQL: a search reads everything it counts and ranks by from the document row itself.

At 100 000 practices a broad query matches most of them; counting facets
through a join over `PracticeSearchFacetValue` and ranking with `ts_rank`
over the whole `tsvector` (read back from TOAST for every match) took
seconds. So:

- `tag_slugs` puts the tags on the row (the other facets were there
  already), filled here from the facet values of the documents indexed;
- the short columns a search filters and counts on are stored PLAIN (never
  moved to TOAST: `toast_tuple_target = 128` of 0006 had moved even the
  administration slug out of line, and each group by read it back);
- `head_vector`, generated like `search_vector` but from the title, tags,
  administration and summary only, stays in the row (MAIN, compressed) with
  its own GIN index: it ranks the candidates cheaply; `search_vector` only
  matches, through its index, and is never read for that.

Adding the generated column rewrites the table, which moves the values
of existing rows to the new storage. SQLite only gains `tag_slugs`.
"""

from django.db import migrations, models

TABLE = "search_practicesearchdocument"
SHORT_COLUMNS = (
    "external_id",
    "path",
    "audience",
    "locale",
    "language",
    "region",
    "administration_slug",
    "key_factors",
    "tag_slugs",
)
HEAD_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, tag_terms || ' ' || administration_terms), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, summary_terms), 'C')"
)


def fill_tag_slugs(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        joined = "string_agg(value, ' ' ORDER BY value)"
    elif vendor == "sqlite":
        joined = "group_concat(value, ' ')"
    else:
        return
    schema_editor.execute(
        f"UPDATE {TABLE} SET tag_slugs = COALESCE((SELECT {joined} FROM search_practicesearchfacetvalue AS facet_value "  # noqa: S608 - constant SQL  # nosec B608
        f"WHERE facet_value.document_id = {TABLE}.page_id AND facet_value.facet = 'tag'), '')"
    )


def add_head_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    storage = ", ".join(f"ALTER COLUMN {column} SET STORAGE PLAIN" for column in SHORT_COLUMNS)
    schema_editor.execute(
        f"ALTER TABLE {TABLE} {storage}, "
        f"ADD COLUMN head_vector tsvector GENERATED ALWAYS AS ({HEAD_VECTOR}) STORED, "
        "ALTER COLUMN head_vector SET STORAGE MAIN"
    )
    schema_editor.execute(f"CREATE INDEX search_doc_head_vector ON {TABLE} USING gin (head_vector)")


def drop_head_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_doc_head_vector")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS head_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_practice_audience")]

    operations = [
        migrations.AddField(
            model_name="practicesearchdocument",
            name="tag_slugs",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(fill_tag_slugs, migrations.RunPython.noop),
        migrations.RunPython(add_head_vector, drop_head_vector),
    ]
