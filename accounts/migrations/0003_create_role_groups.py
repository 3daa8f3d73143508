"""Create the four role groups and give staff roles their Wagtail permissions.

Learners and Coordinators work only on the public site, so they get no admin
permissions; what they may do there is checked in views. Moderators review and
publish; Editors write and manage everything editorial.
"""

from django.db import migrations

from accounts.role_migrations import ensure_permissions_exist, grant_model_permissions

ROLES = ("Learners", "Coordinators", "Moderators", "Editors")
MODERATOR_PAGE_PERMISSIONS = ("change_page", "publish_page", "lock_page", "unlock_page")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = {
    "wagtaildocs": ("add_document", "change_document", "delete_document", "choose_document"),
    "wagtailimages": ("add_image", "change_image", "delete_image", "choose_image"),
}


def grant_page_permissions(apps, group, codenames):
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def grant_collection_permissions(apps, group, permissions_by_app):
    """Documents and images are permitted per collection; grant on the root one."""
    Collection = apps.get_model("wagtailcore", "Collection")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, codenames in permissions_by_app.items():
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)
    for app_label in ("wagtailcore", "wagtailadmin", "wagtaildocs", "wagtailimages"):
        ensure_permissions_exist(apps, app_label)

    for name in ("Moderators", "Editors"):
        grant_model_permissions(apps, name, "wagtailadmin", ["access_admin"])
    moderators, editors = Group.objects.get(name="Moderators"), Group.objects.get(name="Editors")
    grant_collection_permissions(apps, moderators, {"wagtaildocs": ["choose_document"], "wagtailimages": ["choose_image"]})
    grant_collection_permissions(apps, editors, MEDIA_PERMISSIONS)
    grant_model_permissions(
        apps,
        "Editors",
        "accounts",
        ["add_partneradministration", "change_partneradministration", "delete_partneradministration"],
    )
    grant_model_permissions(apps, "Moderators", "accounts", ["change_partneradministration"])

    grant_page_permissions(apps, moderators, MODERATOR_PAGE_PERMISSIONS)
    grant_page_permissions(apps, editors, EDITOR_PAGE_PERMISSIONS)


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_seed_regions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]
    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
