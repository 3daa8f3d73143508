"""Which pages a person may see: the one rule behind every listing, feed and API.

Wagtail enforces page view restrictions when it serves a page, but a query
(`PracticePage.objects.live()`) knows nothing about them, and Wagtail's own
`.public()` hides restricted pages from everyone, coordinators included. So
every list of pages on the public site goes through `visible_to`, which
keeps exactly the restricted pages whose restriction the user passes.

Restrictions are read once per request (`home.request_memo`) and kept
across requests in the shared cache under the content generation, which
every change of a restriction, its groups or a page retires; the reader's
groups are read once per request (`home.readers`). So a page with several
lists pays for them at most once (two queries, three for a signed-in
user), however many pages the lists hold, and the exclusion stays one
condition of bounded depth however many restrictions there are: restricted
pages without children (every coordinators-only practice) are excluded by
one `path IN (...)`, and only restricted pages with children by a path
prefix each. One `path LIKE 'x%'` per restriction, ORed, broke past about a
thousand restrictions: SQLite refuses expression trees deeper than 1000, and
Elasticsearch queries of more than `maxClauseCount` (8192 here) clauses.
"""

from django.db.models import Q
from wagtail.models import BaseViewRestriction

from home.readers import group_ids_of
from home.request_memo import remember
from home.restriction_rows import view_restrictions
from home.sql_rows import placeholders, prefix_pattern


def visible_to(pages, user):
    """`pages` without those under a view restriction that `user` does not pass.

    A password restriction is never passed here: a list cannot ask for the
    password, and the page itself still can.
    """
    restricted = hidden_restricted_pages(user)
    if not restricted:
        return pages
    leaf_paths = sorted(page.path for page in restricted if not page.numchild)
    hidden_sections = Q(path__in=leaf_paths) if leaf_paths else Q()
    for page in restricted:
        if page.numchild:
            hidden_sections |= Q(path__startswith=page.path)
    return pages.exclude(hidden_sections)


def visible_condition(user, path_column):
    """`visible_to` for fixed SQL (home.sql_rows): (a condition on `path_column`, its parameters)."""
    restricted = hidden_restricted_pages(user)
    leaf_paths = sorted(page.path for page in restricted if not page.numchild)
    hidden, params = [], []
    if leaf_paths:
        hidden.append(f"{path_column} IN ({placeholders(len(leaf_paths))})")
        params.extend(leaf_paths)
    for page in restricted:
        if page.numchild:
            hidden.append(f"{path_column} LIKE %s")
            params.append(prefix_pattern(page.path))
    if not hidden:
        return "1 = 1", []
    return f"NOT ({' OR '.join(hidden)})", params


def user_can_view_page(user, page):
    """The same rule for one page, e.g. before acting on a page given by id."""
    return not any(page.path.startswith(path) for path in hidden_section_paths(user))


def hidden_section_paths(user):
    """Tree paths of the restricted sections `user` may not see."""
    return [page.path for page in hidden_restricted_pages(user)]


def hidden_restricted_pages(user):
    """The restrictions `user` fails, each with its page's `path` and `numchild`; once per request and reader."""
    reader = user.pk if user.is_authenticated else None
    return remember(("hidden_restricted_pages", reader), lambda: restrictions_failed_by(user))


def restrictions_failed_by(user):
    restrictions, group_ids = view_restrictions()
    user_group_ids = group_ids_of(user)
    return [
        restriction
        for restriction in restrictions
        if not passes(restriction, user, user_group_ids, group_ids.get(restriction.pk, frozenset()))
    ]


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
