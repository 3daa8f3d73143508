"""Editors manage key factors; moderators may correct their wording."""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps, "Editors", "knowledgebase", ["add_keyfactor", "change_keyfactor", "delete_keyfactor"]
    )
    grant_model_permissions(apps, "Moderators", "knowledgebase", ["change_keyfactor"])


class Migration(migrations.Migration):
    dependencies = [("knowledgebase", "0002_seed_key_factors"), ("accounts", "0003_create_role_groups")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
