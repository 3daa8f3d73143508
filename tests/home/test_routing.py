"""Routing from a language's home in two queries: the same pages as Wagtail's walk, at any depth.

`home.routing` replaces the walk down the tree (two queries a level) with
one read of the pages on the way; these tests pin that the pages found, the
404s and a routable page's own sub-routes are exactly the walk's, and that
what routing costs no longer grows with the page's depth.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory
from home.routing import route_in_one_step
from knowledgebase.factories import GuideChapterPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def nested_pages(home, depth, slug_prefix):
    """`depth` standard pages, each the child of the one before, under `home`; the deepest last."""
    parent, pages = home, []
    for level in range(depth):
        parent = StandardPageFactory(parent=parent, slug=f"{slug_prefix}-{level}", title=f"Level {level}")
        pages.append(parent)
    return pages


def routing_queries(home, rf, path):
    request = rf.get(path)
    with CaptureQueriesContext(connection) as captured:
        result = home.route(request, [component for component in path.split("/") if component])
    return result, len(captured.captured_queries)


def test_a_deep_page_is_found_with_as_many_queries_as_a_page_under_the_home(home, rf):
    shallow = nested_pages(home, 1, "shallow")[-1]
    deep = nested_pages(home, 5, "deep")[-1]

    shallow_result, shallow_queries = routing_queries(home, rf, "/shallow-0/")
    deep_result, deep_queries = routing_queries(home, rf, "/deep-0/deep-1/deep-2/deep-3/deep-4/")

    assert (shallow_result.page.pk, deep_result.page.pk) == (shallow.pk, deep.pk)
    assert type(deep_result.page).__name__ == "StandardPage"  # the specific page, ready to serve
    assert deep_queries == shallow_queries == 2


def test_the_page_served_knows_its_ancestors_without_a_query(home, rf):
    pages = nested_pages(home, 3, "chain")
    result, _queries = routing_queries(home, rf, "/chain-0/chain-1/chain-2/")

    with CaptureQueriesContext(connection) as captured:
        ancestors = [result.page.get_parent(), result.page.get_parent().get_parent()]
    assert [page.pk for page in ancestors] == [pages[1].pk, pages[0].pk]
    assert len(captured.captured_queries) == 0


def test_a_page_under_an_unpublished_page_is_served_as_the_walk_serves_it(home, client):
    pages = nested_pages(home, 2, "hidden")
    pages[0].unpublish()

    response = client.get(pages[1].url_path.replace(home.url_path, "/en/", 1))
    assert response.status_code == 200
    assert response.context["page"].pk == pages[1].pk


def test_an_unpublished_page_and_an_unknown_path_are_not_found(home, client):
    draft = nested_pages(home, 2, "draft")[-1]
    draft.unpublish()

    assert client.get("/en/draft-0/draft-1/").status_code == 404
    assert client.get("/en/draft-0/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/draft-1/").status_code == 404


def test_a_page_in_another_branch_with_the_same_slug_is_never_taken(home, rf):
    first = nested_pages(home, 2, "branch-a")
    StandardPageFactory(parent=first[0], slug="shared", title="A's shared")
    second = nested_pages(home, 1, "branch-b")[0]
    wanted = StandardPageFactory(parent=second, slug="shared", title="B's shared")

    result, _queries = routing_queries(home, rf, "/branch-b-0/shared/")
    assert result.page.pk == wanted.pk


def test_a_routable_pages_own_sub_route_is_left_to_the_walk(home, rf):
    guide = GuidePageFactory(parent=home, slug="guide")

    assert route_in_one_step(home, rf.get("/guide/print/"), ["guide", "print"]) is None
    result = home.route(rf.get("/guide/print/"), ["guide", "print"])
    assert result.page.pk == guide.pk
    view, _args, _kwargs = result.args
    assert view.__name__ == "printable_guide"


def test_a_routable_page_hands_its_children_on_in_one_step(home, rf):
    guide = GuidePageFactory(parent=home, slug="guide")
    child = GuideChapterPageFactory(parent=guide, slug="not-a-sub-route")

    assert route_in_one_step(home, rf.get("/"), ["guide", "not-a-sub-route"]).page.pk == child.pk


def test_the_content_types_on_the_way_are_read_in_one_query_when_none_is_known(home, rf):
    guide = GuidePageFactory(parent=home, slug="guide")
    GuideChapterPageFactory(parent=guide, slug="chapter")
    ContentType.objects.clear_cache()

    result, queries = routing_queries(home, rf, "/guide/chapter/")

    assert type(result.page).__name__ == "GuideChapterPage"
    # The pages on the way, their two content types together, the chapter's own row.
    assert queries == 3
