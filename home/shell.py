"""What every page's header, menu, language links and footer show, computed once.

The shell is the same for every reader of a language on a site: its menu
never lists restricted pages (to anyone), and the personal parts (account
links, the editing bar) are rendered outside it. So each part is computed
once per request (`home.request_memo`) and kept across requests in the
shared cache under `fragment_cache_key` with the audience `EVERY_AUDIENCE`:
the key holds the content generation, so a published page, a new menu
entry or an edited footer retires it at once (home.content_cache).

Cached as plain data (URLs, titles, HTML strings), never as model
instances of the request, so nothing a later request finds depends on the
request that filled it.
"""

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .models import FooterText, SiteSettings
from .request_memo import remember_shared

# The shell shows every reader the same; see the module docstring.
EVERY_AUDIENCE = "all"
FOOTER_TEMPLATE = "components/footer_content.html"


def shared(name, compute, *, extra=()):
    """`compute()` for the active language, kept for this request and across requests."""
    return remember_shared(name, compute, language=translation.get_language(), audience=EVERY_AUDIENCE, extra=extra)


def active_locale():
    """`Locale.get_active()`, asked of the database once per language, not once per `.localized`."""
    return shared("locale", Locale.get_active)


def localized(page):
    """`page.localized` with the remembered locale: its live translation in the active language, else itself."""
    locale = active_locale()
    if page.locale_id == locale.pk:
        return page
    translated = page.get_translation_or_none(locale)
    return translated if translated is not None and translated.live else page


def site_of(request):
    return Site.find_for_request(request)


def navigation(request):
    """{"home_url", "items": [{"pk", "url", "title"}]}: the brand link and the menu of the request's site."""
    site = site_of(request)
    if site is None:
        return {"home_url": "/", "items": []}

    def compute():
        home = localized(site.root_page)
        pages = without_restricted(home.get_children().live().in_menu(), depth=home.depth + 1)
        items = [{"pk": page.pk, "url": page.get_url(request), "title": page.title} for page in pages]
        return {"home_url": home.get_url(request) or "/", "items": items}

    return shared("navigation", compute, extra=(site.pk,))


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


UNTRANSLATED_PARAMETER = "untranslated"


def language_links(request, page):
    """Links to the current page in each language, or to the nearest page that language has.

    On a Wagtail page the link goes to its live translation; where there is
    none, to the translation of its nearest translated ancestor (that
    language's home at worst), marked `?untranslated=1` so the page there
    says why the reader landed on it. Only links to real translations are
    `is_translation`, the ones the switcher declares with `hreflang`. On
    other views (login, profile) the URL is the same path under another
    language prefix.
    """
    current = translation.get_language()
    if not (isinstance(page, Page) and page.pk):
        path = request.get_full_path()
        return [
            {
                "code": code,
                "name": name,
                "url": translate_url(path, code),
                "is_current": code == current,
                "is_translation": True,
            }
            for code, name in settings.LANGUAGES
        ]
    site = site_of(request)

    def compute():
        translations = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True).live().select_related("locale")
        }
        missing = [code for code, _name in settings.LANGUAGES if code not in translations]
        nearest = nearest_translated_ancestors(page, missing) if missing else {}
        links = []
        for code, name in settings.LANGUAGES:
            translated = translations.get(code)
            if translated is not None:
                url = translated.get_url(request)
            else:
                ancestor = nearest.get(code)
                url = f"{ancestor.get_url(request) if ancestor else f'/{code}/'}?{UNTRANSLATED_PARAMETER}=1"
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "is_current": code == current,
                    "is_translation": translated is not None,
                }
            )
        return links

    return shared("language-links", compute, extra=(site.pk if site else None, page.pk))


def nearest_translated_ancestors(page, language_codes):
    """{language: the live translation of `page`'s deepest ancestor that has one}, in two queries."""
    ancestor_depths = dict(page.get_ancestors().filter(depth__gt=1).values_list("translation_key", "depth"))
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=ancestor_depths, locale__language_code__in=language_codes)
        .select_related("locale")
    )
    nearest = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        best = nearest.get(code)
        if best is None or ancestor_depths[candidate.translation_key] > ancestor_depths[best.translation_key]:
            nearest[code] = candidate
    return nearest


def footer_html(request):
    """The footer's text and links, rendered: its rich text costs queries for every link in it."""
    site = site_of(request)

    def compute():
        # Read, not `for_site`, which creates missing settings: a write on a GET, which retires every cache.
        site_settings = SiteSettings.objects.filter(site=site).select_related("about_page", "privacy_page").first()
        linked_pages = (site_settings.about_page, site_settings.privacy_page) if site_settings else ()
        links = [localized(page) for page in linked_pages if page is not None]
        context = {
            "footer": FooterText.objects.filter(locale=active_locale()).first(),
            "links": [{"url": page.get_url(request), "title": page.title} for page in links],
            "contact_email": site_settings.contact_email if site_settings else "",
        }
        return render_to_string(FOOTER_TEMPLATE, context)

    return shared("footer", compute, extra=(site.pk if site else None,))
