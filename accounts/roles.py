"""The four roles of Integrity Hub, as Django groups.

Groups are created by a data migration; code asks about roles through these
helpers so the group names live in one place. Superusers count as editors and
moderators, never as coordinators or learners: those roles are scoped to one
administration, which a superuser does not have.
"""

from django.utils.translation import gettext_noop

from home.readers import group_names_of

# Group names as stored; marked so pages naming a group can translate it.
LEARNERS = gettext_noop("Learners")
COORDINATORS = gettext_noop("Coordinators")
MODERATORS = gettext_noop("Moderators")
EDITORS = gettext_noop("Editors")

ALL_ROLES = (LEARNERS, COORDINATORS, MODERATORS, EDITORS)


def role_names(user):
    """The user's group names, looked up once per request-scoped user object.

    Read with their ids (home.readers.groups_of), which every page needs for
    view restrictions: one query a request serves both.
    """
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = group_names_of(user)
        user._role_names = cached
    return cached


def has_role(user, role):
    """True when an authenticated user belongs to the group named `role`."""
    return role in role_names(user)


def is_coordinator(user):
    return has_role(user, COORDINATORS)


def is_editor(user):
    return user.is_authenticated and (user.is_superuser or has_role(user, EDITORS))


def is_moderator(user):
    return user.is_authenticated and (user.is_superuser or bool(role_names(user) & {MODERATORS, EDITORS}))
