"""Bring the December 2026 wording of `search/concepts.jsonl` to sites seeded before it.

The seed gained everyday ways of naming what the practices are about (plain
paraphrases, verbs and noun forms in English, French and Spanish), four new
concepts, and lost a few single words whose stem is shared with unrelated
words ("informer" is stemmed like "informed"). The rule is the loader's
(`search.concept_seed`), the one `load_search_concepts` follows: a missing
concept is added, a concept nobody edited since the seed takes the new
wording, a concept an editor changed or added is left as it is. On a fresh
site 0016 already loaded this file and this migration changes nothing.
The practices carry the new concepts after `rebuild_practice_index` (or
the reindex `load_search_concepts` queues).
"""

from django.db import migrations

from search.concept_seed import load_concepts, read_seed


def load_new_wording(apps, schema_editor):
    load_concepts(apps.get_model("search", "SearchConcept"), read_seed())


class Migration(migrations.Migration):
    dependencies = [("search", "0016_seed_search_concepts")]
    operations = [migrations.RunPython(load_new_wording, migrations.RunPython.noop)]
