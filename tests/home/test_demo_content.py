"""`manage.py load_demo_content` builds a usable, translated site and is safe to run again."""

import re
from urllib.parse import urljoin

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from accounts.models import PartnerAdministration
from accounts.roles import COORDINATORS, EDITORS, LEARNERS, MODERATORS
from home.demo import DEMO_CONTENT_HOOK, demo_step
from home.models import FooterText, HomePage, SiteSettings, StandardPage
from tests.home.demo_helpers import load_demo, log_in, snapshot

DEFAULT_PASSWORD = "integrity-demo-2026"
DEMO_EMAILS = [
    "admin@integrityhub.example",
    "editor@integrityhub.example",
    "moderator@integrityhub.example",
    "coordinator@integrityhub.example",
    "learner@integrityhub.example",
]


@pytest.fixture(autouse=True)
def _fresh_cache_and_password(monkeypatch):
    """Wagtail caches site root paths; a previous test's pages must not leak in."""
    cache.clear()
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    yield
    cache.clear()


@pytest.fixture
def demo_output(built_demo_site, db):
    return built_demo_site


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "Frequently asked questions"),
        ("fr", "Questions fréquentes"),
        ("es", "Preguntas frecuentes"),
    ],
)
def test_home_page_is_served_in_each_language(client, demo_output, language, phrase):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    content = response.content.decode()
    assert f'<html lang="{language}">' in content
    assert "<h1>Integrity Hub</h1>" in content
    assert phrase in content


@pytest.mark.django_db
def test_new_home_page_replaces_the_welcome_page_as_site_root(demo_output):
    site = Site.objects.get(is_default_site=True)

    assert (site.hostname, site.port) == ("localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "en"
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    translations = site.root_page.get_translations(inclusive=True).live()
    assert sorted(translations.values_list("locale__language_code", flat=True)) == ["en", "es", "fr"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/en/about/", "About"),
        ("/fr/a-propos/", "À propos"),
        ("/es/acerca-de/", "Acerca de"),
        ("/en/privacy/", "Privacy notice"),
        ("/fr/confidentialite/", "Politique de confidentialité"),
        ("/es/privacidad/", "Aviso de privacidad"),
    ],
)
def test_about_and_privacy_pages_exist_in_three_languages(client, demo_output, url, title):
    response = client.get(url)

    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.content.decode()


@pytest.mark.django_db
def test_about_and_privacy_translations_share_their_translation_key(demo_output):
    for slug in ("about", "privacy"):
        source = StandardPage.objects.get(slug=slug, locale__language_code="en")
        languages = source.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
        assert sorted(languages) == ["en", "es", "fr"]
    assert StandardPage.objects.get(slug="about").show_in_menus


@pytest.mark.django_db
def test_about_page_lists_the_key_factors_in_the_page_language(client, demo_output):
    content = client.get("/es/acerca-de/").content.decode()

    assert "Liderazgo y compromiso" in content
    assert "Relación con el sector privado" in content
    assert "[[" not in content


@pytest.mark.django_db
def test_privacy_page_links_to_the_profile_in_its_language(client, demo_output):
    content = client.get("/fr/confidentialite/").content.decode()

    href = re.search(r'<a href="([^"]*profile/)">page de profil</a>', content).group(1)
    assert urljoin("/fr/confidentialite/", href) == "/fr/profile/"
    assert "Télécharger mes données" in content


@pytest.mark.django_db
def test_site_settings_give_the_footer_its_links_and_contact(client, demo_output):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    assert site_settings.contact_email == "integrity-hub@integrityhub.example"
    assert site_settings.about_page.specific.slug == "about"
    assert site_settings.privacy_page.specific.slug == "privacy"
    content = client.get("/fr/").content.decode()
    assert 'href="/fr/a-propos/"' in content
    assert 'href="/fr/confidentialite/"' in content
    assert "mailto:integrity-hub@integrityhub.example" in content


@pytest.mark.django_db
def test_footer_text_exists_in_each_language_with_one_translation_key(client, demo_output):
    footers = FooterText.objects.all()

    assert sorted(footers.values_list("locale__language_code", flat=True)) == ["en", "es", "fr"]
    assert len({footer.translation_key for footer in footers}) == 1
    assert "CC BY 4.0" in client.get("/en/").content.decode()
    assert "Programme A-CIP de l" in client.get("/fr/").content.decode()
    assert "Programa A-CIP de la OMA" in client.get("/es/").content.decode()


@pytest.mark.django_db
def test_key_factors_are_checked_and_reported(demo_output):
    assert "Key factors: 10 in each of en, fr, es" in demo_output


