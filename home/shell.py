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
from wagtail.models import Locale, Page

from .page_rows import read_site_top
from .request_memo import remember_shared
from .site_rows import find_site
from .sql_rows import as_uuid, fetch_rows, placeholders, uuid_param

# The shell shows every reader the same; see the module docstring.
EVERY_AUDIENCE = "all"
FOOTER_TEMPLATE = "components/footer_content.html"


def shared(name, compute, *, extra=()):
    """`compute()` for the active language, kept for this request and across requests."""
    return remember_shared(name, compute, language=translation.get_language(), audience=EVERY_AUDIENCE, extra=extra)


def active_locale():
    """`Locale.get_active()`, asked of the database once per language, not once per `.localized`."""
    return shared("locale", Locale.get_active)


def site_of(request):
    """The request's site (`Site.find_for_request`), in one fixed query when Wagtail has not found it yet."""
    return find_site(request)


def site_top(site):
    """The site's live homes and their children as rows (home.page_rows), read once per content generation.

    Plain rows, cheap to keep: a page's URL (`page_url`) then costs no query on a warm request.
    """
    return remember_shared(
        "site-top", lambda: read_site_top(site.root_page), language="-", audience=EVERY_AUDIENCE, extra=(site.pk,)
    )


def page_url(request, page):
    """`page.get_url(request)`, worked out from the site's top rows for a page under one of its homes: no query.

    Wagtail's `get_url` reads its table of site root paths, two queries
    whenever the cache is cold; the rows are read for the shell anyway.
    """
    return url_under_site_homes(request, page.url_path) or page.get_url(request)


def row_url(request, pk, url_path):
    """`page_url` of the page read as a row (`pk`, `url_path`): a query only when it is not under a home of the site."""
    return url_under_site_homes(request, url_path) or Page.objects.get(pk=pk).get_url(request)


def url_under_site_homes(request, url_path):
    """The URL of the page at `url_path` when it lies under a home of the request's site, else None: no query."""
    site = site_of(request)
    return site_top(site).url(url_path) if site else None


def navigation(request):
    """{"home_url", "items": [{"pk", "url", "title"}]}: the brand link and the menu of the request's site."""
    site = site_of(request)
    if site is None:
        return {"home_url": "/", "items": []}

    def compute():
        top = site_top(site)
        home = top.home_for(translation.get_language())
        if home is None:
            return {"home_url": "/", "items": []}
        items = [
            {"pk": row.pk, "url": top.url(row.url_path), "title": row.title}
            for row in top.children_of(home)
            # The menu lists no restricted page, to anyone: it is the same for all.
            if row.show_in_menus and not row.restricted
        ]
        return {"home_url": top.url(home.url_path) or "/", "items": items}

    return shared("navigation", compute, extra=(site.pk,))


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
        top = site_top(site) if site else None

        def url_of(pk, url_path):
            return (top.url(url_path) if top else None) or Page.objects.get(pk=pk).get_url(request)

        translations, nearest = translations_and_nearest_ancestors(page)
        translated_urls = {code: url_of(*row) for code, row in translations.items()}
        links = []
        for code, name in settings.LANGUAGES:
            url = translated_urls.get(code)
            if url is None:
                ancestor = nearest.get(code)
                fallback = url_of(*ancestor) if ancestor else f"/{code}/"
                url = f"{fallback}?{UNTRANSLATED_PARAMETER}=1"
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "is_current": code == current,
                    "is_translation": code in translated_urls,
                }
            )
        return links

    return shared("language-links", compute, extra=(site.pk if site else None, page.pk))


def translations_and_nearest_ancestors(page):
    """({language: (pk, url_path)} of `page`'s live translations, the same of its deepest translated ancestor).

    One query for both, given the ancestors' translation keys, which the
    routing leaves in memory (`ancestor_depths`).
    """
    depths = ancestor_depths(page)
    keys = [page.translation_key, *depths]
    translations, nearest = {}, {}
    for pk, url_path, key, code in fetch_rows(
        TRANSLATIONS_STATEMENT.format(keys=placeholders(len(keys))), [uuid_param(key) for key in keys]
    ):
        translation_key = as_uuid(key)
        if translation_key == page.translation_key:
            translations[code] = (pk, url_path)
        elif code not in nearest or depths[translation_key] > nearest[code][0]:
            nearest[code] = (depths[translation_key], pk, url_path)
    return translations, {code: (pk, url_path) for code, (_depth, pk, url_path) in nearest.items()}


TRANSLATIONS_STATEMENT = """
SELECT p.id, p.url_path, p.translation_key, l.language_code
FROM wagtailcore_page p INNER JOIN wagtailcore_locale l ON l.id = p.locale_id
WHERE p.live AND p.translation_key IN ({keys})
"""


