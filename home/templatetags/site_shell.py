"""Template tags for the header, navigation, language switcher and footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

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
    return list(home.get_children().live().in_menu().public().specific(defer=True))


@register.simple_tag(takes_context=True)
def home_page(context):
    site = Site.find_for_request(context["request"])
    return site.root_page.localized if site else None


@register.simple_tag
def footer_text():
    locale = Locale.get_active()
    return FooterText.objects.filter(locale=locale).first()
