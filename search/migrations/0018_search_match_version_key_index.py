"""An index for the one-version-per-practice rule on PostgreSQL's match rows: the versions of one practice.

The rule (`search.practices.database.visibility`) asks, for each
translated match, whether an older version of the same practice is also
visible: a subquery correlated by translation key. The only index on
translated rows was by locale, so each of those subqueries read every
translated row: at 100 000 practices, a tenth of them versions, a Spanish
search naming a broad concept took 22 s for a coordinator. This index reads
only the practice's own versions. Nothing else changes (same rows, same order).
"""

from django.db import migrations

MATCHES = "search_practicesearchmatch"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX search_match_version_key ON {MATCHES} (translation_key, page_id) WHERE has_translations"
    )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX search_match_version_key")


class Migration(migrations.Migration):
    dependencies = [("search", "0017_search_concepts_everyday_wording")]

    operations = [migrations.RunPython(forward, backward)]
