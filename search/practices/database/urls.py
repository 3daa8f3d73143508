"""Page URLs for hits and completions, in one query however many there are."""

from wagtail.models import Page, Site


def page_urls(page_ids):
    """{page id: URL relative to the site}.

    The engine has no request, and `get_url()` without one reads the site
    roots from the cache twice per page. They are read once here and handed
    to every page the way Wagtail caches them on a request.
    """
    if not page_ids:
        return {}
    site_root_paths = Site.get_site_root_paths()
    urls = {}
    for page in Page.objects.filter(pk__in=page_ids).only("pk", "url_path", "path", "depth"):
        page._wagtail_cached_site_root_paths = site_root_paths
        urls[page.pk] = page.get_url() or ""
    return urls
