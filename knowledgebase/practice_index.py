"""Where practices are filed: the practice index page of their language.

The site has one practice index per language it is translated into (the
default-language one at least). A practice goes under the index of the
language it is written in, so its page speaks that language around it, or
under the default-language index when that language has none.
"""

from django.conf import settings
from django.utils.translation import gettext
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Site

from .models import PracticeIndexPage


def practice_index_for_language(language_code):
    """The index for practices written in `language_code`, or the default-language one, or None."""
    indexes = list(
        PracticeIndexPage.objects.filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE})
        .select_related("locale")
        .order_by("path")
    )
    for wanted in (language_code, settings.LANGUAGE_CODE):
        for index_page in indexes:
            if index_page.locale.language_code == wanted:
                return index_page
    return None


def ensure_practice_index():
    """The default-language practice index, created and published under the default site's root if missing.

    On a freshly migrated database the root is Wagtail's welcome page; the
    index goes under it all the same, so an import works before any demo
    content or editor has set the site up.
    """
    existing = practice_index_for_language(settings.LANGUAGE_CODE)
    if existing is not None:
        return existing, False
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first() or Site.objects.first()
    root = site.root_page if site else Page.get_first_root_node()
    index_page = PracticeIndexPage(
        title=gettext("Best practices"), slug=find_available_slug(root, "practices"), locale_id=root.locale_id
    )
    root.add_child(instance=index_page)
    index_page.save_revision().publish()
    return index_page, True
