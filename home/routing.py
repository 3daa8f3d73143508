"""Finding the page a URL names in two queries, however deep it lies.

Wagtail routes by walking the tree: for `/en/guide/chapter/section/` each
page on the way reads its child by slug and then that child's specific
row, two queries and two page objects per level, so a guide section or a
lesson paid four to six queries more than a page just under the home
before any of its own work (docs/benchmarks.md, page cost).

`route_in_one_step` reads every page on the way in one query (the pages
under the home whose slug is one of the path's, chained by tree path and
depth in Python) and the page served in a second. The walk stays in
charge wherever it could decide differently:

- a page on the way whose class routes on its own (any `route` other than
  Wagtail's), except a routable page (`RoutablePageMixin`) whose own
  sub-routes do not match the rest of the path, which then hands on to
  its child exactly as the walk would;
- a path with no page at some level (a routable page's sub-route, or a
  404): the walk finds the sub-route or raises the 404.

The page served is routed by its own class with no components left, so
`live` and a routable page's index route are checked as the walk checks
them; view restrictions and the rest are the serve view's, as before.
"""

from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .content_type_rows import read_content_types
from .specific_rows import specific_page


def route_in_one_step(start, request, path_components):
    """The route result for `path_components` under `start`, or None when Wagtail's walk must decide."""
    chain = pages_along(start, path_components)
    if chain is None:
        return None
    read_content_types({page.content_type_id for page in chain})
    for depth, page in enumerate(chain[:-1], start=1):
        if not hands_on_to_child(page, path_components[depth:]):
            return None
    # As the walk does: each page comes with its parent, so asking for an ancestor costs no query.
    for parent, page in zip([start, *chain], chain, strict=False):
        page._cached_parent_obj = parent
    target = specific_page(chain[-1])
    target._cached_parent_obj = chain[-1]._cached_parent_obj
    return target.route(request, [])


def pages_along(start, path_components):
    """The pages named by each component below `start`, outermost first; None if a level has no page."""
    candidates = Page.objects.filter(
        path__startswith=start.path, depth__gt=start.depth, slug__in=set(path_components)
    ).order_by("depth")
    chain, parent = [], start
    by_parent_and_slug = {(page.path[: -page.steplen], page.slug): page for page in candidates}
    for slug in path_components:
        page = by_parent_and_slug.get((parent.path, slug))
        if page is None:
            return None
        chain.append(page)
        parent = page
    return chain


def hands_on_to_child(page, remaining_components):
    """Whether `page`'s own route would pass the rest of the path to its child, as Wagtail's does."""
    model = page.specific_class
    if model is None:
        return False
    if model.route is Page.route:
        return True
    if model.route is RoutablePageMixin.route:
        return not page.live or not matches_own_route(model, remaining_components)
    return False


def matches_own_route(model, remaining_components):
    try:
        model.get_resolver().resolve("/" + "/".join(remaining_components) + "/")
    except Resolver404:
        return False
    return True
