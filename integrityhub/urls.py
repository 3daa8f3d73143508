"""URL map. Everything people read is language-prefixed (/en/, /fr/, /es/);
the admin, documents and APIs are not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.identity.views import favicon
from home.patterns import pattern_library
from home.sitemap import TranslatedSitemap
from search.api import api

from .health import health

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}),
    path("favicon.ico", favicon, name="favicon"),
    path("health/", health, name="health"),
    path("api/", api.urls),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("profile/", include("accounts.urls")),
    path("knowledge-base/", include("knowledgebase.urls")),
    path("search/", include("search.urls")),
    path("patterns/", pattern_library, name="pattern_library"),
    path("", include("elearning.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    # Only MEDIA_ROOT, the public uploads (image renditions). Documents and
    # original images live in PRIVATE_MEDIA_ROOT and are served only by
    # views that check permissions (/documents/<id>/<name>).
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
