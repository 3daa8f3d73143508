"""Helpers for data migrations that give the role groups their permissions.

Django creates model permissions after all migrations have run, so a data
migration that grants them must create them first; every app's role
migration goes through `grant_model_permissions` for that reason.
"""

from django.contrib.auth.management import create_permissions


def ensure_permissions_exist(apps, app_label):
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant_model_permissions(apps, group_name, app_label, codenames):
    """Give `group_name` the named permissions of `app_label`, creating both if needed."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ensure_permissions_exist(apps, app_label)
    group, _ = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise LookupError(f"Unknown permissions for {app_label}: {sorted(missing)}")
    group.permissions.add(*permissions)
