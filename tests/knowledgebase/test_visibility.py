"""A coordinators-only practice is hidden from everyone else, wherever practices show up.

One helper, `PracticePage.objects.visible_to(user)`, decides; Wagtail's page
and collection view restrictions enforce the same rule on the page URL and
on attachment URLs.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from home.sql_rows import fetch_rows
from knowledgebase.factories import PracticePageFactory, attach_document, make_coordinator, make_moderator
from knowledgebase.models import PracticePage, Visibility
from knowledgebase.practice_privacy import (
    PUBLIC_ATTACHMENTS_COLLECTION,
    RESTRICTED_ATTACHMENTS_COLLECTION,
    apply_practice_visibility,
)
from knowledgebase.visibility import visible_condition, visible_to
from tests.search.page_fixtures import index_practices

pytestmark = pytest.mark.django_db

PUBLIC_TITLE = "Rotating officers between border posts"
SECRET_TITLE = "Integrity testing of frontline officers"


@pytest.fixture
def public_practice(practice_index):
    return PracticePageFactory(parent=practice_index, title=PUBLIC_TITLE, tags=["staff rotation"])


@pytest.fixture
def secret_practice(practice_index):
    return PracticePageFactory(
        parent=practice_index, title=SECRET_TITLE, coordinators_only=True, tags=["integrity testing"]
    )


def learner():
    return add_to_role(UserFactory(), LEARNERS)


def test_visible_to_hides_coordinators_only_practices_from_visitors_and_learners(public_practice, secret_practice):
    for user in (AnonymousUser(), learner()):
        assert list(PracticePage.objects.visible_to(user)) == [public_practice]


@pytest.mark.parametrize(
    "make_user",
    [
        make_coordinator,
        make_moderator,
        lambda: add_to_role(UserFactory(), EDITORS),
        lambda: UserFactory(is_superuser=True),
    ],
)
def test_visible_to_shows_coordinators_only_practices_to_the_exchange(public_practice, secret_practice, make_user):
    assert set(PracticePage.objects.visible_to(make_user())) == {public_practice, secret_practice}


def test_visible_to_never_returns_drafts(practice_index, coordinator):
    PracticePageFactory(parent=practice_index, live=False)
    assert not PracticePage.objects.visible_to(coordinator).exists()


def test_the_restriction_is_a_wagtail_group_restriction(secret_practice):
    restriction = PageViewRestriction.objects.get(page=secret_practice)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == {"Coordinators", "Moderators", "Editors"}


def test_visitors_are_sent_to_sign_in_and_learners_told_who_may_read(client, secret_practice):
    response = client.get(secret_practice.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    client.force_login(learner())
    response = client.get(secret_practice.url)
    page = response.content.decode()
    assert response.status_code == 403
    assert SECRET_TITLE not in page
    assert "shared only with: Coordinators, Editors, Moderators." in page
    assert "no-cache" in response["Cache-Control"]


def test_a_password_restriction_still_asks_signed_in_readers_for_the_password(client, public_practice):
    PageViewRestriction.objects.create(
        page=public_practice, restriction_type=PageViewRestriction.PASSWORD, password="door-code-42"
    )
    client.force_login(learner())
    response = client.get(public_practice.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert public_practice.summary not in response.content.decode()


def test_coordinators_read_the_page(client, secret_practice, coordinator):
    client.force_login(coordinator)
    response = client.get(secret_practice.url)
    assert response.status_code == 200
    assert SECRET_TITLE in response.content.decode()
    assert "Coordinators only" in response.content.decode()


def test_the_listing_hides_it_from_visitors_and_shows_it_to_coordinators(
    client, practice_index, public_practice, secret_practice, coordinator
):
    index_practices()
    anonymous_page = client.get(practice_index.url).content.decode()
    assert PUBLIC_TITLE in anonymous_page
    assert SECRET_TITLE not in anonymous_page
    client.force_login(coordinator)
    assert SECRET_TITLE in client.get(practice_index.url).content.decode()


def test_attachments_of_coordinators_only_practices_are_refused_to_visitors(client, secret_practice, coordinator):
    document = attach_document(secret_practice, title="Test protocol")
    document.refresh_from_db()
    assert document.collection.name == RESTRICTED_ATTACHMENTS_COLLECTION
    assert CollectionViewRestriction.objects.filter(collection=document.collection).exists()

    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    client.force_login(learner())
    assert client.get(document.url).status_code == 404

    client.force_login(coordinator)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_attachments_of_public_practices_are_public(client, public_practice):
    document = attach_document(public_practice, title="Rotation plan")
    document.refresh_from_db()
    assert document.collection.name == PUBLIC_ATTACHMENTS_COLLECTION
    assert client.get(document.url).status_code == 200


def test_publishing_a_new_visibility_moves_the_restriction_and_the_files(client, public_practice):
    document = attach_document(public_practice)
    public_practice.visibility = Visibility.COORDINATORS
    public_practice.save_revision().publish()
    document.refresh_from_db()
    assert PageViewRestriction.objects.filter(page=public_practice).exists()
    assert document.collection.name == RESTRICTED_ATTACHMENTS_COLLECTION
    assert client.get(document.url).status_code == 302

    public_practice.visibility = Visibility.PUBLIC
    public_practice.save_revision().publish()
    document.refresh_from_db()
    assert not PageViewRestriction.objects.filter(page=public_practice).exists()
    assert document.collection.name == PUBLIC_ATTACHMENTS_COLLECTION
    assert client.get(document.url).status_code == 200


def test_unpublishing_makes_the_files_private_again(client, public_practice):
    document = attach_document(public_practice)
    public_practice.unpublish()
    document.refresh_from_db()
    assert document.collection.name == RESTRICTED_ATTACHMENTS_COLLECTION


def test_a_file_removed_from_a_public_practice_stops_being_public(client, public_practice):
    document = attach_document(public_practice)
    public_practice.attachments.all().delete()
    apply_practice_visibility(public_practice)
    document.refresh_from_db()
    assert document.collection.name == RESTRICTED_ATTACHMENTS_COLLECTION


def test_draft_attachments_reach_only_their_uploader_and_moderators(
    client, practice_index, coordinator, other_coordinator, moderator
):
    draft = PracticePageFactory(parent=practice_index, live=False, owner=coordinator)
    document = attach_document(draft, uploaded_by=coordinator)
    client.force_login(other_coordinator)
    assert client.get(document.url).status_code == 404
    client.force_login(coordinator)
    assert client.get(document.url).status_code == 200
    client.force_login(moderator)
    assert client.get(document.url).status_code == 200


def test_the_feed_never_lists_it_even_for_coordinators(client, public_practice, secret_practice, coordinator):
    client.force_login(coordinator)
    feed = client.get("/en/knowledge-base/feed/").content.decode()
    assert PUBLIC_TITLE in feed
    assert SECRET_TITLE not in feed


def test_the_practices_api_answers_for_the_caller(client, public_practice, secret_practice, coordinator):
    titles = [practice["title"] for practice in client.get("/en/knowledge-base/api/practices/").json()["results"]]
    assert titles == [PUBLIC_TITLE]
    client.force_login(coordinator)
    titles = {practice["title"] for practice in client.get("/en/knowledge-base/api/practices/").json()["results"]}
    assert titles == {PUBLIC_TITLE, SECRET_TITLE}


def test_tag_suggestions_do_not_reveal_tags_of_hidden_practices(client, public_practice, secret_practice, coordinator):
    assert client.get("/en/knowledge-base/tags/", {"q": "integ"}).json() == {"tags": []}
    assert client.get("/en/knowledge-base/tags/", {"q": "staff"}).json() == {"tags": ["staff rotation"]}
    client.force_login(coordinator)
    assert client.get("/en/knowledge-base/tags/", {"q": "integ"}).json() == {"tags": ["integrity testing"]}


def test_tag_suggestions_read_a_prefix_with_control_characters_as_the_text_around_them(client, public_practice):
    """PostgreSQL refused a NUL in the prefix with a 500; no tag holds one, so it is read without it."""
    for prefix in ("sta\x00ff", "\x00", "sta\x01ff\u202e"):
        response = client.get("/en/knowledge-base/tags/", {"q": prefix})
        assert response.status_code == 200
        assert response.json() == ({"tags": []} if prefix == "\x00" else {"tags": ["staff rotation"]})


def test_search_built_on_the_helper_finds_only_what_the_user_may_see(public_practice, secret_practice, coordinator):
    """The helper composes with Wagtail's database search backend, whichever backend is configured.

    The Elasticsearch side of practice search (issue 5) gets its own contract tests.
    """
    PracticePageFactory(parent=public_practice.get_parent(), title="Officers rotation secret", coordinators_only=True)
    database_search = get_search_backend("wagtail.search.backends.database")
    for practice in PracticePage.objects.all():
        database_search.add(practice)
    anonymous_hits = database_search.search("officers", PracticePage.objects.visible_to(AnonymousUser()))
    assert list(anonymous_hits) == [public_practice]
    assert len(database_search.search("officers", PracticePage.objects.visible_to(coordinator))) == 3


def test_the_sitemap_leaves_it_out(client, public_practice, secret_practice):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert public_practice.slug in sitemap
    assert secret_practice.slug not in sitemap


def test_the_home_page_shows_only_visible_practices(client, home, public_practice, secret_practice):
    page = client.get("/en/").content.decode()
    assert PUBLIC_TITLE in page
    assert SECRET_TITLE not in page


@pytest.mark.parametrize("make_user", [AnonymousUser, learner, make_coordinator])
def test_the_sql_condition_keeps_exactly_the_pages_visible_to_keeps(
    practice_index, public_practice, secret_practice, make_user
):
    """`visible_condition` (for fixed statements) and `visible_to` (for querysets) are one rule."""
    # A restricted page with children (hidden by prefix) besides the restricted practice (hidden by path).
    PageViewRestriction.objects.create(page=practice_index, restriction_type=PageViewRestriction.LOGIN)
    user = make_user()
    condition, params = visible_condition(user, "p.path")
    statement = f"SELECT p.id FROM wagtailcore_page p WHERE {condition}"  # noqa: S608 - placeholders only

    assert {pk for (pk,) in fetch_rows(statement, params)} == set(
        visible_to(Page.objects.all(), user).values_list("pk", flat=True)
    )
