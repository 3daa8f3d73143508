"""Admin screens, home page sections, personal data, document access and demo content."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.personal_data import PERSONAL_DATA_HOOK
from home.demo import DEMO_CONTENT_HOOK
from home.models import HOME_SECTIONS_HOOK
from home.request_memo import remember_shared
from home.restriction_rows import RestrictionProbe, may_be_restricted
from home.shell import active_locale, row_url
from home.sql_rows import fetch_rows

from .attachment_access import refuse_unpublished_attachments
from .demo import DEMO_STEPS
from .home_sections import latest_guide_sections, latest_practices
from .models import KeyFactor, PracticeBookmark, PracticeComment, PracticePage


class KeyFactorViewSet(SnippetViewSet):
    model = KeyFactor
    icon = "tag"
    menu_label = _("Key factors")
    list_display = ["number", "name", "locale"]
    ordering = ["number"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(KeyFactorViewSet)


KEY_FACTORS_STATEMENT = """
SELECT number, name, description FROM knowledgebase_keyfactor WHERE locale_id = %s ORDER BY number
"""

# The locale's practice listing that comes first in the tree, and whether it could be an alias.
PRACTICE_LISTING_STATEMENT = """
SELECT p.id, p.path, p.url_path, p.alias_of_id
FROM knowledgebase_practiceindexpage listing
INNER JOIN wagtailcore_page p ON p.id = listing.page_ptr_id
WHERE p.live AND p.locale_id = %s
ORDER BY p.path
LIMIT 1
"""


@hooks.register(HOME_SECTIONS_HOOK)
def key_factor_navigation(request, page):
    rows = fetch_rows(KEY_FACTORS_STATEMENT, [active_locale().pk])
    if not rows:
        return None
    return {
        "template": "knowledgebase/home_key_factors.html",
        "key_factors": [
            {"number": number, "name": name, "description": description} for number, name, description in rows
        ],
        "listing_url": practice_listing_url(request),
    }


def practice_listing_url(request):
    """The URL of the practice listing in the active language, which every reader may open, or "".

    The same for every reader, so kept in the shared cache: a home page
    costs no query for it once warm. A restricted listing is never linked.
    """

    def compute():
        rows = fetch_rows(PRACTICE_LISTING_STATEMENT, [active_locale().pk])
        if not rows:
            return ""
        pk, path, url_path, alias_of_id = rows[0]
        # The restriction rows are shared and already read by the home's lists: no query for them here.
        if may_be_restricted(RestrictionProbe(path, alias_of_id)):
            return ""
        return row_url(request, pk, url_path) or ""

    language, host = translation.get_language(), request.get_host()
    return remember_shared("practice-listing-url", compute, language=language, audience="all", extra=(host,))


key_factor_navigation.order = 90
hooks.register(HOME_SECTIONS_HOOK, latest_guide_sections)
hooks.register(HOME_SECTIONS_HOOK, latest_practices)

hooks.register("before_serve_document", refuse_unpublished_attachments)

for demo_step in DEMO_STEPS:
    hooks.register(DEMO_CONTENT_HOOK, demo_step)


@hooks.register(PERSONAL_DATA_HOOK)
def practice_comments(user):
    return "practice_comments", [
        {
            "practice": comment.practice.title,
            "comment": comment.body,
            "posted_at": comment.created_at,
            "edited_at": comment.edited_at,
            "removed_at": comment.removed_at,
        }
        for comment in PracticeComment.objects.filter(author=user).select_related("practice")
    ]


@hooks.register(PERSONAL_DATA_HOOK)
def practice_bookmarks(user):
    return "practice_bookmarks", [
        {"practice": bookmark.practice.title, "bookmarked_at": bookmark.created_at}
        for bookmark in PracticeBookmark.objects.filter(user=user).select_related("practice")
    ]


@hooks.register(PERSONAL_DATA_HOOK)
def practices_written(user):
    return "practices", [
        {"title": practice.draft_title, "published": practice.live, "external_id": practice.external_id}
        for practice in PracticePage.objects.filter(owner=user).order_by("pk")
    ]
