"""Every page view restriction, as plain rows shared by every reader and read once per content generation.

The lists of pages (knowledgebase.visibility) and the check before a page
is served (home.view_restrictions) both need to know which restrictions
exist and where. The rows are the same for everyone, so they are read
once per request and kept across requests in the shared cache under the
content generation, which any change of a restriction, of its groups or
of a page retires (home.content_invalidation).

Plain rows rather than model instances: with one restriction per
coordinators-only practice there are thousands, and a model instance
(and its page) for each cost more than the search they were filtering.
"""

from typing import NamedTuple

from wagtail.models import PageViewRestriction

from .request_memo import remember_shared

# The restrictions themselves are the same for everyone; who passes them is worked out per reader.
EVERY_READER = "all"


class RestrictedPage(NamedTuple):
    """A view restriction (`pk`, `restriction_type`) and where it applies."""

    pk: int
    restriction_type: str
    path: str
    numchild: int


def view_restrictions():
    """([RestrictedPage], {restriction id: group ids}): every page view restriction."""
    return remember_shared("view-restrictions", read_view_restrictions, language="-", audience=EVERY_READER)


def read_view_restrictions():
    restrictions = [
        RestrictedPage(*row)
        for row in PageViewRestriction.objects.values_list("pk", "restriction_type", "page__path", "page__numchild")
    ]
    return restrictions, group_ids_by_restriction(restrictions) if restrictions else {}


def group_ids_by_restriction(restrictions):
    through = PageViewRestriction.groups.through
    group_ids = {}
    rows = through.objects.filter(pageviewrestriction_id__in=[restriction.pk for restriction in restrictions])
    for restriction_id, group_id in rows.values_list("pageviewrestriction_id", "group_id"):
        group_ids.setdefault(restriction_id, set()).add(group_id)
    return group_ids


def may_be_restricted(page):
    """False when no view restriction can apply to `page`: none on it or its ancestors (aliases: always True)."""
    if page.alias_of_id:
        return True
    restrictions, _group_ids = view_restrictions()
    return any(page.path.startswith(restriction.path) for restriction in restrictions)
