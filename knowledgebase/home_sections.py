"""Sections the knowledge base adds to the home page: latest guide sections and practices.

Both show only what the visitor may read, in the language of the page: the
guide's sections of that locale, and practices written in that language.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import Page

from home.shell import url_under_site_homes

from .models import GuideSectionPage, PracticePage
from .visibility import visible_to

ITEMS_SHOWN = 4


def latest_guide_sections(request, page):
    sections = list(
        visible_to(
            GuideSectionPage.objects.live().filter(locale__language_code=translation.get_language()), request.user
        )
        .select_related("locale")
        .order_by("-last_published_at", "-pk")[:ITEMS_SHOWN]
    )
    if not sections:
        return None
    return {"template": "knowledgebase/home_latest_guide_sections.html", "guide_sections": sections}


latest_guide_sections.order = 40


def latest_practices(request, page):
    practices = list(
        PracticePage.objects.visible_to(request.user)
        .filter(language=translation.get_language())
        .annotate(parent_url_path=parent_url_path())
        .order_by("-first_published_at", "-pk")[:ITEMS_SHOWN]
    )
    if not practices:
        return None
    newest = practices[0]
    index_url = url_under_site_homes(request, newest.parent_url_path) or newest.get_parent().get_url(request)
    return {"template": "knowledgebase/home_latest_practices.html", "practices": practices, "index_url": index_url}


def parent_url_path():
    """The `url_path` of the outer query's page's parent, read with the page rather than by a query of its own."""
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    return Subquery(Page.objects.filter(path=parent_path).values("url_path")[:1])


latest_practices.order = 50
