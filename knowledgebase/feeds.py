"""An Atom feed of newly published public practices and guide updates.

Feed readers never sign in, so the feed holds public content only: live
pages with no view restriction, whoever asks for it.

Atom carries summaries as HTML, which a feed reader renders, so the plain
text of a summary is escaped first: markup typed into it shows as text.
Every text also goes through `printable_text`, because one character XML
cannot carry (stored before text was cleaned on the way in) would otherwise
take the whole feed down.
"""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.text_cleaning import printable_text

from .models import GuideChapterPage, GuideSectionPage, PracticePage

ITEMS_PER_KIND = 20
ITEMS_IN_FEED = 30


class PracticesAndGuideFeed(Feed):
    feed_type = Atom1Feed
    title = _("Integrity Hub: new practices and guide updates")
    subtitle = _("Best practices shared by customs administrations, and updates to the Integrity Development Guide.")

    def link(self):
        return "/"

    def items(self):
        practices = (
            PracticePage.objects.live().public().select_related("administration").order_by("-first_published_at")
        )[:ITEMS_PER_KIND]
        guide_pages = (
            Page.objects.live()
            .public()
            .type(GuideChapterPage, GuideSectionPage)
            .filter(locale__language_code=translation.get_language())
            .specific()
            .order_by("-last_published_at")
        )[:ITEMS_PER_KIND]
        items = [*practices, *guide_pages]
        items.sort(key=self.item_updateddate, reverse=True)
        return items[:ITEMS_IN_FEED]

    def item_title(self, item):
        return printable_text(item.title)

    def item_description(self, item):
        text = item.summary if isinstance(item, PracticePage) else item.introduction
        return escape(printable_text(text))

    def item_link(self, item):
        # Relative on a one-site install; the feed framework adds the request's host.
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        if isinstance(item, PracticePage) and item.administration:
            return printable_text(item.administration.name)
        return None

    def item_categories(self, item):
        return [_("Practice")] if isinstance(item, PracticePage) else [_("Integrity Development Guide")]
