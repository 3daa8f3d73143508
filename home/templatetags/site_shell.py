"""Template tags for the header, navigation, language switcher and footer."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import FooterText

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language, or to that language's home.

    On a Wagtail page the link goes to its live translation; on other views
    (login, profile) the URL is the same path under another language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            translated = translations.get(code)
            url = translated.get_url(request) if translated else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.simple_tag(takes_context=True)
def navigation_pages(context):
    """The home page's children in the active language that are marked 'show in menus'."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized
    return list(without_restricted(home.get_children().live().in_menu(), depth=home.depth + 1).specific(defer=True))


def without_restricted(pages, depth):
    """`pages` (all at `depth`) minus those under any view restriction.

    Like Wagtail's `.public()`, but only restrictions at or above `depth` can
    cover these pages, so the thousands that protect individual practices
    deeper in the tree neither cost anything here nor overflow the SQL
    expression limit that one clause per restriction runs into.
    """
    covering = Q()
    for path in PageViewRestriction.objects.filter(page__depth__lte=depth).values_list("page__path", flat=True):
        covering |= Q(path__startswith=path)
    return pages.exclude(covering) if covering else pages


@register.simple_tag(takes_context=True)
def home_page(context):
    site = Site.find_for_request(context["request"])
    return site.root_page.localized if site else None


@register.simple_tag
def footer_text():
    locale = Locale.get_active()
    return FooterText.objects.filter(locale=locale).first()
