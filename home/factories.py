"""Factories for the site shell's pages, and a helper that builds a working site.

Tests across apps need "a site whose root is a HomePage, translated into
French": `build_site()` makes exactly that, so no test depends on demo content.
"""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from .models import FooterText, HomePage, StandardPage

__all__ = ["HomePageFactory", "StandardPageFactory", "FooterTextFactory", "build_site", "translate_page"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Integrity Hub"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "Learn, publish and share customs integrity practice."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    introduction = "An introduction."
    show_in_menus = True

    class Meta:
        model = StandardPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>Integrity Hub footer.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterText


def translate_page(page, language_code, **fields):
    """Copy `page` into another locale, set `fields` on the copy and publish it."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def build_site(french_title="Integrity Hub (FR)"):
    """A default Site rooted at a new English HomePage with a French translation."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    Page.objects.filter(depth=2).not_type(HomePage).delete()  # Wagtail's welcome page
    french = translate_page(home, "fr", title=french_title)
    return home, french
