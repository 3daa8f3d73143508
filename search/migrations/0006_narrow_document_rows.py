"""PostgreSQL: keep the document rows narrow, so filters, counts and facets scan little.

A document row holds long texts (plain text for snippets, analysed terms,
the tsvector) next to the few short columns every search filters on.
PostgreSQL moves a value out of line only once a row passes ~2 kB, so rows
stayed wide and a scan of 100 000 documents read ~160 MB. With a tuple
target of 128 bytes the long values go to the TOAST table and a scan
reads ~30 MB; they are read back only for the page of hits shown.
"""

from django.db import migrations


def narrow_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_practicesearchdocument SET (toast_tuple_target = 128)")


def default_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_practicesearchdocument RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_practice_search_term")]

    operations = [migrations.RunPython(narrow_rows, default_rows)]
