"""Editors see and revoke certificates in the admin; moderators see them."""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(apps, "Editors", "elearning", ["view_certificate", "revoke_certificate"])
    grant_model_permissions(apps, "Moderators", "elearning", ["view_certificate"])


class Migration(migrations.Migration):
    dependencies = [("elearning", "0001_initial"), ("accounts", "0003_create_role_groups")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
