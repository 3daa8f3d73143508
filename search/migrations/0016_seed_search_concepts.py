"""The concept vocabulary of a fresh site, from `search/concepts.jsonl`; editors may manage it.

A site gets its concepts with `migrate` (the deployment, the test and
benchmark databases all run it), through the same loader as
`manage.py load_search_concepts`, which later deployments run to take new
wording from the file without undoing editors' changes. Practices indexed
before this migration carry no concepts: `rebuild_practice_index` after
deploying (the Elasticsearch mapping changed too).
"""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions
from search.concept_seed import load_concepts, read_seed

CONCEPT_PERMISSIONS = ["add_searchconcept", "change_searchconcept", "delete_searchconcept", "view_searchconcept"]


def seed_concepts(apps, schema_editor):
    load_concepts(apps.get_model("search", "SearchConcept"), read_seed())


def grant_concept_permissions(apps, schema_editor):
    grant_model_permissions(apps, "Editors", "search", CONCEPT_PERMISSIONS)


def revoke_concept_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="search", codename__in=CONCEPT_PERMISSIONS)
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0015_search_concepts"),
        ("accounts", "0003_create_role_groups"),
    ]
    operations = [
        migrations.RunPython(seed_concepts, migrations.RunPython.noop),
        migrations.RunPython(grant_concept_permissions, revoke_concept_permissions),
    ]
