"""Absolute links for emails, all built from the one configured SITE_URL.

An email has no request to take a host from, and the request of whoever
triggered it is the wrong source anyway: behind a proxy it names an internal
host, and Wagtail's Site records name whatever host the site was set up with.
SITE_URL is the address people reach the site at (with its port), so every
link in every email (notifications, enrolments, allauth's account mails and
Wagtail's moderation mails through WAGTAILADMIN_BASE_URL) starts with it.
"""

from django.conf import settings


def absolute_url(path):
    """`path` (starting with "/") on the site people reach, e.g. "https://hub.example.org/en/…"."""
    return f"{settings.SITE_URL}{path}"


def page_url(page):
    """The absolute URL of a Wagtail page, in the active language."""
    _site_id, _root_url, page_path = page.get_url_parts()
    return absolute_url(page_path)
