"""Who is reading: their groups, and whether the page should offer them the editing bar.

The groups decide every view restriction (knowledgebase.visibility) and
whether someone may open the admin; a page asks for them several times,
the database is asked once per request.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection

from .request_memo import remember
from .sql_rows import fetch_rows


def groups_of(user):
    """(id, name) of each of `user`'s groups (none for a visitor), read in one query once per request.

    Ids decide view restrictions, names decide roles (the header's role-aware
    links): one read serves both.
    """
    if not user.is_authenticated:
        return frozenset()
    return remember(("groups", user.pk), lambda: frozenset(fetch_rows(groups_statement(), [user.pk])))


@cache
def groups_statement():
    """The SQL of `groups_of`, with the user id as its parameter: a fixed statement (home.sql_rows)."""
    through = get_user_model()._meta.get_field("groups").remote_field.through
    user_column = through._meta.get_field(get_user_model()._meta.model_name).column
    quote = connection.ops.quote_name
    return (
        f"SELECT g.id, g.name FROM {quote(Group._meta.db_table)} g INNER JOIN {quote(through._meta.db_table)} member "  # noqa: S608
        f"ON member.group_id = g.id WHERE member.{quote(user_column)} = %s"
    )


def group_ids_of(user):
    """The ids of `user`'s groups (an empty set for a visitor)."""
    return frozenset(pk for pk, _ in groups_of(user))


def group_names_of(user):
    """The names of `user`'s groups, that is their roles (accounts.roles), from the same read as their ids."""
    return frozenset(name for _, name in groups_of(user))


def may_open_admin(user):
    """Whether `user` may open the Wagtail admin, asked without loading all their permissions.

    Wagtail's userbar asks `has_perm("wagtailadmin.access_admin")`, which
    loads every permission of the user and of their groups: two queries on
    every page for every signed-in learner, who can never edit. Admin access
    is given through groups (Wagtail's user editor offers nothing else), so
    a learner in no such group is answered from their group ids alone.
    """
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    group_ids = group_ids_of(user)
    if not group_ids:
        return False
    return remember(
        ("may_open_admin", user.pk),
        lambda: Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin", group__in=group_ids
        ).exists(),
    )
