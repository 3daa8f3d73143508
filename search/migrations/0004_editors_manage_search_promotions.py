"""Editors manage promoted search results (Wagtail's search promotions) for the site search."""

from django.db import migrations

from accounts.role_migrations import grant_model_permissions

PROMOTION_PERMISSIONS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def grant_promotion_permissions(apps, schema_editor):
    grant_model_permissions(apps, "Editors", "wagtailsearchpromotions", PROMOTION_PERMISSIONS)


def revoke_promotion_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=PROMOTION_PERMISSIONS
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_site_search_query_log"),
        ("accounts", "0003_create_role_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]
    operations = [migrations.RunPython(grant_promotion_permissions, revoke_promotion_permissions)]
