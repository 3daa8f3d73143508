"""Who may do what in the practice exchange; every view asks here, on the server.

- Coordinators share practices and edit only the practices they wrote (the
  page owner). Colleagues of the same administration do not edit each
  other's practices: each author answers for their own text, and a
  moderator can change any practice in the admin, for instance when its
  author has left.
- Coordinators, moderators and editors (the "exchange") read and write
  comments and keep bookmarks; visitors and learners do neither.
- Moderators and editors remove comments.
"""

from accounts.roles import is_coordinator, is_moderator


def is_exchange_member(user):
    return is_coordinator(user) or is_moderator(user)


def can_share_practices(user):
    return is_coordinator(user)


def can_edit_practice(user, practice):
    return can_share_practices(user) and practice.owner_id == user.pk


def can_moderate_comments(user):
    return is_moderator(user)
