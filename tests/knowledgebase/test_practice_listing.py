"""The practice listing (the practice search page): filters that work as plain links, pages of twenty,
one version per practice. The search itself is tested in tests/search/."""

import pytest

from accounts.factories import PartnerAdministrationFactory, RegionFactory
from home.factories import translate_page
from knowledgebase.factories import PracticePageFactory
from tests.search.page_fixtures import index_practices

pytestmark = pytest.mark.django_db


def titles(response):
    return [hit.title for hit in response.context["results"].hits]


@pytest.fixture
def practices(practice_index):
    europe = PartnerAdministrationFactory(region=RegionFactory(code="EUR"))
    africa = PartnerAdministrationFactory(region=RegionFactory(code="WCA"))
    practices = {
        "rotation": PracticePageFactory(
            parent=practice_index,
            title="Rotation",
            administration=europe,
            year=2019,
            key_factors=[8],
            tags=["staff rotation"],
        ),
        "payment": PracticePageFactory(
            parent=practice_index,
            title="E-payment",
            administration=africa,
            year=2021,
            key_factors=[4, 3],
            tags=["e-payment"],
        ),
        "french": PracticePageFactory(
            parent=practice_index,
            title="Télépaiement",
            language="fr",
            administration=africa,
            year=2021,
            key_factors=[4],
        ),
    }
    index_practices()
    return practices


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"Rotation", "E-payment", "Télépaiement"}),
        ({"key_factor": "4"}, {"E-payment", "Télépaiement"}),
        ({"key_factor": "3"}, {"E-payment"}),
        ({"region": "EUR"}, {"Rotation"}),
        ({"language": "fr"}, {"Télépaiement"}),
        ({"year": "2021", "region": "WCA"}, {"E-payment", "Télépaiement"}),
        ({"tag": "Staff Rotation"}, {"Rotation"}),
    ],
)
def test_filters_narrow_the_list(client, practice_index, practices, query, expected):
    response = client.get(practice_index.url, query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_nonsense_filters_are_explained_and_left_out_rather_than_failing(client, practice_index, practices):
    response = client.get(practice_index.url, {"key_factor": "99", "year": "abc", "region": "M4RS", "page": "x"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    content = response.content.decode()
    assert "Key factors are numbered from 1 to 10." in content
    assert "“abc” is not a whole number." in content


def test_the_filters_are_labelled_and_offer_the_years_in_use(client, practice_index, practices):
    content = client.get(practice_index.url).content.decode()
    assert "<legend>Key factor</legend>" in content
    assert 'name="year" value="2021"' in content
    assert 'name="year" value="2019"' in content
    assert 'name="year" value="2020"' not in content


def test_cards_show_key_factors_language_and_a_link(client, practice_index, practices):
    content = client.get(practice_index.url).content.decode()
    assert "4. Automation" in content and "3. Transparency" in content
    assert f'<a href="{practices["french"].url}" lang="fr" hreflang="fr">Télépaiement</a>' in content
    assert "in French" in content  # the language label on a card in another language than the page's


def test_each_card_names_its_language_once(client, practice_index, practices):
    """A card in another language says so in the chip after its title; a card in the reader's, in its details."""
    cards = client.get(practice_index.url).content.decode().split('<article class="practice-card"')[1:]
    french = next(card for card in cards if "Télépaiement" in card)
    english = next(card for card in cards if ">Rotation<" in card)
    assert french.count("French") == 1 and "chip--language" in french
    assert english.count("English") == 1 and "chip--language" not in english


def test_twenty_practices_a_page(client, practice_index):
    for number in range(25):
        PracticePageFactory(parent=practice_index, title=f"Practice {number:02}")
    index_practices()
    first = client.get(practice_index.url)
    second = client.get(practice_index.url, {"page": "2"})
    assert len(titles(first)) == 20
    assert len(titles(second)) == 5
    assert "25 practices" in first.content.decode()
    assert f'rel="next" href="{practice_index.url}?page=2"' in first.content.decode()
    past_the_end = client.get(practice_index.url, {"page": "99"})
    assert titles(past_the_end) == []
    assert f'<a href="{practice_index.url}?page=2">Go to the last page</a>' in past_the_end.content.decode()


def test_pagination_links_keep_the_filters(client, practice_index):
    for _ in range(21):
        PracticePageFactory(parent=practice_index, key_factors=[5])
    index_practices()
    content = client.get(practice_index.url, {"key_factor": "5"}).content.decode()
    assert f'href="{practice_index.url}?key_factor=5&amp;page=2"' in content


def test_a_translated_practice_is_listed_once_in_the_readers_language(client, practice_index, practices):
    french_index = translate_page(practice_index, "fr", title="Bonnes pratiques", slug="bonnes-pratiques")
    translate_page(practices["rotation"], "fr", title="Rotation (FR)")
    index_practices()
    assert "Rotation (FR)" not in titles(client.get(practice_index.url))
    french_titles = titles(client.get(french_index.url))
    assert "Rotation (FR)" in french_titles
    assert "Rotation" not in french_titles
    assert "E-payment" in french_titles


def test_coordinators_see_links_to_their_own_pages(client, practice_index, coordinator):
    assert "Share a practice" not in client.get(practice_index.url).content.decode()
    client.force_login(coordinator)
    content = client.get(practice_index.url).content.decode()
    assert 'href="/en/knowledge-base/practices/new/"' in content
    assert 'href="/en/knowledge-base/my-bookmarks/"' in content
