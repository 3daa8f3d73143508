"""Page URLs for hits and completions, in one query however many there are."""

from wagtail.models import Page


def page_urls(page_ids):
    """{page id: URL relative to the site} (Wagtail caches the site roots)."""
    if not page_ids:
        return {}
    pages = Page.objects.filter(pk__in=page_ids).only("pk", "url_path", "path", "depth")
    return {page.pk: page.get_url() or "" for page in pages}
