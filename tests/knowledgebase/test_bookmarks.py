"""Coordinators bookmark practices and find them on "My bookmarks"."""

import pytest

from accounts.factories import UserFactory, add_to_role
from accounts.personal_data import collect_personal_data
from accounts.roles import LEARNERS
from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import PracticeBookmark

pytestmark = pytest.mark.django_db

MY_BOOKMARKS_URL = "/en/knowledge-base/my-bookmarks/"


def bookmark_url(practice):
    return f"/en/knowledge-base/practices/{practice.pk}/bookmark/"


def test_bookmarking_twice_adds_then_removes(client, practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index, title="Cashless payment of duties")
    client.force_login(coordinator)

    response = client.post(bookmark_url(practice))
    assert response.status_code == 302
    assert response["Location"] == practice.url
    assert "Cashless payment of duties" in client.get(MY_BOOKMARKS_URL).content.decode()
    assert 'aria-pressed="true"' in client.get(practice.url).content.decode()

    client.post(bookmark_url(practice))
    assert not PracticeBookmark.objects.exists()
    assert "No bookmarks yet" in client.get(MY_BOOKMARKS_URL).content.decode()


def test_my_bookmarks_shows_only_my_bookmarks_that_i_may_still_read(
    client, practice_index, coordinator, other_coordinator
):
    mine = PracticePageFactory(parent=practice_index, title="Mine to keep")
    theirs = PracticePageFactory(parent=practice_index, title="Theirs only")
    unpublished = PracticePageFactory(parent=practice_index, title="Since unpublished")
    PracticeBookmark.objects.create(user=coordinator, practice=mine)
    PracticeBookmark.objects.create(user=coordinator, practice=unpublished)
    PracticeBookmark.objects.create(user=other_coordinator, practice=theirs)
    unpublished.unpublish()
    client.force_login(coordinator)

    page = client.get(MY_BOOKMARKS_URL).content.decode()

    assert "Mine to keep" in page
    assert "Theirs only" not in page
    assert "Since unpublished" not in page


def test_only_the_exchange_bookmarks(client, practice_index):
    practice = PracticePageFactory(parent=practice_index)
    assert client.post(bookmark_url(practice)).status_code == 302  # to the login page
    client.force_login(add_to_role(UserFactory(), LEARNERS))
    assert client.post(bookmark_url(practice)).status_code == 403
    assert client.get(MY_BOOKMARKS_URL).status_code == 403
    assert not PracticeBookmark.objects.exists()


def test_hidden_practices_cannot_be_bookmarked_by_guessing_their_id(client, practice_index, coordinator):
    draft = PracticePageFactory(parent=practice_index, live=False)
    client.force_login(coordinator)
    assert client.post(bookmark_url(draft)).status_code == 404
    assert client.get(bookmark_url(draft)).status_code == 405


def test_return_addresses_must_stay_on_the_site(client, practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index)
    client.force_login(coordinator)
    assert client.post(bookmark_url(practice), {"next": "https://evil.example/"})["Location"] == practice.url
    assert (
        client.post(bookmark_url(practice), {"next": "/en/knowledge-base/my-bookmarks/"})["Location"]
        == MY_BOOKMARKS_URL
    )


def test_bookmarks_are_part_of_personal_data(practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index, title="Kept")
    PracticeBookmark.objects.create(user=coordinator, practice=practice)
    records = collect_personal_data(coordinator)["records"]
    assert [bookmark["practice"] for bookmark in records["practice_bookmarks"]] == ["Kept"]
