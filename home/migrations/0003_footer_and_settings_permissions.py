"""Editors edit the footer text and the site settings."""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps, "Editors", "home", ["add_footertext", "change_footertext", "delete_footertext", "change_sitesettings"]
    )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_locales"), ("accounts", "0003_create_role_groups")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
