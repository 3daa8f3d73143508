"""Which pages a person may see: the one rule behind every listing, feed and API.

Wagtail enforces page view restrictions when it serves a page, but a query
(`PracticePage.objects.live()`) knows nothing about them, and Wagtail's own
`.public()` hides restricted pages from everyone, coordinators included. So
every list of pages on the public site goes through `visible_to`, which
keeps exactly the restricted pages whose restriction the user passes.

Restrictions are read once per call (one query, three for a signed-in
user), however many pages the list holds.
"""

from django.db.models import Q
from wagtail.models import BaseViewRestriction, PageViewRestriction


def visible_to(pages, user):
    """`pages` without those under a view restriction that `user` does not pass.

    A password restriction is never passed here: a list cannot ask for the
    password, and the page itself still can.
    """
    hidden_sections = Q()
    for path in hidden_section_paths(user):
        hidden_sections |= Q(path__startswith=path)
    return pages.exclude(hidden_sections) if hidden_sections else pages


def user_can_view_page(user, page):
    """The same rule for one page, e.g. before acting on a page given by id."""
    return not any(page.path.startswith(path) for path in hidden_section_paths(user))


def hidden_section_paths(user):
    """Tree paths of the restricted sections `user` may not see."""
    restrictions = list(PageViewRestriction.objects.select_related("page").only("restriction_type", "page__path"))
    if not restrictions:
        return []
    if user.is_authenticated:
        group_ids = group_ids_by_restriction(restrictions)
        user_group_ids = set(user.groups.values_list("pk", flat=True))
    else:
        group_ids, user_group_ids = {}, set()
    return [
        restriction.page.path
        for restriction in restrictions
        if not passes(restriction, user, user_group_ids, group_ids.get(restriction.pk, set()))
    ]


def group_ids_by_restriction(restrictions):
    through = PageViewRestriction.groups.through
    group_ids = {}
    rows = through.objects.filter(pageviewrestriction_id__in=[restriction.pk for restriction in restrictions])
    for restriction_id, group_id in rows.values_list("pageviewrestriction_id", "group_id"):
        group_ids.setdefault(restriction_id, set()).add(group_id)
    return group_ids


def passes(restriction, user, user_group_ids, restriction_group_ids):
    """Mirrors BaseViewRestriction.accept_request, minus the session password."""
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.NONE:
        return True
    if kind == BaseViewRestriction.LOGIN:
        return user.is_authenticated
    if kind == BaseViewRestriction.GROUPS:
        return user.is_authenticated and (user.is_superuser or bool(user_group_ids & restriction_group_ids))
    return False