def ancestor_depths(page):
    """{translation key: depth} of `page`'s ancestors below the tree's root.

    Routing hands every page on the way its parent (`_cached_parent_obj`,
    home.routing and Wagtail's walk alike), so the chain up to the home is
    usually in memory; else one query.
    """
    depths, child = {}, page
    parent = getattr(page, "_cached_parent_obj", None)
    while child.depth > 2 and parent is not None and parent.path == child.path[: -Page.steplen]:
        depths[parent.translation_key] = parent.depth
        child, parent = parent, getattr(parent, "_cached_parent_obj", None)
    if child.depth <= 2:
        return depths
    return dict(page.get_ancestors().filter(depth__gt=1).values_list("translation_key", "depth"))


def footer_html(request):
    """The footer's text and links, rendered: its rich text costs queries for every link in it."""
    site = site_of(request)

    def compute():
        language = translation.get_language()
        contact_email, body, links = footer_values(site, language)
        context = {
            "footer": {"body": body} if body is not None else None,
            "links": footer_links(request, site, links, language),
            "contact_email": contact_email,
        }
        return render_to_string(FOOTER_TEMPLATE, context)

    return shared("footer", compute, extra=(site.pk if site else None,))


FOOTER_STATEMENT = """
SELECT s.id, s.contact_email,
    (SELECT f.body FROM home_footertext f INNER JOIN wagtailcore_locale l ON l.id = f.locale_id
     WHERE l.language_code = %s ORDER BY f.id LIMIT 1),
    s.about_page_id, about.translation_key, s.privacy_page_id, privacy.translation_key
FROM (SELECT 1 AS one) anchor
LEFT JOIN home_sitesettings s ON s.site_id = %s
LEFT JOIN wagtailcore_page about ON about.id = s.about_page_id
LEFT JOIN wagtailcore_page privacy ON privacy.id = s.privacy_page_id
"""


def footer_values(site, language):
    """(contact email, footer text in `language` or None, {linked page id: its translation key}): one query.

    Read, not `SiteSettings.for_site`, which creates missing settings: a
    write on a GET, which retires every cache. A site without settings
    still gets the footer text.
    """
    ((settings_pk, contact_email, body, *linked),) = fetch_rows(FOOTER_STATEMENT, [language, site.pk if site else None])
    if settings_pk is None:
        return "", body, {}
    links = {pk: as_uuid(key) for pk, key in zip(linked[::2], linked[1::2], strict=True) if pk is not None}
    return contact_email, body, links


def footer_links(request, site, keys_by_pk, language):
    """[{"url", "title"}] of the linked pages `{pk: translation key}`, each in `language` when live in it.

    Like `page.localized`: the page's live translation in `language`, else
    the page itself. Read from the site's top rows when every link and its
    translation is among them (the usual About and Privacy pages under the
    homes); else in one query.
    """
    if not keys_by_pk:
        return []
    top = site_top(site) if site else None
    rows = (top and links_among_top_rows(top, keys_by_pk, language)) or footer_link_rows(keys_by_pk, language)
    links = []
    for pk, key in keys_by_pk.items():
        translated = next(
            (other for other, row in rows.items() if row[0] == key and row[3] == language and row[4]), None
        )
        chosen = pk if rows[pk][3] == language or translated is None else translated
        url = top.url(rows[chosen][1]) if top else None
        links.append({"url": url or Page.objects.get(pk=chosen).get_url(request), "title": rows[chosen][2]})
    return links


def footer_link_rows(keys_by_pk, language):
    """{pk: (translation key, url_path, title, language, live)} of the linked pages and their live translations."""
    return {
        pk: (key, url_path, title, code, live)
        for pk, key, url_path, title, code, live in Page.objects.filter(
            Q(pk__in=keys_by_pk) | Q(translation_key__in=keys_by_pk.values(), locale__language_code=language, live=True)
        ).values_list("pk", "translation_key", "url_path", "title", "locale__language_code", "live")
    }


def links_among_top_rows(top, keys_by_pk, language):
    """`footer_link_rows` from the site's top rows, or None when they cannot say it all.

    The rows hold live pages only, and only those at the top of the site:
    a linked page missing from them (not live, or deeper) or linked in
    another language with no live translation among them may have one
    elsewhere, so only the query can tell.
    """
    by_pk = {row.pk: row for row in top.all_rows()}
    rows = {}
    for pk, key in keys_by_pk.items():
        linked = by_pk.get(pk)
        if linked is None:
            return None
        rows[pk] = (key, linked.url_path, linked.title, linked.language, True)
        if linked.language != language:
            translated = next(
                (row for row in by_pk.values() if row.translation_key == key and row.language == language), None
            )
            if translated is None:
                return None
            rows[translated.pk] = (key, translated.url_path, translated.title, language, True)
    return rows
