"""Sections the knowledge base adds to the home page: latest guide sections and practices.

Both show only what the visitor may read, in the language of the page: the
guide's sections of that locale, and practices written in that language.
"""

from django.utils import translation

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
        .order_by("-first_published_at", "-pk")[:ITEMS_SHOWN]
    )
    if not practices:
        return None
    index_page = practices[0].get_parent()
    return {"template": "knowledgebase/home_latest_practices.html", "practices": practices, "index_page": index_page}


latest_practices.order = 50
