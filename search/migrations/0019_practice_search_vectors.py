"""The database engine's table of practice embeddings (hybrid search on SQLite and PostgreSQL, no extension).

Empty until `manage.py rebuild_practice_index` runs with PRACTICE_SEARCH_HYBRID on:
the rebuild embeds every live practice; later publications write their own rows.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0018_search_match_version_key_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='PracticeSearchVectors',
            fields=[
                ('document', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='vectors', serialize=False, to='search.practicesearchdocument')),
                ('version', models.CharField(default='', max_length=32)),
                ('headline', models.BinaryField(default=b'')),
                ('passages', models.BinaryField(default=b'')),
            ],
        ),
    ]
