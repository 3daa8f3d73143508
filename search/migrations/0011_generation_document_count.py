"""The generation row also counts the documents (the ranking's N), counted once here for an existing index."""

from django.db import migrations, models


def count_documents(apps, schema_editor):
    generation_model = apps.get_model("search", "PracticeSearchGeneration")
    document_model = apps.get_model("search", "PracticeSearchDocument")
    generation_model.objects.update(document_count=document_model.objects.count())


class Migration(migrations.Migration):
    dependencies = [("search", "0010_audience_unindexed_translations_indexed")]

    operations = [
        migrations.AddField(
            model_name="practicesearchgeneration",
            name="document_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(count_documents, migrations.RunPython.noop),
    ]
