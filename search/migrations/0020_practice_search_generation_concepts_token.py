"""The concept vocabulary's token beside the index's, read by every database-engine search in the same statement.

An index already built gets a token at once, so its processes keep their
concept lexicon from the first search (`search.vocabulary.current_lexicon`).
"""

from uuid import uuid4

from django.db import migrations, models


def give_a_token(apps, schema_editor):
    apps.get_model("search", "PracticeSearchGeneration").objects.update(concepts_token=uuid4().hex)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0019_practice_search_vectors"),
    ]

    operations = [
        migrations.AddField(
            model_name="practicesearchgeneration",
            name="concepts_token",
            field=models.CharField(blank=True, default="", max_length=32),
        ),
        migrations.RunPython(give_a_token, migrations.RunPython.noop),
    ]
