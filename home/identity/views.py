"""`/favicon.ico`: browsers and feed readers ask for it at the root whatever the page says."""

from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

FAVICON = "img/favicon.ico"


@cache
def favicon_bytes():
    """The icon, read once per process: from the collected static files, or the source folder in development."""
    path = finders.find(FAVICON) or staticfiles_storage.path(FAVICON)
    with open(path, "rb") as icon:
        return icon.read()


@require_safe
@cache_control(public=True, max_age=7 * 24 * 3600)
def favicon(request):
    return HttpResponse(favicon_bytes(), content_type="image/x-icon")
