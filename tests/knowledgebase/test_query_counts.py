"""The practice listing and the guide cost the same SQL queries for 25 practices as for 500.

Counts are printed (run with -s to see them); the budgets are ceilings, the
real test is that 25 and 500 practices cost exactly the same (25: so that
the listing has a second page to measure in both).
"""

import pytest

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeBookmarkFactory,
    PracticeCommentFactory,
    PracticePageFactory,
    default_language_key_factor,
)
from knowledgebase.models import PracticePage
from tests.query_counts import assert_cold_counts_pinned, cold_queries_for, queries_for, session_read_queries
from tests.search.page_fixtures import index_practices

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 40
THEMES = ("staff rotation", "e-payment", "cctv", "code of conduct", "asset declaration")


def add_practices(index_page, count, start=0):
    for number in range(start, start + count):
        PracticePageFactory(
            parent=index_page,
            title=f"Practice {number}",
            key_factors=[number % 10 + 1, (number + 3) % 10 + 1],
            tags=[THEMES[number % len(THEMES)]],
            visibility="coordinators" if number % 7 == 0 else "public",
        )
    index_practices()


@pytest.fixture
def site_with_guide(home, practice_index):
    guide = GuidePageFactory(parent=home, slug="guide")
    for chapter_number in range(3):
        chapter = GuideChapterPageFactory(parent=guide, slug=f"chapter-{chapter_number}")
        for section_number in range(4):
            GuideSectionPageFactory(parent=chapter, slug=f"section-{section_number}", key_factors=[section_number + 1])
    return guide


def measure(client, urls):
    return {name: queries_for(client, url) for name, url in urls.items()}


def test_listing_and_guide_queries_do_not_grow_with_practices(client, site_with_guide, practice_index, coordinator):
    add_practices(practice_index, 25)
    practice = PracticePage.objects.filter(visibility="public").first()
    PracticeCommentFactory(practice=practice)
    PracticeBookmarkFactory(practice=practice, user=coordinator)
    urls = {
        "listing": practice_index.url,
        "listing filtered": f"{practice_index.url}?key_factor=4&tag=cctv",
        "listing page 2": f"{practice_index.url}?page=2",
        "practice page": practice.url,
        "guide": "/en/guide/",
        "guide chapter": "/en/guide/chapter-1/",
        "guide section": "/en/guide/chapter-1/section-2/",
        "printable guide": "/en/guide/print/",
        "home": "/en/",
        "practices API": "/en/knowledge-base/api/practices/",
    }
    anonymous_few = measure(client, urls)
    client.force_login(coordinator)
    urls["my bookmarks"] = "/en/knowledge-base/my-bookmarks/"
    coordinator_few = measure(client, urls)
    client.logout()

    add_practices(practice_index, 95, start=25)  # five times as many: a query per practice would show

    anonymous_many = measure(client, {name: url for name, url in urls.items() if name != "my bookmarks"})
    client.force_login(coordinator)
    coordinator_many = measure(client, urls)

    print("\nSQL queries (25 practices / 120 practices)")
    for name in urls:
        if name in anonymous_few:
            print(f"  visitor     {name:18} {anonymous_few[name]:3} / {anonymous_many[name]:3}")
        print(f"  coordinator {name:18} {coordinator_few[name]:3} / {coordinator_many[name]:3}")
    assert anonymous_few == anonymous_many
    assert coordinator_few == coordinator_many
    assert max(coordinator_many.values()) <= QUERY_BUDGET


# Pinned for a visitor (the shared outline, related lists and practice facts and body are in the cache after the
# first visit). The practice page cost 16 before its facts and body were cached. Routing in one step
# (home.routing) made the deeper pages cost what the guide costs; the printable guide's sub-route is
# left to Wagtail's walk after the one step finds no page named "print", one query more.
GUIDE_QUERIES = {"guide": 7, "guide chapter": 7, "guide section": 7, "printable guide": 11, "practice page": 7}


def test_guide_and_practice_pages_cost_the_same_with_ten_more_sections_and_practices(
    client, site_with_guide, practice_index
):
    add_practices(practice_index, 5)
    practice = PracticePage.objects.filter(visibility="public").first()
    urls = {
        "guide": "/en/guide/",
        "guide chapter": "/en/guide/chapter-1/",
        "guide section": "/en/guide/chapter-1/section-2/",
        "printable guide": "/en/guide/print/",
        "practice page": practice.url,
    }
    measure(client, urls)  # each page warms per-process caches (content types, ...) another page reads too
    few = measure(client, urls)

    chapter = site_with_guide.get_children().get(slug="chapter-1")
    for number in range(10):
        GuideSectionPageFactory(parent=chapter, slug=f"more-{number}", key_factors=[number % 4 + 1])
    add_practices(practice_index, 10, start=5)
    many = measure(client, urls)

    print(
        "\nSQL queries (12 sections, 5 practices / 22 sections, 15 practices): "
        + ", ".join(f"{name}: {few[name]} → {many[name]}" for name in urls)
    )
    assert few == many
    assert few == GUIDE_QUERIES


# Pinned cold (every cache emptied first, as benchmarks/page_cost.py's cold mode), for a visitor and a
# learner (plus the session read, `session_read_queries`). The practice's key factors were read twice, one
# query each and one more per key factor; now once, in one query: 5 queries fewer cold. Three fewer again
# with the shell's fixed statements (home.sql_rows): the view restrictions with their groups in one query,
# the footer text in the settings' statement even where a site has no settings, and the content types of
# the listing and the practice read together while routing. The practice index's URL (breadcrumb, key
# factor and tag links) and the original's now come from the shell's rows, not `{% pageurl %}` and
# Wagtail's table of site roots: 2 fewer.
COLD_PRACTICE_QUERIES = {"visitor": 21, "learner": 24}


def test_a_practice_page_costs_pinned_queries_cold_whatever_its_key_factors_and_the_number_of_practices(
    client, practice_index
):
    add_practices(practice_index, 5)
    practice = PracticePage.objects.filter(visibility="public").first()
    learner = add_to_role(UserFactory(email="lena@customs.example"), LEARNERS)

    def cold_counts():
        counts = {"visitor": cold_queries_for(client, practice.url)}
        client.force_login(learner)
        counts["learner"] = cold_queries_for(client, practice.url) - session_read_queries()
        client.logout()
        return counts

    few = cold_counts()
    add_practices(practice_index, 10, start=5)
    PracticePage.objects.get(pk=practice.pk).practice_key_factors.create(key_factor=default_language_key_factor(9))
    many = cold_counts()

    print(f"\nSQL queries of a practice page cold (5 practices, 2 key factors / 15, 3): {few} / {many}")
    assert few == many
    assert_cold_counts_pinned(many, COLD_PRACTICE_QUERIES)
