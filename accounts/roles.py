"""The four roles of Integrity Hub, as Django groups.

Groups are created by a data migration; code asks about roles through these
helpers so the group names live in one place.
"""

LEARNERS = "Learners"
COORDINATORS = "Coordinators"
MODERATORS = "Moderators"
EDITORS = "Editors"

ALL_ROLES = (LEARNERS, COORDINATORS, MODERATORS, EDITORS)


def has_role(user, role):
    """True when an authenticated user belongs to the group named `role`."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return role in cached


def is_coordinator(user):
    return has_role(user, COORDINATORS)


def is_moderator(user):
    return has_role(user, MODERATORS) or has_role(user, EDITORS)
