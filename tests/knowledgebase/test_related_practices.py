"""A practice page's related practices: who may see them, and in which order (related_practice_rows)."""

from datetime import timedelta

from django.utils import timezone

from knowledgebase.factories import PracticePageFactory


def related_titles(client, practice):
    response = client.get(practice.url)
    assert response.status_code == 200
    return [link.title for link in response.context["related_practices"]]


def test_related_practices_share_most_key_factors_then_the_readers_language_then_newest_and_only_what_one_may_see(
    client, practice_index, coordinator
):
    now = timezone.now()
    practice = PracticePageFactory(parent=practice_index, title="Read here", key_factors=[1, 2, 3])

    def related(title, key_factors, days_ago=0, **fields):
        published = now - timedelta(days=days_ago)
        PracticePageFactory(
            parent=practice_index,
            title=title,
            key_factors=key_factors,
            first_published_at=published,
            last_published_at=published,
            **fields,
        )

    related("Shares two", [2, 1], days_ago=30)
    related("Shares one, in French", [1], language="fr")
    related("Shares one, older", [3], days_ago=20)
    related("Shares one, newer", [1], days_ago=10)
    related("Shares three, coordinators only", [1, 2, 3], coordinators_only=True)
    related("Shares none", [7])

    assert related_titles(client, practice) == ["Shares two", "Shares one, newer", "Shares one, older"]

    client.force_login(coordinator)
    assert related_titles(client, practice) == ["Shares three, coordinators only", "Shares two", "Shares one, newer"]
    response = client.get(practice.url)
    assert [link.restricted for link in response.context["related_practices"]] == [True, False, False]


def test_a_practice_without_key_factors_lists_no_related_practice(client, practice_index):
    practice = PracticePageFactory(parent=practice_index, key_factors=[5])
    practice.practice_key_factors.all().delete()
    PracticePageFactory(parent=practice_index, key_factors=[5])
    assert related_titles(client, practice) == []
