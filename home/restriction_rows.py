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

from .request_memo import remember_shared
from .sql_rows import fetch_rows

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


RESTRICTIONS_STATEMENT = """
SELECT r.id, r.restriction_type, p.path, p.numchild, g.group_id
FROM wagtailcore_pageviewrestriction r
INNER JOIN wagtailcore_page p ON p.id = r.page_id
LEFT JOIN wagtailcore_pageviewrestriction_groups g ON g.pageviewrestriction_id = r.id
ORDER BY r.id
"""


def read_view_restrictions():
    """Every restriction with its page's place, and the groups of each: one query (a row per group)."""
    restrictions, group_ids = {}, {}
    for pk, restriction_type, path, numchild, group_id in fetch_rows(RESTRICTIONS_STATEMENT):
        restrictions.setdefault(pk, RestrictedPage(pk, restriction_type, path, numchild))
        if group_id is not None:
            group_ids.setdefault(pk, set()).add(group_id)
    return list(restrictions.values()), group_ids


class RestrictionProbe(NamedTuple):
    """What `may_be_restricted` reads of a page, for a page read as a row."""

    path: str
    alias_of_id: int | None


def may_be_restricted(page):
    """False when no view restriction can apply to `page`: none on it or its ancestors (aliases: always True)."""
    if page.alias_of_id:
        return True
    restrictions, _group_ids = view_restrictions()
    return any(page.path.startswith(restriction.path) for restriction in restrictions)
