"""The sitemap: every language's pages, each with its real translations as hreflang alternates.

Wagtail's own sitemap lists the site root's descendants, which with one
home tree per language is the English tree only. Search engines should
find the French and Spanish pages too, and learn which pages are
translations of each other: alternates name only live, public translations,
never a fallback to another page.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).live()
        in_a_home_tree = Q()
        for root in roots:
            in_a_home_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_home_tree)
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = {}
        for version in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
        ):
            versions.setdefault(version.translation_key, []).append(version)
        urls = []
        for item in pages:
            translations = versions.get(item.translation_key, [])
            alternates = (
                [
                    {"lang_code": version.locale.language_code, "location": version.get_full_url(self.request)}
                    for version in translations
                ]
                if len(translations) > 1
                else []
            )
            urls.extend({**info, "alternates": alternates} for info in item.get_sitemap_urls(self.request))
        last_modified = {info.get("lastmod") for info in urls}
        if last_modified and None not in last_modified:
            self.latest_lastmod = max(last_modified)
        return urls
