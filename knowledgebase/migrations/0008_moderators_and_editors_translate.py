"""Moderators and Editors may start translations with wagtail-localize (its "Translate" action).

Moderators translate practices (they stay in their author's language
otherwise); Editors translate the guide, the courses and the site's pages.
Coordinators and learners never enter the admin and get nothing here:
wagtail-localize's translate view refuses anyone without the permission.
"""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions

TRANSLATING_ROLES = ("Moderators", "Editors")


def grant(apps, schema_editor):
    for role in TRANSLATING_ROLES:
        grant_model_permissions(apps, role, "wagtail_localize", ["submit_translation"])


class Migration(migrations.Migration):
    dependencies = [
        ("knowledgebase", "0007_comment_submission_token"),
        ("accounts", "0003_create_role_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
