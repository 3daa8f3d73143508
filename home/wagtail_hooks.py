"""Admin screens for the footer text, the editors' translation work panel, and the page refused to signed-in
readers outside their groups."""

from itertools import groupby

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.roles import is_editor

from .models import FooterText
from .translation_work import translation_gaps
from .view_restrictions import refuse_signed_in_readers_outside_the_groups


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)


hooks.register("before_serve_page", refuse_signed_in_readers_outside_the_groups)


class TranslationWorkPanel(Component):
    """On editors' admin dashboard: the pages each language lacks or has only in an older version."""

    name = "translation_work"
    order = 250
    template_name = "home/admin/translation_work_panel.html"

    def get_context_data(self, parent_context):
        language_names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        gaps = translation_gaps()
        return {
            "gaps_by_language": [
                (language_names.get(code, code), list(language_gaps))
                for code, language_gaps in groupby(gaps, key=lambda gap: gap.language_code)
            ]
        }


@hooks.register("construct_homepage_panels")
def add_translation_work_panel(request, panels):
    if is_editor(request.user):
        panels.append(TranslationWorkPanel())
