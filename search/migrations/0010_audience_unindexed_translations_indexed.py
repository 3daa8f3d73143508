"""The audience loses its index; the few translated documents get a partial one.

A handful of audiences cover every document, and PostgreSQL used the
audience index and then tested the text of every visible row (reading each
`tsvector` back from TOAST) instead of asking the GIN index: ~0.5 s at
100 000 practices. The rule that shows one version of a translated practice
per language looks the translated documents up on every search: a partial
index finds them without reading the table.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0009_listing_generation")]

    operations = [
        migrations.AlterField(
            model_name="practicesearchdocument",
            name="audience",
            field=models.CharField(default="public", max_length=255),
        ),
        migrations.AddIndex(
            model_name="practicesearchdocument",
            index=models.Index(
                condition=models.Q(has_translations=True), fields=["locale"], name="search_doc_translated"
            ),
        ),
    ]