@pytest.mark.django_db
def test_running_twice_changes_nothing(demo_output):
    before = snapshot()

    second_output = load_demo()

    assert snapshot() == before
    assert "1 created" not in second_output
    assert "removed" not in second_output


@pytest.mark.django_db
def test_an_existing_password_is_never_reset(demo_output):
    admin = get_user_model().objects.get(email="admin@integrityhub.example")
    admin.set_password("chosen-by-the-admin-77")
    admin.save()

    output = load_demo()

    admin.refresh_from_db()
    assert admin.check_password("chosen-by-the-admin-77")
    assert "existing account: password left as it was" in output


@pytest.mark.django_db
@pytest.mark.parametrize("email", DEMO_EMAILS)
def test_demo_accounts_can_log_in_with_the_demo_password(client, demo_output, email):
    response, user_id = log_in(client, email, DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert user_id == str(get_user_model().objects.get(email=email).pk)
    assert EmailAddress.objects.get(email=email).verified


@pytest.mark.django_db
def test_summary_names_the_admin_url_accounts_and_password(demo_output):
    assert "http://127.0.0.1:8000/admin/" in demo_output
    assert DEFAULT_PASSWORD in demo_output
    for email in DEMO_EMAILS:
        assert email in demo_output


@pytest.mark.django_db
def test_demo_accounts_have_their_roles_and_administration(demo_output):
    users = {user.email.split("@")[0]: user for user in get_user_model().objects.filter(email__in=DEMO_EMAILS)}

    assert users["admin"].is_superuser and users["admin"].is_staff
    assert users["editor"].groups.filter(name=EDITORS).exists()
    assert users["moderator"].groups.filter(name=MODERATORS).exists()
    assert users["coordinator"].groups.filter(name=COORDINATORS).exists()
    assert users["learner"].groups.filter(name=LEARNERS).exists()
    assert users["coordinator"].administration is not None
    assert users["learner"].administration == users["coordinator"].administration


@pytest.mark.django_db
def test_partner_administrations_span_several_regions(demo_output):
    administrations = PartnerAdministration.objects.all()

    assert 4 <= administrations.count() <= 6
    assert administrations.values("region").distinct().count() >= 4


@pytest.mark.django_db
def test_other_apps_add_steps_through_the_hook(demo_output):
    seen = []

    @demo_step(order=150)
    def build_demo_courses(context):
        """Demo courses for the test."""
        seen.append((context.home_page, context.users["learner"].email))

    with hooks.register_temporarily(DEMO_CONTENT_HOOK, build_demo_courses):
        output = load_demo()

    assert seen == [(HomePage.objects.get(locale__language_code="en"), "learner@integrityhub.example")]
    assert "Demo courses for the test" in output


@pytest.mark.django_db
def test_french_and_spanish_footers_are_wagtail_localize_translations(demo_output):
    english = FooterText.objects.get(locale__language_code="en")
    source = TranslationSource.objects.get_for_instance(english)

    for language, words in (("fr", "Programme A-CIP de l"), ("es", "Programa A-CIP de la OMA")):
        translated = FooterText.objects.get(locale__language_code=language)
        assert translated.translation_key == english.translation_key
        assert source.translations.filter(target_locale=translated.locale, enabled=True).exists()
        assert StringTranslation.objects.filter(
            locale=translated.locale, context__object_id=source.object_id, translation_type="manual"
        ).exists()
        assert words in translated.body and "Integrity Hub is run" not in translated.body
        assert f"deed.{language}" in translated.body


@pytest.mark.django_db
def test_editors_get_wagtail_localizes_snippet_actions_on_the_footer(client, demo_output):
    client.force_login(get_user_model().objects.get(email="editor@integrityhub.example"))
    english = FooterText.objects.get(locale__language_code="en")
    french = FooterText.objects.get(locale__language_code="fr")

    listing = client.get("/admin/snippets/home/footertext/").content.decode()
    assert "Sync translated snippets" in listing
    # The French footer opens in wagtail-localize's translation editor, segment by segment.
    editor = client.get(f"/admin/snippets/home/footertext/edit/{french.pk}/")
    assert editor.status_code == 200
    assert 'class="js-translation-editor"' in editor.content.decode()
    # The English footer, the source, keeps Wagtail's own edit form.
    source_form = client.get(f"/admin/snippets/home/footertext/edit/{english.pk}/").content.decode()
    assert 'class="js-translation-editor"' not in source_form and 'name="body"' in source_form
