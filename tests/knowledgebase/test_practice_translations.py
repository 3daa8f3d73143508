"""Moderators translate practices through wagtail-localize; a translation is read by whoever reads the original.

The whole path an editor's translation takes in the admin: wagtail-localize's
Translate action, its translation editor (one request per text segment) and
its Publish button, as a moderator, translate_and_publish, and refused to coordinators.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from home.factories import translate_page
from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import PracticePage, Visibility

pytestmark = pytest.mark.django_db

FRENCH_TITLE = "Rotation des agents aux postes frontières"
FRENCH_SLUG = "rotation-des-agents"


@pytest.fixture
def french_index(practice_index):
    return translate_page(practice_index, "fr", title="Bonnes pratiques", slug="pratiques")


def published_practice(practice_index, author, visibility=Visibility.PUBLIC):
    """A practice by `author`, published as a moderator's approval publishes it (privacy applied)."""
    practice = PracticePageFactory(
        parent=practice_index, owner=author, title="Rotation of officers at border posts", visibility=visibility
    )
    practice.save_revision(user=author).publish()
    return PracticePage.objects.get(pk=practice.pk)


def start_translation(client, user, practice, language="fr"):
    client.force_login(user)
    locale = Locale.objects.get(language_code=language)
    url = reverse("wagtail_localize:submit_page_translation", args=[practice.pk])
    return client.post(url, {"locales": [locale.pk]})


@pytest.fixture
def translate_and_publish(client, django_capture_on_commit_callbacks):
    """`translate_and_publish(practice)`: the logged-in user's translation editor (`filled_and_published`)."""
    return lambda practice: filled_and_published(client, practice, django_capture_on_commit_callbacks)


def filled_and_published(client, practice, on_commit, language="fr"):
    """Fill every segment in the translation editor, then press Publish (wagtail-localize publishes on commit)."""
    translated = PracticePage.objects.get(translation_key=practice.translation_key, locale__language_code=language)
    translation = Translation.objects.get(source__object_id=practice.translation_key, target_locale=translated.locale)
    segments = translation.source.stringsegment_set.select_related("string", "context")
    for segment in segments:
        if segment.context.path == "slug":
            value = FRENCH_SLUG
        elif segment.context.path == "title":
            value = FRENCH_TITLE
        else:
            value = f"(FR) {segment.string.data}"
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.content[:300]
    with on_commit(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"})
    assert response.status_code == 302, response.content[:300]
    return PracticePage.objects.get(pk=translated.pk)


def test_a_moderator_translates_a_practice_and_publishes_it(
    client, practice_index, french_index, coordinator, moderator, translate_and_publish
):
    practice = published_practice(practice_index, coordinator)

    response = start_translation(client, moderator, practice)
    assert response.status_code == 302
    draft = PracticePage.objects.get(translation_key=practice.translation_key, locale__language_code="fr")
    assert not draft.live

    french = translate_and_publish(practice)

    assert french.live and french.title == FRENCH_TITLE
    assert french.get_parent().pk == french_index.pk
    assert french.language == "fr"  # its text's language, not the author's
    assert french.owner is None  # the author edits and lists only their own version
    assert TranslationSource.objects.get(object_id=practice.translation_key).locale.language_code == "en"
    original = PracticePage.objects.get(pk=practice.pk)
    assert original.language == "en" and original.original_version() is None
    assert french.original_version().pk == practice.pk


@pytest.mark.parametrize("who", ["author", "other coordinator"])
def test_coordinators_cannot_translate_a_practice(
    client, practice_index, french_index, coordinator, other_coordinator, who
):
    practice = published_practice(practice_index, coordinator)
    user = coordinator if who == "author" else other_coordinator

    response = start_translation(client, user, practice)

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response.url and "login" in response.url
    assert not PracticePage.objects.filter(translation_key=practice.translation_key, locale=french_index.locale)
    assert not Translation.objects.filter(source__object_id=practice.translation_key).exists()


def test_a_coordinator_cannot_publish_a_translation_a_moderator_started(
    client, practice_index, french_index, coordinator, moderator
):
    practice = published_practice(practice_index, coordinator)
    start_translation(client, moderator, practice)
    client.force_login(coordinator)
    draft = PracticePage.objects.get(translation_key=practice.translation_key, locale=french_index.locale)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})

    assert response.status_code in (302, 403)
    assert not PracticePage.objects.get(pk=draft.pk).live


def test_a_coordinators_only_practice_is_translated_coordinators_only(
    client, practice_index, french_index, coordinator, moderator, translate_and_publish
):
    practice = published_practice(practice_index, coordinator, Visibility.COORDINATORS)
    start_translation(client, moderator, practice)
    french = translate_and_publish(practice)

    assert french.visibility == Visibility.COORDINATORS
    assert PageViewRestriction.objects.filter(page=french).exists()
    assert not PracticePage.objects.visible_to(AnonymousUser()).filter(pk=french.pk).exists()
    client.logout()
    assert client.get(french.url).status_code == 302  # to the login page
    client.force_login(coordinator)
    assert client.get(french.url).status_code == 200


def test_a_change_of_the_originals_visibility_reaches_its_translations(
    client, practice_index, french_index, coordinator, moderator, translate_and_publish
):
    practice = published_practice(practice_index, coordinator)
    start_translation(client, moderator, practice)
    french = translate_and_publish(practice)
    client.logout()
    assert client.get(french.url).status_code == 200

    practice.visibility = Visibility.COORDINATORS
    practice.save_revision(user=coordinator).publish()

    assert PracticePage.objects.get(pk=french.pk).visibility == Visibility.COORDINATORS
    assert client.get(french.url).status_code == 302
    assert not PracticePage.objects.visible_to(AnonymousUser()).filter(pk=french.pk).exists()

    practice.visibility = Visibility.PUBLIC
    practice.save_revision(user=coordinator).publish()
    assert client.get(french.url).status_code == 200


def test_a_translation_cannot_be_published_more_open_than_its_original(
    client, practice_index, french_index, coordinator, moderator, translate_and_publish
):
    """A translation's own visibility is ignored: publishing it applies the original's."""
    practice = published_practice(practice_index, coordinator, Visibility.COORDINATORS)
    start_translation(client, moderator, practice)
    french = translate_and_publish(practice)
    french.visibility = Visibility.PUBLIC
    french.save_revision(user=moderator).publish()

    assert PracticePage.objects.get(pk=french.pk).visibility == Visibility.COORDINATORS
    assert PageViewRestriction.objects.filter(page=french).exists()


def test_a_translation_says_so_in_the_readers_language_and_links_its_original(
    client, practice_index, french_index, coordinator, moderator, translate_and_publish
):
    practice = published_practice(practice_index, coordinator)
    start_translation(client, moderator, practice)
    french = translate_and_publish(practice)
    client.logout()

    html = client.get(french.url).content.decode()  # /fr/…: the interface is in French
    assert "Traduit par les modérateurs à partir de l’original en anglais :" in html
    assert f'<a href="{practice.url}" lang="en" hreflang="en">{practice.title}</a>' in html

    original_html = client.get(practice.url).content.decode()
    assert "Translated by the moderators" not in original_html
